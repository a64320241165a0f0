// Child: builds one catalog through the import path users use (CSV files →
// importCatalog → SQLite) and writes its questions. The shipped seed is
// imported from data/catalog as it is; the others are generated first.
import { mkdirSync, statSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCatalog } from '../src/catalog/store.js';
import type { AliasKind } from '../src/catalog/types.js';
import { projectRoot } from '../adapters/shared/config.js';
import { importCatalog } from '../src/catalog/build.js';
import { formatProblem } from '../src/catalog/problem.js';
import { childArg, childMain } from './child.js';
import { generateCatalog } from './catalog/generate.js';
import { SIZES, type CatalogName } from './catalog/sizes.js';
import { generateQuestions } from './questions/generate.js';
import { readModel } from './questions/model.js';

export interface PrepareArgs { catalog: CatalogName; seed: number; dir: string; questions: number }

export interface Prepared {
  catalog: CatalogName; file: string; questionsFile: string; csvDir: string;
  products: number; retailers: number; countries: number; rows: number; aliases: number;
  csvBytes: number; sqliteBytes: number;
  generateMs: number; importMs: number; questionsMs: number;
  /** Peak resident memory of this process: generation and import together. */
  peakRssMb: number;
}

const now = (): number => performance.now();

async function prepare(args: PrepareArgs): Promise<Prepared> {
  mkdirSync(args.dir, { recursive: true });
  let csvDir = join(projectRoot(), 'data', 'catalog');
  let generateMs = 0;
  if (args.catalog !== 'seed') {
    csvDir = join(args.dir, 'csv');
    mkdirSync(csvDir, { recursive: true });
    const t = now();
    generateCatalog(csvDir, SIZES[args.catalog], args.seed);
    generateMs = now() - t;
  }
  const file = join(args.dir, 'catalog.sqlite');
  const t = now();
  const built = await importCatalog(csvDir, file);
  const importMs = now() - t;
  if (!built.ok) throw new Error(`import of ${args.catalog} failed:\n${built.problems.slice(0, 10).map(formatProblem).join('\n')}`);

  const tq = now();
  const model = readModel(file);
  const questions = generateQuestions(model, args.questions, args.seed);
  model.close();
  const questionsFile = join(args.dir, 'questions.json');
  writeFileSync(questionsFile, JSON.stringify(questions));
  const questionsMs = now() - tq;

  // Counted through the catalog's public face: the benchmark does not know the schema.
  const catalog = openCatalog(file);
  const names = catalog.loadNames();
  const kinds: AliasKind[] = ['product', 'retailer', 'country', 'city', 'brand', 'category', 'group', 'region'];
  const result: Prepared = {
    catalog: args.catalog, file, questionsFile, csvDir,
    products: names.products.length, retailers: names.retailers.length,
    countries: catalog.countriesOf({ products: null, retailers: null, countries: null }, 100_000).length, rows: catalog.factTotal(),
    aliases: kinds.reduce((n, kind) => n + catalog.aliasNames(kind).length, 0),
    csvBytes: readdirSync(csvDir).filter((f) => f.endsWith('.csv')).reduce((s, f) => s + statSync(join(csvDir, f)).size, 0),
    sqliteBytes: statSync(file).size,
    generateMs, importMs, questionsMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  catalog.close();
  return result;
}

childMain(() => prepare(childArg<PrepareArgs>()));
