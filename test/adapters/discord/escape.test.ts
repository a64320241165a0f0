import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../adapters/discord/escape.js';

describe('escapeMarkdown', () => {
  it('GIVEN inline formatting THEN every marker is backslash-escaped', () => {
    expect(escapeMarkdown('**bold** _it_ ~~gone~~ `code` ||spoiler||')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~ \\`code\\` \\|\\|spoiler\\|\\|');
  });

  it('GIVEN mention markup THEN it cannot render as a mention', () => {
    expect(escapeMarkdown('<@&42> <@123> <#456> <t:1:R>')).toBe('\\<@&42> \\<@123> \\<#456> \\<t:1:R>');
  });

  it('GIVEN @everyone and @here THEN a zero-width space breaks them', () => {
    const out = escapeMarkdown('hi @everyone and @HERE');
    expect(out).toBe('hi @\u200beveryone and @\u200bHERE');
    expect(out).not.toMatch(/@everyone|@here/i);
  });

  it('GIVEN block syntax at the start of a line THEN it is escaped there and only there', () => {
    expect(escapeMarkdown('# title\n> quote\n- item\n1. first\n  -# small\na - b # c > d 2. e'))
      .toBe('\\# title\n\\> quote\n\\- item\n1\\. first\n  \\-# small\na - b # c > d 2. e');
  });

  it('GIVEN a masked link or a backslash THEN both are neutralised', () => {
    expect(escapeMarkdown('[click](https://x.test) a\\b')).toBe('\\[click\\](https://x.test) a\\\\b');
  });

  it('GIVEN plain catalog text THEN it is unchanged', () => {
    const text = "Redmi smartphones — 3 Store (Sweden): announced since 3 May 2018 (Xiaomi's deal)";
    expect(escapeMarkdown(text)).toBe(text);
  });
});
