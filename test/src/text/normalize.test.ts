import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH, normalize } from '../../../src/text/normalize.js';

describe('normalize', () => {
  it('GIVEN full-width letters, accents and case THEN folds them to plain lowercase words', () => {
    expect(normalize('ＲＥＤＭＩ in Österreich, Città?').tokens).toEqual(['redmi', 'in', 'osterreich', 'citta']);
  });

  it('GIVEN Slack and Discord mentions, channels and mass mentions THEN drops them', () => {
    const n = normalize('<@U123ABC> <!channel> @everyone <@&987> <#C1|general> redmi <@!42> @here');
    expect(n.tokens).toEqual(['redmi']);
  });

  it('GIVEN a Slack link with a label THEN keeps the label only', () => {
    expect(normalize('see <https://example.com/x|Sweden> now').tokens).toEqual(['see', 'sweden', 'now']);
  });

  it('GIVEN markdown and HTML THEN reads only the words', () => {
    expect(normalize('**Redmi** _at_ <b>MediaWorld</b>?').tokens).toEqual(['redmi', 'at', 'mediaworld']);
  });

  it('GIVEN a flag emoji THEN turns it into a country token', () => {
    expect(normalize('redmi 🇸🇪?').tokens).toEqual(['redmi', 'flag_se']);
  });

  it('GIVEN an Italian elision THEN splits the words', () => {
    expect(normalize("l'Austria").tokens).toEqual(['l', 'austria']);
  });

  it('GIVEN Italian "è" (is) THEN keeps it apart from "e" (and), which folding would merge', () => {
    expect(normalize("dov'è il Mi Store? e Redmi è qui").tokens).toEqual(['dov', 'e_is', 'il', 'mi', 'store', 'e', 'redmi', 'e_is', 'qui']);
  });

  it('GIVEN only markup THEN reports the question as empty', () => {
    expect(normalize('<@U1> <!here>   ').empty).toBe(true);
    expect(normalize('redmi').empty).toBe(false);
  });

  it('GIVEN a question over the maximum length THEN cuts it and says so', () => {
    const n = normalize(`${'redmi '.repeat(200)}sweden`);
    expect(n.truncated).toBe(true);
    expect(n.tokens).not.toContain('sweden');
    expect(n.tokens.join(' ').length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
  });

  it('GIVEN lone surrogates and control characters THEN still tokenizes the words around them', () => {
    expect(normalize('redmi\uD800\u0000\u200Bsweden').tokens).toEqual(['redmi', 'sweden']);
  });
});
