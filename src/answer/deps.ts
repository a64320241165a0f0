// What the answer flow works with, handed in by createCore.
import type { CatalogStore } from '../catalog/store.js';
import type { NameIndex } from '../match/names.js';
import type { Dimension, Intent, Language } from '../types.js';
import type { ConversationMemory } from './memory.js';
import type { Resolved } from './resolve.js';

export interface Remembered { resolved: Resolved; intent: Intent; language: Language; dimension?: Dimension | undefined }

export interface Deps {
  store: CatalogStore;
  index: NameIndex;
  memory: ConversationMemory<Remembered>;
  examples: Record<Language, string[]>;
  /** Today as YYYY-MM-DD, from the core's clock. */
  today: () => string;
}
