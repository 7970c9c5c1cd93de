import { atQuarter } from './lookup';
import type { GameState } from './types';
import { sortStrict } from './sort';

/** This quarter's AI revenue pool after event modifiers (whole dollars). */
export function effectivePool(state: GameState): number {
  let pool = atQuarter(state.scenario.market.revenuePool, state.quarter);
  for (const m of state.modifiers) if (m.kind === 'revenuePool') pool = (pool * (100 + m.pct)) / 100;
  return Math.max(0, Math.round(pool));
}

/**
 * Splits a whole-dollar pool by weight: floor shares, then the leftover dollars by largest remainder (ties by
 * order). What is paid out equals the pool whenever any weight is positive, else nothing is paid.
 */
export function sharePool(pool: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, w) => a + Math.max(0, w), 0);
  if (total <= 0 || pool <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (pool * Math.max(0, w)) / total);
  const out = exact.map((x) => Math.floor(x));
  let left = pool - out.reduce((a, b) => a + b, 0);
  const order = sortStrict(
    exact.map((_, i) => i),
    (a, b) => (exact[b] as number) - (out[b] as number) - ((exact[a] as number) - (out[a] as number)) || a - b,
  );
  for (let k = 0; left > 0; k = (k + 1) % order.length) {
    const i = order[k] as number;
    if ((weights[i] as number) > 0) {
      out[i] = (out[i] as number) + 1;
      left--;
    }
  }
  return out;
}
