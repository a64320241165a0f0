// A log line for something anyone on the internet can make the app do (a
// forged request, an oversized body) is written the first time, then at most
// once a minute with how many went unlogged since: a flood of them shows in the
// log as one line a minute, not as a flood.
export class Sampled {
  private last = Number.NEGATIVE_INFINITY;
  private unlogged = 0;

  constructor(private readonly everyMs = 60_000, private readonly clock: () => number = Date.now) {}

  /** Calls `write` with the number left unlogged since the last line, if a line is due; otherwise counts. */
  note(write: (unloggedSince: number) => void): void {
    const now = this.clock();
    if (now - this.last < this.everyMs) {
      this.unlogged++;
      return;
    }
    this.last = now;
    const count = this.unlogged;
    this.unlogged = 0;
    write(count);
  }
}
