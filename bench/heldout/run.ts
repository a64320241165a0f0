// `npm run heldout [DIR…]`: answers every held-out set (default: test/heldout/*)
// and prints, per set, how many answers were right and how many were a false "yes".
// `--failures` prints each wrong answer with what was expected.
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { runSet } from './evaluate.js';

async function main(args: string[]): Promise<number> {
  const failures = args.includes('--failures');
  const named = args.filter((a) => !a.startsWith('--'));
  const root = resolve('test/heldout');
  const dirs = named.length > 0 ? named.map((d) => resolve(d))
    : readdirSync(root).map((d) => join(root, d)).filter((d) => existsSync(join(d, 'questions.jsonl'))).sort();
  let wrong = 0;
  for (const dir of dirs) {
    const r = await runSet(dir, basename(dir));
    const n = r.judged.length;
    process.stdout.write(`${r.name}: ${r.right}/${n} right (${((100 * r.right) / n).toFixed(1)}%), ${r.falseYes} false yes\n`);
    wrong += n - r.right;
    if (!failures) continue;
    for (const j of r.judged.filter((x) => !x.ok)) {
      process.stdout.write(`  ✗ ${j.e.id} [${j.e.expect}] ${j.e.q}\n    ${j.problems.join('; ')}${j.falseYes ? '  ← FALSE YES' : ''}\n`);
      process.stdout.write(`    ${j.answer.text.split('\n').slice(0, 4).join('\n    ')}\n`);
    }
  }
  return wrong > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err: unknown) => {
  process.stderr.write(`heldout: ${(err as Error).message}\n`);
  process.exitCode = 2;
});
