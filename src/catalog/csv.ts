// Reads one CSV file of a catalog a chunk at a time, handing each record on as
// it is parsed (a million-row file is never one string or one array), and
// reports every structural problem as `file:line: reason` instead of stopping
// at the first. csv-parse handles quoting and embedded newlines, which a
// spreadsheet export produces and a hand-written split would get wrong.
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import type { Problems } from './problem.js';
import { utf8Lines } from './utf8.js';

export type { Problem } from './problem.js';

export interface Record_ {
  /** The line the record starts on. */
  line: number;
  get(column: string): string;
  /** The filled cells of `field_xx` columns ("name_it", "note_de"): [language, text]. */
  localized(field: string): [string, string][];
}

export interface CsvFile {
  file: string;
  columns: readonly string[];
  required: boolean;
}

export interface CsvHandlers {
  record(r: Record_): void;
  /** A row of the wrong shape, with what its `id` cell holds (empty when it has none). */
  broken?(id: string, line: number): void;
  /** Bytes read from the file, as they are read. */
  bytes?(n: number): void;
}

/** 'unreadable': not read through (not UTF-8, not CSV, another separator, a header without its columns). */
export type CsvRead = 'read' | 'missing' | 'unreadable';

/** Other separators a spreadsheet may save with, as a person names them. */
const SEPARATORS: [string, string][] = [[';', "';'"], ['\t', 'tab'], ['|', "'|'"]];

/** A line break inside a cell (a spreadsheet's Alt+Enter) would split one answer line in two in every renderer. */
const SPACES = /[^\S ]| {2}|^ | $/;
const clean = (cell: string): string => (SPACES.test(cell) ? cell.replace(/\s+/g, ' ').trim() : cell);

function header(cells: string[], spec: CsvFile): { names: string[] } | { reason: string } {
  const names = cells.map((h) => h.toLowerCase());
  const missing = spec.columns.filter((c) => !names.includes(c));
  if (missing.length === 0) return { names };
  const other = cells.length === 1 ? SEPARATORS.find(([s]) => cells[0]!.includes(s)) : undefined;
  if (other) return { reason: `looks like ${other[1]} separated; use commas` };
  return { reason: `header lacks column(s) ${missing.join(', ')}` };
}

/** A file's columns, by name, and its `field_xx` columns per field, found once a file. */
class Columns {
  readonly index: Map<string, number>;
  private readonly fields = new Map<string, [string, number][]>();

  constructor(readonly names: string[]) {
    this.index = new Map(names.map((n, i) => [n, i]));
  }

  localized(field: string): [string, number][] {
    let columns = this.fields.get(field);
    if (!columns) {
      columns = this.names.flatMap((n, i) => (n.length === field.length + 3 && n.startsWith(`${field}_`) && /^[a-z]{2}$/.test(n.slice(-2))
        ? [[n.slice(-2), i] as [string, number]] : []));
      this.fields.set(field, columns);
    }
    return columns;
  }
}

/** One record; a class, not closures: a million records would make two million functions. */
class CsvRecord implements Record_ {
  constructor(private readonly values: string[], private readonly columns: Columns, readonly line: number) {}

  get(column: string): string {
    const i = this.columns.index.get(column);
    return i === undefined ? '' : clean(this.values[i] ?? '');
  }

  localized(field: string): [string, string][] {
    return this.columns.localized(field).map(([lang, i]) => [lang, clean(this.values[i] ?? '')] as [string, string]).filter(([, text]) => text !== '');
  }
}

/** The line breaks inside a record's quoted cells: the lines it spans beyond its first. */
function breaks(values: string[]): number {
  let n = 0;
  for (const v of values) for (let i = v.indexOf('\n'); i !== -1; i = v.indexOf('\n', i + 1)) n++;
  return n;
}

async function* counted(path: string, bytes: ((n: number) => void) | undefined): AsyncGenerator<Buffer> {
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    bytes?.(chunk.length);
    yield chunk as Buffer;
  }
}

export async function readCsv(dir: string, spec: CsvFile, problems: Problems, on: CsvHandlers): Promise<CsvRead> {
  const { file } = spec;
  const path = join(dir, file);
  if (!existsSync(path)) {
    if (spec.required) problems.at(file, 0, 'file is missing');
    return 'missing';
  }
  let columns = null as Columns | null;
  let outcome = 'read' as CsvRead;
  const stop = (line: number, reason: string): void => { problems.at(file, line, reason); outcome = 'unreadable'; };
  // The line each record starts on is counted here, not asked of the parser: csv-parse builds an
  // info object per record for that, a quarter of its time on a million rows.
  let next = 1;
  const take = (values: string[]): void => {
    const line = next;
    next = line + 1 + breaks(values);
    // A blank line (csv-parse gives one empty cell) is no record, as a spreadsheet sees it.
    if (outcome !== 'read' || (values.length === 1 && values[0] === '')) return;
    if (columns === null) {
      const h = header(values, spec);
      if ('reason' in h) stop(line, h.reason);
      else columns = new Columns(h.names);
      return;
    }
    if (values.length !== columns.names.length) {
      problems.at(file, line, `has ${values.length} columns, the header has ${columns.names.length}`);
      const i = columns.index.get('id');
      on.broken?.(i === undefined ? '' : clean(values[i] ?? ''), line);
      return;
    }
    on.record(new CsvRecord(values, columns, line));
  };
  const parser = parse({ bom: true, relax_column_count: true, trim: true });
  // Records are handled as they are parsed and not kept: a 'data' listener runs within the parser's write.
  parser.on('data', take);
  const chunks = utf8Lines(counted(path, on.bytes), (line) => stop(line, 'not valid UTF-8 (save the file as UTF-8)'), () => outcome !== 'read');
  try {
    await pipeline(Readable.from(chunks), parser);
  } catch (err) {
    if (outcome === 'unreadable') return outcome;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') {
      problems.at(file, 0, code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read (permission denied)');
    } else {
      problems.at(file, (err as { lines?: number }).lines ?? 1, `cannot be read as CSV (${(err as Error).message.split('\n')[0]})`);
    }
    return 'unreadable';
  }
  if (outcome !== 'read') return outcome;
  if (columns === null) {
    problems.at(file, 1, 'file is empty (expected a header line)');
    return 'unreadable';
  }
  return outcome;
}

/** A cell holding several values ("AT;DK;IE"). */
export function list(cell: string): string[] {
  if (!cell.includes(';')) return cell === '' ? [] : [cell];
  return cell.split(';').map((s) => s.trim()).filter((s) => s.length > 0);
}
