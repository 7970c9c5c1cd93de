/**
 * Why a game record (a file, a share link, a saved game) cannot be read or replayed, as data: a code and the
 * values that explain it, like the engine's ActionError (src/engine/errors.ts). The UI words each code in the
 * reader's language (src/ui/record-problem-text.ts, strings in src/text/i18n/notices.ts), so a missing German
 * sentence is a type error and no program reads English back. The English here is for the command lines,
 * the logs and the tests: one sentence per code, built from its values by RECORD_ENGLISH.
 */

/** What each code's values hold. `detail` values are the only text not the game's own: a browser's or
 * JSON.parse's error, or the record schema's sentence for a field (shown as they are, never read back). */
export interface RecordProblemValues {
  // Reading the file (src/replay/parse.ts).
  /** The text is longer than a record may be. */
  tooBig: { bytes: number; max: number };
  /** The text is not JSON. */
  notJson: { detail: string };
  /** The data nests deeper than a record may. */
  tooDeep: { max: number };
  /** The data is not a JSON object. */
  notObject: Record<string, never>;
  /** The object has no `"format": "gpurace-record"`. */
  notRecord: Record<string, never>;
  /** `formatVersion` is not a whole number from 1. */
  badFormatVersion: Record<string, never>;
  /** The record's format is newer than this build reads. */
  newerFormat: { version: number; reads: number };
  /** A field breaks the record schema: where (`$.seats[0].level`) and the schema's sentence. */
  schema: { path: string; detail: string };
  /** A company has two seats. */
  seatTwice: { index: number; playerId: string; first: number };
  /** A quarter holds more actions than a quarter of this many seats needs. */
  quarterCap: { at: number; quarter: number; max: number; seats: number };
  /** The record holds more actions than a game of this many seats needs. */
  recordCap: { count: number; seats: number; max: number };
  // Share links (src/replay/link.ts).
  linkEmpty: Record<string, never>;
  linkTooLong: { chars: number; max: number };
  /** Characters base64url does not use. */
  linkCharacters: Record<string, never>;
  /** Not valid base64url. */
  linkBase64: Record<string, never>;
  /** Unpacks to more than `max` bytes. */
  linkTooBig: { max: number };
  /** Does not unpack (inflate fails). */
  linkNoUnpack: Record<string, never>;
  /** Ends before the packed data does. */
  linkCut: Record<string, never>;
  /** Unpacks, but not to JSON. */
  linkNotRecord: Record<string, never>;
  /** A packing layout this build does not read (`layout` as found: a number or a type's name). */
  linkLayout: { layout: string; reads: number };
  /** A part of the packed record is broken; `action` is the action's index where the part is in one. */
  linkBroken: { part: LinkPart; action: number | null; index: string };
  /** The link could not be read for another reason (the error as thrown). */
  linkUnreadable: { detail: string };
  // The scenario to replay on (src/replay/snapshot.ts).
  /** The scenario copy in the record does not parse: its first error, and how many more. */
  snapshotInvalid: { path: string; detail: string; more: number };
  snapshotOtherId: { snapshot: string; scenario: string };
  snapshotHash: { hash: string; recorded: string };
  scenarioMissing: { scenario: string };
  // Replaying (src/replay/verify.ts).
  engineVersion: { needs: number; runs: number };
  otherScenario: { recorded: string; scenario: string };
  /** Seats for ids that are not companies of the scenario. */
  seatsUnknown: { ids: string[]; scenario: string };
  /** Companies without a seat. */
  seatsMissing: { ids: string[]; scenario: string };
  seatsCount: { seats: number; companies: number };
  scenarioHash: { scenario: string; hash: string; recorded: string };
  /** The engine refused an action: its index, type and the engine's error code and values. */
  illegal: { at: number; type: string; error: import('../engine/types').ActionError };
  hashDiffers: { hash: string; recorded: string };
  fewerCheckpoints: Record<string, never>;
  moreCheckpoints: Record<string, never>;
  // The page's replay guard (src/store/replay-guard.ts): counted, never timed.
  /** More actions than a replay takes. */
  tooManyActions: { count: number; max: number };
  /** One quarter holds more actions than the replay step budget. */
  quarterSteps: { at: number; max: number };
  /** An event card is played a second time. */
  repeatCard: { at: number; card: string; first: number };
  /** The replay went past its step budget. */
  budget: { max: number };
  /** An action drives a number (at `path` in the state) past the safe range. */
  unsafe: { at: number; type: string; path: string };
}

