import { applyAction, createGame, ENGINE_VERSION, type GameState, type Scenario } from '../engine';
import type { GameRecord } from './record';

/** The outcome of replaying a record against its scenario. */
export type VerifyResult =
  | { ok: true; finalHash: string; state: GameState; quarters: number }
  | { ok: false; quarter: number | null; actionIndex: number | null; reason: string };

/** Replays a record from its seed and checks the scenario hash, the engine version and every quarter's checkpoint. */
export function verifyRecord(record: GameRecord, scenario: Scenario): VerifyResult {
  if (record.engineVersion !== ENGINE_VERSION) {
    return { ok: false, quarter: null, actionIndex: null, reason: `this record needs engine version ${record.engineVersion}; this build runs version ${ENGINE_VERSION}` };
  }
  let state = createGame(scenario, record.seed);
  if (state.scenarioHash !== record.scenario.hash) {
    return { ok: false, quarter: null, actionIndex: null, reason: `scenario "${scenario.id}" has content hash ${state.scenarioHash}, but the record was played on ${record.scenario.hash}` };
  }
  let checkpoint = 0;
  for (let i = 0; i < record.actions.length; i++) {
    const action = record.actions[i];
    if (!action) break;
    const r = applyAction(state, action);
    if (!r.ok) return { ok: false, quarter: state.quarter, actionIndex: i, reason: `action ${i} (${action.type}) is illegal at this point: ${r.error.message}` };
    state = r.state;
    if (action.type === 'resolveQuarter') {
      const expected = record.checkpoints[checkpoint++];
      const got = state.history[state.history.length - 1]?.stateHash;
      if (!expected || expected.stateHash !== got || expected.quarter !== state.quarter) {
        return { ok: false, quarter: state.quarter, actionIndex: i, reason: expected ? `state hash ${got} differs from the recorded ${expected.stateHash}` : 'the record has fewer checkpoints than resolved quarters' };
      }
    }
  }
  if (checkpoint !== record.checkpoints.length) return { ok: false, quarter: state.quarter, actionIndex: null, reason: 'the record has more checkpoints than resolved quarters' };
  const last = state.history[state.history.length - 1];
  return { ok: true, finalHash: last?.stateHash ?? '', state, quarters: state.history.length };
}
