/**
 * The store's notices (src/store/notices.ts) in the current language: one entry per code, so a code without
 * a string is a type error. No message text is parsed here.
 */
import type { Notice, NoticeCode, NoticeValues } from '../store/notices';
import { t } from '../text/i18n';
import { formatInt } from '../text/i18n/format';
import { recordProblemText } from './record-problem-text';

/** A reason as a sentence: ends with one full stop. */
function sentence(text: string): string {
  const s = text.trimEnd();
  return s.endsWith('.') ? s : `${s}.`;
}

type Table = { [C in NoticeCode]: (v: NoticeValues[C]) => string };

const TEXT: Table = {
  stale: () => t('store.notice.stale'),
  notResumed: () => t('store.notice.notResumed'),
  noSave: () => t('store.notice.noSave'),
  gone: () => t('store.notice.gone'),
  unreadable: () => t('store.notice.unreadable'),
  readFailed: (v) => t('store.notice.readFailed', v),
  deleteFailed: (v) => t('store.notice.deleteFailed', v),
  savingOffMissing: () => t('store.notice.savingOffMissing'),
  savingOffFailed: () => t('store.notice.savingOffFailed'),
  savingOffTimeout: (v) => t('store.notice.savingOffTimeout', { seconds: formatInt(v.seconds) }),
  copy: () => t('store.notice.copy'),
  saveFailed: (v) => t(v.first ? 'store.notice.saveFailedFirst' : 'store.notice.saveFailed', { error: v.error || t('store.notice.refusedWrite') }),
  quota: (v) => t(v.first ? 'store.notice.quotaFirst' : 'store.notice.quota'),
  openFailed: (v) => recordProblemText(v.problem),
  saveKept: (v) => t('store.notice.saveKept', { reason: sentence(recordProblemText(v.problem)) }),
  fileTooBig: (v) => t('store.notice.fileTooBig', { name: v.name, size: formatInt(v.size), max: formatInt(v.max) }),
  fileUnreadable: (v) => t('store.notice.fileUnreadable', v),
};

/** A notice of the store in the current language. */
export function noticeText(n: Notice): string {
  return (TEXT[n.code] as (v: NoticeValues[NoticeCode]) => string)(n.values);
}
