/**
 * UI strings in English and German (i18next, flat keys). Each feature area has one table file here
 * (`core.ts`, `classroom.ts`, `debrief.ts`, ...) exporting an English catalogue and a German one typed against
 * it, so a missing German string fails tsc; this module merges them.
 */
import { createInstance } from 'i18next';
import { classroomDe, classroomEn } from './classroom';
import { classNetDe, classNetEn } from './classroom-net';
import { coreDe, coreEn } from './core';
import { debriefDe, debriefEn } from './debrief';
import { errorsDe, errorsEn } from './errors';
import { neutralDe, neutralEn } from './house-neutral';
import { newcomerDe, newcomerEn } from './newcomer';
import { noticesDe, noticesEn } from './notices';
import { legibleOrdersDe, legibleOrdersEn } from './legible-orders';
import { legibleDe, legibleEn } from './legible';
import { legibleScoreDe, legibleScoreEn } from './legible-score';
import { safetyDe, safetyEn } from './safety';
import { shotsDe, shotsEn } from './shots';
import { storeDe, storeEn } from './store';
import { tickerDe, tickerEn } from './ticker';

/** The languages the game ships. */
export const LANGS = ['en', 'de'] as const;
/** A shipped language. */
export type Lang = (typeof LANGS)[number];

const en = {
  ...coreEn,
  ...classroomEn,
  ...debriefEn,
  ...safetyEn,
  ...classNetEn,
  ...legibleScoreEn,
  ...legibleOrdersEn,
  ...neutralEn,
  ...errorsEn,
  ...storeEn,
  ...legibleEn,
  ...noticesEn,
  ...shotsEn,
  ...tickerEn,
  ...newcomerEn,
};
const de: Record<keyof typeof en, string> = {
  ...coreDe,
  ...classroomDe,
  ...debriefDe,
  ...safetyDe,
  ...classNetDe,
  ...legibleScoreDe,
  ...legibleOrdersDe,
  ...neutralDe,
  ...errorsDe,
  ...storeDe,
  ...legibleDe,
  ...noticesDe,
  ...shotsDe,
  ...tickerDe,
  ...newcomerDe,
};

type Catalogue = typeof en;
type PluralBase<K> = K extends `${infer B}_one` ? B : K extends `${infer B}_other` ? B : never;
/** A string key (plural forms by their base key, with `count` in the params). */
export type Key = keyof Catalogue | PluralBase<keyof Catalogue>;

const i18n = createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en }, de: { translation: de } },
  keySeparator: false,
  nsSeparator: false,
  // Text reaches the page through textContent only, never as HTML, so i18next need not escape it.
  interpolation: { escapeValue: false },
  initAsync: false,
});

let current: Lang = 'en';
const listeners = new Set<(lang: Lang) => void>();

/** Parameterless strings of the current language (cleared when it changes). */
const plain = new Map<string, string>();

/** The translated string for a key, with {{params}} filled in. */
export function t(key: Key, params?: Record<string, string | number>): string {
  if (params) return i18n.t(key, params);
  // Strings without parameters are looked up once per language: a reveal asks for the same few hundreds of
  // times, and i18next's lookup was a tenth of the work of building it.
  let s = plain.get(key);
  if (s === undefined) {
    s = i18n.t(key, {});
    plain.set(key, s);
  }
  return s;
}

/** The current language. */
export function lang(): Lang {
  return current;
}

/** Switches the language and tells the listeners (panels redraw their text). */
export function setLang(next: Lang): void {
  if (next === current) return;
  current = next;
  plain.clear();
  void i18n.changeLanguage(next);
  if (typeof document !== 'undefined') document.documentElement.lang = next;
  for (const fn of listeners) fn(next);
}

/** Calls `fn` on every language change; returns the unsubscribe function. */
export function onLangChange(fn: (lang: Lang) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** The language asked for by `?lang=de` (or `en`), else null. */
export function langFromSearch(search: string): Lang | null {
  const v = new URLSearchParams(search).get('lang');
  return v === 'en' || v === 'de' ? v : null;
}

/** Both catalogues, for tests that compare them. */
export const catalogues = { en, de } as const;
