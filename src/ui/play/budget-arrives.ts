/**
 * Where the cash comes from: at the start of every quarter the company's budget arrives (the scenario's
 * `budget`, engine briefing), so the cash at the orders is billions more than the last reveal showed. The note
 * under the orders panel's budget names this quarter's amount and the next one's, and says that unspent cash
 * carries over but scores nothing.
 */
import { quarterLabel } from '../../engine';
import type { GameState } from '../../engine/types';
import { companyOf } from '../../store/selectors';
import { el } from '../dom';
import * as f from '../../text/format';
import { t } from '../../text/i18n';

/** The sentence for this quarter's budget, or null when the scenario gives none now or next. */
export function budgetArrivesText(game: GameState, playerId: string): string | null {
  const budget = companyOf(game.scenario, playerId)?.budget ?? [];
  const q = game.quarter;
  const now = budget[q] ?? 0;
  const last = q >= game.scenario.quarters - 1;
  const next = last ? 0 : (budget[q + 1] ?? 0);
  const quarter = quarterLabel(game.scenario, q);
  if (now > 0) return last ? t('nc.budget.arrivesLast', { budget: f.money(now), quarter }) : t('nc.budget.arrives', { budget: f.money(now), quarter, next: f.money(next) });
  return next > 0 ? t('nc.budget.nextOnly', { quarter, next: f.money(next) }) : null;
}

/** The note under the budget, or null when no budget arrives now or next. */
export function budgetArrivesNote(game: GameState, playerId: string): HTMLElement | null {
  const text = budgetArrivesText(game, playerId);
  return text === null ? null : el('p', { class: 'faint running-costs', testid: 'budget-arrives' }, text);
}
