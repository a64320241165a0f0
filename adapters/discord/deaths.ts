// Why a count: discord.js's ShardingManager (respawn: true) forks a dead shard
// again at once, forever. That cures a crash or an outage, but not a token reset
// on the Bot page: every new process fails in about a second, and the bot would
// loop quietly, spending identifies. So the supervisor counts each shard's
// deaths over a sliding window, and the one that trips it ends the bot with a
// fatal error; the process manager then restarts it with its own back-off.
/** A shard may die this many times within DEATH_WINDOW_MS; the last of them is fatal. */
export const DEATH_LIMIT = 3;
export const DEATH_WINDOW_MS = 5 * 60_000;

export class DeathWindow {
  private readonly deaths = new Map<number, number[]>();

  constructor(readonly limit = DEATH_LIMIT, readonly windowMs = DEATH_WINDOW_MS, private readonly now: () => number = Date.now) {}

  /** Records one death of `shard`; true when it has now died `limit` times within the window. */
  record(shard: number): boolean {
    const at = this.now();
    const recent = (this.deaths.get(shard) ?? []).filter((t) => at - t < this.windowMs);
    recent.push(at);
    this.deaths.set(shard, recent);
    return recent.length >= this.limit;
  }
}
