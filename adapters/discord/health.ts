// Discord's health line: the shared health report (shared/health.ts) for one
// shard, written once each time that shard connects, drops or resumes, never on
// a timer. A bot with no port to ask has only its logs; a drop is a warning, so
// a log filtered to warnings still shows every outage.
import type { Core } from '../../src/index.js';
import { healthOf, type Connection } from '../shared/health.js';
import type { Logger } from '../shared/logger.js';

/** What changed, in discord.js's words: a fresh session, a lost one, a resumed one, or a close it gives up on. */
export type ShardEvent = 'ready' | 'disconnected' | 'resumed' | 'closed';

export function logShardHealth(log: Logger, core: Pick<Core, 'info'>, shard: number, event: ShardEvent): void {
  const state: Connection = event === 'ready' || event === 'resumed' ? 'connected' : 'disconnected';
  const health = healthOf({ discord: state }, core);
  const line = { status: health.status, discord: state, shard, event, catalog: health.catalog?.version ?? null };
  if (state === 'connected') log.info(line, 'discord health');
  else log.warn(line, 'discord health');
}
