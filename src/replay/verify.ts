import { applyAction, createGame, ENGINE_VERSION, type GameState, type Scenario } from '../engine';
import type { GameRecord } from './record';

/** The outcome of replaying a record against its scenario. */
export type VerifyResult =
  | { ok: true; finalHash: string; state: GameState; quarters: number; hashes: string[] }
  | { ok: false; quarter: number | null; actionIndex: number | null; reason: string };

/** Why a record's seats do not fit the scenario (one seat per company, no other), or null. */
export function seatsProblem(record: Pick<GameRecord, 'seats'>, scenario: Scenario): string | null {
  const companies = new Set(scenario.companies.map((c) => c.id));
  const seated = new Set(record.seats.map((s) => s.playerId));
  const unknown = record.seats.filter((s) => !companies.has(s.playerId)).map((s) => s.playerId);
  if (unknown.length > 0) return `the record seats ${unknown.map((u) => `"${u}"`).join(', ')}, not a company of scenario "${scenario.id}"`;
  const empty = scenario.companies.filter((c) => !seated.has(c.id)).map((c) => c.id);
  if (empty.length > 0) return `the record has no seat for ${empty.map((u) => `"${u}"`).join(', ')}; every company of scenario "${scenario.id}" needs one (human or bot)`;
  if (record.seats.length !== scenario.companies.length) return `the record has ${record.seats.length} seats for ${scenario.companies.length} companies; one seat per company`;
  return null;
}

/**
 * Replays a record from its seed and checks the engine version, the scenario hash and every quarter's
 * checkpoint. `onState(i, state)` sees the state after i actions (i = 0 is the start), for the viewer.
 */
export function verifyRecord(record: GameRecord, scenario: Scenario, onState?: (i: number, state: GameState) => void): VerifyResult {
  if (record.engineVersion !== ENGINE_VERSION) {
    return { ok: false, quarter: null, actionIndex: null, reason: `this record needs engine version ${record.engineVersion}; this build runs version ${ENGINE_VERSION}` };
  }
  if (record.scenario.id !== scenario.id) {
    return { ok: false, quarter: null, actionIndex: null, reason: `the record is a game of scenario "${record.scenario.id}", not "${scenario.id}"` };
  }
  const seatProblem = seatsProblem(record, scenario);
  if (seatProblem) return { ok: false, quarter: null, actionIndex: null, reason: seatProblem };
  let state = createGame(scenario, record.seed);
  if (state.scenarioHash !== record.scenario.hash) {
    return { ok: false, quarter: null, actionIndex: null, reason: `scenario "${scenario.id}" has content hash ${state.scenarioHash}, but the record was played on ${record.scenario.hash}` };
  }
  onState?.(0, state);
  const hashes: string[] = [];
  let checkpoint = 0;
  for (let i = 0; i < record.actions.length; i++) {
    const action = record.actions[i];
    if (!action) break;
    const r = applyAction(state, action);
    if (!r.ok) return { ok: false, quarter: state.quarter, actionIndex: i, reason: `action ${i} (${action.type}) is illegal at this point: ${r.error.message}` };
    state = r.state;
    onState?.(i + 1, state);
    if (action.type === 'resolveQuarter') {
      const expected = record.checkpoints[checkpoint++];
      const got = state.history[state.history.length - 1]?.stateHash ?? '';
      hashes.push(got);
      if (!expected || expected.stateHash !== got || expected.quarter !== state.quarter) {
        return { ok: false, quarter: state.quarter, actionIndex: i, reason: expected ? `state hash ${got} differs from the recorded ${expected.stateHash}` : 'the record has fewer checkpoints than resolved quarters' };
      }
    }
  }
  if (checkpoint !== record.checkpoints.length) return { ok: false, quarter: state.quarter, actionIndex: null, reason: 'the record has more checkpoints than resolved quarters' };
  const last = state.history[state.history.length - 1];
  return { ok: true, finalHash: last?.stateHash ?? '', state, quarters: state.history.length, hashes };
}
