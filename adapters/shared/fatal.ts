// A failure a platform cannot recover from while running: a gateway close that
// cannot be resumed, a revoked token at a reconnect, a shard that stays
// disconnected. It names the setting involved, so the one log line tells the
// operator what to fix; the entry point then stops everything cleanly and
// exits non-zero, so a process manager restarts the bot.
export class FatalError extends Error {
  constructor(readonly key: string, readonly problem: string) {
    super(`${key}: ${problem}`);
    this.name = 'FatalError';
  }
}

/** What a platform calls when it hits a FatalError at run time; the entry point decides what follows. */
export type OnFatal = (err: FatalError) => void;
