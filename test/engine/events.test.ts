import { describe, expect, it } from 'vitest';
import { effectiveSupply, openRng, seedState, type DeckCard, type EventEffect, type Scenario, type ScheduledEvent } from '../../src/engine';
import { act, advance, clearingOf, lastRecord, metricsOf, newGame, orders, player, reject, resolveWith } from '../helpers/game';
import { company, makeScenario } from '../helpers/scenario';

function event(id: string, quarter: number, effects: EventEffect[]): ScheduledEvent {
  return { id, quarter, headline: { en: id, de: id }, body: { en: '.', de: '.' }, source: 'test', effects };
}

function card(id: string, weight: number, fromQuarter: number, effects: EventEffect[] = [{ kind: 'news' }]): DeckCard {
  return { id, weight, fromQuarter, headline: { en: id, de: id }, body: { en: '.', de: '.' }, source: 'test', effects };
}

/** Plays the whole game with empty orders and returns every quarter's state right after resolution. */
function playAll(scenario: Scenario, seed = 'events') {
  let s = newGame(scenario, seed);
  const out = [];
  for (let q = 0; q < scenario.quarters; q++) {
    if (q > 0) s = advance(s);
    s = resolveWith(s);
    out.push(s);
  }
  return out;
}

describe('scheduled events', () => {
  it('apply in their quarter, for their number of quarters', () => {
    const scenario = makeScenario({ events: [event('fab-fire', 1, [{ kind: 'supply', sku: 'H100', pct: -50, quarters: 1 }])] });
    const states = playAll(scenario);
    // Nobody buys, so each quarter also offers last quarter's unsold units (at most last quarter's 1,000 new).
    expect(states.map((s) => clearingOf(lastRecord(s), 'H100').supply)).toEqual([1000, 500 + 1000, 1000 + 1000, 1000 + 1000]);
    expect(states[3]?.news).toEqual([{ quarter: 1, eventId: 'fab-fire', kind: 'scheduled' }]);
    expect(states[1]?.modifiers).toEqual([{ kind: 'supply', sku: 'H100', pct: -50, untilQuarter: 2 }]);
    expect(states[2]?.modifiers).toEqual([]);
  });

  it('supply effects stack and round to whole units', () => {
    const scenario = makeScenario({
      events: [event('a', 0, [{ kind: 'supply', sku: 'H100', pct: 20, quarters: 2 }]), event('b', 0, [{ kind: 'supply', sku: 'H100', pct: -33, quarters: 1 }])],
    });
    const s = newGame(scenario);
    // 1,000 x 1.2 x 0.67 = 804.
    expect(effectiveSupply(s, scenario.skus[0] as never)).toBe(804);
    expect(clearingOf(lastRecord(resolveWith(s)), 'H100').supply).toBe(804);
  });

  it('powerDelay pushes back the projects of a region (or of everyone)', () => {
    const companies = [
      company({ id: 'alpha', powerUnderConstruction: [{ mw: 20, readyQuarter: 1 }] }),
      company({ id: 'beta', powerUnderConstruction: [{ mw: 5, readyQuarter: 2 }] }),
      company({ id: 'gamma', region: 'CN', tier: 'T3', powerUnderConstruction: [{ mw: 30, readyQuarter: 1 }] }),
    ];
    const us = playAll(makeScenario({ companies, events: [event('grid', 1, [{ kind: 'powerDelay', region: 'US', quarters: 2 }])] }));
    expect(us.map((s) => metricsOf(lastRecord(s), 'alpha').powerMw)).toEqual([10, 10, 10, 30]);
    expect(us.map((s) => metricsOf(lastRecord(s), 'beta').powerMw)).toEqual([10, 10, 10, 10]);
    expect(us.map((s) => metricsOf(lastRecord(s), 'gamma').powerMw)).toEqual([10, 40, 40, 40]);
    expect(player(us[3] as never, 'beta').projects).toEqual([{ mw: 5, readyQuarter: 4, onsite: false }]);
    const all = playAll(makeScenario({ companies, events: [event('grid', 0, [{ kind: 'powerDelay', region: null, quarters: 1 }])] }));
    expect(all.map((s) => metricsOf(lastRecord(s), 'gamma').powerMw)).toEqual([10, 10, 40, 40]);
    expect(all.map((s) => metricsOf(lastRecord(s), 'beta').powerMw)).toEqual([10, 10, 10, 15]);
  });

  it('revenuePool effects scale the pool', () => {
    const scenario = makeScenario({ companies: [company({ id: 'alpha', fleet: { H100: 100 } })], events: [event('boom', 2, [{ kind: 'revenuePool', pct: -40, quarters: 5 }])] });
    expect(playAll(scenario).map((s) => lastRecord(s).revenuePool)).toEqual([1_000_000, 1_000_000, 600_000, 600_000]);
  });

  it('relationship effects target the leader (most deployed compute), everyone, or one company, clamped to 0..100', () => {
    const companies = [company({ id: 'alpha', fleet: { H100: 100 } }), company({ id: 'beta', nvidiaRelationship: 40, fleet: { H100: 900 } }), company({ id: 'gamma', region: 'CN', tier: 'T3', nvidiaRelationship: 95 })];
    const s = newGame(makeScenario({ companies, events: [event('antitrust', 0, [{ kind: 'relationship', target: 'leader', delta: -30 }])] }));
    expect(s.players.map((p) => p.relationship)).toEqual([50, 10, 95]);
    const clamp = newGame(makeScenario({ companies, events: [event('boost', 0, [{ kind: 'relationship', target: 'all', delta: 10 }, { kind: 'relationship', target: 'beta', delta: -60 }])] }));
    expect(clamp.players.map((p) => p.relationship)).toEqual([60, 0, 100]);
  });

  it('openPartnership opens an event-only deal from that quarter', () => {
    const scenario = makeScenario({
      partnerships: [{ id: 'lab', kind: 'aiLab', name: 'Lab', availableFrom: 0, byEventOnly: true, computeH100e: 10, revenuePerQuarter: 1_000, quarters: 1, shortfallPenalty: 0 }],
      events: [event('lab-calls', 1, [{ kind: 'openPartnership', partnershipId: 'lab' }])],
    });
    const s0 = newGame(scenario);
    expect(s0.openPartnerships).toEqual([]);
    expect(reject(s0, { type: 'submitOrders', playerId: 'beta', orders: orders({ partnership: 'lab' }) }).code).toBe('PARTNERSHIP_CLOSED');
    const s1 = advance(resolveWith(s0));
    expect(s1.openPartnerships).toEqual(['lab']);
    const s2 = resolveWith(s1, { beta: { partnership: 'lab' } });
    expect(player(s2, 'beta').contracts.map((c) => c.partnershipId)).toEqual(['lab']);
  });
});

