// Discord allows one identify per 5 seconds (per bucket of max_concurrency), and
// a new shard process identifies as soon as it is up. ShardingManager.spawn
// spaces the shards it starts in one go; shards this process takes over one at
// a time (a lease won, lease.ts) need the same spacing, whenever they come.
import { setTimeout as sleep } from 'node:timers/promises';

/** Runs each task after the one before it has finished and at least `delayMs` after it began. */
export function spaced(delayMs: number): <T>(task: () => Promise<T>) => Promise<T> {
  let previous: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const begun = previous.then(() => ({ spacing: sleep(delayMs), done: Promise.resolve().then(task) }));
    previous = begun.then(({ spacing, done }) => Promise.all([spacing, done.catch(() => {})]));
    return begun.then(({ done }) => done);
  };
}
