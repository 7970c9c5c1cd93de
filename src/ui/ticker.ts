/**
 * The news ticker at the window's foot: the latest headlines in one line, which scrolls when it overflows (never
 * with reduced motion: styles.css, where it stands still on its first headline), and its "News" button, which
 * lists every headline of the line above the ticker, wrapped and still. So a player who prefers reduced motion,
 * a keyboard user, or anyone who missed a headline going by can read them all. The list is a popover: the
 * button or Close opens and shuts it, and Escape or a click elsewhere shuts it with the focus back on the button.
 */
import { quarterLabel } from '../engine';
import type { StoreData } from '../store/game-store';
import { newsFeed, type NewsEntry } from '../store/selectors';
import { lang, t } from '../text/i18n';
import { formatDate } from '../text/i18n/format';
import { clear, el } from './dom';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is a side effect by design
import './popover.css';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is a side effect by design
import './ticker.css';

/** How many headlines the ticker carries. */
const TICKER_ITEMS = 8;

/** A headline's date (or quarter) as the ticker shows it. */
function when(n: NewsEntry): HTMLTimeElement {
  return el('time', n.date ? { attrs: { datetime: n.date } } : {}, n.date ? formatDate(n.date) : n.when);
}

/** A headline's source, short: "(game scenario)" for the scenario's own events. */
function source(n: NewsEntry): string {
  return `(${n.scenarioSource ? t('news.gameScenario') : n.source})`;
}

/** The popover that lists every headline of the ticker, and the button that opens it. */
function headlineList(feed: readonly NewsEntry[]): { open: HTMLButtonElement; list: HTMLElement } {
  const list = el(
    'section',
    { class: 'ticker-list popover-panel', testid: 'ticker-list', attrs: { id: 'ticker-list', popover: 'auto', 'aria-labelledby': 'ticker-list-h' } },
    el(
      'div',
      { class: 'ticker-list-head popover-head' },
      el('h2', { attrs: { id: 'ticker-list-h' } }, t('app.news')),
      el(
        'button',
        { class: 'btn btn-small', testid: 'ticker-list-close', attrs: { type: 'button', popovertarget: 'ticker-list', popovertargetaction: 'hide' } },
        t('ticker.close'),
      ),
    ),
    el(
      'ol',
      {},
      ...feed.map((n) => el('li', { class: 'ticker-list-item' }, when(n), ' ', el('span', { class: 'headline' }, n.headline), ' ', el('span', { class: 'faint', title: n.sourceFull }, source(n)))),
    ),
  );
  const open = el(
    'button',
    {
      class: 'ticker-label ticker-open',
      testid: 'ticker-open',
      title: t('ticker.all'),
      // The label names what is shown ("News"), then what the button does.
      attrs: { type: 'button', popovertarget: 'ticker-list', 'aria-label': t('ticker.all') },
    },
    t('app.news'),
    el('span', { class: 'ticker-caret', attrs: { 'aria-hidden': 'true' } }, '▴'),
  );
  return { open, list };
}

/** Draws the ticker for the store's game (the list kept open, and the focus kept, across a redraw). */
export function renderTicker(root: HTMLElement, s: StoreData): void {
  const wasOpen = root.querySelector('.ticker-list')?.matches(':popover-open') ?? false;
  const hadFocus = root.contains(document.activeElement);
  clear(root);
  const g = s.game;
  const feed = g ? newsFeed(g, lang()).slice(0, TICKER_ITEMS) : [];
  const track = el('div', { class: 'ticker-track' });
  const items = el('div', { class: 'ticker-items' });
  track.append(items);
  if (feed.length === 0) {
    root.append(el('span', { class: 'ticker-label', attrs: { 'aria-hidden': 'true' } }, t('app.news')), track);
    items.append(el('span', { class: 'ticker-item' }, g ? t('app.tickerNone', { quarter: quarterLabel(g.scenario, g.quarter) }) : t('neutral.tickerIdle')));
    return;
  }
  const { open, list } = headlineList(feed);
  root.append(open, track, list);
  for (const n of feed) items.append(el('span', { class: 'ticker-item', title: n.sourceFull }, when(n), `${n.headline} ${source(n)}`));
  if (wasOpen) list.showPopover();
  if (hadFocus) open.focus({ preventScroll: true });
  // Scroll only when it overflows (and never with reduced motion: see CSS).
  requestAnimationFrame(() => items.classList.toggle('scrolling', items.scrollWidth > track.clientWidth));
}
