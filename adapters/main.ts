// `npm start`: runs every chat platform whose tokens are set; with none, opens
// the terminal chat on the configured catalog. This is the only place (with the
// CLI entry points) that reads the environment.
import dotenv from 'dotenv';
import { ConfigError, readSharedConfig } from './shared/config.js';
import { createLogger } from './shared/logger.js';
import { startCore } from './shared/startCore.js';
import { PLATFORMS } from './platforms.js';
import type { Platform, Running } from './platform.js';
import { runChat } from './terminal/chat.js';

dotenv.config({ quiet: true });

async function main(): Promise<number> {
  const env = process.env;
  const shared = readSharedConfig(env);
  const chosen: { platform: Platform<unknown>; config: unknown }[] = [];
  for (const entry of PLATFORMS) {
    if (!entry.configured(env)) continue;
    const platform = await entry.load();
    chosen.push({ platform, config: platform.readConfig(env) });
  }
  const started = await startCore(shared);
  if (!started.ok) { for (const l of started.lines) process.stderr.write(`${l}\n`); return 2; }
  const { core } = started;

  if (chosen.length === 0) {
    await runChat(core, { input: process.stdin, output: process.stdout, prompt: Boolean(process.stdin.isTTY) });
    core.close();
    return 0;
  }

  const secrets = chosen.flatMap((c) => c.platform.secrets(c.config));
  const logger = createLogger(shared.logLevel, secrets);
  const running: Running[] = [];
  for (const { platform, config } of chosen) {
    running.push(await platform.start({ core, config, shared, logger }));
    logger.info({ platform: platform.name }, 'started');
  }
  await new Promise<void>((resolve) => {
    const stop = (signal: string): void => {
      logger.info({ signal }, 'stopping');
      resolve();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  await Promise.allSettled(running.map((r) => r.stop()));
  core.close();
  logger.info('stopped');
  logger.flush();
  return 0;
}

main().then((code) => { process.exit(code); }, (err: unknown) => {
  if (err instanceof ConfigError) process.stderr.write(`configuration: ${err.message}\n`);
  else process.stderr.write(`availability-bot failed to start: ${(err as Error).message}\n`);
  process.exit(2);
});
