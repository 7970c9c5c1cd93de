/**
 * The query layer (src/engine/queries.ts): each answer checked against the rules it stands beside, so the UI
 * and the bots asking it get what the engine itself decides.
 */
import { describe, expect, it } from 'vitest';
import { budgetBreakdown, finalStandings, greyFine, greyPrice, mwNeeded, ordersSpend, stageCost, validateOrders, type GameState, type ScoreParts } from '../../src/engine';
import { fundedStage, greyCost, greyUnitCost, humanSeatIds, nextStageCost, offerRefusal, offersOpenTo, powerNeededMw, SCORE_PARTS, stageRemaining, weightedParts } from '../../src/engine/queries';
import { scoreAll } from '../../src/engine/scoring';
import { advance, newGame, orders, resolveWith } from '../helpers/game';
import { makeScenario, sku } from '../helpers/scenario';

const ascend = sku({ id: 'Ascend', vendor: 'Huawei', listPrice: 14_000, tpp: 10_240, density: 15.6, soldTo: ['CN'], mig: false });

describe('silicon stage cost', () => {
  it('the stage being funded: design from none, nothing in volume', () => {
    expect(fundedStage('none')).toBe('design');
    expect(fundedStage('design')).toBe('design');
    expect(fundedStage('tapeout')).toBe('tapeout');
    expect(fundedStage('ramp')).toBe('ramp');
    expect(fundedStage('volume')).toBeNull();
  });

  it('nextStageCost is the engine stageCost of that stage; stageRemaining takes off the progress, never below 0', () => {
    const s = newGame();
    const c = s.scenario.silicon.stageCost;
    expect(nextStageCost(s, 'none')).toBe(stageCost(s, 'design'));
    expect(nextStageCost(s, 'none')).toBe(c.design);
    expect(nextStageCost(s, 'tapeout')).toBe(c.tapeout);
    expect(nextStageCost(s, 'ramp')).toBe(c.ramp);
    expect(nextStageCost(s, 'volume')).toBe(0);
    expect(stageRemaining(s, { stage: 'tapeout', progress: 1_000 })).toBe(c.tapeout - 1_000);
    expect(stageRemaining(s, { stage: 'tapeout', progress: c.tapeout + 5 })).toBe(0);
    expect(stageRemaining(s, { stage: 'volume', progress: 0 })).toBe(0);
  });
});

describe('grey-market cost', () => {
  const base = makeScenario();
  const game = (): GameState => newGame(makeScenario({ skus: [...base.skus, ascend], greyMarket: { ...base.greyMarket, premiumPct: 33, finePct: 77 } }));

  it('units, spend at the grey price and the fine reserved per order; unknown SKUs count nothing', () => {
    const s = game();
    const gm = s.scenario.greyMarket;
    const h100 = s.scenario.skus.find((k) => k.id === 'H100');
    if (!h100) throw new Error('no H100');
    const grey = [{ sku: 'H100', quantity: 7 }, { sku: 'Ascend', quantity: 3 }, { sku: 'nope', quantity: 1_000 }];
    const a = 7 * greyPrice(h100.listPrice, 33);
    const b = 3 * greyPrice(14_000, 33);
    expect(greyCost(s, grey)).toEqual({ units: 10, spend: a + b, fine: greyFine(gm, a) + greyFine(gm, b), total: a + b + greyFine(gm, a) + greyFine(gm, b) });
    expect(greyCost(s, [])).toEqual({ units: 0, spend: 0, fine: 0, total: 0 });
    // The reserve is never below the fine resolution charges on the whole shipment.
    expect(greyCost(s, grey).fine).toBeGreaterThanOrEqual(greyFine(gm, a + b));
  });

  it('is what the budget check and the budget breakdown count for grey orders', () => {
    const s = game();
    const grey = [{ sku: 'Ascend', quantity: 9 }];
    const o = orders({ greyMarket: grey });
    expect(ordersSpend(s, 'alpha', o)).toBe(greyCost(s, grey).total);
    const b = budgetBreakdown(s, 'alpha', o);
    expect([b.grey, b.greyFine]).toEqual([greyCost(s, grey).spend, greyCost(s, grey).fine]);
  });

  it('one unit: the grey price and its fine', () => {
    const s = game();
    expect(greyUnitCost(s.scenario, 14_000)).toEqual({ price: greyPrice(14_000, 33), fine: greyFine(s.scenario.greyMarket, greyPrice(14_000, 33)) });
  });
});

