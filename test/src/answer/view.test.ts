// The worded View is the answer: its text is the View's, every fact the answer
// shows is an item of it with its parts, and the query an answer carries asks
// the same question again without the conversation (what a Share button sends).
// Played over the blind conversation sets of several catalogs, not over
// sentences written for this test.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Core } from '../../../src/index.js';
import { viewToText } from '../../../src/answer/view.js';
import { coreFor } from '../../helpers/catalog.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const SETS = ['shipped', 'audio', 'garden', 'eyewear'];

interface Played { set: string; q: string; answer: Answer }

function catalogOf(set: string): string {
  const dir = join(ROOT, 'test/conversations', set);
  return existsSync(join(dir, 'catalog')) ? join(dir, 'catalog') : join(ROOT, readFileSync(join(dir, 'catalog.txt'), 'utf8').trim());
}

const played: Played[] = [];
const cores = new Map<string, Core>();

beforeAll(async () => {
  for (const set of SETS) {
    const core = await coreFor(catalogOf(set));
    cores.set(set, core);
    const lines = readFileSync(join(ROOT, 'test/conversations', set, 'conversations.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
    lines.forEach((line, i) => {
      const c = JSON.parse(line) as { turns: { q: string }[] };
      for (const t of c.turns) played.push({ set, q: t.q, answer: core.answer(t.q, { conversation: `${set}:${i}` }) });
    });
  }
}, 60_000);
afterAll(() => { for (const c of cores.values()) c.close(); });

describe('GIVEN every turn of four blind conversation sets', () => {
  it('THEN there are hundreds of answers of every verdict', () => {
    expect(played.length).toBeGreaterThan(300);
    expect(new Set(played.map((p) => p.answer.verdict))).toEqual(new Set(['yes', 'no', 'list', 'when', 'clarify', 'unknown', 'help']));
  });

  it('THEN each text is its View as text, and the parts are the View in three pieces', () => {
    for (const { answer: a } of played) {
      expect(a.text).toBe(viewToText(a.view));
      expect(a.parts.headline).toBe(a.view.headline);
      expect(a.parts.source).toBe(a.view.sourceLine);
      expect(a.view.tone).toBe(a.verdict);
    }
  });

  it('THEN every source the answer rests on is one source of the View, worded with its date', () => {
    for (const { answer: a } of played) {
      const ids = new Set([...a.facts, ...a.nearby].map((f) => f.source));
      if (a.reason === 'statement') continue;
      expect(new Set(a.view.sources.map((s) => s.id))).toEqual(ids);
      for (const s of a.view.sources) {
        expect(a.view.sourceLine).toContain(s.title);
        if (s.dateLabel) expect(s.text).toContain(s.dateLabel);
      }
    }
  });

  it('THEN each item of a fact names its products, retailers and countries, and its group holds it', () => {
    let items = 0;
    for (const { answer: a } of played) {
      for (const l of a.view.lines) {
        if (l.type !== 'item' || l.kind !== 'fact') continue;
        items++;
        for (const name of [...l.products, ...l.retailers, ...l.countries]) expect(l.text).toContain(name);
        expect(l.statusLabel && l.text.includes(l.statusLabel)).toBe(true);
        expect(a.view.groups.find((g) => g.place === l.place)?.items).toContain(l);
        // An unpaired item says so in its own words: a renderer that shows only `detail` still does.
        if (l.unpaired) expect(l.detail).toContain(l.text.split(': ').pop()!.split(' — ').pop()!);
      }
    }
    expect(items).toBeGreaterThan(100);
  });

  it('THEN a "which did you mean?" offers its readings as choices in the order of its candidates', () => {
    for (const { answer: a } of played.filter((p) => p.answer.verdict === 'clarify')) {
      expect(a.view.choices.map((c) => c.label)).toEqual(a.candidates.map((c) => c.name));
    }
  });

  it('THEN asking the query of an answer again gives the same verdict and the same facts, without the conversation', () => {
    let asked = 0;
    for (const { set, answer: a } of played) {
      if (!a.query || !['yes', 'no', 'list', 'when'].includes(a.verdict)) continue;
      const again = cores.get(set)!.answer(a.query, { language: a.language });
      asked++;
      expect({ q: a.query, text: a.text, verdict: again.verdict }).toEqual({ q: a.query, text: a.text, verdict: a.verdict });
      const key = (x: Answer): string[] => x.facts.map((f) => `${f.product}|${f.retailer}|${f.country}|${f.status}`).sort();
      expect(key(again)).toEqual(key(a));
    }
    expect(asked).toBeGreaterThan(150);
  });
});

// Keeps the list of sets honest: a set named here that is gone fails, rather than silently testing less.
it('GIVEN the sets named THEN each exists', () => {
  const all = readdirSync(join(ROOT, 'test/conversations'));
  for (const s of SETS) expect(all).toContain(s);
});
