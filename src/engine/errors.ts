/**
 * Why an action was refused, as data: a code, the values that explain it and the field it concerns. Each
 * code stands for one situation, so one sentence per code and language tells it (the UI's table in
 * src/text/i18n/errors.ts; docs/errors.md lists them all). `message` is the engine's own English sentence,
 * built from the code and values here, for the CLI, the logs and the tests: no program reads it back.
 */

/** What each code's values hold (ids are the scenario's ids; amounts are whole numbers). */
export interface ErrorValues {
  /** The action or its orders are not the right shape (not an object, a list that is not a list...). */
  MALFORMED: { expected: string };
  /** The action's type is none the engine knows. */
  UNKNOWN_ACTION: { type: string };
  /** The action is refused in this phase; `action` is what was tried. */
  WRONG_PHASE: { action: 'submit' | 'withdraw' | 'resolve' | 'advance' | 'inject'; phase: string };
  UNKNOWN_PLAYER: { playerId: string };
  ALREADY_SUBMITTED: { playerId: string };
  NOTHING_TO_WITHDRAW: { playerId: string };
  ORDERS_MISSING: { missing: string };
  UNKNOWN_SKU: { sku: string };
  NOT_AVAILABLE: { sku: string; quarter: number };
  /** The buyer is on the entity list: no parts of `vendor` until quarter `until` (0-based). */
  ENTITY_LISTED: { playerId: string; sku: string; vendor: string; until: number };
  /** The vendor does not sell the SKU to the buyer's region at all (not an export rule). */
  NOT_SOLD_TO_REGION: { playerId: string; sku: string; vendor: string; region: string };
  /** An export rule forbids the sale. */
  EXPORT_BANNED: { playerId: string; sku: string; rule: string };
  EXPORT_CAP: { playerId: string; rule: string; cap: number; asked: number };
  /** A number field is not a whole number in 0..max. */
  BAD_AMOUNT: { max: number };
  TOO_MANY_BIDS: { max: number; count: number };
  TOO_MANY_GREY_ORDERS: { max: number; count: number };
  DUPLICATE_SKU: { sku: string; max: number };
  DUPLICATE_GREY_SKU: { sku: string };
  OVER_BUDGET: { playerId: string; spend: number; running: number; cash: number };
  /** The company's chip is in volume production: nothing left to fund. */
  SILICON_DONE: { chip: string };
  /** Own chips are booked from the ramp stage on. */
  SILICON_TOO_EARLY: { chip: string; stage: string };
  /** Ramping: at most `max` units a quarter. */
  SILICON_RAMP_CAP: { chip: string; max: number };
  /** Bookings grow at most `pct`% a quarter over the largest so far. */
  BOOKING_GROWTH_CAP: { chip: string; max: number; pct: number };
  /** A booking now would be delivered `lead` quarters later, after the game's last quarter. */
  BOOKING_TOO_LATE: { lead: number };
  GREY_MARKET_CLOSED: Record<string, never>;
  /** The SKU can be bought openly: the grey market is for what export rules deny. */
  GREY_NOT_NEEDED: { playerId: string; sku: string };
  /** The vendor does not sell the SKU to the region at all: no rule to get round. */
  GREY_NOT_SOLD: { sku: string; vendor: string; region: string };
  GREY_CAP: { max: number; asked: number };
  UNKNOWN_PARTNERSHIP: { partnership: string };
  PARTNERSHIP_CLOSED: { partnership: string };
  PARTNERSHIP_HELD: { partnership: string };
  UNKNOWN_CARD: { card: string };
  CARD_PLAYED: { card: string; quarter: number };
  GAME_OVER: Record<string, never>;
  /** The engine stopped a runaway step (see steps.ts) or hit an internal error. */
  FAILED: { detail: string };
  // The store's refusals (the same form, so the UI translates them the same way).
  NO_GAME: Record<string, never>;
  NO_REPLAY: Record<string, never>;
  UNKNOWN_SCENARIO: { scenario: string };
  STALE_GAME: Record<string, never>;
  BRANCH_AT_END: Record<string, never>;
  /** A game record could not be played (the store's own notice says why, in `detail`). */
  RECORD_REFUSED: { detail: string };
  // The classroom server's refusals.
  /** This quarter already holds as many actions as a game record may (`max`). */
  QUARTER_FULL: { max: number };
  /** The server could not write the game's log. */
  LOG_FAILED: { detail: string };
}

/** Error codes of a refused action. */
export type ActionErrorCode = keyof ErrorValues;

/** Why an action was refused: a code and values for programs and translations, a field path, and English. */
export type ActionError = {
  [C in ActionErrorCode]: {
    code: C;
    values: ErrorValues[C];
    /** The engine's English sentence (CLI, logs, tests); the UI translates code and values instead. */
    message: string;
    /** Where in the action the problem is, e.g. "orders.bids[1].maxPrice". */
    path?: string;
    /** The export rule that forbids the order, when there is one. */
    ruleId?: string;
  };
}[ActionErrorCode];

const n = (x: number): string => x.toLocaleString('en-US');

const PHASE_WORD: Record<ErrorValues['WRONG_PHASE']['action'], string> = {
  submit: 'orders are taken in the orders phase',
  withdraw: 'orders can be withdrawn in the orders phase',
  resolve: 'a quarter resolves from the orders phase',
  advance: 'the game advances after the reveal',
  inject: 'events are injected during the orders phase',
};

