// `npm run bench:kinds [-- --products N --rows M | --csv DIR --db FILE] [--rounds N] [--budget SECONDS]`:
// the kinds of question of bench/serving/kinds.ts on one catalog, alone: a
// generated one (10,000 products and 1,000,000 rows unless told) or a built
// one. The main run asks the same in its serving child (bench/measure/serve.ts),
// on every catalog; this is for trying a change on one kind quickly.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importCatalog } from '../src/catalog/build.js';
import { createCore, openCatalog } from '../src/index.js';
import { generateCatalog } from './catalog/generate.js';
import { kindQuestions } from './serving/kinds.js';
import { kindNames } from './serving/names.js';
import { timeKind } from './serving/timing.js';
import { ms, table } from './report/table.js';

async function built(values: { products?: string; rows?: string; csv?: string; db?: string }, dir: string): Promise<{ csv: string; file: string }> {
  if (values.csv !== undefined && values.db !== undefined) return { csv: values.csv, file: values.db };
  const products = Number(values.products ?? 10_000);
  const rows = Number(values.rows ?? 1_000_000);
  const csv = join(dir, 'catalog');
  mkdirSync(csv);
  generateCatalog(csv, { products, retailers: 200, countries: 40, rows }, 20240605);
  const file = join(dir, 'catalog.sqlite');
  if (!(await importCatalog(csv, file)).ok) throw new Error('the generated catalog did not import');
  return { csv, file };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { products: { type: 'string' }, rows: { type: 'string' }, csv: { type: 'string' }, db: { type: 'string' },
    rounds: { type: 'string' }, budget: { type: 'string' } } });
  const rounds = Number(values.rounds ?? 5);
  const budgetMs = 1000 * Number(values.budget ?? 20);
  const dir = mkdtempSync(join(tmpdir(), 'bench-kinds-'));
  try {
    const { csv, file } = await built(values, dir);
    const reader = openCatalog(file);
    const names = kindNames(csv, reader.loadNames(), reader.countriesOf({ products: null, retailers: null, countries: null }, 100_000));
    const core = createCore({ catalog: reader, eager: true });
    process.stdout.write(`catalog ${file}: ${reader.factTotal()} rows, ${names.brands.length} brands, ${names.categories.length} categories, `
      + `${names.countries.length} countries, ${names.regions.length} regions; ${rounds} rounds\n`);
    const rows = kindQuestions(names).map((k) => {
      const t = timeKind(k.name, k.questions, (text) => core.answer(text), { rounds, budgetMs });
      return [t.kind, String(t.questions), ms(t.p50Ms), ms(t.p99Ms), ms(t.maxMs),
        t.slowest + (t.stoppedAfter !== null ? ` [stopped after ${t.stoppedAfter} answers]` : '') + (t.errors > 0 ? ` [${t.errors} errors: ${t.error}]` : '')];
    });
    process.stdout.write(`${table(['kind', 'questions', 'p50 ms', 'p99 ms', 'max ms', 'slowest'], rows, [5])}\n`);
    core.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => { process.stderr.write(`bench:kinds failed: ${(err as Error).message}\n`); process.exit(1); });
