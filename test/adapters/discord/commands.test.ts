import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../adapters/discord/commands.js';

// Discord's rules for chat input commands (API v10 reference, "Application Command Naming").
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

describe('slash command definitions', () => {
  const [command] = COMMANDS as any[];

  it('GIVEN /availability THEN its names and descriptions follow Discord rules, in English, Italian, Spanish (Spain and Latin America) and German', () => {
    const named = [command, ...command.options];
    for (const item of named) {
      for (const name of [item.name, ...Object.values(item.name_localizations ?? {})] as string[]) {
        expect(name).toMatch(NAME);
        expect(name).toBe(name.toLowerCase());
      }
      for (const d of [item.description, ...Object.values(item.description_localizations ?? {})] as string[]) {
        expect(d.length).toBeGreaterThan(0);
        expect(d.length).toBeLessThanOrEqual(100);
      }
      expect(Object.keys(item.name_localizations)).toEqual(['it', 'es-ES', 'es-419', 'de']);
      expect(Object.keys(item.description_localizations)).toEqual(['it', 'es-ES', 'es-419', 'de']);
    }
  });

  it('GIVEN the options THEN question and the three pickers are strings, the pickers autocomplete, private is a boolean', () => {
    const byName = Object.fromEntries(command.options.map((o: any) => [o.name, o]));
    expect(Object.keys(byName)).toEqual(['question', 'product', 'retailer', 'country', 'private']);
    for (const picker of ['product', 'retailer', 'country']) expect(byName[picker]).toMatchObject({ type: 3, autocomplete: true, max_length: 100 });
    expect(byName.question).toMatchObject({ type: 3, max_length: 500 });
    expect(byName.question.autocomplete).toBeUndefined();
    expect(byName.private).toMatchObject({ type: 5 });
    expect(command.options.every((o: any) => !o.required)).toBe(true);
  });
});
