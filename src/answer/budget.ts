// A time budget per question. Node answers one question at a time, so a
// question that ran for seconds would stall every other user of the process;
// every kind of question is bounded by its indexes (see the benchmark's kinds),
// and this is the net under them: the steps that loop over names, facts or
// sets look at the clock, and past the budget the question is given up and
// answered with a request to narrow it. The answer path is synchronous, so one
// deadline for the question being answered is all the state there is.

/** Thrown at a checkpoint past the deadline, caught where the question came in (core.ts) and answered as a value. */
export class OverBudget extends Error {
  constructor() {
    super('question over its time budget');
    this.name = 'OverBudget';
  }
}

let deadline = Number.POSITIVE_INFINITY;
let timer: () => number = () => performance.now();

/** Runs `answer` with `ms` to spend; `over` answers instead when a checkpoint finds the time spent. */
export function withinBudget<T>(ms: number, now: () => number, answer: () => T, over: () => T): T {
  const outer = deadline;
  const outerTimer = timer;
  timer = now;
  deadline = now() + ms;
  try {
    return answer();
  } catch (err) {
    if (err instanceof OverBudget) return over();
    throw err;
  } finally {
    deadline = outer;
    timer = outerTimer;
  }
}

/** A checkpoint: throws OverBudget once the question's time is spent. */
export function checkBudget(): void {
  if (deadline !== Number.POSITIVE_INFINITY && timer() > deadline) throw new OverBudget();
}
