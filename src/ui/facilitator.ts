/**
 * The facilitator view: a projector mode (large type, high contrast: `body.facilitator`, see classroom.css)
 * with a bar across the top (the class seed, large; pause; inject an event from the deck while orders are
 * open; reveal the quarter chip by chip), a stage over the board that shows the chip being revealed, and a
 * pause screen. The toggle (data-testid `facilitator-view`) sits in the game header and on the menu.
 */
import { skuNameWithoutVendor, vendorStyle } from '../store/scenario-look';
import { quarterLabel } from '../engine';
import type { GameState, LocalizedText, QuarterRecord } from '../engine/types';
import type { GameStore, StoreData } from '../store/game-store';
import { injectableCards, injectCard, revealMore, revealShown, revealSkus, revealTotal, setFacilitator } from '../store/facilitator';
import { sealedCount } from '../store/hotseat';
import { lastRecord } from '../store/selectors';
import { el } from './dom';
import { lang, t } from '../text/i18n';
import { formatInt, formatMoney, formatMoneyExact } from '../text/i18n/format';
import { revealTables } from './tables';
import { humanSeatIds } from '../engine/queries';
import { actionErrorText } from './error-text';

const local = (text: LocalizedText): string => text[lang()] || text.en;

/** The facilitator-view toggle (a pressed/unpressed button). */
export function facilitatorToggle(store: GameStore): HTMLElement {
  const on = store.getState().ui.facilitator.on;
  return el(
    'button',
    {
      class: `btn btn-small fac-toggle${on ? ' on' : ''}`,
      testid: 'facilitator-view',
      title: t('classroom.fac.toggleHint'),
      attrs: { type: 'button', 'aria-pressed': on ? 'true' : 'false' },
      on: { click: () => setFacilitator(store, !store.getState().ui.facilitator.on) },
    },
    t('classroom.fac.toggle'),
  );
}

function humans(s: StoreData): string[] {
  return humanSeatIds(s.record?.seats);
}

// The last injection's outcome, shown in the bar until the quarter changes.
let injectNote: { quarter: string; text: string; error: boolean } | null = null;

function injectControls(store: GameStore, g: GameState): HTMLElement {
  const box = el('div', { class: 'fac-group fac-inject' });
  const where = `${store.getState().saveId ?? ''}|${g.quarter}`;
  if (injectNote && injectNote.quarter !== where) injectNote = null;
  const cards = injectableCards(g);
  if (g.scenario.eventDeck.cards.length === 0) {
    box.append(el('span', { class: 'fac-muted' }, t('classroom.fac.inject.none')));
  } else if (cards.length === 0) {
    box.append(el('span', { class: 'fac-muted' }, t('classroom.fac.inject.allUsed')));
  } else {
    const select = el('select', { testid: 'fac-inject-select', attrs: { id: 'fac-inject-select', 'aria-label': t('classroom.fac.inject.label') } });
    for (const c of cards) select.append(el('option', { attrs: { value: c.id } }, local(c.headline)));
    const go = el(
      'button',
      {
        class: 'btn',
        testid: 'fac-inject',
        attrs: { type: 'button', disabled: g.phase !== 'orders' },
        title: g.phase === 'orders' ? undefined : t('classroom.fac.inject.onlyOrders'),
        on: {
          click: () => {
            const card = cards.find((c) => c.id === select.value);
            if (!card) return;
            // Set before the dispatch: an accepted event redraws the bar (the news changed) with this note.
            injectNote = { quarter: where, text: t('classroom.fac.inject.done', { headline: local(card.headline) }), error: false };
            const err = injectCard(store, card.id);
            if (err) {
              injectNote = { quarter: where, text: t('classroom.fac.inject.failed', { reason: actionErrorText(err, { game: store.getState().game }) }), error: true };
              renderStatus();
            }
          },
        },
      },
      t('classroom.fac.inject.button'),
    );
    box.append(el('label', { attrs: { for: 'fac-inject-select' } }, t('classroom.fac.inject.label')), select, go);
  }
  const status = el('span', { class: 'fac-status', testid: 'fac-status', attrs: { role: 'status' } });
  const renderStatus = (): void => {
    status.textContent = injectNote?.text ?? '';
    status.classList.toggle('error', !!injectNote?.error);
  };
  renderStatus();
  box.append(status);
  return box;
}

function revealControls(store: GameStore, s: StoreData): HTMLElement {
  const shown = revealShown(s);
  const total = revealTotal(s);
  return el(
    'div',
    { class: 'fac-group' },
    el('span', { class: 'fac-progress', testid: 'fac-reveal-progress' }, t('classroom.fac.revealProgress', { shown, total })),
    el('button', { class: 'btn btn-primary', testid: 'fac-reveal-next', attrs: { type: 'button', disabled: shown >= total }, on: { click: () => revealMore(store) } }, t('classroom.fac.revealNext')),
    el('button', { class: 'btn', testid: 'fac-reveal-all', attrs: { type: 'button', disabled: shown >= total }, on: { click: () => revealMore(store, true) } }, t('classroom.fac.revealAll')),
  );
}

