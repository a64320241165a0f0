// Conversations over a catalog whose names are everyday words: the follow-up
// rules (src/answer/followUp.ts), time, statements, chat length and the catalog's
// own text per language. Each row is one turn; a conversation is a list of them.
// Expectations are written from the CSV below, not from what the bot printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Core } from '../../../src/index.js';
import { coreFor, writeCatalogDir } from '../../helpers/catalog.js';
import { TODAY, WORD_CATALOG } from '../../helpers/wordCatalog.js';

/** The word catalog plus events that are not sales and a note given in Italian. */
const CATALOG: Record<string, string> = {
  ...WORD_CATALOG,
  'availability.csv': WORD_CATALOG['availability.csv']!.replace(
    'flow,very,BR,opening,2027-03-15,yes,,wire', 'flow,very,BR,opening,2027-03-15,yes,opens with the spring range,wire'),
  'events.csv': [
    'id,kind,date,country,city,retailer,note,source,note_it',
    'coop-turin,store_opening,2018-05-26,IT,turin,coop,first store,old,primo negozio',
    'fans-jp,statement,2026-03-10,JP,,,Velora says it has many fans here (not a point of sale),wire,Velora dice di avere molti fan qui (non è un punto vendita)',
    'brazil-entry,market_entry,2026-02,BR,,,Velora entered Brazil through Very,wire,',
  ].join('\n') + '\n',
};
CATALOG['availability.csv'] = CATALOG['availability.csv']!
  .replace('product,retailer,country,status,since,paired,note,source', 'product,retailer,country,status,since,paired,note,source,note_it')
  .split('\n').map((l, i) => (i === 0 || l === '' ? l : l.includes('spring range') ? `${l},apre con la gamma di primavera` : `${l},`)).join('\n');

type Class = 'yes' | 'no' | 'list' | 'when' | 'not_confirmed' | 'unread' | 'out_of_scope' | 'help' | 'courtesy' | 'statement' | 'clarify';
interface Turn { q: string; is: Class; has?: string[]; not?: string[] }

function classOf(a: Answer): Class {
  if (a.reason === 'statement') return 'statement';
  if (a.reason === 'courtesy') return 'courtesy';
  if (a.reason === 'out_of_scope') return 'out_of_scope';
  if (a.reason === 'unpaired') return 'not_confirmed';
  return a.verdict as Class;
}

let core: Core;
let n = 0;
beforeAll(async () => { core = await coreFor(writeCatalogDir(CATALOG), { clock: () => TODAY }); });
afterAll(() => core.close());

function play(turns: Turn[]): void {
  const conversation = `c${++n}`;
  for (const t of turns) {
    const a = core.answer(t.q, { conversation });
    const cls = classOf(a);
    // An unread name is never a yes and is quoted; its class is whatever else the answer is.
    if (t.is === 'unread') expect(a.verdict, t.q).not.toBe('yes');
    else expect(cls, `${t.q}\n${a.text}`).toBe(t.is);
    for (const h of t.has ?? []) expect(a.text, t.q).toContain(h);
    for (const h of t.not ?? []) expect(a.text, t.q).not.toContain(h);
    expect(a.text.split('\n').length, `${t.q}: chat length`).toBeLessThanOrEqual(8);
  }
}

describe('GIVEN a follow-up that names what the data does not hold', () => {
  it('WHEN the place is unknown THEN it is named and the previous place is not kept', () => play([
    { q: 'is Flow sold at Coop?', is: 'yes', has: ['Italy', 'Japan'] },
    { q: 'in Lisbon?', is: 'unread', has: ['Lisbon'], not: ['Yes'] },
  ]));
  it('WHEN the retailer is unknown THEN it is named and never answered for the previous retailer', () => play([
    { q: 'Flow in Italy?', is: 'yes', has: ['Coop'] },
    { q: 'and at Elkjøp?', is: 'unread', has: ['Elkjøp'] },
  ]));
});

