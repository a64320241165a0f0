// `node dist/bench/profile.js <dir> [--typo|--clean] [--rounds N] [--build]`: profiles
// the core on a catalog kept by `npm run bench -- --keep` (<dir> holds
// catalog.sqlite and questions.json) with V8's sampling profiler, and prints
// where the time goes: functions by self time, and by total time for the
// core's own files. --build profiles createCore instead of answering.
// `--file X.cpuprofile` summarizes a profile written by `node --cpu-prof`
// (how the start of `ask` was looked at).
import { readFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore, openCatalog } from '../src/index.js';
import type { Question } from './questions/generate.js';

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => {
    session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result as T)));
  });
}

interface Row { name: string; self: number; total: number }

/** Self and total sample time per function (by name and location), from a V8 CPU profile. */
export function summarize(profile: Profiler.Profile): Row[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map<number, number>();
  const samples = profile.samples ?? []; const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (deltas[i] ?? 0)));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: Profiler.ProfileNode): string => {
    const f = n.callFrame;
    const file = f.url.replace(/^.*\/dist\//, '').replace(/^file:\/\//, '');
    return `${f.functionName || '(anonymous)'} ${file ? `${file}:${f.lineNumber + 1}` : ''}`.trim();
  };
  const rows = new Map<string, Row>();
  const row = (k: string): Row => { let r = rows.get(k); if (!r) { r = { name: k, self: 0, total: 0 }; rows.set(k, r); } return r; };
  for (const [id, t] of dt) {
    const node = byId.get(id)!;
    row(key(node)).self += t;
    // Total: count each function once per sample, however deep the recursion.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      row(k).total += t;
    }
  }
  return [...rows.values()];
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: {
    file: { type: 'string' }, typo: { type: 'boolean' }, clean: { type: 'boolean' }, rounds: { type: 'string' }, build: { type: 'boolean' }, top: { type: 'string' },
  } });
  if (values.file) {
    print(summarize(JSON.parse(readFileSync(values.file, 'utf8')) as Profiler.Profile), 'profile', 0, Number(values.top ?? 25));
    return;
  }
  const dir = positionals[0];
  if (!dir) throw new Error('usage: node dist/bench/profile.js <kept catalog dir> [--typo|--clean] [--rounds N] [--build]');
  const file = join(dir, 'catalog.sqlite');
  let questions = JSON.parse(readFileSync(join(dir, 'questions.json'), 'utf8')) as Question[];
  if (values.typo) questions = questions.filter((q) => q.typo);
  if (values.clean) questions = questions.filter((q) => !q.typo);
  const rounds = Number(values.rounds ?? 5);
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 50 });
  let core = values.build ? null : createCore({ catalog: openCatalog(file) });
  if (core) for (const q of questions) core.answer(q.text);
  await post(session, 'Profiler.start');
  const t = process.hrtime.bigint();
  if (values.build) {
    for (let i = 0; i < rounds; i++) { core = createCore({ catalog: openCatalog(file) }); core.close(); }
  } else {
    for (let r = 0; r < rounds; r++) for (const q of questions) core!.answer(q.text);
  }
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  const { profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
  session.disconnect();
  core?.close();
  print(summarize(profile), values.build ? `${rounds} × createCore` : `${rounds} × ${questions.length} answers`, wall, Number(values.top ?? 25));
}

function print(rows: Row[], what: string, wall: number, top: number): void {
  const all = rows.reduce((s, r) => s + r.self, 0);
  const fmt = (r: Row, v: number): string => `${(v / 1000).toFixed(1).padStart(8)} ms ${((100 * v) / all).toFixed(1).padStart(5)}%  ${r.name}`;
  process.stdout.write(`${what}: ${wall.toFixed(0)} ms wall, ${(all / 1000).toFixed(0)} ms sampled\n\nBy self time:\n`);
  for (const r of rows.sort((a, b) => b.self - a.self).slice(0, top)) process.stdout.write(`${fmt(r, r.self)}\n`);
  process.stdout.write('\nBy total time (the core\'s own functions):\n');
  for (const r of rows.filter((x) => /(src|adapters)\//.test(x.name)).sort((a, b) => b.total - a.total).slice(0, top)) process.stdout.write(`${fmt(r, r.total)}\n`);
}

main().catch((err: unknown) => { process.stderr.write(`${(err as Error).message}\n`); process.exitCode = 1; });
