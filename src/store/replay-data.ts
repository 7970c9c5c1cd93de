/**
 * The replay viewer's data: a record replayed once into every intermediate state (the engine shares
 * structure between states, so this is cheap), its stops, the hashes computed here (the same record gives
 * the same hashes in Node and in the browser), and the bots' rationales, stored or re-derived.
 */
import type { Action, GameState, Scenario } from '../engine/types';
import type { BotRationale } from '../ai/types';
import type { GameRecord } from '../replay/record';
import { chooseScenario } from '../replay/snapshot';
import { replayStops, type Stop } from '../replay/stops';
import { verifyRecord } from '../replay/verify';
import { asRationale } from './rationale-schema';
import { changesNumbers, MAX_REPLAY_STEPS, precheckActions, unsafeNumberIn, type GuardStop } from './replay-guard';
import type { ScenarioEntry } from './scenarios';

/** A rationale in the viewer: shown, being worked out, or not available (with why). */
export type ViewerRationale = { kind: 'ok'; rationale: BotRationale; derived: boolean } | { kind: 'pending' } | { kind: 'none'; why: string };

/** Everything the viewer shows. */
export interface ReplayData {
  record: GameRecord;
  /** Where it came from, for the heading ("shared link", a file name, a saved game). */
  source: { kind: 'link' | 'file' | 'save'; name: string };
  states: GameState[];
  stops: Stop[];
  /** Number of actions applied at the current position. */
  at: number;
  /** Per-quarter state hashes computed by this replay. */
  hashes: string[];
  finalHash: string;
  /** By action index, for bots' submitOrders. */
  rationales: Record<string, ViewerRationale>;
  migratedFrom: number | null;
}

/**
 * The scenario a record was played on, or why it cannot be found here: the same rule as `npm run replay:verify`
 * (`chooseScenario` in src/replay/snapshot.ts) over the scenarios this build has.
 */
export function findScenario(entries: readonly ScenarioEntry[], record: GameRecord): { ok: true; scenario: Scenario } | { ok: false; error: string } {
  const r = chooseScenario(entries.flatMap((e) => (e.ok ? [e.scenario] : [])), record);
  return r.ok ? { ok: true, scenario: r.scenario } : r;
}

export { snapshotScenario } from '../replay/snapshot';

/** Thrown from verifyRecord's callback to stop a replay at the step budget. */
class ReplayStopped extends Error {}

/** Replays a record for the viewer, or says (in one line) what is wrong with it. */
export function buildReplay(
  entries: readonly ScenarioEntry[],
  record: GameRecord,
  source: ReplayData['source'],
  migratedFrom: number | null,
): { ok: true; data: ReplayData } | { ok: false; error: string; stopped?: true; steps?: number } {
  const found = findScenario(entries, record);
  if (!found.ok) return { ok: false, error: `${source.name}: ${found.error}` };
  const pre = precheckActions(record.actions);
  if (pre) return { ok: false, error: `${source.name}: ${pre.reason} (action ${pre.actionIndex})`, stopped: true, steps: 0 };
  const states: GameState[] = [];
  // The step budget (src/store/replay-guard.ts): counted in engine steps; a state with a number past the safe
  // range stops the replay before the next step could loop on it.
  let stop: GuardStop | null = null;
  let steps = 0;
  const v = (() => {
    try {
      return verifyRecord(record, found.scenario, (i, s) => {
        states[i] = s;
        steps = i;
        if (i > MAX_REPLAY_STEPS) stop = { actionIndex: i - 1, reason: `the replay went past its budget of ${MAX_REPLAY_STEPS} steps` };
        const a = i > 0 ? record.actions[i - 1] : undefined;
        const at = a && changesNumbers(a) ? unsafeNumberIn(s) : null;
        if (at) stop = { actionIndex: i - 1, reason: `action ${i - 1} (${a?.type ?? ''}) drives ${at} past the safe range of numbers` };
        if (stop) throw new ReplayStopped();
      });
    } catch (e) {
      if (e instanceof ReplayStopped) return null;
      throw e;
    }
  })();
  if (v === null) {
    const s = stop as GuardStop | null;
    return { ok: false, error: `${source.name}: ${s?.reason ?? 'the replay was stopped'} (after ${steps} steps)`, stopped: true, steps };
  }
  if (!v.ok) {
    const where = v.quarter === null ? '' : ` (quarter ${v.quarter + 1}${v.actionIndex === null ? '' : `, action ${v.actionIndex}`})`;
    return { ok: false, error: `${source.name}: ${v.reason}${where}` };
  }
  const rationales: Record<string, ViewerRationale> = {};
  record.actions.forEach((a, i) => {
    if (a.type !== 'submitOrders') return;
    const seat = record.seats.find((s) => s.playerId === a.playerId);
    if (seat?.kind !== 'bot') return;
    const stored = record.rationales?.[String(i)];
    const r = stored === undefined ? null : asRationale(stored);
    if (r) rationales[String(i)] = { kind: 'ok', rationale: r, derived: false };
  });
  const stops = replayStops(record.actions, found.scenario.quarters);
  return { ok: true, data: { record, source, states, stops, at: 0, hashes: v.hashes, finalHash: v.finalHash, rationales, migratedFrom } };
}

/** Indices of the bots' submitOrders actions in the quarter shown at `at` that have no rationale yet. */
export function missingRationales(d: ReplayData): { index: number; action: Extract<Action, { type: 'submitOrders' }>; state: GameState; level: string }[] {
  const state = d.states[d.at];
  if (!state) return [];
  const quarter = state.quarter;
  const out: ReturnType<typeof missingRationales> = [];
  d.record.actions.forEach((a, i) => {
    if (a.type !== 'submitOrders' || d.rationales[String(i)]) return;
    const before = d.states[i];
    if (!before || before.quarter !== quarter) return;
    const seat = d.record.seats.find((s) => s.playerId === a.playerId);
    if (seat?.kind !== 'bot') return;
    out.push({ index: i, action: a, state: before, level: seat.level ?? '' });
  });
  return out;
}
