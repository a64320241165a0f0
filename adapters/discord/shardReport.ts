// What a shard process tells its supervisor before a non-zero exit: the setting
// to fix, over the IPC channel ShardingManager opens. The exit code alone says
// "failed"; with this, the supervisor's own error line names DISCORD_TOKEN too.
import { ConfigError } from '../shared/config.js';
import { FatalError } from '../shared/fatal.js';
import { maskSecrets } from '../shared/mask.js';

export interface ShardReport {
  availabilityShard: 'start' | 'fatal';
  key: string;
  problem: string;
}

export function isShardReport(message: unknown): message is ShardReport {
  const m = message as Partial<ShardReport> | null;
  return typeof m === 'object' && m !== null && (m.availabilityShard === 'start' || m.availabilityShard === 'fatal')
    && typeof m.key === 'string' && typeof m.problem === 'string';
}

/** The error a report stands for, on the supervisor's side: a start failure is a setting, the rest is fatal. */
export function reportedError(report: ShardReport, problem = report.problem): ConfigError | FatalError {
  return report.availabilityShard === 'start' ? new ConfigError(report.key, problem) : new FatalError(report.key, problem);
}

/** Sends the report and waits until it is written, so the exit that follows does not drop it. No channel: nothing to do. */
export function tellSupervisor(err: ConfigError | FatalError, secrets: readonly string[]): Promise<void> {
  const send = process.send?.bind(process);
  if (!send) return Promise.resolve();
  const report: ShardReport = {
    availabilityShard: err instanceof ConfigError ? 'start' : 'fatal',
    key: err.key,
    problem: maskSecrets(err instanceof FatalError ? err.problem : err.message.slice(err.key.length + 2), secrets),
  };
  return new Promise((resolve) => { send(report, undefined, {}, () => resolve()); });
}
