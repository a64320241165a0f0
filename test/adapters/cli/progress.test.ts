// The import's progress bar: drawn only on a terminal, and only once the import
// has taken more than a second (a small catalog imports without a flicker).
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { importProgress } from '../../../adapters/cli/progress.js';

class FakeTerminal extends Writable {
  text = '';
  constructor(readonly isTTY: boolean, readonly columns = 100) { super(); }
  override _write(chunk: Buffer, _enc: string, done: () => void): void { this.text += chunk.toString('utf8'); done(); }
  cursorTo(): boolean { return true; }
  clearLine(): boolean { return true; }
  moveCursor(): boolean { return true; }
}

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 20));

describe('GIVEN an import on a terminal', () => {
  it('WHEN it takes less than a second THEN nothing is drawn', async () => {
    let now = 0;
    const term = new FakeTerminal(true);
    const bar = importProgress({ stream: term, now: () => now });
    bar.update({ phase: 'reading', done: 10, total: 100 });
    now = 900;
    bar.update({ phase: 'building', done: 3, total: 20 });
    bar.stop();
    await settle();
    expect(term.text).toBe('');
  });

  it('WHEN it takes more than a second THEN a bar with the phase and its percentage is drawn, and ends on its own line', async () => {
    let now = 0;
    const term = new FakeTerminal(true);
    const bar = importProgress({ stream: term, now: () => now });
    bar.update({ phase: 'reading', done: 10, total: 100 });
    now = 1200;
    bar.update({ phase: 'reading', done: 50, total: 100 });
    await settle();
    expect(term.text).toContain('reading');
    expect(term.text).toContain('50%');
    now = 1500;
    bar.update({ phase: 'building', done: 20, total: 20 });
    bar.stop();
    await settle();
    expect(term.text).toContain('building');
    expect(term.text).toContain('100%');
    expect(term.text.endsWith('\n')).toBe(true);
  });
});

describe('GIVEN an import whose standard error is not a terminal', () => {
  it('WHEN it takes long THEN nothing is drawn', async () => {
    let now = 0;
    const pipe = new FakeTerminal(false);
    const bar = importProgress({ stream: pipe, now: () => now });
    now = 60_000;
    bar.update({ phase: 'reading', done: 50, total: 100 });
    bar.stop();
    await settle();
    expect(pipe.text).toBe('');
  });
});
