/**
 * The coached tutorial (issue 13 item 4), as data: the steps in order, each pointing at one part of the screen
 * (a test id), saying one thing (a text code, worded in src/text/i18n/legible.ts) and waiting for the player's
 * action (a predicate on the store's state) or for "Next" on a step that only explains. The view is
 * src/ui/tutorial.ts; the advice it gives is `TUTORIAL_ADVICE`, and strategies/tutorial-advice.mjs plays exactly
 * that advice as a scripted bot (a test checks both give the same orders, and that they beat par).
 */
import { finalStandings } from '../engine';
import { SCORE_PARTS, type ScorePart } from '../engine/score-story';
import type { GameState, Orders } from '../engine/types';
import { marginSign } from '../text/format';
import { parseAmount } from './drafts';
import type { StoreData } from './game-store';

/** The scenario the tutorial coaches, and the seat it coaches. */
export const TUTORIAL_SCENARIO = 'tutorial';
export const TUTORIAL_SEAT = 'microsoft';

/** What the tutorial advises each quarter (quarter index 0, 1, 2): the orders a player types when following it. */
export interface QuarterAdvice {
  /** H100 units to bid for, and the max price per unit. */
  h100: number;
  maxPrice: number;
  /** Dollars into the own chip's current stage (Maia 100 starts in the ramp: $1B takes it to volume). */
  siliconInvestment: number;
  /** Own chips (Maia 100) to book at the foundry; they arrive the next quarter. */
  maia: number;
}

/**
 * The advice: buy the H100 your power will run (the power you have runs 30,000 more now; the 290 MW arriving in
 * Q2 and again in Q3 run the Maia you book and about 100,000 and 130,000 more H100), bid a little over the
 * neoclouds' $28,000 (you pay the clearing price, not your max), book the ramp's cap of Maia while bookings can
 * still arrive in the game, and leave the ramp unfinished: $1B to lift the booking cap does not pay back in
 * three quarters (measured: following the old advice, which paid it, finished 1.6 points under par once the
 * bots stopped leaving chips idle). Build no extra power: the grid builds already under way cover it, and new
 * power would come online with a quarter or less left to use it.
 */
export const TUTORIAL_ADVICE: readonly QuarterAdvice[] = [
  { h100: 30_000, maxPrice: 30_000, siliconInvestment: 0, maia: 100_000 },
  { h100: 100_000, maxPrice: 30_000, siliconInvestment: 0, maia: 100_000 },
  { h100: 130_000, maxPrice: 30_000, siliconInvestment: 0, maia: 0 },
];

/** The advice for quarter `q` as the card words it (Maia stays in the ramp, so bookings keep to the ramp's cap). */
export function adviceFor(game: GameState, q: number): QuarterAdvice | null {
  const a = TUTORIAL_ADVICE[q];
  const me = game.players.find((p) => p.id === TUTORIAL_SEAT);
  if (!a || !me) return a ?? null;
  const ramping = me.silicon.stage !== 'volume';
  return { ...a, maia: ramping ? Math.min(a.maia, game.scenario.silicon.rampCap) : a.maia };
}

/** The orders the advice stands for in the game's current quarter (empty after the last advised quarter). */
export function advisedOrders(game: GameState): Orders {
  const a = adviceFor(game, game.quarter);
  const orders: Orders = { bids: [], siliconInvestment: 0, customOrder: 0, powerBuild: 0, powerFast: 0, greyMarket: [], partnership: null };
  if (!a) return orders;
  if (a.h100 > 0) orders.bids.push({ sku: 'H100', quantity: a.h100, maxPrice: a.maxPrice });
  orders.siliconInvestment = a.siliconInvestment;
  orders.customOrder = a.maia;
  return orders;
}

/** The text code of a step (the i18n key is `tut.<code>`; values come from `stepValues`). */
export type StepCode =
  | 'welcome'
  | 'score'
  | 'bidQuantity'
  | 'bidPrice'
  | 'silicon'
  | 'maia'
  | 'plan'
  | 'submit'
  | 'summary'
  | 'continue'
  | 'bidsAgain'
  | 'maiaMore'
  | 'preview'
  | 'fillPower'
  | 'price'
  | 'last'
  | 'review';

/** One step: where it points, what it says, and when it is done. */
export interface TutorialStep {
  id: string;
  /** The screen and quarter it belongs to. */
  screen: 'board' | 'reveal' | 'gameOver';
  quarter: number;
  /** The test id of the element it points at. */
  target: string;
  code: StepCode;
  /** Glossary terms the step's words use (linked under its text). */
  terms?: readonly string[];
  /** Done by the player's action (a predicate on the state); a step without one waits for "Next". */
  done?: (s: StoreData) => boolean;
}

