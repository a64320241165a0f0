// `npm run discord:register`: registers /availability with Discord, to the guild
// in DISCORD_GUILD_ID when set, globally otherwise, through DISCORD_API_URL when
// set. An entry point: it reads the environment (after .env) and prints one
// line; its exit codes are every entry point's (shared/entry.ts).
import dotenv from 'dotenv';
import { runEntry, type Entry } from '../shared/entry.js';
import { readRegisterConfig } from './config.js';
import { registerCommands } from './registerCommands.js';

dotenv.config({ quiet: true });

async function main(entry: Entry): Promise<number> {
  // Masked in the failure line even when the setting itself is what failed.
  entry.secrets.push(process.env.DISCORD_TOKEN?.trim() ?? '');
  const config = readRegisterConfig(process.env);
  const done = await registerCommands({
    token: config.token, applicationId: config.applicationId, guildId: config.guildId, ...(config.apiUrl ? { api: config.apiUrl } : {}),
  });
  const where = done.scope === 'guild'
    ? `to guild ${config.guildId} (visible at once)`
    : 'globally (every server the bot is in; new commands can take a few minutes to show)';
  process.stdout.write(`Registered /${done.names.join(', /')} ${where}.\n`);
  return 0;
}

runEntry('discord:register', main);
