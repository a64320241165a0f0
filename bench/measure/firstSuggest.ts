// Child: the very first autocomplete call of a process whose core was built
// without `eager` (as a one-shot `ask` builds it): that call builds the
// autocomplete indexes, and the typo index when the prefix needs it, so its
// time is what the first user of a lazily started picker waits. The prefix is
// the first product name the serving child types, with its slip, in full: it
// takes every path of a suggestion (beginnings, words, typo words).
import { createCore, openCatalog } from '../../src/index.js';
import { childArg, childMain } from '../child.js';
import { Random } from '../random.js';
import type { Keystroke } from '../serving/keystrokes.js';
import { catalogKeystrokes, SUGGEST_SEED_LABEL, type SuggestCounts } from '../serving/suggest.js';

export interface FirstSuggestArgs { catalogFile: string; seed: number; suggest: SuggestCounts }
export interface FirstSuggestProbe { buildMs: number; firstCallMs: number; secondCallMs: number; keystroke: Keystroke }

childMain((): FirstSuggestProbe => {
  const { catalogFile, seed, suggest } = childArg<FirstSuggestArgs>();
  // The names are read on a connection of their own, closed before the core opens its own.
  const names = openCatalog(catalogFile);
  const keys = catalogKeystrokes(names.loadNames(), suggest, new Random(seed).fork(SUGGEST_SEED_LABEL));
  names.close();
  // The end of the first run of keystrokes with a slip: the first name typed with it, in full.
  const from = keys.findIndex((k) => k.typo);
  let at = from < 0 ? keys.length - 1 : from;
  while (keys[at + 1]?.typo) at++;
  const keystroke = keys[at]!;
  const t = process.hrtime.bigint();
  const core = createCore({ catalog: openCatalog(catalogFile) });
  const buildMs = Number(process.hrtime.bigint() - t) / 1e6;
  const time = (): number => {
    const s = process.hrtime.bigint();
    core.suggest(keystroke.kind, keystroke.prefix, 'en');
    return Number(process.hrtime.bigint() - s) / 1e6;
  };
  const firstCallMs = time();
  const secondCallMs = time();
  core.close();
  return { buildMs, firstCallMs, secondCallMs, keystroke };
});
