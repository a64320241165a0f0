// The answer path and SQL: the catalog is opened read-only, and questions never
// become SQL text. Every statement is prepared from constant text with named
// parameters, once per shape of filter, then reused: whatever is asked, a second
// pass over the same questions prepares nothing new, and no statement holds a
// value (an id, a country code, a fragment of a question).
import { readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, openCatalog, type Core, type Query } from '../../src/index.js';
import { SHIPPED_CATALOG, buildCatalog } from '../helpers/catalog.js';

const prepared: string[] = [];
const realPrepare = Database.prototype.prepare;

let file: string;
let core: Core;
beforeAll(async () => {
  file = await buildCatalog(SHIPPED_CATALOG);
  Database.prototype.prepare = function prepare(this: Database.Database, source: string) {
    prepared.push(source);
    return realPrepare.call(this, source);
  } as typeof realPrepare;
  core = createCore({ catalog: openCatalog(file) });
});
afterAll(() => {
  Database.prototype.prepare = realPrepare;
  core?.close();
});

/** First column of a shipped CSV file: the ids a question can resolve to. */
function ids(name: string): string[] {
  return readFileSync(join(SHIPPED_CATALOG, name), 'utf8').split('\n').slice(1).map((l) => l.split(',')[0]!).filter(Boolean);
}

const HOSTILE = ["'; DROP TABLE availability; --", '" OR 1=1 --', "redmi' UNION SELECT * FROM sources --", "IT'); DELETE FROM products; --"];

function questions(): (string | Query)[] {
  const products = ids('products.csv');
  const retailers = ids('retailers.csv');
  const countries = ['IT', 'SE', 'ES', 'GB', 'DK', 'FR'];
  const out: (string | Query)[] = [];
  for (const p of products) {
    out.push({ products: [p] }, { products: [p], intent: 'list' }, { products: [p], intent: 'when' });
    for (const c of countries) out.push({ products: [p], countries: [c] }, `can i buy ${p} in ${c}?`);
    for (const r of retailers) out.push({ products: [p], retailers: [r] }, { products: [p], retailers: [r], countries: countries.slice(0, 2) });
  }
  for (const r of retailers) out.push({ retailers: [r] }, `what does ${r} sell?`);
  for (const h of HOSTILE) out.push(h, `redmi ${h} in italy`, { products: [h] }, { products: ['redmi-phones'], countries: [h] }, { retailers: [h, 'mediaworld'] });
  return out;
}

describe('GIVEN the core answering', () => {
  it('THEN the catalog file is open read-only in this process', () => {
    if (process.platform !== 'linux') return;
    const target = realpathSync(file);
    const fds = readdirSync('/proc/self/fd').filter((fd) => {
      try { return readlinkSync(`/proc/self/fd/${fd}`) === target; } catch { return false; }
    });
    expect(fds.length).toBeGreaterThan(0);
    for (const fd of fds) {
      const flags = /flags:\s+(\d+)/.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'))?.[1];
      // O_ACCMODE is the low two bits: 0 is O_RDONLY, 2 is O_RDWR.
      expect(Number.parseInt(flags ?? '2', 8) & 3, `fd ${fd}`).toBe(0);
    }
  });

  it('THEN statements are prepared from constant text, a bounded number, and reused', () => {
    const all = questions();
    for (const q of all) core.answer(q);
    const firstPass = prepared.length;
    if (process.env.RELIABILITY_FIGURES) process.stdout.write(`sql: ${all.length} questions twice, ${firstPass} statements prepared, ${new Set(prepared).size} distinct\n`);
    for (const q of all) core.answer(q);
    expect(prepared.length, 'statements prepared again on a second pass').toBe(firstPass);
    expect(new Set(prepared).size).toBeGreaterThan(5);
    expect(new Set(prepared).size).toBeLessThan(80);

    const values = [...ids('products.csv'), ...ids('retailers.csv'), 'IT', 'SE', 'ES', 'GB', 'DK', 'FR'];
    for (const sql of new Set(prepared)) {
      for (const v of values) expect(sql, `a value in SQL text: ${sql}`).not.toContain(`'${v}'`);
      // The core's own statements may join result sets (UNION ALL); the hostile text's union never appears.
      expect(sql).not.toMatch(/DROP|DELETE|UNION SELECT|OR 1=1/i);
      for (const h of HOSTILE) expect(sql).not.toContain(h);
    }
  });
});
