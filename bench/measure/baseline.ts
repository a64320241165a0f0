// The naive baseline a first implementation writes: fuse.js with its default
// options over every alias of the catalog, searched with every window of up to
// eight words of the question; the best-scoring windows that do not overlap
// are taken as the names asked about. Only `includeScore` is set, which the
// choice needs and which changes no match. It is slow (it scores every alias
// for every window), so it runs on a sample of the questions.
import Fuse from 'fuse.js';
import { openCatalog } from '../../src/catalog/store.js';
import type { CatalogReader } from '../../src/catalog/types.js';
import type { Expected } from '../questions/generate.js';
import { lookUp } from './lookup.js';

const MAX_WORDS = 8;

interface Ref { kind: 'product' | 'retailer' | 'country'; ref: string }

export class Baseline {
  private readonly store: CatalogReader;
  private readonly refs: Ref[] = [];
  private readonly fuse: Fuse<string>;

  constructor(file: string) {
    this.store = openCatalog(file);
    const cityCountry = new Map(this.store.loadNames().cities.map((c) => [c.id, c.country]));
    const aliases: string[] = [];
    for (const kind of ['product', 'retailer', 'country'] as const) {
      for (const a of this.store.aliasNames(kind)) { this.refs.push({ kind, ref: a.ref }); aliases.push(a.alias); }
    }
    for (const a of this.store.aliasNames('city')) { this.refs.push({ kind: 'country', ref: cityCountry.get(a.ref) ?? a.ref }); aliases.push(a.alias); }
    this.fuse = new Fuse(aliases, { includeScore: true });
  }

  get aliasCount(): number {
    return this.refs.length;
  }

  answer(question: string): { entities: Expected; facts: number } {
    const tokens = question.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
    const hits: { start: number; end: number; score: number; ref: Ref }[] = [];
    for (let start = 0; start < tokens.length; start++) {
      for (let end = start + 1; end <= Math.min(tokens.length, start + MAX_WORDS); end++) {
        const best = this.fuse.search(tokens.slice(start, end).join(' '))[0];
        if (best) hits.push({ start, end, score: best.score ?? 1, ref: this.refs[best.refIndex]! });
      }
    }
    hits.sort((a, b) => a.score - b.score || (b.end - b.start) - (a.end - a.start));
    const used = new Array<boolean>(tokens.length).fill(false);
    const found: Expected = { products: [], retailers: [], countries: [] };
    for (const h of hits) {
      if (used.slice(h.start, h.end).some(Boolean)) continue;
      used.fill(true, h.start, h.end);
      const list = h.ref.kind === 'product' ? found.products : h.ref.kind === 'retailer' ? found.retailers : found.countries;
      if (!list.includes(h.ref.ref)) list.push(h.ref.ref);
    }
    return lookUp(this.store, found);
  }

  close(): void {
    this.store.close();
  }
}
