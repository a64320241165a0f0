// Stopping in HTTP mode: a request already accepted (even one whose body is
// still arriving) is answered, the connection it came on then closes, no new
// connection is taken, and the stop does not wait out keep-alive timeouts.
import { Agent } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { asForm, FORM, halfSent, postSigned } from '../../fakes/slack/signed.js';
import { slashCommand } from '../../fixtures/slack/payloads.js';
import { buildCatalog, SECRETS, startHarness, type Catalog } from './harness.js';

let catalog: Catalog;
beforeAll(async () => { catalog = await buildCatalog(); });
afterAll(() => catalog?.remove());

test('GIVEN a command half received and an idle keep-alive connection WHEN the app stops THEN the command is answered, then nothing more is taken, promptly', async () => {
  const h = await startHarness({ catalogFile: catalog.file, mode: 'http' });
  const agent = new Agent({ keepAlive: true, maxSockets: 10 });
  // One request done on a kept-alive connection, then one in flight on another.
  const first = await postSigned(h.eventsUrl, asForm(slashCommand('redmi in italy?', h.fake.responseUrl('a'))), FORM, { secret: SECRETS.signingSecret });
  expect(first.status).toBe(200);
  const inFlight = halfSent(h.eventsUrl, agent, SECRETS.signingSecret, asForm(slashCommand('where is redmi sold?', h.fake.responseUrl('b'))));
  await new Promise((r) => setTimeout(r, 50));

  const started = performance.now();
  const stopped = h.running.stop();
  await new Promise((r) => setTimeout(r, 50));
  inFlight.finish();
  const reply = await inFlight.reply;
  expect(reply.status).toBe(200);
  expect(reply.text).toContain('Redmi');
  expect(reply.connection).toBe('close');
  await stopped;
  // Not the 5 s of Node's keep-alive timeout for either connection.
  expect(performance.now() - started).toBeLessThan(2000);
  await expect(postSigned(h.eventsUrl, asForm(slashCommand('redmi?', h.fake.responseUrl('c'))), FORM, { secret: SECRETS.signingSecret }))
    .rejects.toMatchObject({ code: 'ECONNREFUSED' });
  agent.destroy();
  await h.fake.close();
  h.core.close();
});
