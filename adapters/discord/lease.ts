// One lease per Discord shard, so two copies of the bot given the same shard
// never both answer: Discord lets any number of sessions identify as one shard
// and sends every event to each of them. Before connecting shard k a copy must
// hold `discord:shard:k` in the shared store; the leader renews it, a standby
// polls it. A leader killed outright stops renewing and its lease runs out
// (takeover within TTL + one poll); one that stops cleanly gives it up (takeover
// within one poll). A leader whose renewal is refused (it stalled past its TTL
// and another copy took the shard) disconnects at once. Before that refusal
// arrives, a leader resuming from a stall may already be handed the events
// Discord queued for it meanwhile, which the new leader answers too: so it
// answers only while its last confirmed lease is younger than the TTL
// (`mayAnswer`), and stays silent from the moment the lease may have passed.
//
// The store degrading to this process's memory (Redis away) must not turn every
// standby into a leader: the memory would grant each its own lease. So while the
// store is degraded a leader keeps serving (its connection to Discord is fine)
// and a standby does not take over, not even at start; and once the store is
// back a standby waits one TTL before it asks, so a living leader (whose own
// reconnect may come a little later) renews first.
import type { Logger } from '../shared/logger.js';
import type { Running } from '../platform.js';
import type { StateStore } from '../state/store.js';

export interface LeaseTiming {
  /** How long a lease lives without renewal: the longest a dead leader holds its shard. */
  ttlMs: number;
  /** How often the leader renews: several times per TTL, so one slow renewal does not lose it. */
  renewMs: number;
  /** How often a standby asks. */
  pollMs: number;
}

export const LEASE_TIMING: LeaseTiming = { ttlMs: 10_000, renewMs: 3000, pollMs: 1000 };

export type LeaseStore = Pick<StateStore, 'lease' | 'release' | 'health'>;
export type Role = 'leading' | 'standing by';

export interface HoldOptions {
  /** Keys are `shard:<id>`: the caller scopes the store to Discord. */
  store: LeaseStore;
  shard: number;
  /** This process, the same for each of its shards. */
  owner: string;
  logger: Logger;
  /** Connects the shard; resolves once it is connected. Its stop() disconnects it. Events are answered only while `mayAnswer()`. */
  connect: (mayAnswer: () => boolean) => Promise<Running>;
  /** A connection that failed after the first decision (the first one rejects `started` instead). */
  onError: (err: unknown) => void;
  timing?: LeaseTiming;
}

export interface ShardLease {
  /** The first decision: leading (and connected) or standing by; rejects when the first connection fails. */
  readonly started: Promise<Role>;
  /** Disconnects if leading, then gives the lease up so a standby takes over at once. */
  stop(): Promise<void>;
}

export function holdShard(o: HoldOptions): ShardLease {
  const timing = o.timing ?? LEASE_TIMING;
  const key = `shard:${o.shard}`;
  const say = (what: string, extra: Record<string, unknown> = {}, warn = false): void => {
    const line = { shard: o.shard, owner: o.owner, lease: `discord:${key}`, ...extra };
    if (warn) o.logger.warn(line, `discord shard ${o.shard}: ${what}`);
    else o.logger.info(line, `discord shard ${o.shard}: ${what}`);
  };

  let role: Role | null = null;
  let connection: Running | null = null;
  /** Connections and disconnections, one after the other, whatever the ticks decide meanwhile. */
  let changes: Promise<void> = Promise.resolve();
  let ticking: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let degraded = false;
  /** When the last lease granted was asked for: it holds until then + TTL at the latest. */
  let confirmedAt = -Infinity;
  const mayAnswer = (): boolean => role === 'leading' && Date.now() < confirmedAt + timing.ttlMs;
  /** Set when the store comes back: a standby asks again only after this. */
  let quietUntil = 0;
  let decide: (role: Role) => void = () => {};
  let fail: (err: unknown) => void = () => {};
  let decided = false;
  const started = new Promise<Role>((resolve, reject) => { decide = resolve; fail = reject; });

  const settle = (r: Role): void => { if (!decided) { decided = true; decide(r); } };
  const standBy = (extra?: Record<string, unknown>): void => {
    if (role !== 'standing by') say('standing by', extra);
    role = 'standing by';
    settle('standing by');
  };
  const release = (): Promise<void> => o.store.release(key, o.owner).catch(() => {});

  const lead = (): void => {
    role = 'leading';
    say('leading');
    changes = changes.then(async () => {
      try {
        const made = await o.connect(mayAnswer);
        // Lost (or stopped) while connecting: the disconnection queued after this one ends it.
        connection = made;
        settle('leading');
      } catch (err) {
        role = null;
        await release();
        if (decided) o.onError(err);
        else { decided = true; fail(err); }
      }
    });
  };
  const lose = (): void => {
    role = 'standing by';
    say('lost the lease, disconnecting', {}, true);
    changes = changes.then(disconnect);
  };
  async function disconnect(): Promise<void> {
    const c = connection;
    connection = null;
    await c?.stop();
  }

  async function tick(): Promise<void> {
    const now = Date.now();
    const healthy = o.store.health() === 'ok';
    if (!healthy) degraded = true;
    else if (degraded) { degraded = false; quietUntil = now + timing.ttlMs; }
    if (role !== 'leading') {
      if (!healthy) { standBy({ why: 'the state store is unreachable: a leader cannot be ruled out' }); return; }
      if (now < quietUntil) { standBy(); return; }
    }
    let held: boolean;
    try {
      held = await o.store.lease(key, o.owner, timing.ttlMs);
    } catch (err) {
      // A store that cannot say changes nothing: a leader stays connected (answering while its last
      // lease lasts), a standby keeps waiting. RedisStore never gets here: it answers from memory instead.
      o.logger.warn({ err, shard: o.shard }, 'discord shard lease: the store did not answer');
      if (role === null) standBy();
      return;
    }
    if (stopped) return;
    if (held) confirmedAt = now;
    if (role === 'leading') { if (!held) lose(); return; }
    // A lease granted by this process's own memory (the store degraded meanwhile) proves nothing.
    if (held && o.store.health() === 'ok') lead();
    else standBy();
  }

  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      ticking = tick().finally(schedule);
    }, role === 'leading' ? timing.renewMs : timing.pollMs);
  };
  ticking = tick().finally(schedule);

  return {
    started,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await ticking.catch(() => {});
      await changes;
      await disconnect();
      role = null;
      // After the disconnection, not before: the next leader must not overlap this one. A lease
      // this copy does not hold is left alone by the store.
      await release();
      settle('standing by');
    },
  };
}
