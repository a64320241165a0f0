// Quirk: Discord ends a gateway connection it will not take back with a close
// code, and discord.js then gives up on that shard with one shardDisconnect
// event and nothing else: the process stays up, serving nobody. These are the
// codes it gives up on (the unrecoverable ones of Discord's gateway docs), each
// with the setting an operator has to change and where. Every other code is a
// close discord.js resumes or re-identifies from by itself.
export interface CloseProblem {
  /** The setting to fix, as the FatalError or ConfigError names it. */
  key: string;
  problem: string;
}

const PROBLEMS: Record<number, CloseProblem> = {
  4004: { key: 'DISCORD_TOKEN', problem: 'gateway closed 4004 (authentication failed): the token was reset or revoked; reset it on the Bot page and copy the new one' },
  4010: { key: 'DISCORD_SHARDS', problem: 'gateway closed 4010 (invalid shard): a shard id is not below the shard count; set DISCORD_SHARDS to off, auto or a count' },
  4011: { key: 'DISCORD_SHARDS', problem: 'gateway closed 4011 (sharding required): the bot is in too many servers for one connection; set DISCORD_SHARDS=auto' },
  4012: { key: 'DISCORD_API_URL', problem: 'gateway closed 4012 (invalid API version): the gateway does not speak API v10; unset DISCORD_API_URL or point it at Discord\'s API' },
  4013: { key: 'DISCORD_TOKEN', problem: 'gateway closed 4013 (invalid intents): Discord does not know the intents this bot asks for; check the application of this token in the Developer Portal' },
  4014: {
    key: 'DISCORD_TOKEN',
    problem: 'gateway closed 4014 (disallowed intents): the application of this token may not use the intents the bot asks for; check Bot → Privileged Gateway Intents in the Developer Portal',
  },
};

/** The setting to fix for a close discord.js will not recover from; null for every other close. */
export function closeProblem(code: number): CloseProblem | null {
  return PROBLEMS[code] ?? null;
}
