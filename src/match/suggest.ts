// Autocomplete for the platforms' pickers: names that begin with what was typed
// first, then fuse.js for typos ("swee" → Sweden, "mediawrld" → MediaWorld).
// The fuse.js options are chosen, not defaulted: the default threshold (0.6)
// offers nonsense, and its location penalty ignores matches past the start.
import { createRequire } from 'node:module';
import type FuseType from 'fuse.js';
import type { IFuseOptions } from 'fuse.js';
import { foldText } from '../text/normalize.js';
import type { Language, SuggestKind, Suggestion } from '../types.js';
import type { NameIndex } from './names.js';

const FUSE_OPTIONS: IFuseOptions<Item> = {
  keys: ['alias'],
  includeScore: true,
  /** 0 is exact, 1 anything: 0.35 lets one or two wrong letters through in a short name. */
  threshold: 0.35,
  /** Score where the letters match, not how far from the start: "world" finds "MediaWorld". */
  ignoreLocation: true,
  minMatchCharLength: 2,
};

interface Item { id: string; alias: string; folded: string }

// Loaded on the first suggestion: `ask` and the terminal never suggest, and start faster without it.
const require = createRequire(import.meta.url);
let FuseClass: typeof FuseType | undefined;
function fuseOf(items: Item[]): FuseType<Item> {
  FuseClass ??= require('fuse.js') as typeof FuseType;
  return new FuseClass(items, FUSE_OPTIONS);
}

export class Suggester {
  private readonly items = new Map<SuggestKind, Item[]>();
  private readonly fuses = new Map<SuggestKind, FuseType<Item>>();

  constructor(
    private readonly index: NameIndex,
    private readonly aliasNames: (kind: SuggestKind) => { ref: string; alias: string }[],
  ) {}

  private itemsOf(kind: SuggestKind): Item[] {
    let list = this.items.get(kind);
    if (!list) {
      const ids = kind === 'product' ? this.index.products.keys() : kind === 'retailer' ? this.index.retailers.keys()
        : this.index.countries.keys();
      list = [...ids].map((id) => {
        const alias = this.index.nameOf(kind, id, 'en');
        return { id, alias, folded: foldText(alias) };
      });
      for (const a of this.aliasNames(kind)) {
        if (a.alias.startsWith('flag_')) continue;
        list.push({ id: a.ref, alias: a.alias, folded: foldText(a.alias) });
      }
      this.items.set(kind, list);
    }
    return list;
  }

  suggest(kind: SuggestKind, prefix: string, lang: Language, limit = 25): Suggestion[] {
    const typed = foldText(prefix.slice(0, 100)).trim();
    const items = this.itemsOf(kind);
    const ids: string[] = [];
    const add = (id: string): void => { if (!ids.includes(id) && ids.length < limit) ids.push(id); };
    if (typed.length === 0) {
      for (const it of items) add(it.id);
    } else {
      for (const it of items) if (it.folded.startsWith(typed)) add(it.id);
      for (const it of items) if (it.folded.includes(typed)) add(it.id);
      if (ids.length < limit && typed.length >= 3) {
        let fuse = this.fuses.get(kind);
        if (!fuse) { fuse = fuseOf(items); this.fuses.set(kind, fuse); }
        for (const r of fuse.search(typed, { limit: limit * 3 })) add(r.item.id);
      }
    }
    return ids.map((id) => ({ id, name: this.index.nameOf(kind, id, lang) }));
  }
}
