// Registers the slash command with one bulk overwrite: running it again leaves
// exactly the same commands, and a command removed here disappears on Discord.
// A guild registration shows at once (for development); a global one reaches
// every server the bot is in.
import { REST, Routes } from 'discord.js';
import { COMMANDS } from './commands.js';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  guildId: string | null;
  /** DISCORD_API_URL, or a test's fake Discord; absent means Discord's own. */
  api?: string;
}

export interface Registered {
  scope: 'guild' | 'global';
  names: string[];
}

export async function registerCommands(options: RegisterOptions): Promise<Registered> {
  const rest = new REST(options.api ? { api: options.api } : {}).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const result = (await rest.put(route, { body: COMMANDS })) as { name: string }[];
  return { scope: options.guildId ? 'guild' : 'global', names: result.map((c) => c.name) };
}
