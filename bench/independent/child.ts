// The benchmark's child that scores the core on the independent generator's questions (see evaluate.ts).
import { childArg, childMain } from '../child.js';
import { evaluate } from './evaluate.js';

export interface IndependentArgs { csvDir: string; count: number; seed: number }

childMain(async () => {
  const { csvDir, count, seed } = childArg<IndependentArgs>();
  return evaluate(csvDir, count, seed);
});
