/**
 * Bot types: difficulty levels and the structured rationale a bot returns with its orders. Reasons are codes
 * with numbers (never prose), so the UI and `explain` can translate them.
 */
import type { Orders } from '../engine';

/** Bot difficulty levels. A level changes how well a bot thinks, never what it is given. */
export const BOT_LEVELS = ['easy', 'normal', 'hard'] as const;
/** A bot difficulty level. */
export type BotLevel = (typeof BOT_LEVELS)[number];

/** Every reason code a bot may give; `explain.ts` has a sentence for each in English and German. */
export const REASON_CODES = [
  // bids
  'listPrice',
  'lastClearing',
  'forecastClearing',
  'supplyChange',
  'otherDemand',
  'rivalDemand',
  'valuePerUnit',
  'shortGame',
  'revenuePerUnit',
  'capabilityValue',
  'quartersLeft',
  'powerReady',
  'powerLater',
  'cashLimited',
  'aggression',
  'simulated',
  'tooExpensive',
  'tooLate',
  'licence',
  'revenueShare',
  'exportBanned',
  'independenceCost',
  'efficiencyGain',
  'payAsBidShade',
  'bidCurve',
  'bidTrimmed',
  'planBuys',
  'planSkips',
  // power
  'buildAhead',
  'powerCovered',
  'powerTooLate',
  'powerForFleet',
  'powerFast',
  'powerFastGap',
  'powerShortOfCash',
  'powerPlan',
  // silicon
  'siliconFund',
  'siliconTooLate',
  'siliconPays',
  'siliconNotWorth',
  'siliconFocus',
  'siliconPlan',
  'customOrder',
  'foundryShare',
  'bookingTooLate',
  // grey market
  'greyBuy',
  'greyRisk',
  // partnerships
  'labDeal',
  'chipmakerDeal',
  'partnershipDeclined',
  'dealBid',
  // cash
  'cashReserve',
  'reserveCommitted',
] as const;
/** A reason code. */
export type ReasonCode = (typeof REASON_CODES)[number];

/** One reason: a code and the numbers (or ids) it speaks about. */
export interface Reason {
  code: ReasonCode;
  values: Record<string, number | string>;
}

/** Why a bot bid what it bid for one SKU (or why it did not bid). */
export interface BidRationale {
  sku: string;
  quantity: number;
  maxPrice: number;
  /** What one more unit is worth to the bot, in dollars (revenue, capability and end-of-game score terms, less power). */
  valuation: number;
  /** The top reasons, most important first. */
  reasons: Reason[];
}

/** A decision on something other than a bid (silicon, power, grey market, partnership, cash). */
export interface DecisionRationale {
  reasons: Reason[];
}

/** Everything a bot says about one quarter's orders. */
export interface BotRationale {
  playerId: string;
  quarter: number;
  level: BotLevel;
  bids: BidRationale[];
  silicon: DecisionRationale & { investment: number; customOrder: number };
  /** mw: grid MW to build; fastMw: on-site MW (the fast, dear option). */
  power: DecisionRationale & { mw: number; fastMw?: number };
  grey: DecisionRationale & { units: number };
  partnership: DecisionRationale & { id: string | null };
  cash: DecisionRationale;
  /** Auction simulations run (hard; 0 for the other levels): the bounded-thinking counter. */
  iterations: number;
  /** Hard: the plans it weighed by playing the game forward, and the one it kept. */
  lookahead?: { futures: number; plans: LookaheadPlan[]; chosen: LookaheadPlan['name'] };
}

/** A plan the hard bot weighed: its own planner's or the theme plan, and its mean score (tenths) at the end of the imagined futures. */
export interface LookaheadPlan {
  name: 'plan' | 'theme' | 'ownChips' | 'steady';
  score: number;
}

/** A bot's answer for one seat and quarter. */
export interface BotDecision {
  orders: Orders;
  rationale: BotRationale;
}

/** Knobs of a bot's thinking (never of what it is given). */
export interface BotOptions {
  /** Cap on auction simulations per decision (hard). The default keeps a decision well under 150 ms on one core. */
  iterations?: number;
  /** Imagined futures per plan for the hard bot's look ahead (0: the planner alone). */
  futures?: number;
  /** Hard: try one split of cash between own chips and auctions instead of several (the look ahead's later quarters). */
  quick?: boolean;
}