/** The parts of a packed share link that can be broken. */
export type LinkPart =
  | 'payload'
  | 'players'
  | 'skus'
  | 'partnerships'
  | 'seats'
  | 'actions'
  | 'checkpoints'
  | 'action'
  | 'player'
  | 'card'
  | 'actionType'
  | 'orders'
  | 'partnership'
  | 'sku';

/** A record problem's code. */
export type RecordProblemCode = keyof RecordProblemValues;

/** Why a record cannot be read or replayed: a code and its values. */
export type RecordProblem = { [C in RecordProblemCode]: { code: C; values: RecordProblemValues[C] } }[RecordProblemCode];

/** Where a record came from: its kind, and its name in English for the command lines (a file's name). */
export interface RecordSource {
  kind: 'file' | 'link' | 'save';
  name: string;
}

/**
 * A problem with the record it concerns, and where in the replay it was found: `action` (an action's
 * index), `quarter` (0-based; with `action` when known) or `steps` (engine steps taken before it stopped).
 */
export type SourcedProblem = RecordProblem & { source: RecordSource; action?: number; quarter?: number; steps?: number };

/** Builds a problem (typed: the values must be the code's). */
export function recordProblem<C extends RecordProblemCode>(code: C, values: RecordProblemValues[C]): RecordProblem {
  return { code, values } as RecordProblem;
}

const n = (x: number): string => x.toLocaleString('en-US');
const ids = (list: readonly string[]): string => list.map((id) => `"${id}"`).join(', ');

const LINK_PART_ENGLISH: Record<LinkPart, string> = {
  payload: 'the payload is not a packed record',
  players: 'the player table is broken',
  skus: 'the SKU table is broken',
  partnerships: 'the partnership table is broken',
  seats: 'the seats do not match the players',
  actions: 'the actions are missing',
  checkpoints: 'the checkpoints are missing',
  action: 'is broken',
  player: 'player',
  card: 'card id missing',
  actionType: 'has an unknown type',
  orders: 'orders are broken',
  partnership: 'partnership',
  sku: 'SKU',
};

function linkBrokenEnglish(v: RecordProblemValues['linkBroken']): string {
  const part = LINK_PART_ENGLISH[v.part];
  if (v.action === null) return part;
  if (v.part === 'action') return `action ${v.action} is broken`;
  if (v.part === 'actionType') return `action ${v.action} has an unknown type ${v.index}`;
  if (v.part === 'card' || v.part === 'orders') return `action ${v.action}: ${part}`;
  return `action ${v.action}: ${part} ${v.index} is not in its table`;
}

