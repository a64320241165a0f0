export { createCore, DEFAULT_MEMORY_CAPACITY, DEFAULT_MEMORY_TTL_MS } from './core.js';
export type { Core, CoreOptions, Clock, CatalogInfo, Memory } from './core.js';
export type * from './types.js';
export { formatDate, statusLabel } from './answer/words.js';
export { MAX_QUESTION_LENGTH } from './text/normalize.js';
export { CatalogError } from './catalog/store.js';
export { LANGUAGES, isLanguage, ownName } from './language/index.js';
export { questionLanguage } from './language/vote.js';
export { lineText, viewToText } from './answer/view.js';
