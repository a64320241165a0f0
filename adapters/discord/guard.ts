// One bad event never takes the bot down: every handler runs inside a guard that
// logs what failed (ids only, never the question or a token) and tells the user
// with a short apology. REST errors (a channel where the bot may not write, an
// interaction that expired) end here too: logged, not thrown.
import { MessageFlags } from 'discord.js';
import type { Interaction, Message } from 'discord.js';
import type { Logger } from '../shared/logger.js';
import { renderNotice } from './render.js';
import { DISCORD_WORDS, languageOfLocale } from './words.js';

export type Event = Interaction | Message;

/** Ids that say where a failure happened, without what was said. */
function where(event: Event): Record<string, string | null> {
  const user = 'author' in event ? event.author.id : event.user.id;
  return { guild: event.guildId, channel: event.channelId, user, event: event.id };
}

async function apologize(event: Event): Promise<void> {
  if ('author' in event) {
    await event.reply(renderNotice(DISCORD_WORDS[languageOfLocale(event.guild?.preferredLocale)].apology));
    return;
  }
  if (event.isAutocomplete()) {
    if (!event.responded) await event.respond([]);
    return;
  }
  if (!event.isRepliable()) return;
  const notice = { ...renderNotice(DISCORD_WORDS[languageOfLocale(event.locale)].apology), flags: MessageFlags.Ephemeral } as const;
  if (event.replied || event.deferred) await event.followUp(notice);
  else await event.reply(notice);
}

export class Guard {
  private readonly inflight = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly logger: Logger) {}

  /** Runs `handler` for `event`; returns at once, the work is tracked until it settles. */
  run(name: string, event: Event, handler: () => Promise<void>): void {
    if (this.closed) return;
    const work = (async () => {
      try {
        await handler();
      } catch (err) {
        this.logger.error({ err, handler: name, ...where(event) }, 'discord handler failed');
        try {
          await apologize(event);
        } catch (again) {
          this.logger.warn({ err: again, handler: name, ...where(event) }, 'discord apology failed');
        }
      }
    })();
    this.inflight.add(work);
    void work.finally(() => this.inflight.delete(work));
  }

  /** Stops taking events and waits (at most `timeoutMs`) for the ones under way. */
  async close(timeoutMs: number): Promise<void> {
    this.closed = true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => { timer = setTimeout(resolve, timeoutMs); });
    await Promise.race([Promise.allSettled([...this.inflight]), timeout]);
    clearTimeout(timer);
  }
}
