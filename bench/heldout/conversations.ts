// Plays a conversation set (test/conversations/FORMAT.md): every conversation in
// one conversation of the core, turn by turn, each turn judged against the
// expectation written from the CSV files alone.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Answer } from '../../src/index.js';
import { HELDOUT_TODAY, classOf as questionClassOf, judge, type Expectation, type Judged } from './evaluate.js';

export interface Turn extends Omit<Expectation, 'id'> { long?: boolean }
export interface Conversation { id: string; why?: string; turns: Turn[] }

export interface TurnJudged extends Judged { conversation: string; turn: number }
export interface ConversationResult { name: string; judged: TurnJudged[]; right: number; falseYes: number; conversations: number }

/** What a set is played with: the build under test (the current one, or another's `dist/`). */
export interface CoreLike { answer(q: string, ctx: { conversation: string }): Answer; close(): void }
export type Build = (csvDir: string, dbFile: string) => Promise<CoreLike>;

/** A chat-length answer: a headline, about five lines, a line counting the rest, the source. */
export const CHAT_LINES = 8;

export function readConversations(file: string): Conversation[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Conversation);
}

/** The set's catalog: its own `catalog/` folder, or the path `catalog.txt` names from the repository's root. */
export function catalogOf(dir: string, root: string): string {
  if (existsSync(join(dir, 'catalog'))) return join(dir, 'catalog');
  return resolve(root, readFileSync(join(dir, 'catalog.txt'), 'utf8').trim());
}

export function classOf(a: Answer): string {
  if (a.reason === 'statement') return 'statement';
  if (a.verdict === 'help' && a.reason === 'courtesy') return 'courtesy';
  return questionClassOf(a);
}

export function judgeTurn(t: Turn, a: Answer, conversation: string, turn: number): TurnJudged {
  const e: Expectation = { ...t, id: `${conversation}.${turn}` };
  // The question-level judge knows the classes of one question; a conversation adds two.
  const extra = t.expect === 'statement' || t.expect === 'courtesy';
  const base = judge(extra ? { ...e, expect: classOf(a) === t.expect ? questionClassOf(a) : t.expect } : e, a);
  const problems = [...base.problems];
  if (t.expect === 'courtesy' && a.text.split('\n').length > 1) problems.push('a courtesy reply of more than one line');
  const lines = a.text.split('\n').length;
  if (!t.long && lines > CHAT_LINES) problems.push(`${lines} lines, more than chat length (${CHAT_LINES})`);
  return { ...base, e, problems, ok: problems.length === 0, falseYes: a.verdict === 'yes' && t.expect !== 'yes', conversation, turn };
}

export async function playSet(dir: string, name: string, root: string, build: Build): Promise<ConversationResult> {
  const tmp = mkdtempSync(join(tmpdir(), 'conversations-'));
  try {
    const core = await build(catalogOf(dir, root), join(tmp, 'catalog.sqlite'));
    try {
      const conversations = readConversations(join(dir, 'conversations.jsonl'));
      const judged = conversations.flatMap((c) => c.turns.map((t, i) =>
        judgeTurn(t, core.answer(t.q, { conversation: `${name}:${c.id}` }), c.id, i + 1)));
      return { name, judged, right: judged.filter((j) => j.ok).length, falseYes: judged.filter((j) => j.falseYes).length,
        conversations: conversations.length };
    } finally {
      core.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The current build: the same import path and core a user runs, on the held-out day. */
export async function currentBuild(csvDir: string, dbFile: string): Promise<CoreLike> {
  const { importCatalog } = await import('../../src/catalog/build.js');
  const { formatProblem } = await import('../../src/catalog/problem.js');
  const { createCore, openCatalog } = await import('../../src/index.js');
  const built = await importCatalog(csvDir, dbFile);
  if (!built.ok) throw new Error(`${csvDir}: ${'unreadable' in built ? built.unreadable : built.problems.map(formatProblem).join('; ')}`);
  return createCore({ catalog: openCatalog(dbFile), clock: () => HELDOUT_TODAY });
}

/** A catalog file this code already built from the folder (the benchmark's own): opened, not imported again. */
export function builtFile(file: string): Build {
  return async () => {
    const { createCore, openCatalog } = await import('../../src/index.js');
    return createCore({ catalog: openCatalog(file), clock: () => HELDOUT_TODAY });
  };
}

/** Another build's `dist/` (the code as it was before a change), for a first-run figure. */
export function distBuild(dist: string): Build {
  return async (csvDir, dbFile) => {
    const { importCatalog } = await import(join(dist, 'src/catalog/build.js')) as typeof import('../../src/catalog/build.js');
    const core = await import(join(dist, 'src/index.js')) as typeof import('../../src/index.js');
    const built = await importCatalog(csvDir, dbFile);
    if (!built.ok) throw new Error(`${csvDir}: catalog does not import in ${dist}`);
    // Builds before the catalog seam took the file's path instead of a reader.
    const open = (core as Partial<typeof core>).openCatalog;
    const catalog = open ? { catalog: open(dbFile) } : { catalogFile: dbFile };
    return core.createCore({ ...catalog, clock: () => HELDOUT_TODAY } as Parameters<typeof core.createCore>[0]);
  };
}
