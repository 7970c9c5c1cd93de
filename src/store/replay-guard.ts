/**
 * The page's own limits on replaying a record (a share link, a file, a save being resumed), on top of the
 * record schema and the engine's rules: a page must never freeze on something saved or shared
 * (docs/security.md, issue 10 item 1). Everything here is counted, never timed:
 *
 * - before anything is replayed: an event card may be played at most once per game (the facilitator's list
 *   already assumes it; a record that repeats a card could compound a rule past safe numbers), and each
 *   quarter may hold at most `MAX_QUARTER_STEPS` actions;
 * - while replaying: at most `MAX_REPLAY_STEPS` engine steps, and after every action that changes numbers
 *   (anything but sealing or withdrawing orders) every number of every company and the open modifiers must
 *   still be a finite safe integer (or a finite number where the rules keep fractions, like percentages).
 *
 * A record that breaks a limit is refused with a problem as data (src/replay/problems.ts), which the UI words
 * in the reader's language (src/ui/record-problem-text.ts); `reason` is its English for the logs and tests.
 */
import type { Action, GameState } from '../engine/types';
import { problemEnglish, recordProblem, type RecordProblem } from '../replay/problems';

/** At most this many engine steps (applied actions) per replay: the record schema's cap on actions. */
export const MAX_REPLAY_STEPS = 20_000;
/** At most this many actions in one quarter: seats × (submit + withdraw) many times over, and every card. */
export const MAX_QUARTER_STEPS = 2_000;

/** Why a replay was stopped: the action index (0-based), the problem and its English. */
export interface GuardStop {
  actionIndex: number;
  reason: string;
  problem: RecordProblem;
}

/** A stop at action `actionIndex` for `problem`. */
export function guardStop(actionIndex: number, problem: RecordProblem): GuardStop {
  return { actionIndex, reason: problemEnglish(problem), problem };
}

/** Checks a record's actions before replaying them; null if they are within the page's limits. */
export function precheckActions(actions: readonly Action[]): GuardStop | null {
  if (actions.length > MAX_REPLAY_STEPS) return guardStop(MAX_REPLAY_STEPS, recordProblem('tooManyActions', { count: actions.length, max: MAX_REPLAY_STEPS }));
  const played = new Map<string, number>();
  let inQuarter = 0;
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i];
    if (!a) break;
    inQuarter++;
    if (inQuarter > MAX_QUARTER_STEPS) return guardStop(i, recordProblem('quarterSteps', { at: i, max: MAX_QUARTER_STEPS }));
    if (a.type === 'advance') inQuarter = 0;
    if (a.type === 'injectEvent') {
      const first = played.get(a.cardId);
      if (first !== undefined) return guardStop(i, recordProblem('repeatCard', { at: i, card: a.cardId, first }));
      played.set(a.cardId, i);
    }
  }
  return null;
}

/** Counts non-safe numbers in a value (depth- and size-bounded walk); returns the first path found, or null. */
function unsafeNumberAt(value: unknown, path: string, budget: { left: number }, depth = 0): string | null {
  if (budget.left-- <= 0 || depth > 8) return null;
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER ? null : path;
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = unsafeNumberAt(value[i], `${path}[${i}]`, budget, depth + 1);
      if (p) return p;
    }
    return null;
  }
  for (const k of Object.keys(value).sort()) {
    const p = unsafeNumberAt((value as Record<string, unknown>)[k], `${path}.${k}`, budget, depth + 1);
    if (p) return p;
  }
  return null;
}

/** Where a state holds a number that is not finite or not safe (companies, modifiers), or null if none. */
export function unsafeNumberIn(state: GameState): string | null {
  // The walk is bounded too: a state has a few thousand numbers in these parts.
  const budget = { left: 200_000 };
  return unsafeNumberAt(state.players, 'players', budget) ?? unsafeNumberAt(state.modifiers, 'modifiers', budget);
}

/** True if this action can change numbers in the state (sealing and withdrawing orders cannot). */
export function changesNumbers(a: Action): boolean {
  return a.type !== 'submitOrders' && a.type !== 'withdrawOrders';
}
