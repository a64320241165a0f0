// The kinds of question, registered in one place: each is one module with its
// query and its wording. The cues that select a kind are the language packs'
// (see intent.ts).
import type { Dimension, Intent } from '../../types.js';
import type { Composed, KindContext } from './context.js';
import { checkBudget } from '../budget.js';
import { list } from './list.js';
import { set } from './set.js';
import { statement } from './statement.js';
import { when } from './when.js';
import { yesNo } from './yesno.js';

export type { Composed, KindContext } from './context.js';

type Kind = (k: KindContext, dimension: Dimension) => Composed;

const KINDS: Record<Exclude<Intent, 'help'>, Kind> = {
  yesno: (k) => yesNo(k),
  list: (k) => list(k),
  when: (k) => when(k),
  set: (k, d) => set(k, d, false),
  count: (k, d) => set(k, d, true),
  statement: (k) => statement(k),
};

export function compose(k: KindContext, intent: Exclude<Intent, 'help'>, dimension: Dimension): Composed {
  checkBudget();
  return KINDS[intent](k, dimension);
}
