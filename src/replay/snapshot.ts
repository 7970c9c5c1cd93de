/**
 * Which scenario a record is replayed on, the same rule wherever a record is opened (the browser's viewer and
 * `npm run replay:verify`): the shipped scenario of the record's id when its content hash is the record's;
 * else the scenario copy saved in the record (`scenarioSnapshot`), if it parses and its hash is the record's;
 * else the shipped one, for verifyRecord to explain the difference.
 */
import { scenarioHash, type Scenario } from '../engine';
import { parseScenario } from '../scenario';
import { problemEnglish, recordProblem, type RecordProblem } from './problems';
import type { GameRecord } from './record';

/** A scenario that cannot be used: why (`problem`, as data; `error`, its English). */
export type ScenarioRefusal = { ok: false; error: string; problem: RecordProblem };

function refuse(problem: RecordProblem): ScenarioRefusal {
  return { ok: false, error: problemEnglish(problem), problem };
}

/** The scenario saved inside a record: null if there is none, else the parsed scenario or why it cannot be used. */
export function snapshotScenario(record: GameRecord): { ok: true; scenario: Scenario } | ScenarioRefusal | null {
  if (record.scenarioSnapshot === undefined) return null;
  const r = parseScenario(record.scenarioSnapshot, 'the scenario saved with this game');
  if (!r.ok) {
    const first = r.errors[0];
    return refuse(recordProblem('snapshotInvalid', { path: first?.path ?? '$', detail: first?.message ?? 'no details', more: Math.max(0, r.errors.length - 1) }));
  }
  if (r.scenario.id !== record.scenario.id) return refuse(recordProblem('snapshotOtherId', { snapshot: r.scenario.id, scenario: record.scenario.id }));
  const h = scenarioHash(r.scenario);
  if (h !== record.scenario.hash) return refuse(recordProblem('snapshotHash', { hash: h, recorded: record.scenario.hash }));
  return { ok: true, scenario: r.scenario };
}

/** The scenario to replay `record` on, given the shipped scenarios of its id (any number, usually 0 or 1). */
export function chooseScenario(shipped: readonly Scenario[], record: GameRecord): { ok: true; scenario: Scenario; from: 'shipped' | 'snapshot' } | ScenarioRefusal {
  const same = shipped.filter((s) => s.id === record.scenario.id);
  const exact = same.find((s) => scenarioHash(s) === record.scenario.hash);
  if (exact) return { ok: true, scenario: exact, from: 'shipped' };
  const snap = snapshotScenario(record);
  // A snapshot that cannot be used is the answer: it says what is wrong with the file.
  if (snap) return snap.ok ? { ...snap, from: 'snapshot' } : snap;
  const first = same[0];
  if (!first) return refuse(recordProblem('scenarioMissing', { scenario: record.scenario.id }));
  return { ok: true, scenario: first, from: 'shipped' };
}
