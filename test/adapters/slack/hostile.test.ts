// Catalog data holding Slack markup (test/fixtures/slack/hostile) reaches Slack
// escaped, through the real app: no answer can ping a channel or a person.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BOT } from '../../fakes/slack/fakeSlack.js';
import { appMention, eventCallback, slashCommand } from '../../fixtures/slack/payloads.js';
import { blockText, nthPost, type Message } from './answers.js';
import { buildCatalog, SHIPPED_CATALOG, startHarness, type Catalog, type Harness } from './harness.js';
import { appendRows } from '../../helpers/catalog.js';

const HOSTILE = resolve(import.meta.dirname, '../../fixtures/slack/hostile');
let dir: string;
let catalog: Catalog;
let h: Harness;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'slack-hostile-'));
  cpSync(SHIPPED_CATALOG, dir, { recursive: true });
  for (const f of readdirSync(HOSTILE).filter((n) => n.endsWith('.csv'))) appendRows(dir, f, readFileSync(join(HOSTILE, f), 'utf8'));
  catalog = await buildCatalog(dir);
  h = await startHarness({ catalogFile: catalog.file, mode: 'socket' });
});

afterAll(async () => {
  await h?.stop();
  catalog?.remove();
  rmSync(dir, { recursive: true, force: true });
});

const MARKUP = /<[!@#]|<https?:/;

function expectEscaped(m: Message): void {
  expect(JSON.stringify(m)).not.toMatch(MARKUP);
  const shown = blockText(m);
  expect(shown).toContain('Cats &amp; Dogs &lt;!channel&gt;');
  expect(shown).toContain('&lt;@U0123ABCD&gt; said so &amp; &lt;!here&gt; &lt;https://evil.example|click&gt;');
  expect(shown).toContain('Blog &lt;!everyone&gt; &amp; &lt;#C0123|general&gt;');
}

test('GIVEN data with Slack markup WHEN a mention is answered THEN every piece of it is escaped', async () => {
  await h.fake.envelope('events_api', eventCallback(appMention(`<@${BOT.userId}> can I buy redmi at cats and dogs in finland?`)));
  const reply = await nthPost(h.fake, 0);
  expectEscaped(reply);
  expect(reply.text).not.toMatch(MARKUP);
});

test('GIVEN data with Slack markup WHEN a slash command is answered THEN the ack is escaped too', async () => {
  const ack = await h.fake.envelope('slash_commands', slashCommand('where is redmi sold in finland?', h.fake.responseUrl('x')));
  expectEscaped(ack.payload as Message);
});
