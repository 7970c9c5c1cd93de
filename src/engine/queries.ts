/**
 * What the UI and the bots ask of a state, answered once, beside the rules that define it: the cost of the
 * silicon stage being funded, what grey-market orders cost with their fine if caught, the power a fleet
 * needs, the partnership offers a company may take, the human seats of a game and the weighted parts of a
 * score. Nothing outside the engine re-derives these.
 */
import { greyFine, greyPrice } from './grey';

export { greyCost, type GreyCost } from './grey';
import { indexOf } from './lookup';
import { mwNeeded } from './power';
import { stageCost } from './silicon';
import type { GameState, PlayerState, Scenario, ScoreParts, SiliconStage } from './types';

/** The stage a company's silicon investment funds now: design from none, none once in volume. */
export function fundedStage(stage: SiliconStage): SiliconStage | null {
  if (stage === 'volume') return null;
  return stage === 'none' ? 'design' : stage;
}

/** The full cost of the stage a company's investment funds now (0 in volume production). */
export function nextStageCost(state: Pick<GameState, 'scenario'>, stage: SiliconStage): number {
  const s = fundedStage(stage);
  return s === null ? 0 : stageCost(state as GameState, s);
}

/** What is still to invest to finish the stage being funded (never below 0). */
export function stageRemaining(state: Pick<GameState, 'scenario'>, silicon: { stage: SiliconStage; progress: number }): number {
  return Math.max(0, nextStageCost(state, silicon.stage) - silicon.progress);
}

/** One unit of a SKU on the grey market, and the fine on it if caught. */
export function greyUnitCost(scenario: Pick<Scenario, 'greyMarket'>, listPrice: number): { price: number; fine: number } {
  const price = greyPrice(listPrice, scenario.greyMarket.premiumPct);
  return { price, fine: greyFine(scenario.greyMarket, price) };
}

/** MW a company needs to run its whole fleet (facility overhead included); 0 for an unknown company. */
export function powerNeededMw(state: GameState, playerId: string, fleet?: Record<string, number>): number {
  const i = indexOf(state.scenario).companyIndex.get(playerId);
  if (i === undefined) return 0;
  return mwNeeded(state, i, fleet ?? (state.players[i] as PlayerState).fleet);
}

/** The partnership state an offer check reads (a GameState or a PlayerView). */
export interface OfferBoard {
  openPartnerships: readonly string[];
  takenPartnerships: readonly string[];
}

/** Why an offer may not be taken, or null if it may: not open (or taken), or already held by the company. */
export function offerRefusal(board: OfferBoard, contracts: readonly { partnershipId: string }[], id: string): 'closed' | 'held' | null {
  if (!board.openPartnerships.includes(id) || board.takenPartnerships.includes(id)) return 'closed';
  if (contracts.some((c) => c.partnershipId === id)) return 'held';
  return null;
}

/** The partnership offers a company may take this quarter (open, not taken, not already held), in offer order. */
export function offersOpenTo(board: OfferBoard, contracts: readonly { partnershipId: string }[]): string[] {
  return board.openPartnerships.filter((id) => offerRefusal(board, contracts, id) === null);
}

/** The company ids played by people, in seat order. */
export function humanSeatIds(seats: readonly { kind: string; playerId: string }[] | null | undefined): string[] {
  return (seats ?? []).filter((s) => s.kind === 'human').map((s) => s.playerId);
}

/** The score parts in the order they are shown and summed. */
export const SCORE_PARTS = ['capability', 'market', 'independence', 'efficiency'] as const;

/**
 * Each part's share of the score (0..1 of the whole 1000-point scale): the part's points times its weight
 * over the sum of the weights, as scoreAll sums them. They add up to score / 1000 (before rounding).
 */
export function weightedParts(scenario: Pick<Scenario, 'scoring'>, parts: ScoreParts): ScoreParts {
  const w = scenario.scoring.weights;
  const wsum = w.capability + w.market + w.independence + w.efficiency;
  const share = (k: (typeof SCORE_PARTS)[number]): number => (wsum > 0 ? (parts[k] * w[k]) / wsum / 1000 : 0);
  return { capability: share('capability'), market: share('market'), independence: share('independence'), efficiency: share('efficiency') };
}
