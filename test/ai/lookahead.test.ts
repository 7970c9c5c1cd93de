/**
 * The hard bot's look ahead (src/ai/level.ts): it imagines the game from its view (src/ai/imagine.ts), plays
 * each plan forward and keeps the best; the plans it weighs (src/ai/theme.ts) are legal orders.
 */
import { describe, expect, it } from 'vitest';
import { botOrders, decide, explain } from '../../src/ai';
import { imagineState } from '../../src/ai/imagine';
import { decideLevel, imagineFuture, playForward } from '../../src/ai/level';
import { ownChipsFirst, themeOrders } from '../../src/ai/theme';
import { scriptedOrders } from '../../src/ai/script';
import { loadBotFile } from '../../src/cli/bot-file';
import { createGame, emptyOrders, validateOrders, viewFor, type GameState, type PlayerView } from '../../src/engine';
import { act } from '../helpers/game';
import { richScenario } from '../helpers/scenario';

/** A state in the orders phase of quarter `q`, reached with every seat played by normal bots. */
function stateAt(q: number, seed = 'look'): GameState {
  let s = createGame(richScenario(), seed);
  while (s.quarter < q) {
    for (const p of s.players) s = act(s, { type: 'submitOrders', playerId: p.id, orders: botOrders(s, p.id, 'normal').orders });
    s = act(s, { type: 'resolveQuarter' });
    s = act(s, { type: 'advance' });
  }
  return s;
}

function viewOf(s: GameState, id: string): PlayerView {
  const v = viewFor(s, id);
  if (!v) throw new Error(`no view for ${id}`);
  return v;
}

describe('imagining the game from one seat', () => {
  it('keeps the seat exact and rebuilds each rival from the public record: cash, fleet, bookings, power, compute so far', () => {
    for (const q of [0, 3]) {
      const s = stateAt(q);
      const img = imagineState(viewOf(s, 'amzn'), 'seed');
      expect(img.players.find((p) => p.id === 'amzn')).toStrictEqual(s.players.find((p) => p.id === 'amzn'));
      for (const real of s.players) {
        if (real.id === 'amzn') continue;
        const r = img.players.find((p) => p.id === real.id);
        if (!r) throw new Error(real.id);
        expect(r.cash, `${real.id} cash q${q}`).toBe(real.cash);
        expect(r.fleet).toStrictEqual(real.fleet);
        expect(r.powerMw).toBe(real.powerMw);
        expect(r.bookings.map((b) => [b.units, b.dueQuarter])).toStrictEqual(real.bookings.map((b) => [b.units, b.dueQuarter]));
        expect(r.silicon.stage).toBe(real.silicon.stage);
        expect(r.totals.computeQuarters).toBe(real.totals.computeQuarters);
        // Power under way: the announced total, spread over the builds revealed (rounding aside).
        const total = (ps: { mw: number }[]) => ps.reduce((a, p) => a + p.mw, 0);
        expect(Math.abs(total(r.projects) - total(real.projects))).toBeLessThanOrEqual(r.projects.length);
      }
      // Nothing sealed is known, and the future draws its own randomness.
      expect(img.pending.every((p) => p === null)).toBe(true);
      expect(img.rng).not.toStrictEqual(s.rng);
    }
  });

  it('plays an imagined future to the end of the game and gives the seat its final score', () => {
    const s = stateAt(5);
    const view = viewOf(s, 'goog');
    const future = imagineFuture(view, 'f');
    expect([...future.rivals.keys()].sort()).toStrictEqual(
      s.players
        .map((p) => p.id)
        .filter((id) => id !== 'goog')
        .sort(),
    );
    const score = playForward(future, 'goog', themeOrders(view), (st, id) => themeOrders(viewOf(st, id)));
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(1000);
    // The same future and plan give the same score; the future itself is not changed by playing it.
    expect(playForward(future, 'goog', themeOrders(view), (st, id) => themeOrders(viewOf(st, id)))).toBe(score);
    expect(future.state.quarter).toBe(5);
  });
});

