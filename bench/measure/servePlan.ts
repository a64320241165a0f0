// Child: what the serving child will ask (bench/measure/serve.ts), drawn from
// every name of the catalog and written to a file. Drawing them reads every
// name and alias (hundreds of MB of JS objects at 100k products), and V8 does
// not give all of a peak back after it: done in the serving process, that peak
// stayed in its RSS, so RSS serving measured the benchmark instead of the server.
import { readFileSync, writeFileSync } from 'node:fs';
import { openCatalog } from '../../src/index.js';
import { childArg, childMain } from '../child.js';
import { Random } from '../random.js';
import type { Question } from '../questions/generate.js';
import { kindQuestions, type Kind } from '../serving/kinds.js';
import type { Keystroke } from '../serving/keystrokes.js';
import { kindNames } from '../serving/names.js';
import { catalogKeystrokes, SUGGEST_SEED_LABEL, type SuggestCounts } from '../serving/suggest.js';

export interface ServePlanArgs { catalogFile: string; csvDir: string; questionsFile: string; seed: number; suggest: SuggestCounts; out: string }

/** The kinds of question with at least one question, and the autocomplete keystrokes. */
export interface ServePlan { asked: Kind[]; keys: Keystroke[] }

childMain((): { file: string } => {
  const a = childArg<ServePlanArgs>();
  const reader = openCatalog(a.catalogFile);
  const rows = reader.loadNames();
  const traded = reader.countriesOf({ products: null, retailers: null, countries: null }, 100_000);
  const kinds = kindQuestions(kindNames(a.csvDir, rows, traded));
  const keys = catalogKeystrokes(rows, a.suggest, new Random(a.seed).fork(SUGGEST_SEED_LABEL));
  const generated = JSON.parse(readFileSync(a.questionsFile, 'utf8')) as Question[];
  kinds.push({ name: 'generator, clean', questions: generated.filter((q) => !q.typo).map((q) => q.text) },
    { name: 'generator, typo', questions: generated.filter((q) => q.typo).map((q) => q.text) });
  reader.close();
  writeFileSync(a.out, JSON.stringify({ asked: kinds.filter((k) => k.questions.length > 0), keys } satisfies ServePlan));
  return { file: a.out };
});
