// Aliases as a word trie, so a question is read left to right with the longest
// name winning ("mi store" over "mi", "power bank" over "power") and each step
// costing one map lookup.
import type { AliasKind } from '../catalog/types.js';

export interface Entry {
  kind: AliasKind;
  ref: string;
  /** The alias's language, when it is a word of one language (a vote for the question's). */
  lang: string | null;
  /**
   * An alias that only counts in the right context: `short` ("3", "mi", "tre"),
   * `word` (an everyday word: "Next", "Flow"), `code` (a country code: "DE", "PL").
   */
  contextual: Contextual;
}

export type Contextual = false | 'short' | 'word' | 'code';

// Most nodes are leaves with one entry, or inner nodes with none: they share these
// empty values until they need their own (a large catalog has ~100,000 nodes).
const NO_CHILDREN: ReadonlyMap<string, TrieNode> = new Map();
const NO_ENTRIES: readonly Entry[] = [];

/** A name of several languages ("Sudamerica": Italian and Spanish) keeps them all, joined by "+". */
function joined(a: string | null, b: string | null): string | null {
  if (a === null || a === b) return b ?? a;
  if (b === null) return a;
  return [...new Set([...a.split('+'), ...b.split('+')])].sort().join('+');
}

/** A node of the names' trie as the name path reads it: held in memory (below) or stored with the catalog (stored.ts). */
export interface NameNode {
  readonly next: { get(token: string): NameNode | undefined; has(token: string): boolean };
  readonly entries: readonly Entry[];
  /** Entries in this node's subtree, breadth first, at most `max` distinct ones. */
  below(max: number): Entry[];
}

/**
 * `entries` with `entry` added. The same name reached twice: in several languages it is a vote for each
 * of them ("Sudamerica"); written by the author (no language) and derived in one ("Handy", name_de) it
 * is that language's. The unconditional reading wins.
 */
export function withEntry(entries: readonly Entry[], entry: Entry): readonly Entry[] {
  const i = entries.findIndex((e) => e.kind === entry.kind && e.ref === entry.ref);
  if (i < 0) return [...entries, entry];
  const old = entries[i]!;
  const contextual: Contextual = old.contextual === false || entry.contextual === false ? false : old.contextual;
  const merged = Object.assign({}, old, { lang: joined(old.lang, entry.lang), contextual });
  return entries.map((e, j) => (j === i ? merged : e));
}

export class TrieNode implements NameNode {
  next: ReadonlyMap<string, TrieNode> = NO_CHILDREN;
  entries: readonly Entry[] = NO_ENTRIES;

  add(tokens: readonly string[], entry: Entry): void {
    let node: TrieNode = this;
    for (const t of tokens) {
      let child = node.next.get(t);
      if (!child) {
        child = new TrieNode();
        if (node.next === NO_CHILDREN) node.next = new Map();
        (node.next as Map<string, TrieNode>).set(t, child);
      }
      node = child;
    }
    node.entries = withEntry(node.entries, entry);
  }

  /** Entries in this node's subtree, breadth first, at most `max` distinct ones. */
  below(max: number): Entry[] {
    const out: Entry[] = [];
    const seen = new Set<string>();
    const queue: TrieNode[] = [this];
    for (let i = 0; i < queue.length && out.length < max; i++) {
      const node = queue[i]!;
      for (const e of node.entries) {
        const key = `${e.kind}:${e.ref}`;
        if (!seen.has(key) && out.length < max) { seen.add(key); out.push(e); }
      }
      for (const child of node.next.values()) queue.push(child);
      if (queue.length > 5000) break;
    }
    return out;
  }
}
