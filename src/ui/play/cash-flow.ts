/**
 * Where the quarter's money went, under "Your quarter": the cash before it, the AI revenue in, what was spent
 * (the chips won apart from the rest: power, own silicon, deals and running costs) and the cash after, then the
 * budget the next quarter brings. "Paid" counts the auction alone, so a player who built power or booked own
 * chips could not see why cash moved less than revenue minus "Paid", nor why it jumped by billions before the
 * next orders. The cash before is the identity cash − revenue + spend of the quarter's metrics (the engine books
 * every payment as spend and every income as revenue).
 */
import type { GameState } from '../../engine/types';
import { companyOf } from '../../store/selectors';
import { el } from '../dom';
import * as f from '../../text/format';
import { t } from '../../text/i18n';

/** The sentence for `playerId` in `quarter`, or null when that quarter has no record of them. */
export function cashFlowText(game: GameState, playerId: string, quarter: number): string | null {
  const rec = game.history.find((r) => r.quarter === quarter);
  const m = rec?.metrics.find((x) => x.playerId === playerId);
  if (!rec || !m) return null;
  let chips = 0;
  for (const c of rec.clearing) for (const b of c.bids) if (b.bidder === playerId && !b.other) chips += b.paid;
  const other = Math.max(0, m.spend - chips);
  const v = { from: f.money(m.cash - m.revenue + m.spend), to: f.money(m.cash), revenue: f.money(m.revenue), spent: f.money(m.spend), chips: f.money(chips), other: f.money(other) };
  const flow = chips > 0 && other > 0 ? t('nc.cash.flow', v) : chips > 0 ? t('nc.cash.flowChips', v) : t('nc.cash.flowOther', v);
  const next = quarter + 1 < game.scenario.quarters ? (companyOf(game.scenario, playerId)?.budget[quarter + 1] ?? 0) : 0;
  return next > 0 ? `${flow} ${t('nc.cash.next', { next: f.money(next) })}` : flow;
}

/** The paragraph under "Your quarter", or null. */
export function cashFlowLine(game: GameState, playerId: string, quarter: number): HTMLElement | null {
  const text = cashFlowText(game, playerId, quarter);
  return text === null ? null : el('p', { class: 'qs-cash', testid: 'cash-flow' }, text);
}
