/** Walks a game state for numbers that are not finite safe integers (the house rule for every quantity). */
import type { GameState } from '../../src/engine';

/**
 * Paths of numbers in `state` that are not finite safe integers. The scenario (static input, with fractions
 * such as h100e 0.6), the random stream's state and the modifiers' percentages (copied from the scenario) are
 * left out; everything else (cash, fleets, power, totals, pending orders, news, history, metrics, scores) is walked.
 * Iterative, and stops after `max` findings.
 */
export function unsafeStateNumbers(state: GameState, max = 20): string[] {
  const out: string[] = [];
  const { scenario: _scenario, rng: _rng, ...rest } = state;
  const stack: [unknown, string][] = [[rest, '$']];
  while (stack.length > 0 && out.length < max) {
    const [v, path] = stack.pop() as [unknown, string];
    if (typeof v === 'number') {
      if (!Number.isSafeInteger(v)) out.push(`${path} = ${v}`);
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push([v[i], `${path}[${i}]`]);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (!(k === 'pct' && path.includes('.modifiers['))) stack.push([x, `${path}.${k}`]);
    }
  }
  return out;
}
