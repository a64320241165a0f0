// `avail misses [--top N] [--json]`: the data team's to-do list, read from the
// misses log (MISSES_DB) that the bot writes with MISSES_LOG=on: the names the
// catalog lacks and the questions it could not answer, most asked first, with
// how often and when last. It only reads; a running bot may be writing the
// same file meanwhile (WAL lets both).
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { ConfigError, readMissesConfig, type Env } from '../shared/config.js';
import { EXIT } from '../shared/entry.js';
import { MissesError, MissesStore, type MissReason, type MissRow } from '../shared/missesStore.js';

export const MISSES_USAGE = 'avail misses [--top N] [--json]';
const DEFAULT_TOP = 20;
const WIDEST = 40;

const REASONS: Record<MissReason, string> = {
  unread_name: 'name', unknown_place: 'place', not_understood: 'not understood', out_of_scope: 'out of scope',
};

/** "2026-12-03 14:02 UTC": one zone for every copy of the bot and every reader. */
function when(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function cut(text: string): string {
  return text.length > WIDEST ? `${text.slice(0, WIDEST - 1)}…` : text;
}

/** Columns padded to their widest cell; the last one is left as it is. */
function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => `  ${cells.map((c, i) => (i === 0 ? c.padStart(widths[0]!) : i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')}`.trimEnd();
  return [line(head), ...rows.map(line)];
}

function report(shown: string, rows: { names: MissRow[]; questions: MissRow[] }, totals: ReturnType<MissesStore['totals']>): string[] {
  const n = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
  const out = [`misses log ${shown}: ${n(totals.names, 'name', 'names')} and ${n(totals.questions, 'question', 'questions')}, asked ${n(totals.asked, 'time', 'times')}`
    + (totals.since !== null ? ` since ${when(totals.since)}` : '')];
  if (totals.asked === 0) return [...out, '', 'Nothing missed yet.'];
  if (rows.names.length > 0) {
    out.push('', 'Names the catalog lacks, most asked first:',
      ...table(['asked', 'last asked', 'kind', 'name', 'asked as'],
        rows.names.map((r) => [String(r.count), when(r.lastSeen), REASONS[r.reason], cut(r.text), r.example ?? ''])));
  }
  if (rows.questions.length > 0) {
    out.push('', 'Questions not understood or out of scope, most asked first:',
      ...table(['asked', 'last asked', 'why', 'question'], rows.questions.map((r) => [String(r.count), when(r.lastSeen), REASONS[r.reason], r.text])));
  }
  return out;
}

/** Runs `avail misses`; `env` is the entry point's environment, after dotenv. Null: the arguments do not fit. */
export async function missesCommand(args: readonly string[], env: Env, out = (text: string): void => { process.stdout.write(text); }): Promise<number | null> {
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  const topAt = rest.indexOf('--top');
  const topText = topAt >= 0 ? rest[topAt + 1] : String(DEFAULT_TOP);
  const top = Number(topText);
  if (rest.length !== (topAt >= 0 ? 2 : 0) || !/^\d{1,4}$/.test(topText ?? '') || top < 1) return null;
  const config = readMissesConfig(env);
  const shown = relative(process.cwd(), config.file).startsWith('..') ? config.file : relative(process.cwd(), config.file);
  if (!existsSync(config.file)) {
    out(`No misses log at ${shown} yet. The bot records what users ask that the catalog lacks when started with `
      + 'MISSES_LOG=on (in .env or the environment; MISSES_DB says where the file goes), then `npm run avail -- misses` lists it.\n');
    return EXIT.ok;
  }
  let store: MissesStore;
  try {
    store = MissesStore.open(config.file, false);
  } catch (err) {
    if (err instanceof MissesError) throw new ConfigError('MISSES_DB', err.message);
    throw err;
  }
  try {
    const rows = store.top(top);
    const totals = store.totals();
    out(json ? `${JSON.stringify({ file: config.file, ...totals, ...rows })}\n` : `${report(shown, rows, totals).join('\n')}\n`);
  } finally {
    store.close();
  }
  return EXIT.ok;
}