describe('GIVEN follow-ups that continue, point back or correct', () => {
  it('WHEN a full new question follows THEN it starts fresh', () => play([
    { q: 'Pure at Next in the UK?', is: 'yes' },
    { q: 'where can I buy the Key?', is: 'list', has: ['Coop'], not: ['Next'] },
  ]));
  it('WHEN a pronoun points back THEN the previous names are kept', () => play([
    { q: 'Flow in Japan?', is: 'yes' },
    { q: 'does Coop have it?', is: 'yes', has: ['Coop', 'Japan'] },
  ]));
  it('WHEN the turn corrects a name THEN that slot is replaced and the question kept', () => play([
    { q: 'Flow at Next in Italy?', is: 'no' },
    { q: 'sorry, I meant Coop', is: 'yes', has: ['Coop', 'Italy'] },
  ]));
  it('WHEN "what else" follows THEN the products of those places are listed', () => play([
    { q: 'Flow at Coop in Italy?', is: 'yes' },
    { q: 'what else is there?', is: 'list', has: ['Key'] },
  ]));
  it('WHEN "instead" stands at the end THEN the previous kind of question goes on', () => play([
    { q: 'where can I buy Flow in Italy?', is: 'list', has: ['Coop'] },
    { q: 'Japan instead?', is: 'list', has: ['Japan'] },
  ]));
  it('WHEN "are those all confirmed?" follows a mixed list THEN it is no yes', () => play([
    { q: 'what does the data have in Germany?', is: 'list', has: ['Globe', 'Key'] },
    { q: 'are those all confirmed?', is: 'not_confirmed' },
  ]));
});

describe('GIVEN turns that ask nothing of the catalog', () => {
  it('WHEN thanks come mid-conversation THEN one line, and the next turn keeps the product', () => play([
    { q: 'Pure in the UK?', is: 'yes' },
    { q: 'thanks!', is: 'courtesy' },
    { q: 'and in Norway?', is: 'no', has: ['Norway'] },
  ]));
  it('WHEN an out-of-scope question comes between THEN the next turn keeps the product', () => play([
    { q: 'Globe in Japan?', is: 'yes' },
    { q: 'how much does it cost?', is: 'out_of_scope' },
    { q: 'and in South Korea?', is: 'yes', has: ['South Korea'] },
  ]));
  it('WHEN the bot is asked about itself THEN help says what the catalog covers', () => play([
    { q: 'how do I use you?', is: 'help', has: ['I know 4 products from 4 retailers'] },
  ]));
});

describe('GIVEN dated facts', () => {
  it('WHEN "yet" is asked of an opening still to come THEN not yet, with its date', () => play([
    { q: 'has Flow opened at Very in Brazil yet?', is: 'no', has: ['Not yet', '15 March 2027'] },
  ]));
  it('WHEN "by now" is asked of a past opening THEN a yes worded as of its source', () => play([
    { q: 'is the Key at Coop in Italy open by now?', is: 'yes', has: ['announced to open on 26 May 2018', 'as of the source of 3 May 2018'] },
  ]));
});

describe('GIVEN events that are not sales', () => {
  it('WHEN asked what the statement answers THEN what the source says, in each language, and a follow-up keeps asking it', () => play([
    { q: 'does Velora have fans in Japan?', is: 'statement', has: ['many fans'] },
    { q: 'and in Brazil?', is: 'statement', has: ['entered Brazil'] },
    { q: 'Velora ha fan in Giappone?', is: 'statement', has: ['molti fan'] },
  ]));
});

describe('GIVEN catalog text in the answer language', () => {
  it('WHEN an Italian answer has a note given in Italian THEN it is shown in Italian; an English one in English', () => play([
    { q: 'la Flow da Very in Brasile?', is: 'yes', has: ['apre con la gamma di primavera'], not: ['spring range'] },
    { q: 'Flow at Very in Brazil?', is: 'yes', has: ['opens with the spring range'] },
  ]));
  it('WHEN a long list is asked THEN it keeps chat length and counts the rest', () => play([
    { q: 'where can I buy Globe?', is: 'list', has: ['All countries (30)'] },
  ]));
});
