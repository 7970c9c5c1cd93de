import { describe, expect, it } from 'vitest';
import { createGame, ENGINE_VERSION, scenarioHash, seedState, type GameState } from '../../src/engine';
import { lastRecord, newGame, player, playOut } from '../helpers/game';
import { company, makeScenario, sku } from '../helpers/scenario';

function finiteNumbersOnly(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'function' || (typeof value === 'number' && !Number.isFinite(value))) out.push(path);
  else if (Array.isArray(value)) value.forEach((x, i) => finiteNumbersOnly(x, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') for (const [k, x] of Object.entries(value)) finiteNumbersOnly(x, `${path}.${k}`, out);
}

describe('createGame', () => {
  it('starts at quarter 0 in the orders phase, with the scenario\'s companies, budget 0 added and the fleet deployed', () => {
    const scenario = makeScenario({
      companies: [company({ id: 'alpha', fleet: { H100: 100 }, silicon: { ...company({ id: 'x' }).silicon, startFleet: 40, startStage: 'tapeout', startProgress: 7 }, powerUnderConstruction: [{ mw: 3, readyQuarter: 2 }] }), company({ id: 'beta' })],
    });
    const s = createGame(scenario, 'start');
    expect([s.quarter, s.phase, s.engineVersion, s.seed, s.scenarioHash]).toEqual([0, 'orders', ENGINE_VERSION, 'start', scenarioHash(scenario)]);
    expect(s.pending).toEqual([null, null]);
    expect(s.history).toEqual([]);
    const a = player(s, 'alpha');
    expect(a.cash).toBe(100_000_000 + 50_000_000);
    expect(a.fleet).toEqual({ H100: 100, H20: 0, custom: 40 });
    expect(a.deployed).toEqual({ H100: 100, H20: 0, custom: 40 });
    expect(a.silicon).toEqual({ stage: 'tapeout', progress: 7, invested: 0, bookedPeak: 10 });
    expect(a.projects).toEqual([{ mw: 3, readyQuarter: 2, onsite: false }]);
    expect([a.relationship, a.entityListUntil, a.contracts]).toEqual([50, 0, []]);
    expect(a.totals).toEqual({ computeQuarters: 0, revenue: 0, spend: 0, running: 0, capex: 0, writtenOff: 0, bought: { H100: 0, H20: 0, custom: 0 } });
    // Nothing drew from the rng at drawPct 0: the state is the seed's.
    expect(s.rng).toEqual(seedState('start'));
  });

  it('takes SKU ids that are also Object.prototype member names as plain ids', () => {
    // Valid scenario ids (the schema allows them): they must not read functions off Object.prototype.
    const scenario = makeScenario({
      skus: [sku({ id: 'constructor' }), sku({ id: 'toString', tpp: 2368, density: 2.9, listPrice: 12_000 }), sku({ id: 'valueOf', vendor: 'AMD', mig: false })],
      companies: [company({ id: 'alpha', fleet: {} }), company({ id: 'beta', fleet: { valueOf: 10 } }), company({ id: 'gamma', region: 'CN', tier: 'T3' })],
      exportRules: [],
      greyMarket: { ...makeScenario().greyMarket, enabled: false },
    });
    const s0 = newGame(scenario, 'proto');
    expect(player(s0, 'alpha').fleet).toEqual({ constructor: 0, toString: 0, valueOf: 0, custom: 0 });
    const { resolved, final } = playOut(s0, (_s: GameState, id: string) => [
      { bids: [{ sku: 'constructor', quantity: 100, maxPrice: 30_000 }, { sku: 'toString', quantity: 50, maxPrice: 12_000 }], siliconInvestment: 0, customOrder: 0, powerBuild: 0, greyMarket: [], partnership: id === 'alpha' ? null : null },
    ]);
    expect(resolved).toHaveLength(4);
    const bad: string[] = [];
    const { scenario: _s, ...rest } = final;
    finiteNumbersOnly(rest, 'state', bad);
    expect(bad).toEqual([]);
    expect(player(final, 'alpha').fleet).toEqual({ constructor: 400, toString: 200, valueOf: 0, custom: 0 });
    expect(lastRecord(final).metrics.find((m) => m.playerId === 'beta')?.boughtUnits).toEqual({ constructor: 100, toString: 50 });
    expect(lastRecord(final).metrics.find((m) => m.playerId === 'beta')?.units).toBe(610);
  });
});
