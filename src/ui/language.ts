/**
 * The language switch: the language a page starts in (`?lang=` first, then the choice kept in localStorage,
 * else English), the `language-select` control of the menu, and the binding that makes the store's
 * ui.language the one source: i18n follows it, localStorage keeps it, and `?lang=` in the address follows it.
 */
// oxlint-disable-next-line import/no-unassigned-import -- the languages' layout rules are a side effect by design
import './lang.css';
import type { GameStore } from '../store/game-store';
import { el } from './dom';
import { LANGS, lang, langFromSearch, setLang, t, type Lang } from '../text/i18n';

const STORAGE_KEY = 'gpurace.lang';

function stored(): Lang | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'en' || v === 'de' ? v : null;
  } catch {
    return null;
  }
}

/** The language to start in: `?lang=de` / `?lang=en`, else the saved choice, else English. */
export function initialLanguage(search: string = location.search): Lang {
  return langFromSearch(search) ?? stored() ?? 'en';
}

/** Makes i18n, localStorage and the address bar follow the store's ui.language; returns the unsubscribe. */
export function bindLanguage(store: GameStore): () => void {
  const follow = (next: Lang, save: boolean): void => {
    setLang(next);
    // index.html's landmarks are named in English; name them in the language shown.
    document.getElementById('board')?.setAttribute('aria-label', t('page.board'));
    document.getElementById('ticker')?.setAttribute('aria-label', t('page.ticker'));
    if (!save) return;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode or storage full: the choice lasts for this page only.
    }
    // A `?lang=` in the address would undo the choice on reload: make it say the new language.
    const url = new URL(location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.set('lang', next);
      history.replaceState(history.state, '', url.toString());
    }
  };
  follow(store.getState().ui.language, false);
  return store.subscribe(
    (s) => s.ui.language,
    (next) => follow(next, true),
  );
}

/** The menu's language select (data-testid `language-select`), each language named in itself. */
export function languageSelect(store: GameStore): HTMLElement {
  const names: Record<Lang, string> = { en: 'English', de: 'Deutsch' };
  const select = el('select', { testid: 'language-select', attrs: { id: 'language-select' } });
  for (const l of LANGS) select.append(el('option', { attrs: { value: l, lang: l, selected: l === lang() } }, names[l]));
  select.value = lang();
  select.addEventListener('change', () => {
    const v = select.value;
    if (v === 'en' || v === 'de') store.getState().setLanguage(v);
  });
  return el('div', { class: 'row language-row' }, el('label', { attrs: { for: 'language-select' } }, t('lang.label')), select);
}
