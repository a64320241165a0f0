// Child: answers every question of one catalog with the core, the floor and
// (on a sample) the naive baseline, and reports accuracy and latency. The
// core and the floor alternate round by round, so a noisy neighbour on the
// machine slows both alike rather than one of them.
import { readFileSync } from 'node:fs';
import { createCore, openCatalog } from '../../src/index.js';
import { childArg, childMain, progress } from '../child.js';
import type { Question } from '../questions/generate.js';
import { causeOf, entitiesOf, sameEntities, type Failure } from './accuracy.js';
import { Floor } from './floor.js';
import { median, medianSpread, spread, type Spread } from './stats.js';

export interface MeasureArgs { catalog: string; catalogFile: string; questionsFile: string; rounds: number; baselineSample: number }

export interface Accuracy { all: number; clean: number; typo: number; n: number; wrong: number }
export interface Latency { all: Spread; clean: Spread; typo: Spread }

export interface Measured {
  questions: number; rounds: number;
  core: { accuracy: Accuracy; latency: Latency; answersPerSecond: number; failures: Failure[];
    slowest: { text: string; us: number; typo: boolean }[] };
  floor: { accuracy: Accuracy; latency: Latency; answersPerSecond: number; buildMs: number };
  baseline: null | { sample: number; aliases: number; buildMs: number; accuracy: Accuracy; latencyMs: Spread;
    /** Share of questions whose expected names were all among those found (it also finds many that were not asked). */
    found: number;
    /** The core on the same sample, for the ratio. */
    coreSampleUs: Spread };
}

const usSince = (t: bigint): number => Number(process.hrtime.bigint() - t) / 1000;

function accuracyOf(questions: Question[], ok: boolean[]): Accuracy {
  const rate = (pick: (q: Question) => boolean): number => {
    let n = 0; let good = 0;
    questions.forEach((q, i) => { if (pick(q)) { n++; if (ok[i]) good++; } });
    return n > 0 ? good / n : Number.NaN;
  };
  return { all: rate(() => true), clean: rate((q) => !q.typo), typo: rate((q) => q.typo !== null), n: questions.length,
    wrong: ok.filter((x) => !x).length };
}

function latencyOf(questions: Question[], rounds: Float64Array[]): Latency {
  const group = (pick: (q: Question) => boolean): Spread => {
    const idx = questions.flatMap((q, i) => (pick(q) ? [i] : []));
    return medianSpread(rounds.map((r) => spread(idx.map((i) => r[i]!))));
  };
  return { all: group(() => true), clean: group((q) => !q.typo), typo: group((q) => q.typo !== null) };
}

/** Times `answer` on every question once; returns per-question microseconds and the pass's answers per second. */
function pass(questions: Question[], answer: (text: string) => unknown): { us: Float64Array; perSecond: number } {
  const us = new Float64Array(questions.length);
  const start = process.hrtime.bigint();
  for (let i = 0; i < questions.length; i++) {
    const t = process.hrtime.bigint();
    answer(questions[i]!.text);
    us[i] = usSince(t);
  }
  return { us, perSecond: questions.length / (usSince(start) / 1e6) };
}

async function measure(args: MeasureArgs): Promise<Measured> {
  const questions = JSON.parse(readFileSync(args.questionsFile, 'utf8')) as Question[];
  const core = createCore({ catalog: openCatalog(args.catalogFile) });
  const tf = process.hrtime.bigint();
  const floor = new Floor(args.catalogFile);
  const floorBuildMs = usSince(tf) / 1000;

  // The first pass checks every answer and warms both up.
  const failures: Failure[] = [];
  const coreOk = questions.map((q) => {
    const a = core.answer(q.text);
    const got = entitiesOf(a);
    // A question naming an invented name is right only when the answer names it and says no yes.
    const unreadOk = !q.unread || (a.verdict !== 'yes' && (a.unread ?? []).some((n) => n.toLowerCase() === q.unread!.toLowerCase()));
    if (sameEntities(got, q.expected) && unreadOk) return true;
    const cause = sameEntities(got, q.expected) ? (a.verdict === 'yes' ? 'unknown name answered yes' : 'unknown name not quoted')
      : causeOf(q, got, a.verdict);
    failures.push({ id: q.id, text: q.text, expected: q.expected, got, verdict: a.verdict, cause, typo: q.typo });
    return false;
  });
  const floorOk = questions.map((q) => sameEntities(floor.answer(q.text).entities, q.expected));

  const coreRounds: Float64Array[] = []; const floorRounds: Float64Array[] = [];
  const coreRate: number[] = []; const floorRate: number[] = [];
  for (let r = 0; r < args.rounds; r++) {
    progress(`  ${args.catalog}: round ${r + 1}/${args.rounds}`);
    const c = pass(questions, (text) => core.answer(text));
    coreRounds.push(c.us); coreRate.push(c.perSecond);
    const f = pass(questions, (text) => floor.answer(text));
    floorRounds.push(f.us); floorRate.push(f.perSecond);
  }
  const perQuestion = questions.map((q, i) => ({ text: q.text, typo: q.typo !== null, us: median(coreRounds.map((r) => r[i]!)) }));
  const slowest = perQuestion.sort((a, b) => b.us - a.us).slice(0, 8);

  let baseline: Measured['baseline'] = null;
  if (args.baselineSample > 0) {
    // Loaded only now: fuse.js is no part of the core, and its index must not sit in the core's figures.
    const { Baseline } = await import('./baseline.js');
    const tb = process.hrtime.bigint();
    const b = new Baseline(args.catalogFile);
    const buildMs = usSince(tb) / 1000;
    const sample = questions.slice(0, args.baselineSample);
    const ms: number[] = []; const ok: boolean[] = []; let found = 0;
    for (const [i, q] of sample.entries()) {
      if (i % 10 === 0) progress(`  ${args.catalog}: baseline ${i + 1}/${sample.length}`);
      const t = process.hrtime.bigint();
      const res = b.answer(q.text);
      ms.push(usSince(t) / 1000);
      ok.push(sameEntities(res.entities, q.expected));
      if ((['products', 'retailers', 'countries'] as const).every((k) => q.expected[k].every((id) => res.entities[k].includes(id)))) found++;
    }
    b.close();
    const coreSample = sample.map((_, i) => median(coreRounds.map((r) => r[i]!)));
    baseline = { sample: sample.length, aliases: b.aliasCount, buildMs, accuracy: accuracyOf(sample, ok), found: found / sample.length,
      latencyMs: spread(ms), coreSampleUs: spread(coreSample) };
  }
  core.close();
  floor.close();
  return {
    questions: questions.length, rounds: args.rounds,
    core: { accuracy: accuracyOf(questions, coreOk), latency: latencyOf(questions, coreRounds), answersPerSecond: median(coreRate),
      failures, slowest },
    floor: { accuracy: accuracyOf(questions, floorOk), latency: latencyOf(questions, floorRounds), answersPerSecond: median(floorRate),
      buildMs: floorBuildMs },
    baseline,
  };
}

childMain(() => measure(childArg<MeasureArgs>()));
