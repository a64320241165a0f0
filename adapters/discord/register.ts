// `npm run discord:register`: registers /availability with Discord, to the guild
// in DISCORD_GUILD_ID when set, globally otherwise. An entry point: it reads
// the environment (after .env) and prints one line.
import dotenv from 'dotenv';
import { ConfigError } from '../shared/config.js';
import { maskSecrets } from '../shared/logger.js';
import { readRegisterConfig } from './config.js';
import { registerCommands } from './registerCommands.js';

dotenv.config({ quiet: true });

async function main(): Promise<number> {
  const config = readRegisterConfig(process.env);
  const done = await registerCommands({ token: config.token, applicationId: config.applicationId, guildId: config.guildId });
  const where = done.scope === 'guild'
    ? `to guild ${config.guildId} (visible at once)`
    : 'globally (every server the bot is in; new commands can take a few minutes to show)';
  process.stdout.write(`Registered /${done.names.join(', /')} ${where}.\n`);
  return 0;
}

main().then((code) => { process.exit(code); }, (err: unknown) => {
  const message = maskSecrets((err as Error).message, [process.env.DISCORD_TOKEN?.trim() ?? '']);
  if (err instanceof ConfigError) process.stderr.write(`configuration: ${message}\n`);
  else process.stderr.write(`discord:register failed: ${message}\n`);
  process.exit(err instanceof ConfigError ? 2 : 1);
});
