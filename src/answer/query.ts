// A structured question: what a button, a slash command's pickers or a modal
// carries. Ids are taken as they are; a name typed instead is read like a question.
import { findEntities } from '../match/find.js';
import type { NameIndex } from '../match/names.js';
import { foldText, normalize } from '../text/normalize.js';
import type { AnswerContext, Language, Query } from '../types.js';
import { compose } from './kinds/index.js';
import type { Deps, Turn } from './deps.js';
import { finish, simple } from './reply.js';
import { chooseGroup, defaultIntent, emptyResolved, isEmpty, queryOf, type Resolved } from './resolve.js';

export function answerQuery(deps: Deps, query: Query, ctx: AnswerContext): Turn {
  const { index } = deps;
  const language = ctx.language ?? 'en';
  const resolved = emptyResolved();
  const pick = (kind: 'product' | 'retailer' | 'country', values: string[] | undefined): void => {
    for (const value of (values ?? []).slice(0, 10)) {
      const id = kind === 'country' ? value.toUpperCase() : value;
      const known = kind === 'product' ? index.products.has(id) : kind === 'retailer' ? index.retailers.has(id) : index.countries.has(id);
      if (known) { addRef(resolved, index, kind, id, value, 1, language); continue; }
      // A name typed without picking a choice: read it as a question would be. The slot
      // says what kind of thing it is, which is all the context a short name ("Three") needs.
      const n = normalize(value);
      const found = findEntities(n.tokens, index, language);
      let hit = false;
      for (const s of found.spans) {
        for (const e of s.entries) {
          if (e.kind === kind) { addRef(resolved, index, kind, e.ref, value, Math.max(0.1, 1 - 0.15 * s.cost), language); hit = true; }
        }
      }
      if (!hit) for (const e of found.unresolved) if (e.kind === kind) addRef(resolved, index, kind, e.ref, value, 1, language);
    }
  };
  pick('product', query.products);
  pick('retailer', query.retailers);
  pick('country', query.countries);
  if (resolved.products.length > 0) resolved.productIds = resolved.products.map((p) => p.id);
  else byGroup(resolved, index, query, language);
  for (const id of (query.regions ?? []).slice(0, 10)) {
    const codes = index.countriesByRegion.get(id);
    if (!codes) continue;
    resolved.regions.push(id);
    for (const code of codes) addRef(resolved, index, 'country', code, id, 1, language);
  }
  // "which retailers do you know?" names nothing and asks for the whole catalog's set.
  const browsing = query.intent === 'set' || query.intent === 'count';
  if (isEmpty(resolved) && !browsing) return { answer: simple(deps, 'unknown', language, false, 'not_understood'), remember: undefined };
  const intent = query.intent ?? defaultIntent(resolved);
  if (intent === 'help') return { answer: simple(deps, 'help', language, false), remember: undefined };
  const dimension = query.dimension ?? 'product';
  const flags = { now: query.now === true, all: query.all === true };
  const k = { store: deps.store, index, r: resolved, lang: language, today: deps.today(), ...flags };
  const answer = finish(deps, compose(k, intent, dimension), resolved, language, false, false, [], flags.all);
  answer.query = queryOf(resolved, intent, dimension, flags);
  return { answer, remember: { resolved, intent, language, dimension } };
}

/** Products chosen by brand or category, as a question naming them chooses them (see resolve.ts). */
function byGroup(r: Resolved, index: NameIndex, query: Query, lang: Language): void {
  const brands = (query.brands ?? []).slice(0, 10).filter((b) => index.productGroups.of([foldText(b)], [], 1).length > 0);
  const categories = (query.categories ?? []).slice(0, 10).filter((c) => index.productGroups.of([], [c], 1).length > 0);
  if (brands.length === 0 && categories.length === 0) return;
  chooseGroup(r, index, brands, brands.map(foldText), categories, lang);
}

function addRef(r: Resolved, index: NameIndex, kind: 'product' | 'retailer' | 'country', id: string, text: string, score: number, lang: Language): void {
  const name = index.nameOf(kind, id, lang);
  if (kind === 'product' && !r.products.some((p) => p.id === id)) r.products.push({ id, name, text, score });
  if (kind === 'retailer' && !r.retailers.some((p) => p.id === id)) r.retailers.push({ id, name, text, score });
  if (kind === 'country' && !r.countries.some((p) => p.id === id)) r.countries.push({ id, code: id, name, text, score });
}
