// node dist/bench/independent/evaluate.js <csvDir> [count] [seed] [--failures N]
// Answers the independent generator's questions with the core, built from the folder through the
// import users run, and prints entity accuracy per class: the names the answer read must be exactly
// the ones the question named. A brand-only question is right when the answer covers the brand's
// products, whether it lists them or names the brand.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answer } from '../../src/index.js';
import { builtFile, currentBuild, distBuild, type Build } from '../heldout/conversations.js';
import { generateIndependent, type IndependentQuestion } from './generate.js';

/** `unsafeYes`: a yes that left out something the question named: the data may not hold it for that. */
export interface ClassScore { cls: string; n: number; right: number; unsafeYes: number }

/** Whether every thing the question named is among what the answer read. */
function readsAll(q: IndependentQuestion, a: Answer): boolean {
  const got = new Set([...a.entities.products.map((p) => p.id), ...a.entities.retailers.map((r) => r.id), ...a.entities.countries.map((c) => c.code)]);
  const named = [...(q.cls === 'brand-only' ? [] : q.expected.products), ...q.expected.retailers, ...q.expected.countries];
  return named.every((id) => got.has(id));
}

const sorted = (list: readonly string[]): string[] => [...new Set(list)].sort();
const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

/** Whether the answer read exactly what the question named. */
export function judge(q: IndependentQuestion, a: Answer): boolean {
  const got = { products: sorted(a.entities.products.map((p) => p.id)), retailers: sorted(a.entities.retailers.map((r) => r.id)),
    countries: sorted(a.entities.countries.map((c) => c.code)) };
  const want = { products: sorted(q.expected.products), retailers: sorted(q.expected.retailers), countries: sorted(q.expected.countries) };
  if (!same(got.retailers, want.retailers) || !same(got.countries, want.countries)) return false;
  if (same(got.products, want.products)) return true;
  // "xiaomi in italy?": the answer may stand for the brand's products without listing each.
  return q.cls === 'brand-only' && got.products.length === 0 && (a.query?.brands ?? []).length > 0;
}

/** `built`: the folder's catalog file as this code built it, opened instead of importing the folder again (2 minutes at 2M rows). */
export async function evaluate(csvDir: string, count: number, seed: number, failures = 0, dist: string | null = null,
  built: string | null = null): Promise<ClassScore[]> {
  const dir = mkdtempSync(join(tmpdir(), 'avail-independent-'));
  try {
    // The held-out runner's builds: this code, or another build's dist/ (the code before a change).
    const build: Build = dist ? distBuild(dist) : built ? builtFile(built) : currentBuild;
    const core = await build(csvDir, join(dir, 'catalog.sqlite'));
    const scores = new Map<string, ClassScore>();
    let shown = 0;
    for (const [i, q] of generateIndependent(csvDir, count, seed).entries()) {
      // Each question opens its own conversation: none follows another.
      const a = core.answer(q.text, { conversation: `q${i}` });
      const ok = judge(q, a);
      const s = scores.get(q.cls) ?? { cls: q.cls, n: 0, right: 0, unsafeYes: 0 };
      s.n++;
      if (ok) s.right++;
      if (a.verdict === 'yes' && !readsAll(q, a)) s.unsafeYes++;
      scores.set(q.cls, s);
      if (!ok && shown < failures) {
        shown++;
        process.stdout.write(`  ✗ [${q.cls}] ${q.text}\n    want ${JSON.stringify(q.expected)}\n    got  ${JSON.stringify({ p: a.entities.products.map((p) => p.id), r: a.entities.retailers.map((r) => r.id), c: a.entities.countries.map((c) => c.code) })} ${a.verdict}\n`);
      }
    }
    core.close();
    return [...scores.values()];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('evaluate.js')) {
  const args = process.argv.slice(2);
  const option = (name: string): string | null => { const at = args.indexOf(name); return at >= 0 ? args[at + 1] ?? null : null; };
  const failures = Number(option('--failures') ?? 0);
  const dist = option('--core');
  const [dir, count = '2000', seed = '20240605'] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const scores = await evaluate(dir!, Number(count), Number(seed), failures, dist);
  let n = 0;
  let right = 0;
  let unsafe = 0;
  for (const s of scores) {
    n += s.n; right += s.right; unsafe += s.unsafeYes;
    process.stdout.write(`${s.cls.padEnd(24)} ${String(s.right).padStart(5)}/${String(s.n).padEnd(5)} ${((100 * s.right) / s.n).toFixed(1).padStart(5)}%  ${s.unsafeYes} yes without a name asked\n`);
  }
  process.stdout.write(`${'all'.padEnd(24)} ${String(right).padStart(5)}/${String(n).padEnd(5)} ${((100 * right) / n).toFixed(2)}%  ${unsafe} yes without a name asked\n`);
}
