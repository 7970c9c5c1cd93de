/**
 * The hot seat's privacy screen: between two teams' sealed orders it covers the whole page (board, panel,
 * ticker) and asks for the device to be passed; the next team presses the button to see its own orders.
 * Nothing of the previous team is on the page meanwhile: its form is gone and its draft cleared.
 */
import { quarterLabel } from '../engine';
import type { GameStore, StoreData } from '../store/game-store';
import { previousTeam, sealedCount, seatAwaitingHandoff, takeDevice } from '../store/hotseat';
import { companyOf } from '../store/selectors';
import { companyBadge, el } from './dom';
import { needsFreshPress } from './fresh-press';
import { t } from '../text/i18n';

function teamName(s: StoreData, playerId: string): string {
  return (s.game ? companyOf(s.game.scenario, playerId)?.name : undefined) ?? playerId;
}

/** The privacy screen for the team the device must go to, or null if none is waiting. */
export function passDeviceScreen(store: GameStore): HTMLElement | null {
  const s = store.getState();
  const seat = seatAwaitingHandoff(s);
  const g = s.game;
  if (!seat || !g) return null;
  const company = companyOf(g.scenario, seat.playerId);
  const team = teamName(s, seat.playerId);
  const prev = previousTeam(s);
  const { done, total } = sealedCount(s);
  // The last team's key may still be down (it sent its orders with Enter): only a fresh press passes on.
  const go = needsFreshPress(
    el(
      'button',
      { class: 'btn btn-primary pass-go', testid: 'pass-device-continue', attrs: { type: 'button' }, on: { click: () => takeDevice(store, seat.playerId) } },
      t('classroom.pass.continue', { team }),
    ),
  );
  const box = el(
    'div',
    { class: 'classroom-overlay pass-device', testid: 'pass-device', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'pass-title' } },
    el(
      'div',
      { class: 'pass-card' },
      company ? el('div', { class: 'pass-badge' }, companyBadge(company, false)) : null,
      el('h1', { attrs: { id: 'pass-title' } }, t('classroom.pass.title', { team })),
      el('p', { class: 'pass-lead' }, prev ? t('classroom.pass.sealed', { team: teamName(s, prev) }) : t('classroom.pass.first', { quarter: quarterLabel(g.scenario, g.quarter) })),
      el('p', {}, t('classroom.pass.instructions', { team })),
      go,
      el('p', { class: 'faint' }, t('classroom.pass.progress', { done, total })),
    ),
  );
  requestAnimationFrame(() => go.focus({ preventScroll: true }));
  return box;
}

/** The panel's line while the device is being passed (the privacy screen covers it). */
export function handoffNote(s: StoreData): HTMLElement | null {
  const seat = seatAwaitingHandoff(s);
  if (!seat) return null;
  return el('div', { class: 'waiting', attrs: { role: 'status' } }, t('classroom.pass.waiting', { team: teamName(s, seat.playerId) }));
}
