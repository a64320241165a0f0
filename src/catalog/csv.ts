// Reads one CSV file of a catalog into records that remember their line, and
// reports every structural problem as `file:line: reason` instead of stopping
// at the first. csv-parse handles quoting and embedded newlines, which a
// spreadsheet export produces and a hand-written split would get wrong.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface Problem { file: string; line: number; reason: string }
export interface Record_ {
  line: number;
  get(column: string): string;
  /** The filled cells of `field_xx` columns ("name_it", "note_de"): [language, text]. */
  localized(field: string): [string, string][];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readCsv(dir: string, file: string, columns: readonly string[], required: boolean, problems: Problem[]): Record_[] {
  const path = join(dir, file);
  if (!existsSync(path)) {
    if (required) problems.push({ file, line: 0, reason: 'file is missing' });
    return [];
  }
  let text: string;
  try {
    text = utf8.decode(readFileSync(path));
  } catch {
    problems.push({ file, line: 1, reason: 'not valid UTF-8 (save the file as UTF-8)' });
    return [];
  }
  let rows: { info: { lines: number }; record: string[] }[];
  try {
    rows = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as never;
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 1;
    problems.push({ file, line, reason: `cannot be read as CSV (${(err as Error).message.split('\n')[0]})` });
    return [];
  }
  const header = rows[0];
  if (!header) {
    problems.push({ file, line: 1, reason: 'file is empty (expected a header line)' });
    return [];
  }
  const names = header.record.map((h) => h.toLowerCase());
  const missing = columns.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    problems.push({ file, line: header.info.lines, reason: `header lacks column(s) ${missing.join(', ')}` });
    return [];
  }
  const out: Record_[] = [];
  for (const row of rows.slice(1)) {
    const line = row.info.lines;
    if (row.record.length !== names.length) {
      problems.push({ file, line, reason: `has ${row.record.length} columns, the header has ${names.length}` });
      continue;
    }
    const values = row.record;
    // A line break inside a cell (a spreadsheet's Alt+Enter) would split one answer line in
    // two in every renderer; any run of white space becomes one space.
    const get = (c: string): string => (values[names.indexOf(c)] ?? '').replace(/\s+/g, ' ').trim();
    const localized = (field: string): [string, string][] => names
      .filter((n) => n.length === field.length + 3 && n.startsWith(`${field}_`) && /^[a-z]{2}$/.test(n.slice(-2)))
      .map((n) => [n.slice(-2), get(n)] as [string, string]).filter(([, text]) => text !== '');
    out.push({ line, get, localized });
  }
  return out;
}

/** A cell holding several values ("AT;DK;IE"). */
export function list(cell: string): string[] {
  return cell.split(';').map((s) => s.trim()).filter((s) => s.length > 0);
}
