/**
 * The store's notices as data: a code and its values, never a sentence. The UI translates them through a
 * table keyed by code (src/text/i18n/store.ts, src/ui/notice-text.ts), so rewording a message cannot break
 * another language and a missing German string is a type error.
 */
import { actionError } from '../engine/errors';
import type { ActionError } from '../engine/types';
import { sourcedEnglish, type SourcedProblem } from '../replay/problems';

/** The values each notice carries, by code. */
export interface NoticeValues {
  /** Another tab has played this game further; this tab takes no orders for it. */
  stale: Record<string, never>;
  /** The last game froze the page while it opened, so boot did not resume it. */
  notResumed: Record<string, never>;
  /** "Continue" with no saved game. */
  noSave: Record<string, never>;
  /** The saved game is gone from storage. */
  gone: Record<string, never>;
  /** A saved game could not be read for the viewer. */
  unreadable: Record<string, never>;
  /** Storage threw while reading a saved game. */
  readFailed: { detail: string };
  /** Storage threw while deleting a saved game. */
  deleteFailed: { detail: string };
  /** Saving is off: the page has no IndexedDB. */
  savingOffMissing: Record<string, never>;
  /** Saving is off: IndexedDB failed to open at boot. */
  savingOffFailed: Record<string, never>;
  /** Saving is off: IndexedDB did not answer within `seconds` at boot. */
  savingOffTimeout: { seconds: number };
  /** Another tab had saved this game further: this tab saves a copy. */
  copy: Record<string, never>;
  /** A save failed (`error`: the browser's error name, or '' if it gave none); `first`: nothing of the game is saved yet. */
  saveFailed: { error: string; first: boolean };
  /** A save failed because storage is full; `first`: nothing of the game is saved yet. */
  quota: { first: boolean };
  /** A file or link could not be opened: why, as data (src/replay/problems.ts: the parser's, the replay's or the guard's). */
  openFailed: { problem: SourcedProblem };
  /** A saved game could not be opened (`problem` as for openFailed); it is kept under Saved games. */
  saveKept: { problem: SourcedProblem };
  /** A chosen file is larger than a record may be. */
  fileTooBig: { name: string; size: number; max: number };
  /** The browser could not read a chosen file. */
  fileUnreadable: { name: string; error: string };
}

/** A notice's code. */
export type NoticeCode = keyof NoticeValues;

/** A message for the player: its kind, code and values. */
export type Notice = { [C in NoticeCode]: { kind: 'error' | 'info'; code: C; values: NoticeValues[C] } }[NoticeCode];

/** Builds a notice (typed: the values must be the code's). */
export function notice<C extends NoticeCode>(kind: 'error' | 'info', code: C, values: NoticeValues[C]): Notice {
  return { kind, code, values } as Notice;
}

/** True when two notices say the same (same code and values). */
export function sameNotice(a: Notice | null, b: Notice | null): boolean {
  return a === b || (a !== null && b !== null && a.code === b.code && JSON.stringify(a.values) === JSON.stringify(b.values));
}

/** A key naming a notice, for render keys (changes when the notice changes). */
export function noticeKey(n: Notice | null): string {
  return n ? `${n.kind}|${n.code}|${JSON.stringify(n.values)}` : '';
}

/** The player's message when another tab has played this game further (also the engine-side error's message). */
export const STALE_MESSAGE = 'Another tab has played this game further. This tab no longer takes orders for it: reload the game to go on from where the other tab is.';

/**
 * A refusal of the store's operations: an ActionError, and for a record that could not be played
 * (RECORD_REFUSED) why, as data (`problem`; the UI words it, its English is the error's `detail`).
 */
export type StoreError = ActionError & { problem?: SourcedProblem };

/** The store's RECORD_REFUSED error for a record that could not be played. */
export function refusedRecord(problem: SourcedProblem): StoreError {
  return { ...actionError('RECORD_REFUSED', { detail: sourcedEnglish(problem) }), problem };
}
