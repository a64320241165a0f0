// Import problems, as a data team reads them: `file:line: reason`, in file and
// line order. Kept to the first thousand found: a systematic mistake (a date
// format on a million rows) would otherwise fill memory and bury the one line
// that explains it.

export interface Problem { file: string; line: number; reason: string }

/** `file:line: reason`, the form every import problem is reported in. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.reason}`;
}

const KEPT = 1000;

/** The problems of one import, in the order they were found. */
export class Problems {
  private readonly kept: Problem[] = [];
  private more = 0;
  private moreFile = '';

  at(file: string, line: number, reason: string): void {
    if (this.kept.length < KEPT) this.kept.push({ file, line, reason });
    else if (this.more++ === 0) this.moreFile = file;
  }

  get count(): number {
    return this.kept.length + this.more;
  }

  /**
   * The problems kept, by file in `order` and by line (as an editor walks through them: a repeat
   * is found after its file is read, a cascade once its file is), and one line counting those left out.
   */
  list(order: readonly string[] = []): Problem[] {
    const rank = (p: Problem): number => order.indexOf(p.file);
    const kept = [...this.kept].sort((a, b) => rank(a) - rank(b) || a.line - b.line);
    if (this.more === 0) return kept;
    return [...kept, { file: this.moreFile, line: 0, reason: `… and ${this.more} more problems` }];
  }
}
