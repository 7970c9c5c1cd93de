/**
 * The engine's number limits: every quantity in a game state stays a whole, finite, safe integer however a
 * valid scenario's events compound and whatever a record injects. Each limit sits well inside 2^53
 * (9.007e15), so a quarter's additions to a clamped value are still exact before the next clamp.
 *
 * | quantity                                           | limit            |
 * |----------------------------------------------------|------------------|
 * | money held in the state (cash, totals, credit, silicon progress) | $10^15 |
 * | a quarter's AI revenue pool after event modifiers  | $10^13 (the scenario's own cap on one money field) |
 * | a SKU's supply in a quarter after event modifiers  | 10^8 units (the scenario's cap on one unit field) |
 * | units of one kind in a fleet                       | 10^12            |
 * | power online (MW)                                  | 10^9 MW          |
 * | cumulative compute (H100e-quarters)                | 10^15            |
 *
 * Clamping happens after every event modifier (effectivePool, effectiveSupply, foundry access) and after every
 * resolution and briefing (clampPlayer). Under the shipped scenarios and any ordinary game no limit is ever
 * reached, so clamping changes nothing there (the golden replays keep their hashes).
 */

/** Largest quantity of one bid or grey order (units). */
export const MAX_UNITS = 10_000_000;
/** Largest price per unit (USD). */
export const MAX_PRICE = 10_000_000;
/** Largest money amount in one order field (USD). */
export const MAX_MONEY = 1_000_000_000_000;
/** Largest power build in one quarter (MW). */
export const MAX_MW = 1_000_000;
/** Most bids, and most grey-market orders, in one set of orders. */
export const MAX_ORDER_LINES = 256;
/** Longest id (company, SKU, partnership, event card) an action may name. */
export const MAX_ID_CHARS = 64;

/** Largest amount of money one field of the state may hold (cash, running totals, credit). */
export const MAX_STATE_MONEY = 1_000_000_000_000_000;
/** Largest AI revenue pool of one quarter after event modifiers. */
export const MAX_POOL = 10_000_000_000_000;
/** Largest supply of one SKU in one quarter after event modifiers (units). */
export const MAX_SUPPLY = 100_000_000;
/** Largest number of units of one kind a company may own. */
export const MAX_FLEET_UNITS = 1_000_000_000_000;
/** Largest power a company may have online (MW). */
export const MAX_STATE_MW = 1_000_000_000;
/** Largest cumulative compute (H100e-quarters). */
export const MAX_COMPUTE_QUARTERS = 1_000_000_000_000_000;

/**
 * Most engine steps (see steps.ts) one action may take: far above what the largest valid scenario needs
 * (every modifier of 384 events x 16 effects, visited once per SKU, is about 400,000), so reaching it means
 * a loop the rules do not bound.
 */
export const MAX_STEPS_PER_ACTION = 2_000_000;

/** `x` as a whole number in 0..max: NaN and negatives give 0, Infinity and anything above give max. */
export function clampInt(x: number, max: number): number {
  if (!(x > 0)) return 0;
  if (x >= max) return max;
  return Math.round(x);
}

/** `x` in 0..max without rounding (an intermediate of a modifier chain): NaN and negatives give 0. */
export function clampReal(x: number, max: number): number {
  if (!(x > 0)) return 0;
  return x >= max ? max : x;
}

/** `value` changed by `pct` percent (an event modifier), kept in 0..max so a chain of modifiers never overflows. */
export function scaleByPct(value: number, pct: number, max: number): number {
  return clampReal((value * (100 + pct)) / 100, max);
}

interface ClampablePlayer {
  cash: number;
  fleet: Record<string, number>;
  powerMw: number;
  silicon: { progress: number; invested: number };
  contracts: { credit: number }[];
  totals: { computeQuarters: number; revenue: number; spend: number; bought: Record<string, number> };
}

/** Keeps a (draft) player's numbers inside the limits, in place. A no-op for any ordinary game. */
export function clampPlayer(p: ClampablePlayer): void {
  if (p.cash > MAX_STATE_MONEY || !(p.cash >= 0)) p.cash = clampInt(p.cash, MAX_STATE_MONEY);
  if (p.powerMw > MAX_STATE_MW || !(p.powerMw >= 0)) p.powerMw = clampInt(p.powerMw, MAX_STATE_MW);
  const s = p.silicon;
  if (s.progress > MAX_STATE_MONEY || !(s.progress >= 0)) s.progress = clampInt(s.progress, MAX_STATE_MONEY);
  if (s.invested > MAX_STATE_MONEY || !(s.invested >= 0)) s.invested = clampInt(s.invested, MAX_STATE_MONEY);
  for (const c of p.contracts) if (c.credit > MAX_STATE_MONEY || !(c.credit >= 0)) c.credit = clampInt(c.credit, MAX_STATE_MONEY);
  const t = p.totals;
  if (t.revenue > MAX_STATE_MONEY || !(t.revenue >= 0)) t.revenue = clampInt(t.revenue, MAX_STATE_MONEY);
  if (t.spend > MAX_STATE_MONEY || !(t.spend >= 0)) t.spend = clampInt(t.spend, MAX_STATE_MONEY);
  if (t.computeQuarters > MAX_COMPUTE_QUARTERS || !(t.computeQuarters >= 0)) t.computeQuarters = clampInt(t.computeQuarters, MAX_COMPUTE_QUARTERS);
  for (const k of Object.keys(p.fleet)) {
    const n = p.fleet[k] as number;
    if (n > MAX_FLEET_UNITS || !(n >= 0)) p.fleet[k] = clampInt(n, MAX_FLEET_UNITS);
  }
  for (const k of Object.keys(t.bought)) {
    const n = t.bought[k] as number;
    if (n > MAX_STATE_MONEY || !(n >= 0)) t.bought[k] = clampInt(n, MAX_STATE_MONEY);
  }
}

/** Most companies (seats) a scenario may have. */
export const MAX_COMPANIES = 64;
/** Most quarters a scenario may last. */
export const MAX_QUARTERS = 40;

/**
 * Actions a record may hold per seat in one quarter: the orders and up to three withdraw-and-resubmit rounds
 * would be 7; 8 leaves a spare. A quarter has no legitimate need for more.
 */
export const ACTIONS_PER_SEAT_PER_QUARTER = 8;
/** Actions a quarter may hold besides the seats' orders: resolve, advance and up to 14 injected event cards. */
export const EXTRA_ACTIONS_PER_QUARTER = 16;
/** Most actions any record may hold, whatever its seats. */
export const MAX_RECORD_ACTIONS = 20_000;

/** Most actions a record with `seats` seats may hold in one quarter. */
export function maxActionsPerQuarter(seats: number): number {
  return ACTIONS_PER_SEAT_PER_QUARTER * seats + EXTRA_ACTIONS_PER_QUARTER;
}

/** Most actions a whole record with `seats` seats may hold: every quarter of the longest scenario at its cap. */
export function maxRecordActions(seats: number): number {
  return Math.min(MAX_RECORD_ACTIONS, MAX_QUARTERS * maxActionsPerQuarter(seats));
}
