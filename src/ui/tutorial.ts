/**
 * The coached tutorial's view (the steps are data in src/store/tutorial.ts): a small card anchored beside the
 * part of the screen the current step talks about, that part outlined, and the step's words with the advice's
 * numbers. A step that waits for an action moves on when the store's state satisfies it (typing in the orders
 * panel never loses focus: the card never takes it); a step that explains waits for "Next". At the end the card
 * holds the review: what went well and what to try.
 */
import type { GameStore, StoreData } from '../store/game-store';
import {
  adviceFor,
  currentStep,
  stepNumber,
  tutorialActive,
  tutorialReview,
  TUTORIAL_SEAT,
  type ReviewItem,
  type TutorialStep,
} from '../store/tutorial';
import { stageRemaining } from '../engine/queries';
import * as f from '../text/format';
import { t, type Key } from '../text/i18n';
import { el } from './dom';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is a side effect by design
import './tutorial.css';
import { reviewLine } from './tutorial-words';
import { topOffCampuses } from './tutorial-place';
import { GLOSSARY_TERMS, glossaryLink, type GlossaryTerm } from './glossary';

const TARGET_CLASS = 'tut-target';

/** The step's words, with the advice's numbers for this quarter. */
function stepText(s: StoreData, step: TutorialStep): string {
  const g = s.game;
  const a = g ? adviceFor(g, g.quarter) : null;
  const h100 = g?.scenario.skus.find((k) => k.id === 'H100');
  const rival = g?.scenario.otherDemand.find((d) => d.sku === 'H100');
  const me = g?.players.find((p) => p.id === TUTORIAL_SEAT);
  const values = {
    units: f.exact(step.code === 'maia' || step.code === 'maiaMore' ? (a?.maia ?? 0) : (a?.h100 ?? 0)),
    price: f.moneyExact(a?.maxPrice ?? 0),
    list: f.moneyExact(h100?.listPrice ?? 0),
    rival: f.moneyExact(rival?.maxPrice ?? 0),
    // What finishing Maia's ramp would cost: the sum the card says not to spend.
    money: f.money(g && me ? stageRemaining(g, me.silicon) : 0),
  };
  return t(`tut.${step.code}` as Key, values);
}

/** The element a step points at (the coached company's own when several companies show one). */
function targetOf(step: TutorialStep): HTMLElement | null {
  return (
    document.querySelector<HTMLElement>(`[data-testid="${step.target}"][data-player="${TUTORIAL_SEAT}"]`) ??
    document.querySelector<HTMLElement>(`[data-testid="${step.target}"]`)
  );
}

/**
 * The x a card `w` wide ends at when it sits left of its target, or null when there is no room beside it (a
 * phone: the panel is under the board). A target in the side panel: just left of the panel, over the board, so
 * the card hides none of the form.
 */
function besideEdge(w: number, target: HTMLElement): number | null {
  const r = target.getBoundingClientRect();
  const panel = target.closest('#panel')?.getBoundingClientRect();
  const edge = panel && panel.left - w - 16 >= 8 ? panel.left : r.left;
  return edge - w - 16 >= 8 ? edge : null;
}

/** Places the card beside its target: left of it when there is room (the panel is on the right), else below or above. */
function place(card: HTMLElement, target: HTMLElement | null): void {
  const w = card.offsetWidth;
  const h = card.offsetHeight;
  const vw = innerWidth;
  const vh = innerHeight;
  if (!target) {
    card.style.left = `${Math.max(8, (vw - w) / 2)}px`;
    card.style.top = `${Math.max(8, vh - h - 48)}px`;
    card.dataset.side = 'none';
    return;
  }
  const r = target.getBoundingClientRect();
  const clampTop = (y: number) => Math.min(Math.max(8, y), Math.max(8, vh - h - 8));
  const edge = besideEdge(w, target);
  if (edge !== null) {
    card.style.left = `${edge - w - 16}px`;
    card.style.top = `${topOffCampuses(clampTop(r.top + r.height / 2 - h / 2), edge - w - 16, w, h, r, Math.max(8, vh - h - 8))}px`;
    card.dataset.side = 'left';
  } else {
    const below = r.bottom + 12 + h <= vh;
    card.style.left = `${Math.min(Math.max(8, r.left), Math.max(8, vw - w - 8))}px`;
    card.style.top = `${below ? r.bottom + 12 : clampTop(r.top - h - 12)}px`;
    card.dataset.side = below ? 'below' : 'above';
  }
}

/**
 * The widest the review is laid over the board, in ems of the card's text (560 px at its 13 px): one line for most
 * of its items, short enough to read, at whatever size a large screen gives its text (tutorial.css).
 */
const REVIEW_MAX_EM = 560 / 13;

/** The board's room under the final bars, in CSS px from the window's top left (see boardRoom). */
interface BoardRoom {
  left: number;
  width: number;
  legend: number;
  notesTop: number;
  notesBottom: number;
  bottom: number;
}

