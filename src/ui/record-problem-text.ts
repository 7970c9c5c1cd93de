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
const quoted = (ids: readonly string[]): string => ids.map((id) => `“${id}”`).join(', ');

type Table = { [C in RecordProblemCode]: (v: RecordProblemValues[C], p: SourcedProblem) => string };

const TEXT: Table = {
  tooBig: (v, p) => t('record.tooBig', { subject: subject(p), bytes: n(v.bytes), max: n(v.max) }),
  notJson: (v, p) => t('record.notJson', { subject: subject(p), detail: v.detail }),
  tooDeep: (v, p) => t('record.tooDeep', { subject: subject(p), max: n(v.max) }),
  notObject: (_v, p) => t('record.notObject', { subject: subject(p) }),
  notRecord: (_v, p) => t('record.notRecord', { subject: subject(p) }),
  badFormatVersion: (_v, p) => t('record.badFormatVersion', { label: label(p) }),
  newerFormat: (v, p) => t('record.newerFormat', { subject: subject(p), version: v.version, reads: v.reads }),
  schema: (v, p) => t('record.schema', { label: label(p), path: v.path, detail: v.detail }),
  seatTwice: (v, p) => t('record.seatTwice', { label: label(p), playerId: v.playerId, first: v.first, index: v.index }),
  quarterCap: (v, p) => t('safety.cap.quarter', { source: subject(p), at: v.at, quarter: v.quarter + 1, max: n(v.max), seats: n(v.seats) }),
  recordCap: (v, p) => t('record.recordCap', { subject: subject(p), count: n(v.count), seats: n(v.seats), max: n(v.max) }),
  linkEmpty: (_v, p) => t('record.linkEmpty', { label: label(p) }),
  linkTooLong: (v, p) => t('record.linkTooLong', { label: label(p), chars: n(v.chars), max: n(v.max) }),
  linkCharacters: (_v, p) => t('record.linkCharacters', { label: label(p) }),
  linkBase64: (_v, p) => t('record.linkBase64', { label: label(p) }),
  linkTooBig: (v, p) => t('record.linkTooBig', { label: label(p), max: n(v.max) }),
  linkNoUnpack: (_v, p) => t('record.linkNoUnpack', { label: label(p) }),
  linkCut: (_v, p) => t('record.linkCut', { label: label(p) }),
  linkNotRecord: (_v, p) => t('record.linkNotRecord', { label: label(p) }),
  linkLayout: (v, p) => t('record.linkLayout', { label: label(p), layout: v.layout, reads: v.reads }),
  linkBroken: (v, p) =>
    t('record.linkBroken', { label: label(p), where: v.action === null ? '' : t('record.where.action', { action: v.action }) }),
  linkUnreadable: (v, p) => t('record.linkUnreadable', { label: label(p), detail: v.detail }),
  snapshotInvalid: (v, p) =>
    t('record.snapshotInvalid', {
      label: label(p),
      path: v.path,
      detail: v.detail,
      more: v.more > 0 ? t('record.more', { count: n(v.more) }) : '',
    }),
  snapshotOtherId: (v, p) => t('record.snapshotOtherId', { label: label(p), snapshot: v.snapshot, scenario: v.scenario }),
  snapshotHash: (v, p) => t('record.snapshotHash', { label: label(p), hash: v.hash, recorded: v.recorded }),
  scenarioMissing: (v, p) => t('record.scenarioMissing', { label: label(p), scenario: v.scenario }),
  engineVersion: (v, p) => t('record.engineVersion', { label: label(p), needs: v.needs, runs: v.runs }),
  otherScenario: (v, p) => t('record.otherScenario', { label: label(p), recorded: v.recorded, scenario: v.scenario }),
  seatsUnknown: (v, p) => t('record.seatsUnknown', { label: label(p), ids: quoted(v.ids), scenario: v.scenario }),
  seatsMissing: (v, p) => t('record.seatsMissing', { label: label(p), ids: quoted(v.ids), scenario: v.scenario }),
  seatsCount: (v, p) => t('record.seatsCount', { label: label(p), seats: n(v.seats), companies: n(v.companies) }),
  scenarioHash: (v, p) => t('record.scenarioHash', { label: label(p), scenario: v.scenario, hash: v.hash, recorded: v.recorded }),
  illegal: (v, p) => t('record.illegal', { label: label(p), at: v.at, type: v.type, where: where(p), error: actionErrorText(v.error) }),
  hashDiffers: (v, p) => t('record.hashDiffers', { label: label(p), hash: v.hash, recorded: v.recorded, where: where(p) }),
  fewerCheckpoints: (_v, p) => t('record.fewerCheckpoints', { label: label(p), where: where(p) }),
  moreCheckpoints: (_v, p) => t('record.moreCheckpoints', { label: label(p), where: where(p) }),
  tooManyActions: (v, p) => t('safety.guard.tooMany', { source: subject(p), n: n(v.count), max: n(v.max) }),
  quarterSteps: (v, p) => t('safety.guard.quarterSteps', { source: subject(p), max: n(v.max), at: v.at }),
  repeatCard: (v, p) => t('safety.guard.repeatCard', { source: subject(p), card: v.card, first: v.first, at: v.at }),
  budget: (v, p) => t('safety.guard.budget', { source: subject(p), max: n(v.max) }),
  unsafe: (v, p) => t('safety.guard.unsafe', { source: subject(p), at: v.at, type: v.type, path: v.path, steps: n(p.steps ?? 0) }),
};

/** Why a record cannot be opened, in the current language. */
export function recordProblemText(p: SourcedProblem): string {
  return (TEXT[p.code] as (v: RecordProblemValues[RecordProblemCode], p: SourcedProblem) => string)(p.values, p);
}

/** A refusal of the store in the current language: a record that could not be played says why (its problem). */
export function storeErrorText(e: StoreError): string {
  return e.code === 'RECORD_REFUSED' && e.problem
    ? t('error.RECORD_REFUSED', { detail: recordProblemText(e.problem) })
    : actionErrorText(e);
}
