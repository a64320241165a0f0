// The name and typo indexes as the import stored them with the catalog, read a
// node or a word at a time. Building them in memory at every start cost 0.6 s
// and ~100 MB at 10,000 products and grew with the catalog; read from the file,
// a start builds nothing and a question reads the few nodes its words reach
// (each kept once read, within bounds, so a busy word costs one lookup once).
import type { ProductRow, StoredEntry, StoredNames, StoredProducts } from '../catalog/types.js';
import { withEntry, type Entry, type NameNode } from './trie.js';
import { closest, deletions, MIN_FUZZY_LENGTH, type Correction, type Typos } from './typos.js';

/** Nodes a parent keeps once read: past it the cache starts again (the root sees every word asked). */
const KEPT_CHILDREN = 20_000;
/** Corrections kept once computed. */
const KEPT_CORRECTIONS = 20_000;
/** Nodes a subtree search reads at most, as the in-memory trie's search does. */
const MAX_SUBTREE = 5000;

function entriesOf(rows: StoredEntry[]): readonly Entry[] {
  let out: readonly Entry[] = [];
  // Merged as the in-memory trie merges a name reached twice (trie.ts).
  for (const [kind, ref, lang, contextual] of rows) out = withEntry(out, { kind, ref, lang, contextual: contextual ?? false });
  return out;
}

class StoredTrieNode implements NameNode {
  private kids: Map<string, StoredTrieNode | null> | null = null;
  readonly entries: readonly Entry[];
  readonly next = {
    get: (token: string): NameNode | undefined => this.child(token) ?? undefined,
    has: (token: string): boolean => this.child(token) !== null,
  };

  constructor(private readonly names: StoredNames, readonly id: number, entries: StoredEntry[]) {
    this.entries = entriesOf(entries);
  }

  private child(token: string): StoredTrieNode | null {
    const kids = (this.kids ??= new Map());
    const known = kids.get(token);
    if (known !== undefined) return known;
    const row = this.names.step(this.id, token);
    const node = row ? new StoredTrieNode(this.names, row.id, row.entries) : null;
    if (kids.size >= KEPT_CHILDREN) kids.clear();
    kids.set(token, node);
    return node;
  }

  below(max: number): Entry[] {
    const out: Entry[] = [];
    const seen = new Set<string>();
    const queue: { id: number; entries: readonly Entry[] }[] = [this];
    for (let i = 0; i < queue.length && out.length < max; i++) {
      const node = queue[i]!;
      for (const e of node.entries) {
        const key = `${e.kind}:${e.ref}`;
        if (!seen.has(key) && out.length < max) { seen.add(key); out.push(e); }
      }
      if (queue.length > MAX_SUBTREE) continue;
      for (const c of this.names.children(node.id, MAX_SUBTREE + 1 - queue.length)) queue.push({ id: c.id, entries: entriesOf(c.entries) });
    }
    return out;
  }
}

/** The root of the stored trie: node 0, which names nothing. */
export function storedRoot(names: StoredNames): NameNode {
  return new StoredTrieNode(names, 0, []);
}

/** The typo index stored with the catalog: the same keys and the same choice as the one in memory (typos.ts). */
export class StoredTypos implements Typos {
  private readonly kept = new Map<string, Correction[]>();

  constructor(private readonly names: StoredNames) {}

  has(word: string): boolean {
    return this.names.isWord(word);
  }

  warm(): void {}

  correct(token: string, minLength = MIN_FUZZY_LENGTH, anyLetter = false): Correction[] {
    if (token.length < minLength || token.length > this.names.longestWord + 2) return [];
    const key = `${minLength}${anyLetter ? '*' : ''} ${token}`;
    const known = this.kept.get(key);
    if (known) return known;
    const found = !anyLetter && this.names.isWord(token) ? [] : closest(token, this.names.variants([token, ...deletions(token)]), minLength, anyLetter);
    if (this.kept.size >= KEPT_CORRECTIONS) this.kept.clear();
    this.kept.set(key, found);
    return found;
  }
}

/** What the name path asks of the products by id: a Map when loaded whole, the stored rows otherwise. */
export interface Rows<T> {
  get(id: string): T | undefined;
  has(id: string): boolean;
  readonly size: number;
  keys(): IterableIterator<string>;
}

/**
 * The products of brands and categories ("Xiaomi phones"): all of them in the catalog's order when
 * they are no more than `limit`, else `limit` of them. The answer path never needs a group's whole
 * list: the catalog is asked by brand and category, and only a group of a few products is named.
 */
export interface ProductGroups {
  of(brands: readonly string[], categories: readonly string[], limit: number): string[];
  /** How a brand (a folded name) is written, as its first product writes it. */
  brandName(key: string): string | undefined;
}

/** Rows kept once read; past it the cache starts again. */
const KEPT_ROWS = 50_000;
/** Brands' names kept once read. */
const KEPT_BRANDS = 256;

function kept<V>(limit: number, read: (key: string) => V): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const v = read(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, v);
    return v;
  };
}

/** The stored products as the maps of the name index (names.ts) are read. */
export function storedProductViews(src: StoredProducts): { products: Rows<ProductRow>; groups: ProductGroups } {
  const row = kept(KEPT_ROWS, (id) => src.get(id));
  const brandName = kept(KEPT_BRANDS, (key) => src.brandName(key));
  return {
    products: { get: row, has: (id) => row(id) !== undefined, size: src.count, keys: () => src.ids() },
    groups: { of: (brands, categories, limit) => src.ofGroup(brands, categories, limit), brandName },
  };
}
