import { atQuarter } from './lookup';
import { MAX_POOL, clampInt, scaleByPct } from './limits';
import { tick } from './steps';
import type { GameState } from './types';
import { sortStrict } from './sort';

/** This quarter's AI revenue pool after event modifiers (whole dollars, at most MAX_POOL however they compound). */
export function effectivePool(state: GameState): number {
  let pool = atQuarter(state.scenario.market.revenuePool, state.quarter);
  for (const m of state.modifiers) {
    tick();
    if (m.kind === 'revenuePool') pool = scaleByPct(pool, m.pct, MAX_POOL);
  }
  return clampInt(pool, MAX_POOL);
}

/**
 * Splits a whole-dollar pool by weight: floor shares, then the leftover dollars by largest remainder (ties by
 * order). What is paid out equals the pool whenever any weight is positive, else nothing is paid.
 *
 * The leftover is handed out in one pass over the companies, never dollar by dollar: each company with a
 * positive weight gets `floor(left / n)` more and the first `left mod n` of them (largest remainder first)
 * one dollar more. That is exactly what going round the companies a dollar at a time gives, without a loop
 * whose length is a dollar amount. (Float rounding can make the floors overshoot the pool by a dollar or
 * two; then those dollars are taken back from the smallest remainders, so the sum is still the pool.)
 */
export function sharePool(pool: number, weights: readonly number[]): number[] {
  tick(weights.length + 1);
  const total = weights.reduce((a, w) => a + Math.max(0, w), 0);
  if (!(total > 0) || !(pool > 0) || !Number.isFinite(total)) return weights.map(() => 0);
  const exact = weights.map((w) => (pool * Math.max(0, w)) / total);
  const out = exact.map((x) => Math.floor(x));
  const left = pool - out.reduce((a, b) => a + b, 0);
  const order = sortStrict(
    exact.map((_, i) => i),
    (a, b) => (exact[b] as number) - (out[b] as number) - ((exact[a] as number) - (out[a] as number)) || a - b,
  ).filter((i) => (weights[i] as number) > 0);
  const n = order.length;
  if (left > 0) {
    const each = Math.floor(left / n);
    const extra = left - each * n;
    order.forEach((i, k) => {
      out[i] = (out[i] as number) + each + (k < extra ? 1 : 0);
    });
  } else if (left < 0) {
    let over = -left;
    for (let k = n - 1; k >= 0 && over > 0; k--) {
      const i = order[k] as number;
      const back = Math.min(over, out[i] as number);
      out[i] = (out[i] as number) - back;
      over -= back;
    }
  }
  return out;
}
