/**
 * What a bot says it ordered is what it ordered: seeded games of the shipped scenarios, normal and hard bots (and
 * some easy ones, whose bids the budget check cuts most often),
 * every decision's amount-naming reasons checked against its orders (test/helpers/explain-check.ts). A rationale
 * is built while planning and the orders are trimmed after (the engine's budget check, the hard bot's look ahead
 * keeping another plan, the theme allocation of the short games), so a reason could still name a number from
 * before the trim.
 */
import { describe, expect, it } from 'vitest';
import { botOrders, emptyRationale, explainReason, type BotDecision, type BotLevel, type Reason } from '../../src/ai';
import { alignPlannedBids, alignReasons } from '../../src/ai/align';
import { syncRationale } from '../../src/ai/bot';
import { createGame, emptyOrders, viewFor, type PlayerView } from '../../src/engine';
import { playGame } from '../../src/replay/session';
import { auditDecision, newAudit } from '../helpers/explain-check';
import { richScenario, shippedScenario } from '../helpers/scenario';

/** Small hard thinking so the games stay quick: few simulations, one imagined future (the look ahead still runs). */
const HARD = { iterations: 150, futures: 1 };

const GAMES: { scenario: string; seed: string; seats: BotLevel[] }[] = [
  { scenario: 'classroom-sprint', seed: '1', seats: ['normal', 'hard', 'normal', 'hard'] },
  { scenario: 'classroom-sprint', seed: '2', seats: ['hard', 'normal', 'hard', 'normal'] },
  { scenario: '2024-hopper-scramble', seed: '1', seats: ['normal', 'hard', 'normal', 'easy', 'normal', 'hard'] },
  { scenario: '2025-diffusion-rule', seed: '1', seats: ['easy', 'normal', 'easy', 'normal', 'easy', 'normal'] },
  { scenario: '2025-diffusion-rule', seed: '3', seats: ['normal', 'hard', 'normal', 'hard', 'normal', 'normal'] },
  { scenario: 'what-if-no-export-controls', seed: '4', seats: ['hard', 'normal', 'normal', 'normal', 'hard', 'normal'] },
  { scenario: 'tutorial', seed: '5', seats: ['normal', 'hard', 'normal', 'hard', 'normal', 'hard'] },
];

describe('bot explanations match the orders', () => {
  const audit = newAudit();
  for (const g of GAMES) {
    it(`${g.scenario} seed ${g.seed}: every amount a reason names is the amount ordered`, { timeout: 240_000 }, () => {
      const scenario = shippedScenario(g.scenario);
      if (!scenario) throw new Error(`scenarios/${g.scenario}.json does not load`);
      const level = new Map(scenario.companies.map((c, i) => [c.id, g.seats[i % g.seats.length] ?? 'normal']));
      const before = audit.mismatches.length;
      const { rejected } = playGame(scenario, g.seed, (s, id) => {
        const lv = level.get(id) ?? 'normal';
        const d = botOrders(s, id, lv, lv === 'hard' ? HARD : {});
        const view = viewFor(s, id);
        if (view) auditDecision(view, d, `${g.scenario}/${g.seed} ${id} (${lv}${d.rationale.lookahead ? `, ${d.rationale.lookahead.chosen}` : ''}) q${s.quarter}`, audit);
        return d;
      }, { record: false });
      expect(rejected).toEqual([]);
      expect(audit.mismatches.slice(before)).toEqual([]);
    });
  }
  it('checked a meaningful number of reasons of every kind the games give', () => {
    expect(audit.checked, JSON.stringify(audit.byCode)).toBeGreaterThan(1000);
    for (const code of ['bid', 'bidCurve', 'simulated', 'aggression', 'customOrder', 'foundryShare', 'siliconPlan', 'siliconPays', 'greyBuy', 'dealBid', 'cashReserve', 'reserveCommitted', 'planBuys', 'planSkips', 'bidTrimmed', 'cashLimited', 'powerPlan', 'powerFastGap', 'bidHeading']) expect(audit.byCode[code] ?? 0, code).toBeGreaterThan(0);
  });
});

describe('a rationale after the budget check cut the orders', () => {
  /** A planner's rationale (as src/ai/bot.ts writes it before the budget check) and the orders the check left. */
  function cutDecision(): { view: PlayerView; d: BotDecision } {
    const view = viewFor(createGame(richScenario(), 'cut'), 'msft');
    if (!view) throw new Error('no view');
    const r = emptyRationale('msft', 0, 'normal');
    r.bids = [{ sku: 'H100', quantity: 100, maxPrice: 30_000, valuation: 40_000, reasons: [{ code: 'simulated', values: { samples: 100, winPct: 90, expectedUnits: 120, expectedPrice: 28_000, surplus: 1e6 } }, { code: 'bidCurve', values: { tranches: 3, units: 60, price: 20_000 } }] }];
    r.silicon = { investment: 1e8, customOrder: 0, reasons: [{ code: 'siliconFund', values: { amount: 1e8, need: 2e8, stage: 'design' } }] };
    r.power = { mw: 0, fastMw: 50, reasons: [{ code: 'powerFast', values: { mw: 30, readyQuarter: 1, earn: 1e6, premium: 5e5 } }, { code: 'powerFastGap', values: { mw: 20, readyQuarter: 1 } }] };
    r.grey = { units: 10, reasons: [{ code: 'greyBuy', values: { sku: 'H20', units: 10, price: 20_000, catchPct: 5 } }] };
    r.partnership = { id: 'nv-priority', reasons: [{ code: 'chipmakerDeal', values: { partner: 'NVIDIA priority', prepayment: 5e8, units: 10_000 } }, { code: 'dealBid', values: { partner: 'NVIDIA priority', bid: 1e7, value: 5e7 } }] };
    // The check cut the last tranche, dropped the grey market, cut on-site power and, at last, the deal and part of the silicon.
    const orders = { ...emptyOrders(), bids: [{ sku: 'H100', quantity: 100, maxPrice: 30_000 }, { sku: 'H100', quantity: 20, maxPrice: 25_000 }], siliconInvestment: 8e7, powerFast: 40 };
    return { view, d: { orders, rationale: r } };
  }

  it('says what the orders hold and why the bid is smaller (and the check finds the stale numbers without it)', () => {
    const stale = cutDecision();
    const before = newAudit();
    auditDecision(stale.view, { ...stale.d, rationale: structuredClone(stale.d.rationale) }, 'stale', before);
    expect(before.mismatches.length).toBeGreaterThanOrEqual(6);

    const { view, d } = cutDecision();
    alignPlannedBids(d.rationale, d.orders);
    alignReasons(view, d.rationale, d.orders);
    syncRationale(d.rationale, d.orders);
    const after = newAudit();
    auditDecision(view, d, 'aligned', after);
    expect(after.mismatches).toEqual([]);
    const bid = d.rationale.bids[0];
    expect(bid?.reasons[0]).toEqual({ code: 'bidTrimmed', values: { planned: 160, units: 120 } });
    expect(bid?.reasons.find((x) => x.code === 'bidCurve')?.values).toEqual({ tranches: 2, units: 20, price: 25_000 });
    expect(d.rationale.power.reasons.map((x) => [x.code, x.values.mw])).toEqual([['powerFast', 20], ['powerFastGap', 20]]);
    expect(d.rationale.grey.reasons).toEqual([]);
    expect(d.rationale.partnership.reasons).toEqual([]);
    expect(d.rationale.silicon.reasons[0]?.values.amount).toBe(8e7);
    for (const lang of ['en', 'de'] as const) expect(explainReason(bid?.reasons[0] as Reason, lang)).toMatch(/160.*120/);
  });
});
