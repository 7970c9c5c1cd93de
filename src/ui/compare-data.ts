/**
 * The class comparison's data: a group's game file read, replayed and checked (src/replay/verify.ts), and
 * accepted only if it is a game of the same scenario and seed as the groups already in. Pure: no DOM.
 */
import { finalStandings, type Standing } from '../engine';
import type { GameState, Scenario } from '../engine/types';
import { MAX_RECORD_BYTES, parseRecordText } from '../replay/parse';
import type { GameRecord } from '../replay/record';
import { verifyRecord } from '../replay/verify';
import { sourced } from '../replay/problems';
import { teamNames } from '../replay/team-name';
import { scenarioHash } from '../engine';
import { findScenario, snapshotScenario } from '../store/replay-data';
import type { ScenarioEntry } from '../store/scenarios';
import { lang, t } from '../text/i18n';
import { formatInt } from '../text/i18n/format';
import { humanSeatIds } from '../engine/queries';
import { recordProblemText, recordReasonText } from './record-problem-text';

/** One group's game, checked. */
export interface GroupResult {
  /** The group's name: its file name without `.gpurace.json`. */
  name: string;
  fileName: string;
  record: GameRecord;
  scenario: Scenario;
  /** The state after the record's last action. */
  state: GameState;
  /** Resolved quarters. */
  quarters: number;
  over: boolean;
  /** Standings after the last resolved quarter (final once the game is over). */
  standings: Standing[];
  /** The companies the group played (its human seats). */
  played: string[];
  /** The last checkpoint's state hash and the number of actions: the same game gives the same. */
  fingerprint: string;
}

/** A file added, or why not (one sentence in the UI's language). */
export type GroupRead = { ok: true; group: GroupResult } | { ok: false; error: string };

/** A group's name from its file name. */
export function groupName(fileName: string): string {
  return fileName.replace(/\.gpurace\.json$/i, '').replace(/\.json$/i, '') || fileName;
}

function titleOf(entries: readonly ScenarioEntry[], id: string): string {
  const e = entries.find((x) => x.ok && x.scenario.id === id);
  return e && e.ok ? (e.scenario.title[lang()] || e.scenario.title.en) : id;
}

/**
 * What is wrong with a record's seats for a comparison, or null: every company of the scenario seated exactly
 * once, nothing else. (Who played a seat, a person or a bot, is not covered by the checkpoints: a file can
 * still relabel a bot's seat as the group's own; the comparison shows the seats so the teacher sees them.)
 */
function seatsProblem(record: GameRecord, scenario: Scenario, file: string): string | null {
  const ids = scenario.companies.map((c) => c.id);
  const seen = new Set<string>();
  for (const seat of record.seats) {
    if (!ids.includes(seat.playerId)) return t('safety.compare.seatUnknown', { file, company: seat.playerId });
    if (seen.has(seat.playerId)) return t('safety.compare.seatTwice', { file, company: seat.playerId });
    seen.add(seat.playerId);
  }
  const missing = ids.filter((id) => !seen.has(id));
  if (missing.length) return t('safety.compare.seatMissing', { file, company: missing.map((m) => scenario.companies.find((c) => c.id === m)?.name ?? m).join(', ') });
  return null;
}

/** Reads one group's file against the groups already in (the first one sets the scenario and seed). */
export function readGroup(entries: readonly ScenarioEntry[], text: string, fileName: string, groups: readonly GroupResult[]): GroupRead {
  if (text.length > MAX_RECORD_BYTES) return { ok: false, error: t('classroom.compare.err.tooBig', { file: fileName, size: formatInt(text.length), max: formatInt(MAX_RECORD_BYTES) }) };
  const parsed = parseRecordText(text, fileName);
  if (!parsed.ok) return { ok: false, error: t('classroom.compare.err.notAdded', { reason: recordProblemText(parsed.problem) }) };
  const record = parsed.record;
  const first = groups[0];
  if (first && record.scenario.id !== first.record.scenario.id) {
    return { ok: false, error: t('classroom.compare.err.otherScenario', { file: fileName, scenario: titleOf(entries, record.scenario.id), expected: titleOf(entries, first.record.scenario.id) }) };
  }
  if (first && record.seed !== first.record.seed) {
    return { ok: false, error: t('classroom.compare.err.otherSeed', { file: fileName, seed: record.seed, expected: first.record.seed }) };
  }
  // The scenario's content, not its id: a file may carry its own copy of the scenario (a save does), and a
  // group that edits that copy (20× the cash for its company) would otherwise rank on other rules.
  const shipped = entries.find((e): e is Extract<ScenarioEntry, { ok: true }> => e.ok && e.scenario.id === record.scenario.id);
  const shippedHash = shipped ? scenarioHash(shipped.scenario) : null;
  const expectedHash = first?.scenario ? scenarioHash(first.scenario) : shippedHash;
  if (expectedHash !== null && record.scenario.hash !== expectedHash) {
    const params = { file: fileName, scenario: titleOf(entries, record.scenario.id), hash: record.scenario.hash, expected: expectedHash };
    const copy = snapshotScenario(record);
    return { ok: false, error: t(copy?.ok ? 'safety.compare.altered' : 'safety.compare.otherHash', params) };
  }
  const found = findScenario(entries, record);
  if (!found.ok) return { ok: false, error: t('classroom.compare.err.unknownScenario', { file: fileName, scenario: record.scenario.id }) };
  const seatProblem = seatsProblem(record, found.scenario, fileName);
  if (seatProblem) return { ok: false, error: seatProblem };
  const v = verifyRecord(record, found.scenario);
  if (!v.ok) {
    const where = v.quarter === null ? {} : v.actionIndex === null ? { quarter: v.quarter } : { quarter: v.quarter, action: v.actionIndex };
    const reason = recordReasonText(sourced(v.problem, { kind: 'file', name: fileName }, where));
    return { ok: false, error: t('classroom.compare.err.verify', { file: fileName, reason: reason.endsWith('.') ? reason.slice(0, -1) : reason }) };
  }
  if (v.quarters === 0) return { ok: false, error: t('classroom.compare.err.noQuarter', { file: fileName }) };
  const fingerprint = `${v.finalHash}|${record.actions.length}`;
  const same = groups.find((g) => g.fingerprint === fingerprint);
  if (same) return { ok: false, error: t('classroom.compare.err.duplicate', { file: fileName, other: same.fileName }) };
  return {
    ok: true,
    group: {
      // A class game's file names its teams: the column is labelled with them, else with the file's name.
      name: teamNames(record.seats).join(', ') || groupName(fileName),
      fileName,
      record,
      scenario: found.scenario,
      state: v.state,
      quarters: v.quarters,
      over: v.state.phase === 'gameOver',
      standings: finalStandings(v.state),
      played: humanSeatIds(record.seats),
      fingerprint,
    },
  };
}
