// The Node flags a serving process runs with, read from `npm start` itself
// (package.json's start script), so the serving child is started as the bot
// is and the two cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../adapters/shared/config.js';

export function serverNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const words = (pkg.scripts?.start ?? '').trim().split(/\s+/);
  if (words[0] !== 'node') return [];
  const flags: string[] = [];
  for (const w of words.slice(1)) { if (!w.startsWith('--')) break; flags.push(w); }
  return flags;
}
