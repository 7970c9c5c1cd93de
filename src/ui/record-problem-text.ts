/**
 * Why a game record cannot be opened (src/replay/problems.ts), in the current language: one entry per code,
 * so a code without a sentence is a type error (and a missing German sentence too, src/text/i18n/notices.ts).
 * The record's source is named by its kind (a file by its name); no English is read back.
 */
import type { RecordProblemCode, RecordProblemValues, SourcedProblem } from '../replay/problems';
import type { StoreError } from '../store/notices';
import { t } from '../text/i18n';
import { formatInt } from '../text/i18n/format';
import { actionErrorText } from './error-text';

/** The record's name at the start of a sentence: a file's name, "The shared link", "The saved game". */
function subject(p: SourcedProblem): string {
  return p.source.kind === 'link' ? t('safety.source.link') : p.source.kind === 'save' ? t('safety.source.game') : p.source.name;
}

/** The record's name before a colon: a file's name, "share link", "the saved game". */
function label(p: SourcedProblem): string {
  return p.source.kind === 'link' ? t('record.label.link') : p.source.kind === 'save' ? t('record.label.save') : p.source.name;
}

/** Where in the replay the problem was found, as a parenthesis after the reason ('' if nowhere in particular). */
function where(p: SourcedProblem): string {
  if (p.quarter !== undefined)
    return p.action === undefined
      ? t('record.where.quarter', { quarter: p.quarter + 1 })
      : t('record.where.quarterAction', { quarter: p.quarter + 1, action: p.action });
  if (p.steps !== undefined) return t('record.where.steps', { steps: formatInt(p.steps) });
  if (p.action !== undefined) return t('record.where.action', { action: p.action });
  return '';
}

const n = formatInt;
const quoted = (ids: readonly string[]): string => ids.map((id) => t('record.quoted', { id })).join(', ');

type Table = { [C in RecordProblemCode]: (v: RecordProblemValues[C], p: SourcedProblem) => string };

