// node dist/bench/independent/cli.js <csvDir> <count> <seed> <out.json>
// Writes the independent generator's questions as JSON and prints the count of each class.
import { writeFileSync } from 'node:fs';
import { generateIndependent, summary } from './generate.js';

const USAGE = 'usage: node dist/bench/independent/cli.js <csvDir> <count> <seed> <out.json>';

function main(argv: string[]): number {
  const [dir, count, seed, out] = argv;
  if (!dir || !count || !seed || !out || !/^\d+$/.test(count) || !/^-?\d+$/.test(seed)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const started = Date.now();
  const questions = generateIndependent(dir, Number(count), Number(seed));
  writeFileSync(out, `${JSON.stringify(questions, null, 1)}\n`);
  const counts = summary(questions);
  const it = questions.filter((q) => q.lang === 'it').length;
  process.stderr.write(`${questions.length} questions (${it} in Italian) in ${Date.now() - started} ms → ${out}\n`);
  for (const [cls, n] of Object.entries(counts)) process.stderr.write(`  ${cls.padEnd(24)} ${String(n).padStart(6)}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`independent: ${(err as Error).message}\n`);
  process.exitCode = 1;
}
