// Masking secrets in free text, apart from the logger: the entry point and the
// shard reports mask their one-line errors too, and importing pino for that
// cost a one-shot command (`ask`, `avail`) about 40 ms of its start.
import { TOKEN_SHAPES } from '../platforms.js';

/** Masks the given secrets, and anything shaped like a platform's token, in free text. */
export function maskSecrets(text: string, secrets: readonly string[] = [], shapes: readonly RegExp[] = TOKEN_SHAPES): string {
  let out = text;
  for (const shape of shapes) out = out.replace(shape, '[redacted]');
  for (const s of secrets) if (s.length >= 6) out = out.split(s).join('[redacted]');
  return out;
}