function draftAmount(s: StoreData, pick: (d: NonNullable<StoreData['ui']['drafts'][string]>) => string | undefined): number {
  const d = s.ui.drafts[TUTORIAL_SEAT];
  const text = d ? pick(d) : undefined;
  if (text === undefined) return 0;
  const v = parseAmount(text, s.ui.language);
  return v.ok ? v.value : 0;
}

const bidQuantity = (s: StoreData): number => draftAmount(s, (d) => d.bids.H100?.quantity);
const bidPrice = (s: StoreData): number => draftAmount(s, (d) => d.bids.H100?.maxPrice);
const listPrice = (s: StoreData): number => s.game?.scenario.skus.find((k) => k.id === 'H100')?.listPrice ?? 0;
const bidTyped = (s: StoreData): boolean => bidQuantity(s) > 0 && bidPrice(s) >= listPrice(s);

/** Whether the coached seat has sealed its orders this quarter (or the game has moved past them). */
function sealed(s: StoreData, q: number): boolean {
  const g = s.game;
  if (!g) return false;
  if (g.quarter !== q || g.phase !== 'orders') return true;
  const i = g.players.findIndex((p) => p.id === TUTORIAL_SEAT);
  return i >= 0 && g.pending[i] !== null && g.pending[i] !== undefined;
}

/** Whether the game has left quarter `q`'s reveal. */
const continued =
  (q: number) =>
  (s: StoreData): boolean =>
    !s.game || s.game.quarter > q || s.game.phase === 'gameOver';

/** The steps, in the order they are taken. */
export const TUTORIAL_STEPS: readonly TutorialStep[] = [
  { id: 'q1-welcome', terms: ['howToWin', 'par'], screen: 'board', quarter: 0, target: 'quarter-label', code: 'welcome' },
  {
    id: 'q1-score',
    terms: ['capability', 'market', 'independence', 'efficiency'],
    screen: 'board',
    quarter: 0,
    target: 'standings',
    code: 'score',
  },
  {
    id: 'q1-quantity',
    terms: ['h100e', 'efficiency'],
    screen: 'board',
    quarter: 0,
    target: 'bid-quantity-H100',
    code: 'bidQuantity',
    done: (s) => bidQuantity(s) > 0,
  },
  { id: 'q1-price', screen: 'board', quarter: 0, target: 'bid-price-H100', code: 'bidPrice', done: (s) => bidPrice(s) >= listPrice(s) },
  // Advice not to act (finishing the ramp does not pay in three quarters): a "Next" step.
  { id: 'q1-silicon', screen: 'board', quarter: 0, target: 'silicon-investment', code: 'silicon' },
  {
    id: 'q1-maia',
    screen: 'board',
    quarter: 0,
    target: 'foundry-booking',
    code: 'maia',
    done: (s) => draftAmount(s, (d) => d.customOrder) > 0,
  },
  { id: 'q1-plan', terms: ['efficiency'], screen: 'board', quarter: 0, target: 'capacity-plan', code: 'plan' },
  { id: 'q1-submit', screen: 'board', quarter: 0, target: 'submit-orders', code: 'submit', done: (s) => sealed(s, 0) },
  {
    id: 'q1-summary',
    terms: ['capability', 'market', 'independence', 'efficiency'],
    screen: 'reveal',
    quarter: 0,
    target: 'quarter-summary',
    code: 'summary',
  },
  { id: 'q1-continue', screen: 'reveal', quarter: 0, target: 'reveal-continue', code: 'continue', done: continued(0) },
  { id: 'q2-bids', screen: 'board', quarter: 1, target: 'bid-quantity-H100', code: 'bidsAgain', done: bidTyped },
  {
    id: 'q2-maia',
    screen: 'board',
    quarter: 1,
    target: 'foundry-booking',
    code: 'maiaMore',
    done: (s) => draftAmount(s, (d) => d.customOrder) > 0,
  },
  { id: 'q2-preview', screen: 'board', quarter: 1, target: 'order-preview', code: 'preview' },
  { id: 'q2-submit', screen: 'board', quarter: 1, target: 'submit-orders', code: 'submit', done: (s) => sealed(s, 1) },
  { id: 'q2-continue', screen: 'reveal', quarter: 1, target: 'reveal-continue', code: 'price', done: continued(1) },
  { id: 'q3-bids', terms: ['efficiency'], screen: 'board', quarter: 2, target: 'bid-quantity-H100', code: 'fillPower', done: bidTyped },
  { id: 'q3-submit', screen: 'board', quarter: 2, target: 'submit-orders', code: 'submit', done: (s) => sealed(s, 2) },
  { id: 'q3-continue', screen: 'reveal', quarter: 2, target: 'reveal-continue', code: 'last', done: continued(2) },
  { id: 'review', terms: ['howToWin', 'par'], screen: 'gameOver', quarter: 2, target: 'game-over-why', code: 'review' },
];

