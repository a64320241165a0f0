// Anyone can type anything at the bot. Whatever arrives, `answer` returns a
// valid Answer quickly, echoes no live markup and changes nothing in the catalog.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, openCatalog, LANGUAGES, MAX_QUESTION_LENGTH, type Answer, type Core } from '../../src/index.js';
import { SHIPPED_CATALOG, buildCatalog } from '../helpers/catalog.js';

const VERDICTS = ['yes', 'no', 'list', 'when', 'clarify', 'unknown', 'help'];

let file: string;
let core: Core;
beforeAll(async () => {
  file = await buildCatalog(SHIPPED_CATALOG);
  core = createCore({ catalog: openCatalog(file) });
});
afterAll(() => core.close());

function valid(a: Answer): void {
  expect(VERDICTS).toContain(a.verdict);
  expect(LANGUAGES).toContain(a.language);
  expect(typeof a.text).toBe('string');
  expect(a.text.length).toBeGreaterThan(0);
}

function timed(q: string, conversation?: string): { answer: Answer; ms: number } {
  const t = performance.now();
  const answer = core.answer(q, conversation === undefined ? {} : { conversation });
  return { answer, ms: performance.now() - t };
}

const chatty = fc.constantFrom(
  'redmi', 'sweden', 'at 3', 'mi', '<!channel>', '<@U123>', '<#C1|x>', '<https://evil.example|click>', '@everyone',
  '@here', '<@&123456>', '**', '_', '`', '<b>', "'; DROP TABLE availability; --", '" OR 1=1 --', '\u200d', '\u202e',
  '🇸🇪', '👨‍👩‍👧', 'e\u0301', '\uD800', '\u0000', '\n', 'ＲＥＤＭＩ', 'Österreich', 'da Tre', 'e in Germania?',
);

describe('arbitrary input', () => {
  it('GIVEN any Unicode string up to 10,000 characters THEN answer returns a valid verdict', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 10_000 }), (q) => { valid(core.answer(q)); }), { numRuns: 300 });
  });

  it('GIVEN strings built from chat markup, SQL and odd Unicode THEN answer stays valid and echoes no live mention', () => {
    fc.assert(fc.property(fc.array(chatty, { maxLength: 60 }).map((parts) => parts.join(' ')), (q) => {
      const a = core.answer(q, { conversation: 'fuzz' });
      valid(a);
      expect(a.text).not.toMatch(/<!(channel|here|everyone)>|<@[&!]?[A-Z0-9]+>|@everyone|@here/);
    }), { numRuns: 500 });
  });

  it('GIVEN a question longer than the limit THEN it is cut and the answer says so', () => {
    const a = core.answer(`can I buy redmi at 3 in sweden? ${'x'.repeat(20_000)}`);
    expect(a.truncated).toBe(true);
    expect(a.text).toContain(`first ${MAX_QUESTION_LENGTH} characters`);
    expect(a.verdict).toBe('yes');
  });

  it('GIVEN inputs built to make patterns backtrack THEN each answer takes under 50 ms', () => {
    const attacks = [
      '<'.repeat(50_000), `<${'a'.repeat(50_000)}`, `<https://${'a|'.repeat(20_000)}`, `${'<@'.repeat(20_000)}>`,
      `http://${'a'.repeat(50_000)}`, '@'.repeat(50_000), `${'🇸'.repeat(30_000)}`, `${'e\u0301'.repeat(20_000)}`,
      `${'redmi '.repeat(5_000)}`, `${'mi store '.repeat(5_000)}`, `${'a'.repeat(100_000)}`, `${'<b>'.repeat(20_000)}`,
    ];
    core.answer('warm up');
    for (const q of attacks) {
      const { answer, ms } = timed(q);
      valid(answer);
      expect(ms, `input starting ${JSON.stringify(q.slice(0, 20))}`).toBeLessThan(50);
    }
  });

  it('GIVEN a question of all typo-like words THEN it still answers in under 50 ms', () => {
    const words = Array.from({ length: 200 }, (_, i) => `sweeden${i % 10}x redmy mediawrold thre`).join(' ');
    const { answer, ms } = timed(words);
    valid(answer);
    expect(ms).toBeLessThan(50);
  });
});

describe('SQL injection', () => {
  it('GIVEN 10,000 questions full of SQL THEN the catalog file is byte-for-byte unchanged', () => {
    const before = createHash('sha256').update(readFileSync(file)).digest('hex');
    const sql = fc.sample(fc.array(fc.constantFrom(
      "'; DROP TABLE availability; --", '" OR ""="', "redmi' UNION SELECT * FROM sources --", 'sweden); DELETE FROM products; --',
      "1; ATTACH DATABASE '/tmp/x' AS x; --", '%', '_', '\\', "json_each('[1]')", 'PRAGMA writable_schema=1', 'redmi', 'at 3', 'sweden',
    ), { minLength: 1, maxLength: 12 }).map((p) => p.join(' ')), { numRuns: 10_000, seed: 42 });
    for (const q of sql) valid(core.answer(q));
    const after = createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(after).toBe(before);
    expect(core.answer("redmi' OR '1'='1 in sweden").entities.countries.map((c) => c.code)).toEqual(['SE']);
  });
});
