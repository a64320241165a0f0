// Checks a file's bytes for UTF-8 as they stream past, and knows the line of the
// first bad one: a spreadsheet that saved one "ö" as Latin-1 on line 20,009 is
// told so, not "line 1". Chunks are cut after their last line break (a break is
// never inside a multi-byte character), so each piece is checked whole, with
// the native validator; only a piece that fails is looked at line by line.
import { isUtf8 } from 'node:buffer';

const NL = 0x0a;

function lineBreaks(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(NL); i !== -1; i = bytes.indexOf(NL, i + 1)) n++;
  return n;
}

/** The line (1-based, counted from `first`) of the first line of `bytes` that is not UTF-8. */
function badLine(bytes: Buffer, first: number): number {
  let start = 0;
  for (let line = first; ; line++) {
    const end = bytes.indexOf(NL, start);
    const stop = end === -1 ? bytes.length : end + 1;
    if (!isUtf8(bytes.subarray(start, stop))) return line;
    if (end === -1) return line;
    start = stop;
  }
}

/**
 * Yields the chunks of `source` cut at line breaks, each checked; at the first piece that is not
 * UTF-8 it calls `bad` with its line and stops, as it does as soon as `done` says so.
 */
export async function* utf8Lines(source: AsyncIterable<Buffer>, bad: (line: number) => void, done: () => boolean = () => false): AsyncGenerator<Buffer> {
  let carry: Buffer = Buffer.alloc(0);
  let line = 1;
  for await (const chunk of source) {
    if (done()) return;
    const data = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const cut = data.lastIndexOf(NL) + 1;
    const whole = data.subarray(0, cut);
    carry = data.subarray(cut);
    if (!isUtf8(whole)) { bad(badLine(whole, line)); return; }
    line += lineBreaks(whole);
    if (whole.length > 0) yield whole;
  }
  if (carry.length === 0) return;
  if (!isUtf8(carry)) { bad(line); return; }
  yield carry;
}
