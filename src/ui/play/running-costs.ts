/**
 * The running costs inside the orders panel's "Committed": power bills, foundry balances and contract payments
 * fall due this quarter whatever is ordered (the engine's runningCosts), so "Committed" is never unexplained
 * before the first order is typed.
 */
import { runningCosts } from '../../engine';
import type { GameState } from '../../engine/types';
import { el } from '../dom';
import * as f from '../../text/format';
import { t } from '../../text/i18n';
import { budgetArrivesNote } from './budget-arrives';

/** The note under the budget ("includes $47.5M running costs …"), or null when none fall due. */
export function runningCostsNote(game: GameState, playerId: string): HTMLElement | null {
  const running = runningCosts(game, playerId);
  if (running <= 0) return null;
  return el('p', { class: 'faint running-costs', testid: 'running-costs', attrs: { title: f.moneyExact(running) } }, t('orders.runningCostsNote', { running: f.money(running) }));
}

/** The notes under the budget, in its columns' order: where the cash came from, then what is committed anyway. */
export function budgetNotes(game: GameState, playerId: string): HTMLElement[] {
  return [budgetArrivesNote(game, playerId), runningCostsNote(game, playerId)].filter((n): n is HTMLElement => n !== null);
}

/** The tooltip of the committed amount: what it is made of. */
export function committedHint(game: GameState, playerId: string, cost: number): string {
  return `${f.moneyExact(cost)}. ${t('orders.committedHint', { running: f.money(runningCosts(game, playerId)) })}`;
}
