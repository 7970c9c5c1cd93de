/**
 * Live regions for screen readers (issue 13 item 9): a polite status that announces each new quarter's orders,
 * each reveal (its clearing prices) and the game's end with its winner. Order errors are announced where they
 * are shown (the orders panel's problem list is a live region) and notices by the play-notice banner.
 */
import { finalStandings, quarterLabel } from '../engine';
import type { GameStore, StoreData } from '../store/game-store';
import { companyOf, lastRecord } from '../store/selectors';
import * as f from '../text/format';
import { t } from '../text/i18n';
import { el } from './dom';

function message(s: StoreData): string {
  const g = s.game;
  if (!g) return '';
  const sc = g.scenario;
  if (s.ui.screen === 'board') return t('an.quarter', { quarter: quarterLabel(sc, g.quarter), n: g.quarter + 1, total: sc.quarters });
  const rec = lastRecord(g);
  if (s.ui.screen === 'reveal' && rec) {
    const prices = rec.clearing
      .filter((c) => c.sold > 0)
      .map((c) => t('an.price', { sku: sc.skus.find((k) => k.id === c.sku)?.name ?? c.sku, price: f.money(c.clearingPrice) }))
      .join('; ');
    return t('an.reveal', { quarter: quarterLabel(sc, rec.quarter), prices: prices || t('an.noSales') });
  }
  if (s.ui.screen === 'gameOver') {
    const first = finalStandings(g)[0];
    return t('an.gameOver', { winner: first ? (companyOf(sc, first.playerId)?.name ?? first.playerId) : '' });
  }
  return '';
}

/** Mounts the live region; returns an unsubscribe function. */
export function mountAnnouncer(store: GameStore): () => void {
  const region = el('div', {
    class: 'sr-only announcer',
    testid: 'announcer',
    attrs: { role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' },
  });
  document.body.append(region);
  const key = (s: StoreData): string =>
    `${s.ui.language}|${s.ui.screen}|${s.game?.quarter ?? -1}|${s.game?.history.length ?? -1}|${s.record?.seed ?? ''}`;
  const unsub = store.subscribe(key, () => {
    region.textContent = message(store.getState());
  });
  return () => {
    unsub();
    region.remove();
  };
}
