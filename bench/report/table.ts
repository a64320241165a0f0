// Plain-text tables with right-aligned numbers, for a terminal or a CI log.

/** `left`: the columns of text (names, questions) aligned left; the first always is. */
export function table(header: string[], rows: string[][], left: readonly number[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 || left.includes(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const us = (v: number): string => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '–');
export const ms = (v: number): string => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '–');
export const pct = (v: number): string => (Number.isFinite(v) ? `${(v * 100).toFixed(2)}%` : '–');
export const mb = (bytes: number): string => (bytes / 1048576).toFixed(1);
export const ratio = (v: number): string => (!Number.isFinite(v) ? '–' : v >= 100 ? `${Math.round(v).toLocaleString('en')}×` : `${v.toFixed(1)}×`);
export const count = (n: number): string => n.toLocaleString('en');
