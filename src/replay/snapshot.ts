/**
 * Which scenario a record is replayed on, the same rule wherever a record is opened (the browser's viewer and
 * `npm run replay:verify`): the shipped scenario of the record's id when its content hash is the record's;
 * else the scenario copy saved in the record (`scenarioSnapshot`), if it parses and its hash is the record's;
 * else the shipped one, for verifyRecord to explain the difference.
 */
import { scenarioHash, type Scenario } from '../engine';
import { parseScenario } from '../scenario';
import type { GameRecord } from './record';

/** The scenario saved inside a record: null if there is none, else the parsed scenario or why it cannot be used. */
export function snapshotScenario(record: GameRecord): { ok: true; scenario: Scenario } | { ok: false; error: string } | null {
  if (record.scenarioSnapshot === undefined) return null;
  const name = 'the scenario saved with this game';
  const r = parseScenario(record.scenarioSnapshot, name);
  if (!r.ok) {
    const first = r.errors[0];
    return { ok: false, error: `${name} is not valid (${first ? `${first.path}: ${first.message}` : 'no details'}${r.errors.length > 1 ? `, and ${r.errors.length - 1} more` : ''})` };
  }
  if (r.scenario.id !== record.scenario.id) return { ok: false, error: `${name} is "${r.scenario.id}", but the game names "${record.scenario.id}"` };
  const h = scenarioHash(r.scenario);
  if (h !== record.scenario.hash) return { ok: false, error: `${name} has content hash ${h}, but the game was played on ${record.scenario.hash} (the file was altered)` };
  return { ok: true, scenario: r.scenario };
}

/** The scenario to replay `record` on, given the shipped scenarios of its id (any number, usually 0 or 1). */
export function chooseScenario(shipped: readonly Scenario[], record: GameRecord): { ok: true; scenario: Scenario; from: 'shipped' | 'snapshot' } | { ok: false; error: string } {
  const same = shipped.filter((s) => s.id === record.scenario.id);
  const exact = same.find((s) => scenarioHash(s) === record.scenario.hash);
  if (exact) return { ok: true, scenario: exact, from: 'shipped' };
  const snap = snapshotScenario(record);
  // A snapshot that cannot be used is the answer: it says what is wrong with the file.
  if (snap) return snap.ok ? { ...snap, from: 'snapshot' } : snap;
  const first = same[0];
  if (!first) return { ok: false, error: `this game was played on scenario "${record.scenario.id}", which this build does not have` };
  return { ok: true, scenario: first, from: 'shipped' };
}
