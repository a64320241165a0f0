// Answers a held-out question set (test/heldout/<set>/) and judges each answer
// against the expectation written from the CSV files alone (see FORMAT.md).
// Used by `npm run heldout` and by the test that gates the figures.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Answer } from '../../src/index.js';
import { foldText } from '../../src/text/normalize.js';
import type { Build } from './conversations.js';

export interface Expectation {
  id: string; q: string; lang: string; expect: string; includes?: string[]; excludes?: string[];
  count?: number; unread?: string; conv?: string; why?: string;
}

export interface Judged { e: Expectation; answer: Answer; ok: boolean; falseYes: boolean; problems: string[] }

export interface SetResult { name: string; judged: Judged[]; right: number; falseYes: number }

/** Every expectation is written for this day. */
export const HELDOUT_TODAY = Date.UTC(2026, 11, 1, 12);

export function readQuestions(file: string): Expectation[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Expectation);
}

/** The verdict class an answer falls in, in FORMAT.md's terms. */
export function classOf(a: Answer): string {
  if (a.verdict === 'unknown') return a.reason === 'unpaired' ? 'not_confirmed' : a.reason === 'out_of_scope' ? 'out_of_scope' : 'unknown';
  return a.verdict;
}

const fold = (s: string): string => foldText(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
function contains(text: string, word: string): boolean {
  return ` ${fold(text)} `.includes(` ${fold(word)} `);
}

export function judge(e: Expectation, a: Answer): Judged {
  const problems: string[] = [];
  const got = classOf(a);
  const falseYes = a.verdict === 'yes' && e.expect !== 'yes';
  if (e.expect === 'unread') {
    if (a.verdict === 'yes') problems.push('answered yes');
    if (e.unread && !contains(a.text, e.unread)) problems.push(`does not name "${e.unread}"`);
  } else if (e.expect === 'count') {
    if (got !== 'list' && got !== 'count') problems.push(`class ${got}, expected count`);
    if (e.count !== undefined && !new RegExp(`(^|\\D)${e.count}(\\D|$)`).test(a.text)) problems.push(`no count ${e.count}`);
  } else if (got !== e.expect) problems.push(`class ${got}, expected ${e.expect}`);
  for (const w of e.includes ?? []) if (!contains(a.text, w)) problems.push(`missing "${w}"`);
  for (const w of e.excludes ?? []) if (contains(a.text, w)) problems.push(`has excluded "${w}"`);
  if (a.language !== e.lang) problems.push(`language ${a.language}, expected ${e.lang}`);
  return { e, answer: a, ok: problems.length === 0, falseYes, problems };
}

/** A set's catalog: its own `catalog/` folder, or the folder its `catalog.txt` names from the repository's root. */
export function catalogOf(dir: string): string {
  const named = join(dir, 'catalog.txt');
  return existsSync(named) ? resolve(dirname(dirname(dirname(dir))), readFileSync(named, 'utf8').trim()) : join(dir, 'catalog');
}

/** Imports the set's catalog into a temporary file and answers every question in order. */
/**
 * `build`: the core that answers (conversations.ts's `currentBuild`, or `distBuild` for `--core DIST`,
 * so a first-run figure is of the code before a change).
 */
export async function runSet(dir: string, name: string, build: Build): Promise<SetResult> {
  const tmp = mkdtempSync(join(tmpdir(), 'heldout-'));
  const db = join(tmp, 'catalog.sqlite');
  try {
    const core = await build(catalogOf(dir), db);
    try {
      const judged = readQuestions(join(dir, 'questions.jsonl')).map((e) =>
        judge(e, core.answer(e.q, { conversation: e.conv ? `${name}:${e.conv}` : `${name}:${e.id}` })));
      return { name, judged, right: judged.filter((j) => j.ok).length, falseYes: judged.filter((j) => j.falseYes).length };
    } finally {
      core.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
