// The benchmark's child that scores the core on the independent generator's questions (see evaluate.ts).
import { childArg, childMain } from '../child.js';
import { evaluate } from './evaluate.js';

/** `catalogFile`: the folder's catalog as the run built it, so the child does not import it again. */
export interface IndependentArgs { csvDir: string; count: number; seed: number; catalogFile?: string }

childMain(async () => {
  const { csvDir, count, seed, catalogFile } = childArg<IndependentArgs>();
  return evaluate(csvDir, count, seed, 0, null, catalogFile ?? null);
});