/**
 * The board's free room under the final bars (CSS px), as the game-over scene reports it drawn (`data-free`,
 * src/scenes/game-over.ts): the left edge of its text, the widest a card may be, the bottom of the legend, the
 * top and bottom of the notes under it, and the bottom of the board on screen. 'pending' while the board is
 * being drawn; null when it shows no final bars (another screen, or a board too small to draw them).
 */
function boardRoom(): BoardRoom | 'pending' | null {
  const c = document.querySelector<HTMLCanvasElement>('#board canvas');
  if (!c) return null;
  if (!c.dataset.drawn) return 'pending';
  let free: Record<string, unknown>;
  try {
    free = JSON.parse(c.dataset.free ?? 'null') ?? {};
  } catch {
    return null;
  }
  const { x, legend, notesTop, notesBottom } = free;
  if (typeof x !== 'number' || typeof legend !== 'number' || typeof notesTop !== 'number' || typeof notesBottom !== 'number') return null;
  if (c.width <= 0 || c.height <= 0) return null;
  const r = c.getBoundingClientRect();
  const kx = r.width / c.width;
  const ky = r.height / c.height;
  const y = (v: number): number => r.top + v * ky;
  return {
    left: r.left + x * kx,
    width: r.width - 2 * x * kx,
    legend: y(legend),
    notesTop: y(notesTop),
    notesBottom: y(notesBottom),
    bottom: Math.min(r.bottom, innerHeight),
  };
}

/**
 * Places the review (the last step): over the board's empty room under the final bars and their legend, as wide
 * as the board's text (up to REVIEW_MAX_EM) so that it is short, under the board's notes where it fits there and
 * else over them (the panel beside says the same); it hides no bar, no legend and nothing of the panel. Where the
 * board has no such room (a phone: the board is a strip above the panel) it goes into the panel's flow under your
 * game-over line, folded until the player opens it, so that it covers none of the result or the table. Returns
 * false while the board is being drawn and the card has no place yet.
 */
function placeReview(card: HTMLElement, details: HTMLDetailsElement, target: HTMLElement | null, chosen: boolean | null): boolean {
  const room = boardRoom();
  if (room === 'pending') return card.dataset.side !== undefined;
  const gap = 12;
  if (room && room.width >= 300) {
    if (card.parentElement !== document.body) document.body.append(card);
    card.classList.remove('tut-inline');
    // Its height open (as it starts here), whatever the player chose: the place must not jump when it is folded.
    const open = details.open;
    details.open = true;
    const fits = (top: number, w: number): boolean => {
      card.style.width = `${w}px`;
      return top + card.offsetHeight <= room.bottom - 8;
    };
    // Over the notes it covers them whole, as wide as they are and from their top, so that no part of a line
    // shows beside or above it.
    const under = room.notesBottom + gap;
    const over = Math.max(room.legend + 4, Math.min(room.legend + gap, room.notesTop));
    const maxW = REVIEW_MAX_EM * parseFloat(getComputedStyle(card).fontSize);
    const top = fits(under, Math.min(maxW, room.width)) ? under : fits(over, room.width) ? over : null;
    details.open = top === null ? open : (chosen ?? true);
    if (top !== null) {
      card.style.left = `${room.left}px`;
      card.style.top = `${top}px`;
      card.dataset.side = 'board';
      return true;
    }
  }
  card.style.width = '';
  card.style.left = '';
  card.style.top = '';
  card.classList.add('tut-inline');
  if (target && card.previousElementSibling !== target) target.after(card);
  else if (!target && card.parentElement !== document.body) document.body.append(card);
  details.open = chosen ?? false;
  card.dataset.side = 'inline';
  return true;
}

