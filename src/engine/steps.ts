/**
 * A cheap count of engine work. Every loop whose length is not fixed by the orders' or scenario's shape alone
 * (modifier chains, the revenue share-out, auctions, the event deck) calls `tick`; a test (or a page that must
 * never freeze) runs the rules inside `countSteps` and sees how many steps an action took, or stops one that
 * passes its budget. Outside `countSteps` nothing is limited and nothing but a counter changes. The count never
 * feeds back into the rules, so it cannot affect determinism.
 */

let steps = 0;
let budget = Number.POSITIVE_INFINITY;

/** Thrown by `tick` when a budget set by `countSteps` is passed. */
export class StepBudgetExceeded extends Error {
  constructor(limit: number) {
    super(`the rules took more than ${limit.toLocaleString('en-US')} steps; stopped (a loop the limits do not bound)`);
  }
}

/** Records `n` steps of work; throws StepBudgetExceeded if a budget is set and passed. */
export function tick(n = 1): void {
  steps += n;
  if (steps > budget) throw new StepBudgetExceeded(budget);
}

/** The outcome of `countSteps`: the value, or the error fn threw, and the steps taken. */
export type Counted<T> = { ok: true; value: T; steps: number } | { ok: false; error: unknown; steps: number; exceeded: boolean };

/**
 * Runs `fn` counting engine steps, stopping it once it passes `limit`. Nests: an inner count is also counted
 * by an outer one. `exceeded` is true whenever the budget was passed, even if a caller (applyAction catches
 * every error) turned the stop into an ordinary rejection.
 */
export function countSteps<T>(fn: () => T, limit = Number.POSITIVE_INFINITY): Counted<T> {
  const outerSteps = steps;
  const outerBudget = budget;
  steps = 0;
  budget = Math.min(limit, outerBudget - outerSteps);
  try {
    const value = fn();
    const used = steps;
    if (used > limit) return { ok: false, error: new StepBudgetExceeded(limit), steps: used, exceeded: true };
    return { ok: true, value, steps: used };
  } catch (error) {
    return { ok: false, error, steps, exceeded: steps > limit || error instanceof StepBudgetExceeded };
  } finally {
    const used = steps;
    steps = outerSteps + used;
    budget = outerBudget;
  }
}