describe('the plans the hard bot weighs', () => {
  it('are orders the engine takes, for every seat and quarter', () => {
    for (const q of [0, 2, 5, 7]) {
      const s = stateAt(q);
      for (const p of s.players) {
        const view = viewOf(s, p.id);
        expect(validateOrders(s, p.id, themeOrders(view)), `theme ${p.id} q${q}`).toBeNull();
        expect(validateOrders(s, p.id, ownChipsFirst(view, decide(view, s.seed, 'hard').orders)), `own chips ${p.id} q${q}`).toBeNull();
      }
    }
  });

  it('the theme plan orders exactly what the shipped sensible-buyer strategy does (two copies that may not drift)', async () => {
    // strategies/sensible-buyer.mjs stays a plain bot file a player can read and run; src/ai/theme.ts is the bot's own copy.
    const script = await loadBotFile('strategies/sensible-buyer.mjs');
    for (const q of [0, 2, 5, 7]) {
      const s = stateAt(q);
      for (const p of s.players) expect(themeOrders(viewOf(s, p.id)), `${p.id} q${q}`).toStrictEqual(scriptedOrders(s, p.id, script, 'sensible-buyer'));
    }
  });

  it('own chips first books the most the foundry takes and spends at most a twentieth of the money on vendor chips', () => {
    const s = stateAt(1);
    const view = viewOf(s, 'goog');
    const base = decide(view, s.seed, 'normal').orders;
    const own = ownChipsFirst(view, base);
    expect(own.customOrder).toBeGreaterThanOrEqual(base.customOrder);
    expect(own.customOrder).toBeGreaterThan(0);
    const vendor = own.bids.reduce((a, b) => a + b.quantity * b.maxPrice, 0);
    expect(vendor).toBeLessThanOrEqual(view.me.cash * 0.05);
    // A company with no programme has no such posture.
    const none = viewOf(stateAt(1), 'bytd');
    expect(ownChipsFirst(none, base)).toBe(base);
  });
});

describe('the hard bot looks ahead', () => {
  it('keeps the plan whose imagined futures end best, says so, and plays it', () => {
    let weighed = 0;
    for (const q of [0, 3, 6]) {
      const s = stateAt(q);
      for (const p of s.players) {
        const view = viewOf(s, p.id);
        const d = decideLevel(view, s.seed, 'hard', { iterations: 500 });
        const la = d.rationale.lookahead;
        if (!la) continue;
        weighed++;
        expect(la.futures).toBe(1);
        expect(la.plans.map((x) => x.name)).toContain('plan');
        expect(la.plans.map((x) => x.name)).toContain('theme');
        const best = Math.max(...la.plans.map((x) => x.score));
        const chosen = la.plans.find((x) => x.name === la.chosen);
        expect(chosen?.score).toBe(best);
        // The orders are the chosen plan's, exactly.
        const planned = decide(view, s.seed, 'hard', { iterations: 500 }).orders;
        const expected = {
          plan: planned,
          theme: themeOrders(view),
          ownChips: ownChipsFirst(view, planned),
          steady: decide(view, s.seed, 'normal').orders,
        }[la.chosen];
        expect(d.orders, `${p.id} q${q} ${la.chosen}`).toStrictEqual(expected);
        expect(d.rationale.silicon.customOrder).toBe(d.orders.customOrder);
        expect(d.rationale.power.mw).toBe(d.orders.powerBuild);
      }
    }
    expect(weighed).toBeGreaterThan(10);
  });

  it('with no futures is the planner alone; the other levels never look ahead', () => {
    const s = stateAt(2);
    const view = viewOf(s, 'msft');
    const alone = decideLevel(view, s.seed, 'hard', { iterations: 500, futures: 0 });
    expect(alone).toStrictEqual(decide(view, s.seed, 'hard', { iterations: 500 }));
    expect(alone.rationale.lookahead).toBeUndefined();
    for (const level of ['easy', 'normal'] as const) expect(decideLevel(view, s.seed, level).rationale.lookahead).toBeUndefined();
  });

  it('explains the plans it weighed and the one it kept, in English and German', () => {
    const s = stateAt(1);
    const d = botOrders(s, 'goog', 'hard', { iterations: 500 });
    const la = d.rationale.lookahead;
    if (!la) throw new Error('no look ahead');
    const en = explain(d.rationale, 'en').join('\n');
    const de = explain(d.rationale, 'de').join('\n');
    expect(en).toContain('played the rest of the game forward in 1 imagined future');
    expect(de).toContain('den Rest des Spiels in 1 gedachten Zukunft durchgespielt');
    const names = {
      plan: ['our planner’s plan', 'der Plan unseres Planers'],
      theme: ['the theme plan', 'der Themenplan'],
      ownChips: ['own chips first', 'eigene Chips zuerst'],
      steady: ['the steady plan', 'der ruhige Plan'],
    };
    expect(en).toContain(`kept ${names[la.chosen][0]}`);
    expect(de).toContain(`gewählt: ${names[la.chosen][1]}`);
    for (const p of la.plans) expect(en).toContain(`${names[p.name][0]} ends at ${(p.score / 10).toFixed(1)} points`);
  });

  it('an order it cannot afford in an imagined future counts as a pass there, not an error', () => {
    const s = stateAt(6);
    const view = viewOf(s, 'msft');
    const broke = { ...emptyOrders(), powerBuild: 10_000_000 };
    const future = imagineFuture(view, 'x');
    expect(playForward(future, 'msft', broke, () => emptyOrders())).toBe(playForward(future, 'msft', emptyOrders(), () => emptyOrders()));
  });
});