/** Mounts the coach; returns an unsubscribe function. */
export function mountTutorial(store: GameStore): () => void {
  const seen = new Set<string>();
  let off = false;
  let game = '';
  let shown: string | null = null;
  let card: HTMLElement | null = null;
  let frame = 0;
  /** The element the card points at now (it may be replaced when a panel is rebuilt without a store change). */
  let marked: HTMLElement | null = null;
  /** Whether the player opened (true) or folded (false) the review; null: open where it fits over the board. */
  let reviewOpen: boolean | null = null;
  /** Whether the review was open when last placed (a toggle to anything else is the player's, to place again). */
  let placedOpen: boolean | null = null;

  const unmark = (): void => {
    for (const n of document.querySelectorAll(`.${TARGET_CLASS}`)) n.classList.remove(TARGET_CLASS);
  };
  const remove = (): void => {
    card?.remove();
    card = null;
    shown = null;
    marked = null;
    unmark();
  };

  const render = (): void => {
    frame = 0;
    const s = store.getState();
    const key = `${s.record?.seed ?? ''}|${s.record?.createdAt ?? ''}`;
    if (key !== game) {
      game = key;
      seen.clear();
      off = false;
      reviewOpen = null;
    }
    if (off || !tutorialActive(s)) return remove();
    const step = currentStep(s, seen);
    if (!step) return remove();
    const target = targetOf(step);
    const text = stepText(s, step);
    const fresh =
      shown !== step.id || !card || card.dataset.lang !== s.ui.language || card.querySelector('.tut-text')?.textContent !== text;
    if (fresh) {
      card?.remove();
      card = buildCard(s, step, text);
      document.body.append(card);
      // A new step brings its target into view (inside the panel's scroll), once.
      if (shown !== step.id) target?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      shown = step.id;
    }
    unmark();
    target?.classList.add(TARGET_CLASS);
    marked = target;
    if (!card) return;
    // The review goes where it covers nothing (see placeReview), asked on every pass: the game-over panel (the
    // target) and the final bars may arrive a task after the card, and a phone may turn.
    const review = card.querySelector<HTMLDetailsElement>('details.tut-review');
    if (review) {
      card.style.visibility = placeReview(card, review, target, reviewOpen) ? '' : 'hidden';
      placedOpen = review.open;
    } else place(card, target);
  };

  const schedule = (): void => {
    if (!frame) frame = requestAnimationFrame(render);
  };

  const buildCard = (s: StoreData, step: TutorialStep, text: string): HTMLElement => {
    const { n, of } = stepNumber(step);
    const next = el(
      'button',
      {
        class: 'btn btn-primary btn-small',
        testid: 'tutorial-next',
        attrs: { type: 'button' },
        on: {
          click: () => {
            seen.add(step.id);
            schedule();
          },
        },
      },
      step.code === 'review' ? t('tut.close') : t('tut.next'),
    );
    const skip = el(
      'button',
      {
        class: 'btn btn-small btn-link',
        testid: 'tutorial-skip',
        attrs: { type: 'button' },
        on: {
          click: () => {
            off = true;
            schedule();
          },
        },
      },
      t('tut.skip'),
    );
    const review = step.code === 'review' && s.game ? tutorialReview(s.game) : null;
    const body: (HTMLElement | string)[] = review ? [] : [el('p', { class: 'tut-text' }, text)];
    const terms = (step.terms ?? []).filter((x): x is GlossaryTerm => (GLOSSARY_TERMS as readonly string[]).includes(x));
    if (terms.length) {
      const links = el('p', { class: 'tut-terms faint' }, `${t('tut.terms')} `);
      terms.forEach((term, i) => links.append(i ? ', ' : '', glossaryLink(term, t(`gl.term.${term}` as Key))));
      body.push(links);
    }
    if (review) {
      const list = (title: Key, items: ReviewItem[], id: string) =>
        items.length
          ? el(
              'div',
              { testid: id },
              el('h3', {}, t(title)),
              el('ul', {}, ...items.map((i) => el('li', { attrs: { 'data-code': i.code } }, reviewLine(i)))),
            )
          : '';
      body.push(
        list('tut.well', review.well, 'tutorial-well'),
        list('tut.toTry', review.toTry, 'tutorial-try'),
        el('p', { class: 'muted' }, t('tut.next.try')),
      );
      // The review folds under its title (a phone starts it folded: see placeReview); the player's choice is kept.
      const details = el(
        'details',
        { class: 'tut-review', testid: 'tutorial-review', on: { toggle: () => details.open !== placedOpen && schedule() } },
        el(
          'summary',
          // A click is about to flip it: that is the player's choice from now on.
          { testid: 'tutorial-review-toggle', on: { click: () => (reviewOpen = !details.open) } },
          el('span', { class: 'tut-text' }, text),
          el('span', { class: 'tut-toggle tut-show', attrs: { 'aria-hidden': 'true' } }, t('tut.review.show')),
          el('span', { class: 'tut-toggle tut-hide', attrs: { 'aria-hidden': 'true' } }, t('tut.review.hide')),
        ),
        ...body,
      );
      details.open = reviewOpen ?? true;
      body.splice(0, body.length, details);
    }
    const waits = step.done !== undefined;
    return el(
      'section',
      {
        class: 'tutorial-card',
        testid: 'tutorial-step',
        attrs: {
          'data-step': step.id,
          'data-target': step.target,
          'data-lang': s.ui.language,
          'aria-label': t('tut.label'),
          'aria-live': 'polite',
        },
      },
      el('div', { class: 'tut-head' }, el('strong', {}, t('tut.label')), el('span', { class: 'faint' }, t('tut.stepOf', { n, of }))),
      ...body,
      el('div', { class: 'tut-foot' }, waits ? el('span', { class: 'faint' }, t('tut.waiting')) : next, skip),
    );
  };

  const unsub = store.subscribe(() => schedule());
  // A panel can be built a task after the store changed (the board and its panel are drawn after paint): when
  // the element the card points at leaves the page, or a missing target may have arrived, point again.
  // The final bars tell where they leave room (data-free) once drawn: the review is placed again then.
  const watch = new MutationObserver((records) => {
    if (card && shown && (!marked || !marked.isConnected || records.some((r) => r.type === 'attributes'))) schedule();
  });
  watch.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-free'] });
  const onMove = (): void => {
    if (card && shown) schedule();
  };
  addEventListener('resize', onMove);
  document.addEventListener('scroll', onMove, true);
  schedule();
  return () => {
    unsub();
    watch.disconnect();
    removeEventListener('resize', onMove);
    document.removeEventListener('scroll', onMove, true);
    if (frame) cancelAnimationFrame(frame);
    remove();
  };
}