const TEXT: Table = {
  tooBig: (v, p) => t('record.tooBig', { subject: subject(p), bytes: n(v.bytes), max: n(v.max) }),
  notJson: (v, p) => t('record.notJson', { subject: subject(p), detail: v.detail }),
  tooDeep: (v, p) => t('record.tooDeep', { subject: subject(p), max: n(v.max) }),
  notObject: (_v, p) => t('record.notObject', { subject: subject(p) }),
  notRecord: (_v, p) => t('record.notRecord', { subject: subject(p) }),
  badFormatVersion: () => t('record.badFormatVersion'),
  newerFormat: (v, p) => t('record.newerFormat', { subject: subject(p), version: v.version, reads: v.reads }),
  schema: (v) => t('record.schema', { path: v.path, detail: v.detail }),
  seatTwice: (v) => t('record.seatTwice', { playerId: v.playerId, first: v.first, index: v.index }),
  quarterCap: (v, p) => t('safety.cap.quarter', { source: subject(p), at: v.at, quarter: v.quarter + 1, max: n(v.max), seats: n(v.seats) }),
  recordCap: (v, p) => t('record.recordCap', { subject: subject(p), count: n(v.count), seats: n(v.seats), max: n(v.max) }),
  linkEmpty: () => t('record.linkEmpty'),
  linkTooLong: (v) => t('record.linkTooLong', { chars: n(v.chars), max: n(v.max) }),
  linkCharacters: () => t('record.linkCharacters'),
  linkBase64: () => t('record.linkBase64'),
  linkTooBig: (v) => t('record.linkTooBig', { max: n(v.max) }),
  linkNoUnpack: () => t('record.linkNoUnpack'),
  linkCut: () => t('record.linkCut'),
  linkNotRecord: () => t('record.linkNotRecord'),
  linkLayout: (v) => t('record.linkLayout', { layout: v.layout, reads: v.reads }),
  linkBroken: (v) => t('record.linkBroken', { where: v.action === null ? '' : t('record.where.action', { action: v.action }) }),
  linkUnreadable: (v) => t('record.linkUnreadable', { detail: v.detail }),
  snapshotInvalid: (v) =>
    t('record.snapshotInvalid', { path: v.path, detail: v.detail, more: v.more > 0 ? t('record.more', { count: n(v.more) }) : '' }),
  snapshotOtherId: (v) => t('record.snapshotOtherId', { snapshot: v.snapshot, scenario: v.scenario }),
  snapshotHash: (v) => t('record.snapshotHash', { hash: v.hash, recorded: v.recorded }),
  scenarioMissing: (v) => t('record.scenarioMissing', { scenario: v.scenario }),
  engineVersion: (v) => t('record.engineVersion', { needs: v.needs, runs: v.runs }),
  otherScenario: (v) => t('record.otherScenario', { recorded: v.recorded, scenario: v.scenario }),
  seatsUnknown: (v) => t('record.seatsUnknown', { ids: quoted(v.ids), scenario: v.scenario }),
  seatsMissing: (v) => t('record.seatsMissing', { ids: quoted(v.ids), scenario: v.scenario }),
  seatsCount: (v) => t('record.seatsCount', { seats: n(v.seats), companies: n(v.companies) }),
  scenarioHash: (v) => t('record.scenarioHash', { scenario: v.scenario, hash: v.hash, recorded: v.recorded }),
  illegal: (v, p) => t('record.illegal', { at: v.at, type: v.type, where: where(p), error: actionErrorText(v.error) }),
  hashDiffers: (v, p) => t('record.hashDiffers', { hash: v.hash, recorded: v.recorded, where: where(p) }),
  fewerCheckpoints: (_v, p) => t('record.fewerCheckpoints', { where: where(p) }),
  moreCheckpoints: (_v, p) => t('record.moreCheckpoints', { where: where(p) }),
  tooManyActions: (v, p) => t('safety.guard.tooMany', { source: subject(p), n: n(v.count), max: n(v.max) }),
  quarterSteps: (v, p) => t('safety.guard.quarterSteps', { source: subject(p), max: n(v.max), at: v.at }),
  repeatCard: (v, p) => t('safety.guard.repeatCard', { source: subject(p), card: v.card, first: v.first, at: v.at }),
  budget: (v, p) => t('safety.guard.budget', { source: subject(p), max: n(v.max) }),
  unsafe: (v, p) => t('safety.guard.unsafe', { source: subject(p), at: v.at, type: v.type, path: v.path, steps: n(p.steps ?? 0) }),
};

/** Codes whose sentence names the record itself (the others are a reason after its name and a colon). */
const WHOLE: ReadonlySet<RecordProblemCode> = new Set([
  'tooBig',
  'notJson',
  'tooDeep',
  'notObject',
  'notRecord',
  'newerFormat',
  'recordCap',
  'quarterCap',
  'tooManyActions',
  'quarterSteps',
  'repeatCard',
  'budget',
  'unsafe',
]);

/** Why a record cannot be opened, without the record's name where the sentence allows ("state hash ... differs ..."). */
export function recordReasonText(p: SourcedProblem): string {
  return (TEXT[p.code] as (v: RecordProblemValues[RecordProblemCode], p: SourcedProblem) => string)(p.values, p);
}

/** Why a record cannot be opened, in the current language: one sentence, naming the record. */
export function recordProblemText(p: SourcedProblem): string {
  const reason = recordReasonText(p);
  if (WHOLE.has(p.code)) return reason;
  return t('record.labelled', { label: label(p), reason: reason.endsWith('.') ? reason : `${reason}.` });
}

/** A refusal of the store in the current language: a record that could not be played says why (its problem). */
export function storeErrorText(e: StoreError): string {
  return e.code === 'RECORD_REFUSED' && e.problem
    ? t('error.RECORD_REFUSED', { detail: recordProblemText(e.problem) })
    : actionErrorText(e);
}
