// Writes CSV files as a spreadsheet exports them (RFC 4180 quoting), a chunk at
// a time: a million-row availability file never sits in memory as one string.
import { closeSync, openSync, writeSync } from 'node:fs';

export function csvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export class CsvFile {
  private readonly fd: number;
  private buffer: string[] = [];
  bytes = 0;
  lines = 0;

  constructor(path: string, header: readonly string[]) {
    this.fd = openSync(path, 'w');
    this.row(header);
  }

  row(cells: readonly string[]): void {
    this.buffer.push(cells.map(csvCell).join(','));
    this.lines++;
    if (this.buffer.length >= 8192) this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const text = `${this.buffer.join('\n')}\n`;
    this.bytes += Buffer.byteLength(text);
    writeSync(this.fd, text);
    this.buffer = [];
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
