// `npm run heldout [DIR…]`: answers every held-out set (default: test/heldout/*)
// and prints, per set, how many answers were right and how many were a false "yes".
// `--conversations` plays the conversation sets instead (default: test/conversations/*),
// judged turn by turn. `--failures` prints each wrong answer with what was expected;
// `--core DIST` answers with another build's `dist/` (the code before a change).
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { runSet, type Judged } from './evaluate.js';
import { currentBuild, distBuild, playSet } from './conversations.js';

async function main(args: string[]): Promise<number> {
  const failures = args.includes('--failures');
  const conversations = args.includes('--conversations');
  const coreAt = args.indexOf('--core');
  const dist = coreAt >= 0 ? resolve(args[coreAt + 1] ?? '') : null;
  const named = args.filter((a, i) => !a.startsWith('--') && !(coreAt >= 0 && i === coreAt + 1));
  const file = conversations ? 'conversations.jsonl' : 'questions.jsonl';
  const root = resolve(conversations ? 'test/conversations' : 'test/heldout');
  const dirs = named.length > 0 ? named.map((d) => resolve(d))
    : readdirSync(root).map((d) => join(root, d)).filter((d) => existsSync(join(d, file))).sort();
  const build = dist ? distBuild(dist) : currentBuild;
  let wrong = 0;
  for (const dir of dirs) {
    const r = conversations ? await playSet(dir, basename(dir), process.cwd(), build) : await runSet(dir, basename(dir), build);
    const n = r.judged.length;
    const unit = conversations ? ' turns' : '';
    process.stdout.write(`${r.name}: ${r.right}/${n}${unit} right (${((100 * r.right) / n).toFixed(1)}%), ${r.falseYes} false yes\n`);
    wrong += n - r.right;
    if (failures) for (const j of r.judged.filter((x) => !x.ok)) printFailure(j);
  }
  return wrong > 0 ? 1 : 0;
}

function printFailure(j: Judged): void {
  process.stdout.write(`  ✗ ${j.e.id} [${j.e.expect}] ${j.e.q}\n    ${j.problems.join('; ')}${j.falseYes ? '  ← FALSE YES' : ''}\n`);
  process.stdout.write(`    ${j.answer.text.split('\n').slice(0, 4).join('\n    ')}\n`);
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err: unknown) => {
  process.stderr.write(`heldout: ${(err as Error).message}\n`);
  process.exitCode = 2;
});
