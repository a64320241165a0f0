// The shape of one benchmark run: what `--json` prints and the tables are made from.
import type { ClassScore } from '../independent/evaluate.js';
import type { CatalogName } from '../catalog/sizes.js';
import type { BuildProbe } from '../measure/build.js';
import type { FirstSuggestProbe } from '../measure/firstSuggest.js';
import type { ImportProbe } from '../measure/import.js';
import type { Measured } from '../measure/main.js';
import type { ServingProbe } from '../measure/serve.js';
import type { Prepared } from '../prepare.js';

export interface CatalogResult {
  catalog: CatalogName;
  prepared: Prepared;
  /** Cold starts of the core, one process each. */
  builds: BuildProbe[];
  build: { buildMs: number; rssMb: number; heapMb: number; firstAnswerMs: number; loadMs: number };
  measured: Measured;
  /** The full run's import alone in a fresh process (not in --quick). */
  imported?: ImportProbe;
  /** Entity accuracy per class on the independent generator's questions (bench/independent/). */
  independent?: ClassScore[];
  /** A process serving the catalog with an eager core: autocomplete, the kinds of question, its RSS after them. */
  serving?: ServingProbe;
  /** The first autocomplete call of a process whose core is not eager. */
  firstSuggest?: FirstSuggestProbe;
  /** `ask` on this catalog's built file, spawn to first output, and `node` alone beside it (ms, medians). */
  startup?: CatalogStartup;
  /** Parts of the measurement that failed on this catalog (the run goes on without them), with why. */
  failed?: string[];
  /** Wall time of everything done for this catalog, generation to its last start. */
  seconds?: number;
}

export interface CatalogStartup { question: string; askMs: number; nodeMs: number; runs: number; askAll: number[] }

/** The columns of issue 15's table of limits; a check of one of them names it. */
export type LimitColumn = 'every kind p99' | 'worst question' | 'autocomplete p99' | 'build / start to first answer' | 'RSS serving'
  | 'accuracy (both generators)';

export interface TargetCheck {
  target: string; catalog: string; measured: string; met: boolean;
  /** Set for the checks of the table of limits: the column, and the limit as written there. */
  column?: LimitColumn; limit?: string;
}

export interface RunResult {
  version: 1;
  seed: number;
  quick: boolean;
  questions: number;
  rounds: number;
  machine: { cpus: number; cpuModel: string; node: string; loadStart: number[]; loadEnd: number[]; note: string };
  /** The seed's `ask` start (the target of issue 5); every catalog's is in its own result. */
  startup: null | CatalogStartup;
  catalogs: CatalogResult[];
  targets: TargetCheck[];
  startedAt: string;
  totalSeconds: number;
}
