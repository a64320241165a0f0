// The floor: what an answer costs with no understanding at all beyond exact
// alias lookups (longest word window first) and the core's own prepared fact
// query. No typo correction, no context rules, no wording. The core cannot be
// faster than this; the ratio core/floor is what understanding costs.
import { openCatalog } from '../../src/catalog/store.js';
import type { CatalogReader } from '../../src/catalog/types.js';
import { aliasTokens, normalize } from '../../src/text/normalize.js';
import type { Expected } from '../questions/generate.js';
import { lookUp } from './lookup.js';

const MAX_WORDS = 8;

interface Ref { kind: string; ref: string }

export class Floor {
  private readonly store: CatalogReader;
  private readonly names = new Map<string, Ref[]>();

  constructor(file: string) {
    // Through the catalog's public face, as the core reads it: the benchmark does not know the schema.
    this.store = openCatalog(file);
    const cityCountry = new Map(this.store.loadNames().cities.map((c) => [c.id, c.country]));
    // Codes ("in", "it", "de") are read only in context; a floor without context knows none.
    const all = (['product', 'retailer', 'country', 'city'] as const).flatMap((kind) => this.store.aliasNames(kind).map((a) => ({ kind, ...a })));
    for (const a of all.filter((x) => x.lang !== 'code')) {
      const kind = a.kind === 'city' ? 'country' : a.kind;
      const ref = a.kind === 'city' ? cityCountry.get(a.ref) ?? a.ref : a.ref;
      const key = aliasTokens(a.alias).join(' ');
      const list = this.names.get(key);
      if (!list) this.names.set(key, [{ kind, ref }]);
      else if (!list.some((x) => x.kind === kind && x.ref === ref)) list.push({ kind, ref });
    }
  }

  answer(question: string): { entities: Expected; facts: number } {
    const tokens = normalize(question).tokens;
    const found: Expected = { products: [], retailers: [], countries: [] };
    for (let i = 0; i < tokens.length;) {
      let step = 1;
      for (let len = Math.min(MAX_WORDS, tokens.length - i); len >= 1; len--) {
        const refs = this.names.get(len === 1 ? tokens[i]! : tokens.slice(i, i + len).join(' '));
        if (!refs) continue;
        for (const r of refs) {
          const list = r.kind === 'product' ? found.products : r.kind === 'retailer' ? found.retailers : found.countries;
          if (!list.includes(r.ref)) list.push(r.ref);
        }
        step = len;
        break;
      }
      i += step;
    }
    return lookUp(this.store, found);
  }

  close(): void {
    this.store.close();
  }
}
