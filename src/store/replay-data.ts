/**
 * The replay viewer's data: a record replayed once into every intermediate state (the engine shares
 * structure between states, so this is cheap), its stops, the hashes computed here (the same record gives
 * the same hashes in Node and in the browser), and the bots' rationales, stored or re-derived.
 */
import type { Action, GameState, Scenario } from '../engine/types';
import type { BotRationale } from '../ai/types';
import type { GameRecord } from '../replay/record';
import { recordProblem, sourced, sourcedEnglish, type RecordProblem, type SourcedProblem } from '../replay/problems';
import { chooseScenario, type ScenarioRefusal } from '../replay/snapshot';
import { replayStops, type Stop } from '../replay/stops';
import { verifyRecord } from '../replay/verify';
import { asRationale } from './rationale-schema';
import { changesNumbers, guardStop, MAX_REPLAY_STEPS, precheckActions, unsafeNumberIn, type GuardStop } from './replay-guard';
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
export function findScenario(entries: readonly ScenarioEntry[], record: GameRecord): { ok: true; scenario: Scenario } | ScenarioRefusal {
  const r = chooseScenario(entries.flatMap((e) => (e.ok ? [e.scenario] : [])), record);
  return r.ok ? { ok: true, scenario: r.scenario } : r;
}

export { snapshotScenario } from '../replay/snapshot';

/** Thrown from verifyRecord's callback to stop a replay at the step budget. */
class ReplayStopped extends Error {}

/** A refusal to replay: the problem (data), its English, and whether the guard stopped it after `steps` steps. */
export type ReplayRefusal = { ok: false; error: string; problem: SourcedProblem; stopped?: true; steps?: number };

/** Replays a record for the viewer, or says what is wrong with it (as data, and in one line of English). */
export function buildReplay(entries: readonly ScenarioEntry[], record: GameRecord, source: ReplayData['source'], migratedFrom: number | null): { ok: true; data: ReplayData } | ReplayRefusal {
  const refuse = (p: RecordProblem, at: { action?: number; quarter?: number; steps?: number } = {}, stopped?: number): ReplayRefusal => {
    const problem = sourced(p, source, at);
    return { ok: false, error: sourcedEnglish(problem), problem, ...(stopped === undefined ? {} : { stopped: true as const, steps: stopped }) };
  };
  const found = findScenario(entries, record);
  if (!found.ok) return refuse(found.problem);
  const pre = precheckActions(record.actions);
  if (pre) return refuse(pre.problem, { action: pre.actionIndex }, 0);
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
        if (i > MAX_REPLAY_STEPS) stop = guardStop(i - 1, recordProblem('budget', { max: MAX_REPLAY_STEPS }));
        const a = i > 0 ? record.actions[i - 1] : undefined;
        const at = a && changesNumbers(a) ? unsafeNumberIn(s) : null;
        if (at) stop = guardStop(i - 1, recordProblem('unsafe', { at: i - 1, type: a?.type ?? '', path: at }));
        if (stop) throw new ReplayStopped();
      });
    } catch (e) {
      if (e instanceof ReplayStopped) return null;
      throw e;
    }
  })();
  if (v === null) {
    // Only a guard stop throws ReplayStopped, so `stop` is set here.
    const s = stop as GuardStop | null;
    return refuse(s?.problem ?? recordProblem('budget', { max: MAX_REPLAY_STEPS }), { steps }, steps);
  }
  if (!v.ok) return refuse(v.problem, v.quarter === null ? {} : v.actionIndex === null ? { quarter: v.quarter } : { quarter: v.quarter, action: v.actionIndex });
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
