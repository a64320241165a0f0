// The one way into the query core: `answer(question, context)` and, for the
// platforms' pickers, `suggest(kind, prefix)`. Everything the core needs (the
// catalog reader, the clock, the memory bounds) comes in as options. A live
// reload hands the core a new reader with `replace`: answers are synchronous,
// so every answer is read wholly from one catalog or wholly from the other.
import type { CatalogReader } from './catalog/types.js';
import { NameIndex } from './match/names.js';
import { Suggester } from './match/suggest.js';
import { ConversationMemory } from './answer/memory.js';
import { answerText } from './answer/ask.js';
import type { Coverage, Remembered, Turn } from './answer/deps.js';
import { answerQuery } from './answer/query.js';
import { withinBudget } from './answer/budget.js';
import { simple } from './answer/reply.js';
import { LANGUAGES, PACKS, isLanguage } from './language/index.js';
import type { Answer, AnswerContext, Language, Query, SuggestKind, Suggestion } from './types.js';

export type Clock = () => number;

export interface CoreOptions {
  /** The catalog to answer from: `openCatalog(file)` for a SQLite file built by `avail import`. */
  catalog: CatalogReader;
  clock?: Clock;
  /** How many conversations are remembered for follow-ups (least recently used leave first). */
  memoryCapacity?: number;
  /** How long a conversation is remembered, in milliseconds. */
  memoryTtlMs?: number;
  /**
   * Build every index now instead of on first need. A server warms up at start so its
   * first typo costs what every later one does; a one-shot `ask` does not.
   */
  eager?: boolean;
  /**
   * Milliseconds one question may take before it is given up and answered with a request to narrow
   * it (answer/budget.ts): the net under the indexes' bounds, so no question stalls the process.
   */
  budgetMs?: number;
  /** The clock the budget is measured on, in milliseconds (a test's own; performance.now by default). */
  timer?: () => number;
}

/**
 * What a conversation remembers of its last turn, as the core hands it out: plain JSON, to be kept
 * by whoever keeps conversations (a shared store across copies of the bot) and given back unchanged.
 */
export type Memory = Remembered;

export interface Core {
  /** Answers, with follow-ups remembered by the core itself per `context.conversation` (one process). */
  answer(question: string | Query, context?: AnswerContext): Answer;
  /**
   * Answers one turn without the core's own memory: the conversation's last Memory comes in, and
   * what to remember goes out (undefined: keep what it had). For conversations kept elsewhere.
   */
  turn(question: string | Query, context: Omit<AnswerContext, 'conversation'> & { previous?: Memory | undefined }): { answer: Answer; remember: Memory | undefined };
  suggest(kind: SuggestKind, prefix: string, language?: Language): Suggestion[];
  /** What is served, for health checks and start lines: the catalog's version and size. */
  info(): CatalogInfo;
  close(): void;
}

/** The core as its owner (the entry point) holds it: the front ends never swap catalogs. */
export interface ServingCore extends Core {
  /**
   * Serves another catalog from the next answer on, and closes the one served until now. Its
   * indexes are built before the swap, so no answer waits on them; conversations are kept, and
   * one that names what the new catalog lacks is answered as if the name were unknown.
   */
  replace(catalog: CatalogReader): void;
}

export interface CatalogInfo {
  /** The first 12 characters of the hash of the CSV files the catalog was built from; null when unknown. */
  version: string | null;
  products: number;
  retailers: number;
  countries: number;
  sources: number;
  /** The latest source's date. */
  latest: string | null;
  /** Availability facts: one per product, retailer and country. */
  facts: number;
}

export const DEFAULT_MEMORY_CAPACITY = 10_000;
/** Past the slowest kind of question by far (10 ms at 100,000 products) and well inside a platform's deadline (Discord's is 3 s). */
export const DEFAULT_BUDGET_MS = 500;
export const DEFAULT_MEMORY_TTL_MS = 10 * 60 * 1000;

