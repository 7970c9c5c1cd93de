/**
 * The over-budget message with every term named and the terms adding up (engine budgetBreakdown): the orders'
 * spend term by term, the running costs term by term, the total, the cash and the shortfall, in the game's
 * money format ($2.31B, never $2,308,200,000).
 */
import { budgetBreakdown, budgetTotal, BUDGET_TERMS, RUNNING_TERMS, type BudgetTerm } from '../../engine';
import type { GameState, Orders } from '../../engine/types';
import { companyOf } from '../../store/selectors';
import * as f from '../../text/format';
import { t, type Key } from '../../text/i18n';

const TERM_KEY: Record<BudgetTerm, Key> = {
  bids: 'err.term.bids',
  revenueShare: 'lo.term.revenueShare',
  vendorCredit: 'lo.term.vendorCredit',
  grey: 'lo.term.grey',
  greyFine: 'lo.term.greyFine',
  silicon: 'err.term.silicon',
  booking: 'err.term.booking',
  bookingBalance: 'lo.term.bookingBalance',
  grid: 'err.term.grid',
  onsite: 'err.term.onsite',
  prepayment: 'err.term.prepay',
  dealBid: 'err.term.dealBid',
  powerBill: 'lo.term.powerBill',
  foundryBalance: 'lo.term.foundryBalance',
  labPenalty: 'lo.term.labPenalty',
};

/** The non-zero terms of a list, worded ("bids at their max price $3.85B, power bill $55.4M"). */
function listed(b: Record<BudgetTerm, number>, which: readonly BudgetTerm[]): string {
  const shown = which.filter((k) => b[k] !== 0).map((k) => t(TERM_KEY[k], { amount: f.money(k === 'vendorCredit' ? -b[k] : b[k]) }));
  return shown.length ? shown.join(', ') : t('lo.term.none');
}

/** The whole over-budget sentence for these orders, or null when the game or player is unknown. */
export function overBudgetText(game: GameState, playerId: string, orders: Orders): string | null {
  const company = companyOf(game.scenario, playerId);
  const player = game.players.find((p) => p.id === playerId);
  if (!company || !player) return null;
  const b = budgetBreakdown(game, playerId, orders);
  const spendTerms = BUDGET_TERMS.filter((k) => !RUNNING_TERMS.includes(k));
  const spend = budgetTotal(b, spendTerms);
  const running = budgetTotal(b, RUNNING_TERMS);
  const total = spend + running;
  return t('lo.err.overBudget', {
    spend: f.money(spend),
    terms: listed(b, spendTerms),
    running: f.money(running),
    runningTerms: listed(b, RUNNING_TERMS),
    total: f.money(total),
    company: company.name,
    cash: f.money(player.cash),
    short: f.money(Math.max(0, total - player.cash)),
  });
}
