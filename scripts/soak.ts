// `npm run soak`: a million questions through the core in one process — real,
// typo'd, follow-up and hostile ones over many conversations — sampling RSS
// as it goes, to show memory stays flat and no answer is lost or late.
// The test suite runs the same loop, shorter.
import { createCore, openCatalog, type Core } from '../src/index.js';

export interface SoakResult {
  questions: number;
  answered: number;
  /** RSS in MB, one sample every `sampleEvery` questions. */
  rss: number[];
  /** V8 heap in use in MB at the same moments (garbage included: no collection is forced). */
  heap: number[];
  worstMs: number;
  p99Ms: number;
  conversationsUsed: number;
}

const REAL = [
  'can i buy a redmi at 3 in sweden?', 'which retailers sell xiaomi in the uk?', 'quando apre il mi store a milano?',
  'does amazon sell redmi in spain?', 'is xiaomi available in germany?', 'dove posso comprare uno xiaomi in italia?',
  'does superdrug carry xiaomi in ireland?', 'mi', 'help', 'power bank in spain?',
];
const FOLLOW = ['and in denmark?', 'e in germania?', 'what about mediaworld?', 'when?', 'e da amazon?'];
const HOSTILE = ['<!channel> @everyone', "'; DROP TABLE availability; --", '<'.repeat(2000), '\u202e\u200d🇸🇪'.repeat(50), 'x'.repeat(5000)];

/** A small deterministic generator, so every soak asks the same questions. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function typo(q: string, r: () => number): string {
  const i = 1 + Math.floor(r() * (q.length - 2));
  return r() < 0.5 ? q.slice(0, i) + q.slice(i + 1) : q.slice(0, i) + q[i + 1] + q[i] + q.slice(i + 2);
}

export function runSoak(core: Core, questions: number, sampleEvery: number, conversations = 200_000): SoakResult {
  const r = mulberry32(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const rss: number[] = [];
  const heap: number[] = [];
  const times = new Float64Array(questions);
  let answered = 0;
  let worst = 0;
  const seen = new Set<number>();
  for (let i = 0; i < questions; i++) {
    const kind = r();
    const q = kind < 0.45 ? pick(REAL) : kind < 0.75 ? typo(pick(REAL), r) : kind < 0.93 ? pick(FOLLOW) : pick(HOSTILE);
    const key = Math.floor(r() * conversations);
    if (seen.size < 1_000_000) seen.add(key);
    const t = performance.now();
    const a = core.answer(q, { conversation: `c${key}` });
    const ms = performance.now() - t;
    if (a.text.length > 0) answered++;
    times[i] = ms;
    if (ms > worst) worst = ms;
    if ((i + 1) % sampleEvery === 0) {
      const m = process.memoryUsage();
      rss.push(Math.round(m.rss / 1e5) / 10);
      heap.push(Math.round(m.heapUsed / 1e5) / 10);
    }
  }
  times.sort();
  return {
    questions, answered, rss, heap, worstMs: worst, p99Ms: times[Math.floor(questions * 0.99)] ?? 0,
    conversationsUsed: seen.size,
  };
}

async function main(): Promise<void> {
  const { resolve } = await import('node:path');
  const { ensureCatalog } = await import('../src/catalog/build.js');
  const root = resolve(import.meta.dirname, '../..');
  const file = resolve(root, 'data/catalog.sqlite');
  const built = await ensureCatalog(resolve(root, 'data/catalog'), file);
  if (!built.ok) throw new Error('the shipped catalog has problems; run npm run avail -- import data/catalog');
  const n = Number(process.argv[2] ?? 1_000_000);
  const core = createCore({ catalog: openCatalog(file) });
  const t = performance.now();
  const res = runSoak(core, n, Math.max(1, Math.floor(n / 20)));
  const seconds = (performance.now() - t) / 1000;
  process.stdout.write(`${JSON.stringify({ ...res, seconds: Math.round(seconds * 10) / 10 }, null, 1)}\n`);
  core.close();
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').slice(-2).join('/'))) {
  main().catch((err: unknown) => { process.stderr.write(`soak failed: ${(err as Error).message}\n`); process.exitCode = 1; });
}
