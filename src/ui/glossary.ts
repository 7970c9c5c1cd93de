/**
 * The glossary and how to win (issue 13 item 6): one dialog, open from every screen by ? or F1 (not while
 * typing in a field, where ? is a character) or by the ? button at the window's corner, closed by Escape, the
 * close button or a click outside. A term anywhere on screen becomes a link with `glossaryLink(term, text)`
 * (or any element with `data-gloss="term"`): a click opens the glossary at that term.
 */
import { lang, onLangChange, t, type Key } from '../text/i18n';
import { el } from './dom';
import type { Scenario } from '../engine/types';
import { SCORE_PARTS } from '../engine/score-story';
import { partMax } from './play/score-words';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is a side effect by design
import './popover.css';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is a side effect by design
import './glossary.css';

/** The glossary's terms, in the order it lists them. */
export const GLOSSARY_TERMS = [
  'howToWin',
  'par',
  'capability',
  'market',
  'independence',
  'efficiency',
  'h100e',
  'tpp',
  'mig',
  'exportTiers',
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

const isTerm = (x: string | undefined): x is GlossaryTerm => (GLOSSARY_TERMS as readonly string[]).includes(x ?? '');

/** A term as a link that opens the glossary at it (a button: it acts on the page, it goes nowhere). */
export function glossaryLink(term: GlossaryTerm, text: string): HTMLButtonElement {
  return el('button', { class: 'gloss-link', attrs: { type: 'button', 'data-gloss': term, title: t('gl.open') } }, text);
}

let dialog: HTMLDialogElement | null = null;
let opener: HTMLElement | null = null;
/** The scoring of the game on screen (its parts' weights), or null where there is none (the menu). */
let scoring: Pick<Scenario, 'scoring'> | null = null;

/**
 * The game on screen's scenario, or null for none: "How to win" then names the four parts with the most points each
 * can add ("capability (up to 40 points), …") from its weights.
 */
export function setGlossaryScoring(scenario: Pick<Scenario, 'scoring'> | null): void {
  scoring = scenario ? { scoring: scenario.scoring } : null;
}

/** "How to win"'s four parts: with this game's weights, else without. */
function partsText(): string {
  if (!scoring) return t('gl.partsPlain');
  const s = scoring;
  return t('gl.partsWeighted', Object.fromEntries(SCORE_PARTS.map((k) => [k, partMax(s, k)])));
}

/** What the dialog was built for: the language and the weights of the game on screen. */
function builtFor(): string {
  return `${lang()}|${scoring ? JSON.stringify(scoring.scoring.weights) : ''}`;
}

function build(): HTMLDialogElement {
  const list = el('dl', { class: 'gloss-list' });
  for (const term of GLOSSARY_TERMS) {
    list.append(
      el('dt', { attrs: { id: `gloss-${term}`, tabindex: -1 }, testid: `gloss-${term}` }, t(`gl.term.${term}` as Key)),
      el('dd', {}, term === 'howToWin' ? t('gl.def.howToWin', { parts: partsText() }) : t(`gl.def.${term}` as Key)),
    );
  }
  const close = el(
    'button',
    { class: 'btn btn-small', testid: 'glossary-close', attrs: { type: 'button' }, on: { click: () => closeGlossary() } },
    t('gl.close'),
  );
  const d = el(
    'dialog',
    { class: 'glossary popover-panel', testid: 'glossary', attrs: { 'aria-labelledby': 'gloss-title' } },
    el('div', { class: 'gloss-head popover-head' }, el('h2', { attrs: { id: 'gloss-title' } }, t('gl.title')), close),
    el('p', { class: 'muted' }, t('gl.hint')),
    list,
  );
  // Escape closes the glossary only (a debrief or lab under it keeps its own Escape).
  d.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    closeGlossary();
  });
  d.addEventListener('cancel', (e) => e.preventDefault());
  // A click on the backdrop (outside the dialog's box) closes it.
  d.addEventListener('click', (e) => {
    if (e.target !== d) return;
    const r = d.getBoundingClientRect();
    if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) closeGlossary();
  });
  return d;
}

/** Opens the glossary (at `term`, if given). */
export function openGlossary(term?: GlossaryTerm): void {
  if (!dialog || dialog.dataset.builtFor !== builtFor()) {
    dialog?.remove();
    dialog = build();
    dialog.dataset.lang = lang();
    dialog.dataset.builtFor = builtFor();
    document.body.append(dialog);
  }
  if (!dialog.open) {
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
  }
  for (const n of dialog.querySelectorAll('.gloss-current')) n.classList.remove('gloss-current');
  const at = term ? dialog.querySelector<HTMLElement>(`#gloss-${term}`) : null;
  if (at) {
    at.classList.add('gloss-current');
    at.focus({ preventScroll: true });
    at.scrollIntoView({ block: 'start' });
  } else dialog.querySelector<HTMLElement>('[data-testid="glossary-close"]')?.focus({ preventScroll: true });
}

/** Closes the glossary and gives the focus back to where it was. */
export function closeGlossary(): void {
  if (!dialog?.open) return;
  dialog.close();
  if (opener?.isConnected) opener.focus({ preventScroll: true });
  opener = null;
}

/** Whether the key press is in a place that takes text (where ? is a character, not a command). */
function typing(e: KeyboardEvent): boolean {
  const n = e.target as HTMLElement | null;
  if (!n) return false;
  return (
    n.isContentEditable ||
    n.tagName === 'TEXTAREA' ||
    (n.tagName === 'INPUT' && !['button', 'checkbox', 'radio', 'submit', 'reset'].includes((n as HTMLInputElement).type)) ||
    n.tagName === 'SELECT'
  );
}

/** Mounts the ? button, the keys and the term links; returns an unmount function. */
export function mountGlossary(): () => void {
  const button = el(
    'button',
    { class: 'gloss-open', testid: 'glossary-open', attrs: { type: 'button', 'aria-keyshortcuts': '? F1' } },
    t('gl.openShort'),
  );
  const label = (): void => {
    button.setAttribute('aria-label', t('gl.open'));
    button.title = t('gl.open');
  };
  label();
  button.addEventListener('click', () => openGlossary());
  document.body.append(button);
  // The language can change under it (the dialog is rebuilt in the new language when it next opens).
  const unsubLang = onLangChange(() => {
    label();
    button.textContent = t('gl.openShort');
  });
  const onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'F1' || (e.key === '?' && !typing(e))) {
      e.preventDefault();
      if (dialog?.open) closeGlossary();
      else openGlossary();
    }
  };
  const onClick = (e: MouseEvent): void => {
    const link = (e.target as HTMLElement | null)?.closest<HTMLElement>('[data-gloss]');
    const term = link?.dataset.gloss;
    if (!link || !isTerm(term)) return;
    e.preventDefault();
    e.stopPropagation();
    openGlossary(term);
  };
  document.addEventListener('keydown', onKey);
  document.addEventListener('click', onClick, true);
  return () => {
    document.removeEventListener('keydown', onKey);
    document.removeEventListener('click', onClick, true);
    unsubLang();
    button.remove();
    dialog?.remove();
    dialog = null;
  };
}