export function createCore(options: CoreOptions): ServingCore {
  const clock = options.clock ?? Date.now;
  const memory = new ConversationMemory<Remembered>(
    options.memoryCapacity ?? DEFAULT_MEMORY_CAPACITY, options.memoryTtlMs ?? DEFAULT_MEMORY_TTL_MS, clock);
  // Today's date changes once a day; formatting it per question showed in profiles.
  let day = -1;
  let todayText = '';
  const today = (): string => {
    const d = Math.floor(clock() / 86_400_000);
    if (d !== day) { day = d; todayText = new Date(d * 86_400_000).toISOString().slice(0, 10); }
    return todayText;
  };
  let served = serve(options.catalog, today, options.eager ?? false);
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const timer = options.timer ?? (() => performance.now());
  const turnOf = (question: string | Query, context: AnswerContext, previous: Remembered | undefined): Turn => {
    const deps = served.deps;
    return withinBudget(budget, timer,
      () => (typeof question === 'string' ? answerText(deps, question, context, previous) : answerQuery(deps, question, context)),
      // Given up: the conversation keeps what it had, and the answer is in the language known so far.
      () => ({ answer: simple(deps, 'unknown', [previous?.language, context.language].find(isLanguage) ?? deps.language, false, 'too_broad'), remember: undefined }));
  };
  return {
    answer: (question, context = {}) => {
      const key = context.conversation;
      const turn = turnOf(question, context, key !== undefined ? memory.get(key) : undefined);
      if (key !== undefined && turn.remember) memory.set(key, turn.remember);
      return turn.answer;
    },
    turn: (question, context) => {
      const { previous, ...rest } = context;
      return turnOf(question, rest, previous);
    },
    suggest: (kind, prefix, language = 'en') => served.suggester.suggest(kind, prefix, language),
    info: () => served.info(),
    replace: (catalog) => {
      // A reload replaces a warm catalog: the new one is warmed too, before anyone asks it.
      const next = serve(catalog, today, true);
      const old = served;
      served = next;
      old.deps.store.close();
    },
    close: () => served.deps.store.close(),
  };
}

/** One catalog as the core serves it: the reader, its name index, autocomplete and what help shows. */
function serve(store: CatalogReader, today: () => string, eager: boolean) {
  // A catalog built by the import carries its name and typo indexes: nothing is built here.
  const stored = store.storedNames?.() ?? null;
  const products = stored ? store.storedProducts?.() ?? null : null;
  const index = new NameIndex(store.loadNames({ aliases: stored === null, products: products === null }), stored, products);
  if (eager) index.typos.warm();
  const suggester = new Suggester(index, (kind) => store.aliasNames(kind), index.typos, (kind) => store.storedSuggest?.(kind) ?? null);
  // A server's first keystroke costs what every later one does.
  if (eager) suggester.warm();
  let coverage: Coverage | undefined;
  const deps = { store, index, examples: examplesOf(store, index), coverage: () => (coverage ??= coverageOf(store, index)), today, language: languageOf(index) };
  const info = (): CatalogInfo => ({ version: store.buildValue('source_hash')?.slice(0, 12) ?? null, ...deps.coverage(), facts: store.factTotal() });
  return { deps, suggester, info };
}

function coverageOf(store: CatalogReader, index: NameIndex): Coverage {
  const dates = [...index.sources.values()].map((s) => s.published).filter((d): d is string => d !== null).sort();
  return {
    products: index.products.size, retailers: index.retailers.size,
    countries: store.countriesOf({ products: null, retailers: null, countries: null }, 10_000).length,
    sources: index.sources.size, latest: dates[dates.length - 1] ?? null,
  };
}

/** The language most of the catalog's sources are written in, among the packs'; English when none is. */
function languageOf(index: NameIndex): Language {
  const counts = new Map<Language, number>();
  for (const s of index.sources.values()) if (isLanguage(s.language)) counts.set(s.language, (counts.get(s.language) ?? 0) + 1);
  let best: Language = 'en';
  for (const [l, n] of counts) if (n > (counts.get(best) ?? 0)) best = l;
  return best;
}

/** Example questions built from a fact of the catalog's most listed product, so help fits any catalog; each pack words its own. */
function examplesOf(store: CatalogReader, index: NameIndex): Record<Language, string[]> {
  const top = store.mostListedProduct();
  const f = store.facts({ products: top ? [top] : null, retailers: null, countries: null }, 1)[0];
  return Object.fromEntries(LANGUAGES.map((l) => [l, f
    ? PACKS[l].phrases.examples(index.nameOf('product', f.product_id, l), index.nameOf('retailer', f.retailer_id, l), index.nameOf('country', f.country, l))
    : [PACKS[l].phrases.helpExample]])) as Record<Language, string[]>;
}