describe('the event deck', () => {
  it('never draws at drawPct 0', () => {
    const states = playAll(makeScenario({ eventDeck: { drawPct: 0, cards: [card('a', 1, 0)] } }));
    expect(states[3]?.news).toEqual([]);
  });

  it('draws one card a quarter at drawPct 100, never the same card twice, never before its quarter', () => {
    const states = playAll(makeScenario({ eventDeck: { drawPct: 100, cards: [card('early', 1, 0), card('late', 1, 2)] } }));
    expect(states[3]?.news).toEqual([
      { quarter: 0, eventId: 'early', kind: 'deck' },
      { quarter: 2, eventId: 'late', kind: 'deck' },
    ]);
  });

  it('draws with drawPct and picks by weight from the game rng', () => {
    const cards = [card('a', 1, 0), card('b', 3, 0), card('c', 0, 0)];
    const seen = new Set<string>();
    for (let k = 0; k < 24; k++) {
      const seed = `deck-${k}`;
      // Quarter 0's briefing: the draw chance first, then the weighted pick over the eligible cards (a, b).
      const rng = openRng(seedState(seed));
      const draws = rng.next() * 100 < 60;
      const pick = draws ? (rng.next() * 4 < 1 ? 'a' : 'b') : 'none';
      const s = newGame(makeScenario({ eventDeck: { drawPct: 60, cards } }), seed);
      expect(s.news.map((n) => n.eventId)).toEqual(pick === 'none' ? [] : [pick]);
      seen.add(pick);
    }
    expect(seen).toEqual(new Set(['none', 'a', 'b']));
  });
});

describe('injectEvent', () => {
  const scenario = makeScenario({ eventDeck: { drawPct: 0, cards: [card('quake', 1, 3, [{ kind: 'supply', sku: 'H100', pct: -100, quarters: 1 }])] } });

  it('applies a deck card now, whatever its quarter, and leaves the given state alone', () => {
    const s0 = newGame(scenario);
    const before = structuredClone(s0);
    const s1 = act(s0, { type: 'injectEvent', cardId: 'quake' });
    expect(s0).toStrictEqual(before);
    expect(s1.news).toEqual([{ quarter: 0, eventId: 'quake', kind: 'injected' }]);
    expect(s1.modifiers).toEqual([{ kind: 'supply', sku: 'H100', pct: -100, untilQuarter: 1 }]);
    const s2 = resolveWith(s1, { alpha: { bids: [{ sku: 'H100', quantity: 10, maxPrice: 30_000 }] } });
    expect(clearingOf(lastRecord(s2), 'H100')).toMatchObject({ supply: 0, sold: 0 });
    expect(player(s2, 'alpha').fleet.H100).toBe(0);
  });

  it('keeps the orders already submitted', () => {
    const s0 = act(newGame(scenario), { type: 'submitOrders', playerId: 'beta', orders: orders({ powerBuild: 1 }) });
    const s1 = act(s0, { type: 'injectEvent', cardId: 'quake' });
    expect(s1.pending).toEqual(s0.pending);
  });
});