/** The bar across the top of the page while the facilitator view is on and a game runs; null otherwise. */
export function facilitatorBar(store: GameStore): HTMLElement | null {
  const s = store.getState();
  const g = s.game;
  if (!s.ui.facilitator.on || !g || !s.record || !['board', 'reveal', 'gameOver'].includes(s.ui.screen)) return null;
  const seed = el(
    'div',
    { class: 'fac-seed', title: t('classroom.fac.seedHint') },
    el('span', { class: 'fac-label' }, t('classroom.fac.seed')),
    el('span', { class: 'fac-seed-value', testid: 'class-seed' }, s.record.seed),
  );
  const where = el(
    'div',
    { class: 'fac-where' },
    el('span', { class: 'fac-scenario' }, local(g.scenario.title)),
    el('span', { class: 'fac-quarter' }, quarterLabel(g.scenario, g.quarter)),
  );
  const controls = el('div', { class: 'fac-controls' });
  if (s.ui.screen === 'board') {
    const { done, total } = sealedCount(s);
    controls.append(el('span', { class: 'fac-progress', testid: 'fac-sealed' }, t('classroom.fac.sealed', { done, total })), injectControls(store, g));
  } else if (s.ui.screen === 'reveal') {
    controls.append(revealControls(store, s));
  }
  if (s.ui.screen !== 'gameOver') {
    controls.append(el('button', { class: 'btn', testid: 'fac-pause', attrs: { type: 'button' }, on: { click: () => store.getState().setPaused(true) } }, t('classroom.fac.pause')));
  }
  return el('div', { class: 'fac-bar', testid: 'facilitator-bar', attrs: { role: 'region', 'aria-label': t('classroom.fac.label') } }, seed, where, controls);
}

/** The pause screen (covers the page), or null when the game is not paused. */
export function pauseScreen(store: GameStore): HTMLElement | null {
  const s = store.getState();
  if (!s.ui.facilitator.paused || !s.game || !['board', 'reveal'].includes(s.ui.screen)) return null;
  const resume = el('button', { class: 'btn btn-primary pass-go', testid: 'fac-resume', attrs: { type: 'button' }, on: { click: () => store.getState().setPaused(false) } }, t('classroom.fac.resume'));
  requestAnimationFrame(() => resume.focus({ preventScroll: true }));
  return el(
    'div',
    { class: 'classroom-overlay paused', testid: 'fac-paused', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'paused-title' } },
    el(
      'div',
      { class: 'pass-card' },
      el('h1', { attrs: { id: 'paused-title' } }, t('classroom.fac.paused')),
      el('p', { class: 'pass-lead' }, t('classroom.fac.pausedBody')),
      s.record ? el('p', { class: 'fac-seed' }, el('span', { class: 'fac-label' }, t('classroom.fac.seed')), el('span', { class: 'fac-seed-value' }, s.record.seed)) : null,
      resume,
    ),
  );
}

function stageChip(g: GameState, rec: QuarterRecord, index: number, total: number, highlight: string[]): HTMLElement {
  const c = revealSkus(rec)[index];
  if (!c) return el('div');
  const sku = g.scenario.skus.find((k) => k.id === c.sku);
  return el(
    'div',
    { class: 'stage-chip' },
    el('div', { class: 'stage-step' }, t('classroom.fac.stageStep', { n: index + 1, total })),
    el('h2', { class: 'stage-sku' }, sku?.name ?? c.sku),
    el(
      'p',
      { class: 'stage-price' },
      el('span', {}, `${t('classroom.fac.stageSold', { sold: formatInt(c.sold), supply: formatInt(c.supply) })} `),
      el('strong', { class: sku && vendorStyle(g.scenario, sku.vendor).primary ? 'green' : '', title: formatMoneyExact(c.clearingPrice) }, formatMoney(c.clearingPrice)),
    ),
    c.bids.length ? revealTables(g, { ...rec, clearing: [c] }, highlight) : el('p', { class: 'fac-muted' }, t('classroom.fac.stageNoBids')),
  );
}

/** The stage over the board during a stepped reveal: the chip just revealed, large; null when not stepping. */
export function revealStage(store: GameStore): HTMLElement | null {
  const s = store.getState();
  const g = s.game;
  const rec = g ? lastRecord(g) : undefined;
  if (!s.ui.facilitator.on || s.ui.screen !== 'reveal' || !g || !rec) return null;
  const shown = revealShown(s);
  const total = revealTotal(s);
  const stage = el('section', { class: 'fac-stage', testid: 'facilitator-stage', attrs: { 'aria-live': 'polite', 'aria-label': quarterLabel(g.scenario, rec.quarter) } });
  stage.append(el('div', { class: 'stage-quarter' }, quarterLabel(g.scenario, rec.quarter)));
  if (shown === 0) {
    stage.append(el('h2', { class: 'stage-intro' }, t('classroom.fac.stageIntro')), el('p', { class: 'stage-hint' }, t('classroom.fac.stageHint')));
  } else {
    stage.append(stageChip(g, rec, shown - 1, total, humans(s)));
  }
  // The prices revealed so far, in a strip.
  const strip = el('ol', { class: 'stage-strip' });
  revealSkus(rec).forEach((c, i) => {
    const sku = g.scenario.skus.find((k) => k.id === c.sku);
    const name = sku ? skuNameWithoutVendor(g.scenario, sku) : c.sku;
    strip.append(el('li', { class: i < shown ? 'done' : '' }, el('span', {}, name), el('strong', {}, i < shown ? formatMoney(c.clearingPrice) : '?')));
  });
  stage.append(strip);
  if (shown < total) stage.append(el('p', { class: 'stage-hint small' }, t('classroom.fac.stageRest')));
  return stage;
}
