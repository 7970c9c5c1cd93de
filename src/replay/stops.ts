/**
 * Where the replay viewer stops when it steps "by phase": each quarter's start (orders phase, nothing
 * submitted) and its reveal (right after the quarter resolved), then the end of the game. A stop is an
 * action count: the state after that many actions.
 */
import type { Action } from '../engine';

/** A place in a record the viewer can step to. */
export interface Stop {
  /** Number of actions applied. */
  at: number;
  quarter: number;
  kind: 'orders' | 'reveal' | 'end';
}

/** The stops of a record's actions, in order, for a scenario of `quarters` quarters. */
export function replayStops(actions: readonly Action[], quarters: number): Stop[] {
  const stops: Stop[] = [{ at: 0, quarter: 0, kind: 'orders' }];
  let quarter = 0;
  actions.forEach((a, i) => {
    if (a.type === 'resolveQuarter') stops.push({ at: i + 1, quarter, kind: 'reveal' });
    if (a.type === 'advance') {
      // The advance after the last quarter ends the game.
      if (quarter + 1 >= quarters) stops.push({ at: i + 1, quarter, kind: 'end' });
      else stops.push({ at: i + 1, quarter: ++quarter, kind: 'orders' });
    }
  });
  return stops;
}

/** The next stop after `at` (or the last), and the one before (or the first). */
export function stepStop(stops: readonly Stop[], at: number, dir: 1 | -1): number {
  if (dir > 0) return (stops.find((s) => s.at > at) ?? stops[stops.length - 1])?.at ?? at;
  for (let i = stops.length - 1; i >= 0; i--) if ((stops[i] as Stop).at < at) return (stops[i] as Stop).at;
  return stops[0]?.at ?? 0;
}

/** The stop that shows quarter `q` best: its reveal if the record got there, else its start. */
export function quarterStop(stops: readonly Stop[], q: number): number | null {
  const reveal = stops.find((s) => s.quarter === q && s.kind === 'reveal');
  return (reveal ?? stops.find((s) => s.quarter === q))?.at ?? null;
}
