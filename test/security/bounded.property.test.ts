/**
 * Issue 10, item 3: the property that would have caught the freezing link and the compounding scenario.
 * Random scenario variants with extreme but valid event decks (pools and supplies at the schema's caps,
 * effects of -100% to +1,000%, long power delays) are driven by long random action sequences: thousands of
 * actions, hundreds of injections (most of them repeats, which the rules must refuse). Every action must finish
 * within MAX_STEPS_PER_ACTION engine steps (counted by the engine's step counter, never timed), and every number
 * in every state must stay a finite safe integer.
 *
 * Per CI run: SEQUENCES sequences of up to ACTIONS actions each (FUZZ_SCALE multiplies the sequences).
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineOrders } from '../../src/ai/baseline';
import { applyAction, countSteps, createGame, emptyOrders, MAX_STEPS_PER_ACTION, type Action, type DeckCard, type EventEffect, type GameState, type Orders, type Scenario } from '../../src/engine';
import { parseScenario } from '../../src/scenario';
import { cited } from '../helpers/scenario';
import { unsafeStateNumbers } from '../helpers/safe-numbers';
import { COMPANY_IDS, MAX_QUARTERS, SKU_IDS, scenarioOf, variantArb } from '../helpers/variants';

const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE ?? 1) || 1);
/** Sequences per CI run. */
export const SEQUENCES = 24;
/** Longest sequence. */
export const ACTIONS = 2_000;

const pctArb = fc.oneof(fc.constantFrom(-100, 1_000, 999.5), fc.integer({ min: -100, max: 1_000 }));
const effectArb: fc.Arbitrary<EventEffect> = fc.oneof(
  fc.record({ kind: fc.constant('revenuePool' as const), pct: pctArb, quarters: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('supply' as const), sku: fc.constantFrom(...SKU_IDS), pct: pctArb, quarters: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('foundryAccess' as const), region: fc.constantFrom('US', 'CN'), pct: pctArb, quarters: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('powerDelay' as const), region: fc.constantFrom('US', 'CN', null), quarters: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('relationship' as const), target: fc.constantFrom('all', 'leader', 'alpha'), delta: fc.integer({ min: -100, max: 100 }) }),
);

