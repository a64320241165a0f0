// `npm run bench:kinds [-- --products N --rows M]`: the kinds of question the
// main benchmark never asks, on a generated catalog: a brand alone, a category
// alone, a brand in a category, a brand in a region, the sets and counts of a
// brand or a category, everything in a country. Each kind is asked for every
// brand or category the catalog holds, several rounds, and timed one question
// at a time: Node answers one question at a time, so the slowest of each kind
// is what every other user of the process waits behind.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCatalog } from '../src/catalog/build.js';
import { createCore, openCatalog } from '../src/index.js';
import { generateCatalog } from './catalog/generate.js';

const ROUNDS = 5;

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

function column(csv: string, index: number): string[] {
  return [...new Set(csv.split('\n').slice(1).filter(Boolean).map((l) => l.split(',')[index]!))];
}

async function main(): Promise<void> {
  const products = arg('products', 10_000);
  const rows = arg('rows', 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'bench-kinds-'));
  try {
    const csv = join(dir, 'catalog');
    mkdirSync(csv);
    generateCatalog(csv, { products, retailers: 200, countries: 40, rows }, 20240605);
    const file = join(dir, 'catalog.sqlite');
    const built = await importCatalog(csv, file);
    if (!built.ok) throw new Error('the generated catalog did not import');
    const core = createCore({ catalog: openCatalog(file), eager: true });
    const productsCsv = readFileSync(join(csv, 'products.csv'), 'utf8');
    const brands = column(productsCsv, 2);
    const categories = column(productsCsv, 3);
    const countries = ['Italy', 'Spain', 'Germany', 'France'];
    const kinds: [string, string[]][] = [
      ['brand alone', brands.map((b) => `${b}?`)],
      ['brand where', brands.map((b) => `where can I buy ${b}?`)],
      ['brand in a country', brands.map((b, i) => `${b} in ${countries[i % countries.length]}?`)],
      ['brand in a region', brands.map((b) => `${b} in europe?`)],
      ['countries of a brand', brands.map((b) => `which countries sell ${b}?`)],
      ['category alone', categories.map((c) => `${c}s`)],
      ['retailers of a category', categories.map((c) => `which retailers sell ${c}s?`)],
      ['count of a category', categories.map((c) => `how many retailers sell ${c}s?`)],
      ['brand in a category', brands.flatMap((b) => categories.slice(0, 3).map((c) => `${b} ${c}s?`))],
      ['everything in a country', countries.map((c) => `everything in ${c}`)],
    ];
    process.stdout.write(`catalog: ${products} products, ${rows} rows, ${brands.length} brands, ${categories.length} categories; ${ROUNDS} rounds\n`);
    process.stdout.write(`${'kind'.padEnd(26)} ${'questions'.padStart(9)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}  slowest\n`);
    for (const [name, questions] of kinds) {
      for (const q of questions) core.answer(q);
      const times: { ms: number; q: string }[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        for (const q of questions) {
          const t = process.hrtime.bigint();
          core.answer(q);
          times.push({ ms: Number(process.hrtime.bigint() - t) / 1e6, q });
        }
      }
      times.sort((a, b) => a.ms - b.ms);
      const at = (p: number): number => times[Math.min(times.length - 1, Math.floor(times.length * p))]!.ms;
      const worst = times[times.length - 1]!;
      process.stdout.write(`${name.padEnd(26)} ${String(questions.length).padStart(9)} ${at(0.5).toFixed(2).padStart(8)} ${at(0.99).toFixed(2).padStart(8)} ${worst.ms.toFixed(2).padStart(8)}  ${worst.q}\n`);
    }
    core.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => { process.stderr.write(`bench:kinds failed: ${(err as Error).message}\n`); process.exit(1); });