/** The engine's English sentence for each code (one per code). */
export const ERROR_ENGLISH: { [C in ActionErrorCode]: (v: ErrorValues[C], path: string | undefined) => string } = {
  MALFORMED: (v, p) => `${p ?? 'the action'} must be ${v.expected}`,
  UNKNOWN_ACTION: (v) => `unknown action type "${v.type}"`,
  WRONG_PHASE: (v) => `${PHASE_WORD[v.action]}; the game is in "${v.phase}"`,
  UNKNOWN_PLAYER: (v) => `unknown company "${v.playerId}"`,
  ALREADY_SUBMITTED: (v) => `${v.playerId} has already submitted this quarter's orders (withdraw them to change them)`,
  NOTHING_TO_WITHDRAW: (v) => `${v.playerId} has no orders to withdraw`,
  ORDERS_MISSING: (v) => `waiting for orders from: ${v.missing}`,
  UNKNOWN_SKU: (v) => `unknown SKU "${v.sku}"`,
  NOT_AVAILABLE: (v) => `${v.sku} is not on sale before quarter ${v.quarter + 1} of the game`,
  ENTITY_LISTED: (v) => `${v.playerId} is on the entity list until quarter ${v.until + 1}: no ${v.vendor} parts`,
  NOT_SOLD_TO_REGION: (v) => `${v.vendor} does not sell ${v.sku} to ${v.region}`,
  EXPORT_BANNED: (v) => `${v.sku} may not be sold to ${v.playerId}: export rule ${v.rule}`,
  EXPORT_CAP: (v) => `export rule ${v.rule} caps ${v.playerId} at ${n(v.cap)} units a quarter; these bids ask for ${n(v.asked)}`,
  BAD_AMOUNT: (v, p) => `${p ?? 'the amount'} must be a whole number from 0 to ${n(v.max)}`,
  TOO_MANY_BIDS: (v) => `orders.bids may hold at most ${v.max} bids, got ${v.count}`,
  TOO_MANY_GREY_ORDERS: (v) => `orders.greyMarket may hold at most ${v.max} orders, got ${v.count}`,
  DUPLICATE_SKU: (v) => `at most ${v.max} bid(s) per SKU; ${v.sku} has more`,
  DUPLICATE_GREY_SKU: (v) => `one grey-market order per SKU; ${v.sku} has more`,
  OVER_BUDGET: (v) => `these orders can spend up to $${n(v.spend)} (bids at their max price) and running costs need $${n(v.running)}, but ${v.playerId} has $${n(v.cash)}`,
  SILICON_DONE: (v) => `${v.chip} is already in volume production: there is no stage left to fund`,
  SILICON_TOO_EARLY: (v) => `${v.chip} is at stage "${v.stage}": custom chips can be ordered from the ramp stage on`,
  SILICON_RAMP_CAP: (v) => `${v.chip} is ramping: at most ${n(v.max)} units a quarter until volume`,
  BOOKING_GROWTH_CAP: (v) => `${v.chip} can book at most ${n(v.max)} units this quarter: bookings grow at most ${v.pct}% a quarter over the largest so far`,
  BOOKING_TOO_LATE: (v) => `foundry bookings are delivered ${v.lead} quarter(s) later, after the game's last quarter: none can be booked now`,
  GREY_MARKET_CLOSED: () => 'this scenario has no grey market',
  GREY_NOT_NEEDED: (v) => `${v.sku} can be bought openly by ${v.playerId}: bid for it instead`,
  GREY_NOT_SOLD: (v) => `the grey market trades parts that export rules deny; ${v.vendor} simply does not sell ${v.sku} to ${v.region}`,
  GREY_CAP: (v) => `the grey market moves at most ${n(v.max)} units a quarter per buyer; asked ${n(v.asked)}`,
  UNKNOWN_PARTNERSHIP: (v) => `unknown partnership "${v.partnership}"`,
  PARTNERSHIP_CLOSED: (v) => `${v.partnership} is not open this quarter`,
  PARTNERSHIP_HELD: (v) => `already partnered with ${v.partnership}`,
  UNKNOWN_CARD: (v) => `no event card "${v.card}" in this scenario's deck`,
  CARD_PLAYED: (v) => `event card "${v.card}" has already been played this game (in quarter ${v.quarter + 1}); a card is played at most once`,
  GAME_OVER: () => 'the game is over',
  FAILED: (v) => `the action could not be applied: ${v.detail}`,
  NO_GAME: () => 'No game is running.',
  NO_REPLAY: () => 'No replay is open.',
  UNKNOWN_SCENARIO: (v) => `Unknown scenario "${v.scenario}".`,
  STALE_GAME: () => 'Another tab has played this game further. This tab no longer takes orders for it: reload the game to go on from where the other tab is.',
  BRANCH_AT_END: () => 'The game is over here: step back to branch.',
  RECORD_REFUSED: (v) => v.detail,
  QUARTER_FULL: (v) => `this quarter has as many actions as a game record may hold (${v.max})`,
  LOG_FAILED: (v) => `the server could not write the game's log (${v.detail})`,
};

/** Builds an ActionError: the code, its values, the field path and rule if any, and the English sentence. */
export function actionError<C extends ActionErrorCode>(code: C, values: ErrorValues[C], path?: string, ruleId?: string): ActionError {
  const fmt = ERROR_ENGLISH[code] as (v: ErrorValues[C], p: string | undefined) => string;
  const e = { code, values, message: fmt(values, path) } as ActionError;
  if (path !== undefined) e.path = path;
  if (ruleId !== undefined) e.ruleId = ruleId;
  return e;
}