const deckArb = fc.array(fc.record({ effects: fc.array(effectArb, { minLength: 1, maxLength: 16 }), weight: fc.integer({ min: 0, max: 5 }), fromQuarter: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 24 });

// Five quarters and no rule end dates: the variants' quarter fields all fit, so the checker accepts them.
const extremeArb = fc.record({ variant: variantArb.map((v) => ({ ...v, quarters: MAX_QUARTERS, named: v.named && { ...v.named, end: undefined } })), deck: deckArb, hugePool: fc.boolean(), hugeSupply: fc.boolean(), hugeCash: fc.boolean() });

/** A variant with the extreme deck, checked by the scenario parser (the checker a teacher's file passes). */
function extremeScenario(e: fc.Arbitrary<unknown> extends never ? never : { variant: Parameters<typeof scenarioOf>[0]; deck: { effects: EventEffect[]; weight: number; fromQuarter: number }[]; hugePool: boolean; hugeSupply: boolean; hugeCash: boolean }): Scenario | string {
  const s = scenarioOf(e.variant);
  const text = { en: 'x', de: 'x' };
  const cards: DeckCard[] = e.deck.map((c, k) => ({ id: `card-${k}`, weight: c.weight, fromQuarter: Math.min(c.fromQuarter, s.quarters - 1), headline: text, body: text, source: 'test', effects: c.effects }));
  const scenario = cited({
    ...s,
    eventDeck: { drawPct: 100, cards },
    market: { ...s.market, revenuePool: e.hugePool ? s.market.revenuePool.map(() => 10_000_000_000_000) : s.market.revenuePool },
    skus: e.hugeSupply ? s.skus.map((k) => ({ ...k, supply: k.supply.map(() => 100_000_000) })) : s.skus,
    companies: e.hugeCash ? s.companies.map((c) => ({ ...c, cash: 10_000_000_000_000, budget: c.budget.map(() => 10_000_000_000_000) })) : s.companies,
  });
  const r = parseScenario(scenario, 'extreme.json');
  return r.ok ? r.scenario : r.errors.map((x) => `${x.path}: ${x.message}`).join('; ');
}

type Step = { t: 'inject'; card: number } | { t: 'submit'; seat: number; how: 'empty' | 'big' | 'bot' } | { t: 'withdraw'; seat: number } | { t: 'resolve' } | { t: 'advance' };
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ t: fc.constant('inject' as const), card: fc.nat(30) }) },
  { weight: 5, arbitrary: fc.record({ t: fc.constant('submit' as const), seat: fc.nat(3), how: fc.constantFrom('empty' as const, 'big' as const, 'big' as const, 'bot' as const) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('withdraw' as const), seat: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.constant<Step>({ t: 'resolve' }) },
  { weight: 1, arbitrary: fc.constant<Step>({ t: 'advance' }) },
);

function bigOrders(state: GameState, id: string): Orders {
  const cash = state.players.find((p) => p.id === id)?.cash ?? 0;
  const o = emptyOrders();
  o.bids = [{ sku: 'H100', quantity: 10_000_000, maxPrice: Math.max(25_000, Math.min(10_000_000, Math.floor(cash / 10_000_000))) }];
  o.powerBuild = 1_000;
  o.customOrder = 10_000;
  return o;
}

function actionOf(state: GameState, scenario: Scenario, s: Step): Action {
  const seat = (n: number) => state.players[n % state.players.length]?.id ?? COMPANY_IDS[0];
  switch (s.t) {
    case 'inject':
      return { type: 'injectEvent', cardId: scenario.eventDeck.cards[s.card % scenario.eventDeck.cards.length]?.id ?? 'none' };
    case 'submit': {
      const id = seat(s.seat);
      const orders = s.how === 'empty' ? emptyOrders() : s.how === 'big' ? bigOrders(state, id) : state.phase === 'orders' ? baselineOrders(state, id) : emptyOrders();
      return { type: 'submitOrders', playerId: id, orders };
    }
    case 'withdraw':
      return { type: 'withdrawOrders', playerId: seat(s.seat) };
    case 'resolve':
      return { type: 'resolveQuarter' };
    case 'advance':
      return { type: 'advance' };
  }
}

describe('bounded steps and safe numbers under extreme scenarios and long records', () => {
  it(`${SEQUENCES} sequences of up to ${ACTIONS} actions: every action within ${MAX_STEPS_PER_ACTION.toLocaleString('en-US')} steps, every number a safe integer`, () => {
    let invalid = 0;
    let mostSteps = 0;
    let injectionsTried = 0;
    let injectionsRefused = 0;
    let actions = 0;
    fc.assert(
      fc.property(extremeArb, fc.array(stepArb, { minLength: 200, maxLength: ACTIONS }), (e, steps) => {
        const scenario = extremeScenario(e);
        if (typeof scenario === 'string') {
          invalid++;
          return;
        }
        let state = createGame(scenario, e.variant.seed || 'extreme');
        expect(unsafeStateNumbers(state)).toEqual([]);
        for (const s of steps) {
          if (state.phase === 'gameOver') break;
          const action = actionOf(state, scenario, s);
          const c = countSteps(() => applyAction(state, action), MAX_STEPS_PER_ACTION);
          if (!c.ok) throw new Error(`${action.type} stopped after ${c.steps} steps: ${String(c.error)}`);
          mostSteps = Math.max(mostSteps, c.steps);
          actions++;
          if (action.type === 'injectEvent') {
            injectionsTried++;
            if (!c.value.ok) injectionsRefused++;
          }
          if (!c.value.ok) continue;
          state = c.value.state;
          const bad = unsafeStateNumbers(state);
          if (bad.length > 0) throw new Error(`after ${action.type} in quarter ${state.quarter}: ${bad.join(', ')}`);
        }
      }),
      { numRuns: SEQUENCES * SCALE },
    );
    // The generator must mostly make valid scenarios, and the sequences must really repeat injections.
    expect(invalid).toBeLessThan(SEQUENCES * SCALE / 4);
    expect(injectionsRefused).toBeGreaterThan(0);
    expect(injectionsTried).toBeGreaterThan(100);
    expect(mostSteps).toBeLessThanOrEqual(MAX_STEPS_PER_ACTION);
    expect(actions).toBeGreaterThan(1_000);
  });
});
