import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, emptyOrders, type Scenario } from '../../src/engine';
import { parseScenario } from '../../src/scenario';
import { REQUIRED_CITES } from '../../src/scenario/citations';

const base = JSON.parse(readFileSync(join(import.meta.dirname, '../../scenarios/2024-hopper-scramble.json'), 'utf8')) as Scenario;

function issues(mutate: (s: Scenario) => void): { path: string; message: string }[] {
  const s = structuredClone(base);
  mutate(s);
  const r = parseScenario(s, 'mutated.json');
  return r.ok ? [] : r.errors;
}

describe('citations', () => {
  it('the base game cites every required number', () => {
    expect(parseScenario(base, 'base').ok).toBe(true);
  });

  it('a SKU without a citation for its list price is rejected at its cite map', () => {
    const errs = issues((s) => {
      delete s.skus[2]!.cite!.listPrice;
    });
    expect(errs).toContainEqual(expect.objectContaining({ path: '$.skus[2].cite', message: expect.stringContaining('"listPrice"') }));
  });

  it('a SKU with no cite map at all is rejected, naming every field it must cite', () => {
    const errs = issues((s) => {
      delete s.skus[0]!.cite;
    });
    const e = errs.find((x) => x.path === '$.skus[0]');
    expect(e?.message).toContain(REQUIRED_CITES.sku.join(', '));
  });

  it('a citation naming no source is rejected with its path', () => {
    const errs = issues((s) => {
      s.otherDemand[0]!.cite!.quantity = ['no-such-source'];
      s.cite!['power.costPerMw'] = ['also-missing'];
    });
    expect(errs).toContainEqual(expect.objectContaining({ path: '$.otherDemand[0].cite.quantity[0]', message: expect.stringContaining('no such source') }));
    expect(errs).toContainEqual(expect.objectContaining({ path: '$.cite["power.costPerMw"][0]' }));
  });

  it('rule settings must be cited, grey-market ones only when the grey market is open', () => {
    const errs = issues((s) => {
      delete s.cite!['market.revenuePool'];
      delete s.cite!['greyMarket.catchPct'];
    });
    expect(errs.map((e) => e.message).join('\n')).toContain('"market.revenuePool"');
    expect(errs.map((e) => e.message).join('\n')).toContain('"greyMarket.catchPct"');
    const closed = issues((s) => {
      s.greyMarket.enabled = false;
      delete s.cite!['greyMarket.catchPct'];
    });
    expect(closed).toEqual([]);
  });
});

describe('other demand and export rules', () => {
  it('a Chinese block of other demand is refused banned parts like a Chinese company', () => {
    const s = structuredClone(base);
    // A counterfactual block of Chinese demand for the H100, which the October 2023 rule bans for CN.
    s.otherDemand.push({ id: 'cn-h100', name: 'Chinese H100 buyers', sku: 'H100', quantity: Array(s.quarters).fill(50_000), maxPrice: 99_000, relationship: 100, region: 'CN', cite: { quantity: ['a-other-demand'], maxPrice: ['a-other-demand'] } });
    expect(parseScenario(s, 'x').ok).toBe(true);
    let g = createGame(s, 'seed');
    for (const p of g.players) g = (applyAction(g, { type: 'submitOrders', playerId: p.id, orders: emptyOrders() }) as { ok: true; state: typeof g }).state;
    const r = applyAction(g, { type: 'resolveQuarter' });
    if (!r.ok) throw new Error(r.error.message);
    const h100 = r.state.history[0]!.clearing.find((c) => c.sku === 'H100')!;
    const bid = h100.bids.find((b) => b.bidder === 'cn-h100');
    expect(bid).toMatchObject({ filled: 0, note: 'banned' });
    // Without a region the same block buys at its high price.
    const free = structuredClone(s);
    delete free.otherDemand[free.otherDemand.length - 1]!.region;
    let f = createGame(free, 'seed');
    for (const p of f.players) f = (applyAction(f, { type: 'submitOrders', playerId: p.id, orders: emptyOrders() }) as { ok: true; state: typeof f }).state;
    const rf = applyAction(f, { type: 'resolveQuarter' });
    if (!rf.ok) throw new Error(rf.error.message);
    expect(rf.state.history[0]!.clearing.find((c) => c.sku === 'H100')!.bids.find((b) => b.bidder === 'cn-h100')!.filled).toBe(50_000);
  });
});
