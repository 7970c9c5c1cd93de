import { applyAction, createGame, ENGINE_VERSION, type GameState, type Scenario } from '../engine';
import { problemEnglish, recordProblem, type RecordProblem } from './problems';
import type { GameRecord } from './record';

/** The outcome of replaying a record against its scenario; why not as data (`problem`) and English (`reason`). */
export type VerifyResult =
  | { ok: true; finalHash: string; state: GameState; quarters: number; hashes: string[] }
  | { ok: false; quarter: number | null; actionIndex: number | null; reason: string; problem: RecordProblem };

/** Why a record's seats do not fit the scenario (one seat per company, no other), or null. */
export function seatsProblem(record: Pick<GameRecord, 'seats'>, scenario: Scenario): RecordProblem | null {
  const companies = new Set(scenario.companies.map((c) => c.id));
  const seated = new Set(record.seats.map((s) => s.playerId));
  const unknown = record.seats.filter((s) => !companies.has(s.playerId)).map((s) => s.playerId);
  if (unknown.length > 0) return recordProblem('seatsUnknown', { ids: unknown, scenario: scenario.id });
  const empty = scenario.companies.filter((c) => !seated.has(c.id)).map((c) => c.id);
  if (empty.length > 0) return recordProblem('seatsMissing', { ids: empty, scenario: scenario.id });
  if (record.seats.length !== scenario.companies.length) return recordProblem('seatsCount', { seats: record.seats.length, companies: scenario.companies.length });
  return null;
}

/** A failed verification: where (quarter and action, when known) and why. */
function fail(quarter: number | null, actionIndex: number | null, problem: RecordProblem): Extract<VerifyResult, { ok: false }> {
  return { ok: false, quarter, actionIndex, reason: problemEnglish(problem), problem };
}

/**
 * Replays a record from its seed and checks the engine version, the scenario hash and every quarter's
 * checkpoint. `onState(i, state)` sees the state after i actions (i = 0 is the start), for the viewer.
 */
export function verifyRecord(record: GameRecord, scenario: Scenario, onState?: (i: number, state: GameState) => void): VerifyResult {
  if (record.engineVersion !== ENGINE_VERSION) {
    return fail(null, null, recordProblem('engineVersion', { needs: record.engineVersion, runs: ENGINE_VERSION }));
  }
  if (record.scenario.id !== scenario.id) {
    return fail(null, null, recordProblem('otherScenario', { recorded: record.scenario.id, scenario: scenario.id }));
  }
  const seatProblem = seatsProblem(record, scenario);
  if (seatProblem) return fail(null, null, seatProblem);
  let state = createGame(scenario, record.seed);
  if (state.scenarioHash !== record.scenario.hash) {
    return fail(null, null, recordProblem('scenarioHash', { scenario: scenario.id, hash: state.scenarioHash, recorded: record.scenario.hash }));
  }
  onState?.(0, state);
  const hashes: string[] = [];
  let checkpoint = 0;
  for (let i = 0; i < record.actions.length; i++) {
    const action = record.actions[i];
    if (!action) break;
    const r = applyAction(state, action);
    if (!r.ok) return fail(state.quarter, i, recordProblem('illegal', { at: i, type: action.type, error: r.error }));
    state = r.state;
    onState?.(i + 1, state);
    if (action.type === 'resolveQuarter') {
      const expected = record.checkpoints[checkpoint++];
      const got = state.history[state.history.length - 1]?.stateHash ?? '';
      hashes.push(got);
      if (!expected || expected.stateHash !== got || expected.quarter !== state.quarter) {
        return fail(state.quarter, i, expected ? recordProblem('hashDiffers', { hash: got, recorded: expected.stateHash }) : recordProblem('fewerCheckpoints', {}));
      }
    }
  }
  if (checkpoint !== record.checkpoints.length) return fail(state.quarter, null, recordProblem('moreCheckpoints', {}));
  const last = state.history[state.history.length - 1];
  return { ok: true, finalHash: last?.stateHash ?? '', state, quarters: state.history.length, hashes };
}