/** One English reason per code (without the record's name), for the command lines, the logs and the tests. */
export const RECORD_ENGLISH: { [C in RecordProblemCode]: (v: RecordProblemValues[C]) => string } = {
  tooBig: (v) => `is ${n(v.bytes)} bytes; a game record is at most ${n(v.max)}`,
  notJson: (v) => `is not valid JSON (${v.detail}); the file may be truncated`,
  tooDeep: (v) => `nests deeper than ${v.max} levels; a game record never does (the file is damaged or hostile)`,
  notObject: () => 'is not a game record (expected a JSON object)',
  notRecord: () => 'is not a GPU Race game record (no "format": "gpurace-record")',
  badFormatVersion: () => '$.formatVersion: must be a whole number from 1',
  newerFormat: (v) => `is a record of format ${v.version}, newer than this build reads (${v.reads}); update the game to open it`,
  schema: (v) => `${v.path}: ${v.detail}`,
  seatTwice: (v) =>
    `$.seats[${v.index}].playerId: "${v.playerId}" has a seat already ($.seats[${v.first}]); a record has one seat per company`,
  quarterCap: (v) =>
    `$.actions[${v.at}]: quarter ${v.quarter + 1} has more than ${v.max} actions; a quarter of ${v.seats} seats needs at most ${v.max} (orders, up to three changes per seat, resolve, advance and a few injected events)`,
  recordCap: (v) => `$.actions: ${n(v.count)} actions; a game of ${v.seats} seats has at most ${n(v.max)}`,
  linkEmpty: () => 'it is empty',
  linkTooLong: (v) => `it is ${n(v.chars)} characters; at most ${n(v.max)} are read`,
  linkCharacters: () => 'the link has characters that base64url does not use (was it cut or edited?)',
  linkBase64: () => 'the link is not valid base64url (was it cut or edited?)',
  linkTooBig: (v) => `the link unpacks to more than ${n(v.max)} bytes; refused`,
  linkNoUnpack: () => 'the link does not unpack (was it cut or edited?)',
  linkCut: () => 'the link ends too early (was it cut off?)',
  linkNotRecord: () => 'it unpacks, but not to a record (was it edited?)',
  linkLayout: (v) => `the link's layout ${v.layout} is not one this build reads (${v.reads}); update the game to open it`,
  linkBroken: linkBrokenEnglish,
  linkUnreadable: (v) => `it could not be read (${v.detail})`,
  snapshotInvalid: (v) =>
    `the scenario saved with this game is not valid (${v.path}: ${v.detail}${v.more > 0 ? `, and ${v.more} more` : ''})`,
  snapshotOtherId: (v) => `the scenario saved with this game is "${v.snapshot}", but the game names "${v.scenario}"`,
  snapshotHash: (v) =>
    `the scenario saved with this game has content hash ${v.hash}, but the game was played on ${v.recorded} (the file was altered)`,
  scenarioMissing: (v) => `this game was played on scenario "${v.scenario}", which this build does not have`,
  engineVersion: (v) => `this record needs engine version ${v.needs}; this build runs version ${v.runs}`,
  otherScenario: (v) => `the record is a game of scenario "${v.recorded}", not "${v.scenario}"`,
  seatsUnknown: (v) => `the record seats ${ids(v.ids)}, not a company of scenario "${v.scenario}"`,
  seatsMissing: (v) => `the record has no seat for ${ids(v.ids)}; every company of scenario "${v.scenario}" needs one (human or bot)`,
  seatsCount: (v) => `the record has ${v.seats} seats for ${v.companies} companies; one seat per company`,
  scenarioHash: (v) => `scenario "${v.scenario}" has content hash ${v.hash}, but the record was played on ${v.recorded}`,
  illegal: (v) => `action ${v.at} (${v.type}) is illegal at this point: ${v.error.message}`,
  hashDiffers: (v) => `state hash ${v.hash} differs from the recorded ${v.recorded}`,
  fewerCheckpoints: () => 'the record has fewer checkpoints than resolved quarters',
  moreCheckpoints: () => 'the record has more checkpoints than resolved quarters',
  tooManyActions: (v) => `the record has ${v.count} actions; a replay stops after ${v.max}`,
  quarterSteps: (v) => `one quarter of the record holds more than ${v.max} actions (the replay step budget)`,
  repeatCard: (v) => `the record plays the event card "${v.card}" again (first at action ${v.first}); a card can be played once per game`,
  budget: (v) => `the replay went past its budget of ${v.max} steps`,
  unsafe: (v) => `action ${v.at} (${v.type}) drives ${v.path} past the safe range of numbers`,
};

/** Codes whose English follows the record's name as a sentence ("x.json is not valid JSON"), not after a colon. */
const SUBJECT_CODES: ReadonlySet<RecordProblemCode> = new Set(['tooBig', 'notJson', 'tooDeep', 'notObject', 'notRecord', 'newerFormat']);

/** A problem's English reason, without the record's name. */
export function problemEnglish(p: RecordProblem): string {
  return (RECORD_ENGLISH[p.code] as (v: RecordProblem['values']) => string)(p.values);
}

/** A problem in English with the record's name and where it was found ("x.json: ... (quarter 2, action 14)"). */
export function sourcedEnglish(p: SourcedProblem): string {
  const where =
    p.quarter !== undefined
      ? ` (quarter ${p.quarter + 1}${p.action === undefined ? '' : `, action ${p.action}`})`
      : p.steps !== undefined
        ? ` (after ${p.steps} steps)`
        : p.action !== undefined
          ? ` (action ${p.action})`
          : '';
  return `${p.source.name}${SUBJECT_CODES.has(p.code) ? ' ' : ': '}${problemEnglish(p)}${where}`;
}

/** A problem of a record from `source`, found where `at` says. */
export function sourced(
  p: RecordProblem,
  source: RecordSource,
  at: { action?: number; quarter?: number; steps?: number } = {},
): SourcedProblem {
  return { ...p, source, ...at };
}
