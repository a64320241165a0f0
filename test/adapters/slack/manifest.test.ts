// The app manifest a new user pastes into Slack agrees with the code: the
// command, the shortcut, the events the handlers listen to, and no more scopes
// than the four the app needs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COMMAND } from '../../../adapters/slack/command.js';
import { SHORTCUT } from '../../../adapters/slack/modal.js';

type Yaml = string | boolean | Yaml[] | { [key: string]: Yaml };

/** Reads the block-style YAML subset manifests use: maps, lists of scalars or maps, plain or quoted scalars. */
function readYaml(text: string): Yaml {
  const lines = text.split('\n').map((raw, n) => ({ n, raw })).filter(({ raw }) => raw.trim() !== '' && !raw.trimStart().startsWith('#'))
    .map(({ n, raw }) => ({ n, indent: raw.length - raw.trimStart().length, text: raw.trim() }));
  let i = 0;
  const scalar = (s: string): Yaml => {
    if (s === 'true' || s === 'false') return s === 'true';
    if (/^".*"$/.test(s)) return JSON.parse(s) as string;
    if (/^[[{&*!|>'%@`]/.test(s) || /: |\s#/.test(s)) throw new Error(`unsupported scalar "${s}"`);
    return s;
  };
  const block = (indent: number): Yaml => {
    const first = lines[i];
    if (!first || first.indent !== indent) throw new Error(`bad indentation at line ${first ? first.n + 1 : 'end'}`);
    if (first.text.startsWith('- ')) {
      const list: Yaml[] = [];
      while (lines[i]?.indent === indent && lines[i]?.text.startsWith('- ')) {
        const line = lines[i]!;
        const rest = line.text.slice(2);
        if (/^[\w.-]+:( |$)/.test(rest)) {
          // "- key: value" opens a map whose other keys sit under `key`.
          lines[i] = { ...line, indent: indent + 2, text: rest };
          list.push(block(indent + 2));
        } else { list.push(scalar(rest)); i++; }
      }
      return list;
    }
    const map: { [key: string]: Yaml } = {};
    while (lines[i]?.indent === indent && !lines[i]?.text.startsWith('- ')) {
      const line = lines[i]!;
      const m = /^([\w.-]+):(?: (.*))?$/.exec(line.text);
      if (!m) throw new Error(`cannot read line ${line.n + 1}: ${line.text}`);
      i++;
      if (m[2] !== undefined) map[m[1]!] = scalar(m[2]);
      else map[m[1]!] = block(lines[i]!.indent);
    }
    return map;
  };
  const doc = block(0);
  if (i !== lines.length) throw new Error(`unread line ${lines[i]!.n + 1}`);
  return doc;
}

const manifest = readYaml(readFileSync(resolve(import.meta.dirname, '../../../adapters/slack/manifest.yml'), 'utf8')) as Record<string, any>;

describe('GIVEN the Slack app manifest', () => {
  test('THEN the bot asks for exactly commands, app_mentions:read, chat:write and im:history', () => {
    expect(manifest.oauth_config.scopes).toEqual({ bot: ['commands', 'app_mentions:read', 'chat:write', 'im:history'] });
  });

  test('THEN it subscribes to the events the app answers: mentions and direct messages', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_mention', 'message.im']);
  });

  test('THEN it declares the slash command and the global shortcut the code registers', () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([COMMAND]);
    expect(manifest.features.slash_commands[0].should_escape).toBe(false);
    expect(manifest.features.shortcuts).toEqual([expect.objectContaining({ type: 'global', callback_id: SHORTCUT })]);
  });

  test('THEN Socket Mode and interactivity are on, and the DM tab takes messages', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
  });

  test('THEN its texts fit the manifest limits (as @slack/web-api documents them)', () => {
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.features.bot_user.display_name).toMatch(/^[a-z0-9._-]{1,80}$/);
    expect(manifest.features.slash_commands[0].command).toMatch(/^\/[a-z0-9_-]{1,31}$/);
    expect(manifest.features.shortcuts[0].description.length).toBeLessThanOrEqual(150);
  });
});