/** Whether the store holds a tutorial game the coach runs (the tutorial scenario, Microsoft played here). */
export function tutorialActive(s: Pick<StoreData, 'game' | 'record'>): boolean {
  if (s.game?.scenario.id !== TUTORIAL_SCENARIO) return false;
  return (s.record?.seats ?? []).some((x) => x.kind === 'human' && x.playerId === TUTORIAL_SEAT);
}

/**
 * The step to show now: on this screen and quarter, the first step in order not yet done (an action step by
 * its predicate, a "Next" step by `seen`); null when none is left here or the coach does not run.
 */
export function currentStep(s: StoreData, seen: ReadonlySet<string>): TutorialStep | null {
  const g = s.game;
  if (!g || !tutorialActive(s)) return null;
  const screen = s.ui.screen;
  for (const step of TUTORIAL_STEPS) {
    if (step.screen !== screen) continue;
    if (screen !== 'gameOver' && step.quarter !== g.quarter) continue;
    const done = step.done ? step.done(s) : seen.has(step.id);
    if (!done) return step;
  }
  return null;
}

/** The step's number among all steps (1-based) and the count, for "Step 3 of 19". */
export function stepNumber(step: TutorialStep): { n: number; of: number } {
  return { n: TUTORIAL_STEPS.indexOf(step) + 1, of: TUTORIAL_STEPS.length };
}

/** One line of the review: a text code and its values. */
export interface ReviewItem {
  code: 'beatPar' | 'onPar' | 'belowPar' | 'partTop' | 'partLow' | 'idle' | 'noMaia' | 'followed' | 'bidLess' | 'bidMore';
  values: Record<string, string | number>;
}

/** The end-of-game review: what went well and what to try next time, from the final state. */
export interface TutorialReview {
  well: ReviewItem[];
  toTry: ReviewItem[];
}

/** The review of the coached seat's game (null before the end or outside the tutorial). */
export function tutorialReview(game: GameState): TutorialReview | null {
  if (game.phase !== 'gameOver' || game.scenario.id !== TUTORIAL_SCENARIO) return null;
  const standings = finalStandings(game);
  const me = standings.find((x) => x.playerId === TUTORIAL_SEAT);
  const last = game.history[game.history.length - 1];
  const mine = last?.metrics.find((m) => m.playerId === TUTORIAL_SEAT);
  if (!me || !last || !mine) return null;
  const well: ReviewItem[] = [];
  const toTry: ReviewItem[] = [];
  // The margin to par (tenths) on the side it shows with one decimal (marginSign, as the final table and the
  // game-over line): one that shows as 0.0 is on par, not "0.0 points below par".
  const side = me.margin === null ? null : marginSign(me.margin);
  if (side === 0) well.push({ code: 'onPar', values: { rank: me.rank, of: standings.length } });
  else if (side !== null && me.margin !== null)
    (side > 0 ? well : toTry).push({
      code: side > 0 ? 'beatPar' : 'belowPar',
      values: { margin: Math.abs(me.margin) / 10, rank: me.rank, of: standings.length },
    });
  // Parts in tenths (0-1000): the strongest part went well; the weakest is the one to work on.
  const parts = SCORE_PARTS.map((p: ScorePart) => ({ p, v: mine.parts[p] }));
  const top = parts.reduce((a, b) => (b.v > a.v ? b : a));
  const low = parts.reduce((a, b) => (b.v < a.v ? b : a));
  well.push({ code: 'partTop', values: { part: top.p, value: top.v / 10 } });
  if (low.p !== top.p) toTry.push({ code: 'partLow', values: { part: low.p, value: low.v / 10 } });
  if (mine.idleUnits > 0) toTry.push({ code: 'idle', values: { idle: mine.idleUnits } });
  if (mine.ownSiliconH100e === 0) toTry.push({ code: 'noMaia', values: {} });
  // Against the advice: the H100 bid for over the game.
  const advised = TUTORIAL_ADVICE.reduce((a, x) => a + x.h100, 0);
  let bid = 0;
  for (const rec of game.history) {
    const o = rec.orders.find((x) => x.playerId === TUTORIAL_SEAT)?.orders;
    for (const b of o?.bids ?? []) if (b.sku === 'H100') bid += b.quantity;
  }
  if (bid === advised) well.push({ code: 'followed', values: { units: bid } });
  else toTry.push({ code: bid < advised ? 'bidLess' : 'bidMore', values: { units: bid, advised } });
  return { well, toTry };
}