describe('power needed', () => {
  it('is the engine mwNeeded for the company (its own fleet by default); 0 for an unknown company', () => {
    const s = newGame();
    s.players.forEach((p, i) => {
      expect(powerNeededMw(s, p.id)).toBe(mwNeeded(s, i, p.fleet));
      const fleet = { H100: 2_000 + i };
      expect(powerNeededMw(s, p.id, fleet)).toBe(mwNeeded(s, i, fleet));
    });
    expect(powerNeededMw(s, 'nobody')).toBe(0);
  });
});

describe('partnership offers', () => {
  const scenario = makeScenario({
    partnerships: [
      { id: 'prio', kind: 'chipmaker', name: 'Priority', availableFrom: 0, byEventOnly: false, vendor: 'NVIDIA', prepayment: 1_000, priorityUnits: 10, quarters: 4 },
      { id: 'later', kind: 'chipmaker', name: 'Later', availableFrom: 3, byEventOnly: false, vendor: 'NVIDIA', prepayment: 1_000, priorityUnits: 10, quarters: 4 },
    ],
  });

  it('offersOpenTo lists exactly the offers validateOrders lets a company take', () => {
    let s = newGame(scenario);
    const check = (g: GameState) => {
      for (const p of g.players) {
        const open = offersOpenTo(g, p.contracts);
        for (const spec of g.scenario.partnerships) {
          const e = g.phase === 'orders' ? validateOrders(g, p.id, orders({ partnership: spec.id })) : null;
          const refused = e !== null && ['PARTNERSHIP_CLOSED', 'PARTNERSHIP_HELD'].includes(e.code);
          expect(open.includes(spec.id), `${p.id} ${spec.id} q${g.quarter}`).toBe(!refused);
          expect(offerRefusal(g, p.contracts, spec.id) === 'held').toBe(e?.code === 'PARTNERSHIP_HELD');
        }
      }
    };
    check(s);
    expect(offersOpenTo(s, [])).toEqual(['prio']);
    // alpha takes the deal: it is taken (closed) for the rest and held by alpha.
    s = advance(resolveWith(s, { alpha: { partnership: 'prio' } }));
    expect(s.players[0]?.contracts.map((c) => c.partnershipId)).toEqual(['prio']);
    check(s);
    expect(offerRefusal(s, s.players[0]?.contracts ?? [], 'prio')).not.toBeNull();
  });
});

describe('human seats', () => {
  it('the ids of the human seats in seat order; none for no seats', () => {
    expect(humanSeatIds([{ playerId: 'a', kind: 'bot' }, { playerId: 'b', kind: 'human' }, { playerId: 'c', kind: 'human' }])).toEqual(['b', 'c']);
    expect(humanSeatIds(undefined)).toEqual([]);
    expect(humanSeatIds(null)).toEqual([]);
  });
});

describe('weighted score parts', () => {
  it('add up to the score the engine ranks by (within rounding), each part times its weight', () => {
    const s = resolveWith(newGame(), { alpha: { powerBuild: 5 } });
    const inputs = s.players.map((p, i) => ({ computeQuarters: 100 * (i + 1), profit: 1_000 * i, deployedH100e: 10 + i, ownSiliconH100e: i, powerMw: 5 + i, fleetMw: 3 }));
    for (const { score, parts } of scoreAll(s, inputs)) {
      const w = weightedParts(s.scenario, parts);
      const sum = SCORE_PARTS.reduce((a, k) => a + w[k], 0);
      expect(Math.abs(sum * 1000 - score)).toBeLessThanOrEqual(0.5);
    }
    for (const st of finalStandings(s)) {
      const w = weightedParts(s.scenario, st.parts);
      expect(Math.abs(SCORE_PARTS.reduce((a, k) => a + w[k], 0) * 1000 - st.score)).toBeLessThanOrEqual(0.5);
    }
  });

  it('a part with no weight counts nothing; no weights at all, nothing', () => {
    const parts: ScoreParts = { capability: 1000, market: 500, independence: 200, efficiency: 0 };
    const sc = makeScenario({ scoring: { weights: { capability: 0, market: 1, independence: 1, efficiency: 0 } } });
    expect(weightedParts(sc, parts)).toEqual({ capability: 0, market: 0.25, independence: 0.1, efficiency: 0 });
    const none = makeScenario({ scoring: { weights: { capability: 0, market: 0, independence: 0, efficiency: 0 } } });
    expect(weightedParts(none, parts)).toEqual({ capability: 0, market: 0, independence: 0, efficiency: 0 });
  });
});
