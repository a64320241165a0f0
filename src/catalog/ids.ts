// The ids one catalog file defines, and what a reference to one of them finds.
// A row rejected for its id or its shape is remembered with its line, so rows of
// other files that name it are told once where the cause is, instead of each
// reporting an "unknown" id as a problem of its own (a cascade from one mistake).
import type { Problems } from './problem.js';

export type Found = 'ok' | 'unknown' | 'rejected' | 'unchecked';

export class Ids {
  private readonly first = new Map<string, number>();
  private readonly rejected = new Map<string, number>();
  /** The file could not be read through (not UTF-8, another separator): its ids are unknown, not missing. */
  unreadable = false;

  constructor(readonly file: string, readonly kind: string) {}

  /** Defines `id` at `line`: null when it is new, else the line that defined it first. */
  define(id: string, line: number): number | null {
    const before = this.first.get(id);
    if (before !== undefined) return before;
    this.first.set(id, line);
    return null;
  }

  reject(id: string, line: number): void {
    if (id !== '' && !this.first.has(id) && !this.rejected.has(id)) this.rejected.set(id, line);
  }

  has(id: string): boolean {
    return this.first.has(id);
  }

  get size(): number {
    return this.first.size;
  }

  find(id: string): Found {
    if (this.first.has(id)) return 'ok';
    if (this.rejected.has(id)) return 'rejected';
    return this.unreadable ? 'unchecked' : 'unknown';
  }

  rejectedAt(id: string): number {
    return this.rejected.get(id) ?? 0;
  }
}

/**
 * References to rejected rows, counted per file and id: said once, at the first row that makes
 * one ("events.csv:4: 12 rows refer to city "x", rejected at cities.csv:3").
 */
export class Cascades {
  private readonly refs = new Map<string, { ids: Ids; id: string; file: string; line: number; rows: number }>();

  note(file: string, line: number, ids: Ids, id: string): void {
    const key = `${file}\u0000${ids.kind}\u0000${id}`;
    const seen = this.refs.get(key);
    if (seen) seen.rows++;
    else this.refs.set(key, { ids, id, file, line, rows: 1 });
  }

  /** Reports what `file` referred to, and forgets it. */
  flush(file: string, problems: Problems): void {
    for (const [key, r] of this.refs) {
      if (r.file !== file) continue;
      const what = `${r.ids.kind} "${r.id}", rejected at ${r.ids.file}:${r.ids.rejectedAt(r.id)}`;
      problems.at(file, r.line, r.rows === 1 ? `refers to ${what}` : `${r.rows} rows refer to ${what}`);
      this.refs.delete(key);
    }
  }
}
