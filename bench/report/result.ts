// The shape of one benchmark run: what `--json` prints and the tables are made from.
import type { ClassScore } from '../independent/evaluate.js';
import type { CatalogName } from '../catalog/sizes.js';
import type { BuildProbe } from '../measure/build.js';
import type { ImportProbe } from '../measure/import.js';
import type { Measured } from '../measure/main.js';
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
}

export interface TargetCheck { target: string; catalog: string; measured: string; met: boolean }

export interface RunResult {
  version: 1;
  seed: number;
  quick: boolean;
  questions: number;
  rounds: number;
  machine: { cpus: number; cpuModel: string; node: string; loadStart: number[]; loadEnd: number[]; note: string };
  startup: null | { question: string; askMs: number; nodeMs: number; runs: number; askAll: number[] };
  catalogs: CatalogResult[];
  targets: TargetCheck[];
  startedAt: string;
  totalSeconds: number;
}
