// The shipped catalog plus rows whose names, notes and titles hold chat markup
// of both platforms: Slack's (test/fixtures/slack/hostile) and Discord's
// (below: mass and role mentions, masked links, markdown). Answers built from
// them must reach either platform inert.
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SHIPPED_CATALOG, appendRows, tempDir } from '../helpers/catalog.js';

const SLACK_ROWS = resolve(import.meta.dirname, '../fixtures/slack/hostile');

const DISCORD_ROWS: Record<string, string> = {
  'retailers.csv': 'pingshop,"@everyone [click](https://evil.example) <@&123456789012345678>",store,,Ping Shop\n',
  'products.csv': 'pingphone,"Phone **bold** <@123456789012345678> @here",Xiaomi,smartphone,Ping Phone\n',
  'sources.csv': 'ping-src,"Title <#123456789012345678> ||spoiler|| `code` <https://evil.example> @everyone",unknown,2018-06-01,en,\n',
  'availability.csv': [
    'pingphone,pingshop,FI,available,2018-06,yes,"note @everyone <@!123456789012345678> [x](https://evil.example)",ping-src',
    'pingphone,pingshop,EE;LV,announced,,no,"# heading\n> quote <t:1:R> </availability:1>",ping-src',
    'redmi-phones,pingshop,FI,opening,2018-07-01,yes,"<!channel> *b* _i_ ~s~",ping-src',
  ].join('\n') + '\n',
  'events.csv': 'ping-open,store_opening,2018-07-01,FI,,pingshop,"<@&1> opens @here [map](https://evil.example)",ping-src\n',
};

/** Words that make the core answer from the rows above. */
export const HOSTILE_QUESTIONS = [
  'can I buy ping phone at ping shop in finland?', 'where is ping phone sold?', 'when does ping shop open in finland?',
  'does ping shop sell redmi in finland?', 'ping phone in estonia?', 'can I buy redmi at cats and dogs in finland?',
  'where is redmi sold in finland?', 'ping shop', 'cats and dogs', 'ping phone',
];

/** A folder holding the shipped CSV files with the hostile rows appended. */
export function hostileCatalogDir(): string {
  const dir = tempDir('avail-hostile-');
  cpSync(SHIPPED_CATALOG, dir, { recursive: true });
  for (const f of readdirSync(SLACK_ROWS).filter((n) => n.endsWith('.csv'))) appendRows(dir, f, readFileSync(join(SLACK_ROWS, f), 'utf8'));
  for (const [f, rows] of Object.entries(DISCORD_ROWS)) appendRows(dir, f, rows);
  return dir;
}
