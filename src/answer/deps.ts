// What the answer flow works with, handed in by createCore.
import type { CatalogReader } from '../catalog/types.js';
import type { NameIndex } from '../match/names.js';
import type { Answer, Language } from '../types.js';
import type { Remembered } from './followUp.js';

export type { Remembered };

export interface Coverage { products: number; retailers: number; countries: number; sources: number; latest: string | null }

/** An answer and what the conversation keeps of it: `undefined` keeps what it had. */
export interface Turn { answer: Answer; remember: Remembered | undefined }

export interface Deps {
  store: CatalogReader;
  index: NameIndex;
  examples: Record<Language, string[]>;
  /** What the catalog covers, for help: counts and the latest source's date (counted on the first help, not at start). */
  coverage: () => Coverage;
  /** Today as YYYY-MM-DD, from the core's clock. */
  today: () => string;
  /** The catalog's own language (most of its sources'), for a question that shows none in a conversation that has none. */
  language: Language;
}
