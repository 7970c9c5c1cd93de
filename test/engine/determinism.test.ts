import { describe, expect, it } from 'vitest';
import { baselineOrders } from '../../src/ai/baseline';
import { applyAction, createGame, stateHash, type GameState, type Orders } from '../../src/engine';
import { hashValue } from '../../src/engine/hash';
import { act, newGame, orders, playOut, richDecide } from '../helpers/game';
import { richScenario } from '../helpers/scenario';

// Baseline bots plus grey-market and partnership takers, so players carry contracts and projects.
const decide = richDecide;

function play(seed: string) {
  return playOut(createGame(richScenario(), seed), decide);
}

describe('determinism', () => {
  const a = play('seed-1');
  const b = play('seed-1');

  it('same scenario, seed and actions: the same hash after every quarter and the same final state', () => {
    expect(a.resolved).toHaveLength(8);
    expect(b.resolved.map((s) => s.history.at(-1)?.stateHash)).toEqual(a.resolved.map((s) => s.history.at(-1)?.stateHash));
    expect(b.final).toStrictEqual(a.final);
    expect(stateHash(b.final)).toBe(stateHash(a.final));
    // The game did exercise the random parts: grey purchases, the deck, licences, partnerships.
    const notes = a.final.history.flatMap((r) => r.notes.map((n) => n.code));
    expect(notes).toContain('partnershipWon');
    expect(notes.some((c) => c === 'greyBought' || c === 'greyCaught')).toBe(true);
  });

  it('each record\'s checkpoint is the stateHash of the state right after that resolution', () => {
    for (const s of a.resolved) expect(s.history.at(-1)?.stateHash).toBe(stateHash(s));
    const hashes = a.resolved.map((s) => stateHash(s));
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('another seed gives another game', () => {
    const c = play('seed-2');
    expect(stateHash(c.final)).not.toBe(stateHash(a.final));
    const hashesA = a.resolved.map((s) => s.history.at(-1)?.stateHash);
    const hashesC = c.resolved.map((s) => s.history.at(-1)?.stateHash);
    for (let q = 0; q < 8; q++) expect(hashesC[q]).not.toBe(hashesA[q]);
    expect(c.final.players.map((p) => p.cash)).not.toEqual(a.final.players.map((p) => p.cash));
  });

  it('the state survives JSON and structuredClone with an identical hash and an identical continuation', () => {
    // Mid-game, in the orders phase with some orders already sealed.
    const mid = a.resolved[2] as GameState;
    let s = act(mid, { type: 'advance' });
    s = act(s, { type: 'submitOrders', playerId: 'msft', orders: baselineOrders(s, 'msft') });
    const viaJson = JSON.parse(JSON.stringify(s)) as GameState;
    const viaClone = structuredClone(s);
    expect(viaJson).toEqual(s);
    expect(viaClone).toStrictEqual(s);
    expect(stateHash(viaJson)).toBe(stateHash(s));
    expect(stateHash(viaClone)).toBe(stateHash(s));
    const go = (x: GameState) => playOut(x, decide);
    const [r0, r1, r2] = [go(s), go(viaJson), go(viaClone)];
    expect(r1.resolved.map((x) => stateHash(x))).toEqual(r0.resolved.map((x) => stateHash(x)));
    expect(r2.resolved.map((x) => stateHash(x))).toEqual(r0.resolved.map((x) => stateHash(x)));
    expect(r1.final).toEqual(r0.final);
    expect(r2.final).toStrictEqual(r0.final);
    // And the continuation is the original game's.
    expect(stateHash(r0.final)).toBe(stateHash(a.final));
  });

  it('stateHash sees every part of the live state', () => {
    const s = newGame(richScenario(), 'h');
    const h = stateHash(s);
    const variants: GameState[] = [
      { ...s, players: s.players.map((p, i) => (i === 2 ? { ...p, cash: p.cash + 1 } : p)) },
      { ...s, players: s.players.map((p, i) => (i === 0 ? { ...p, fleet: { ...p.fleet, H100: (p.fleet.H100 ?? 0) + 1 } } : p)) },
      { ...s, rng: { ...s.rng, c: s.rng.c + 1 } },
      { ...s, quarter: s.quarter + 1 },
      { ...s, pending: s.pending.map((o, i) => (i === 1 ? orders() : o)) },
      { ...s, modifiers: [...s.modifiers, { kind: 'revenuePool', pct: 1, untilQuarter: 9 }] },
      { ...s, openPartnerships: [...s.openPartnerships, 'x'] },
      { ...s, seed: 'other' },
    ];
    for (const v of variants) expect(stateHash(v)).not.toBe(h);
    expect(stateHash({ ...s })).toBe(h);
  });

  it('hashValue is structural: key order does not matter, undefined-valued keys count as absent (as in JSON)', () => {
    expect(hashValue({ a: 1, b: [1, 'x', null] })).toBe(hashValue({ b: [1, 'x', null], a: 1 }));
    expect(hashValue({ a: 1, b: undefined })).toBe(hashValue({ a: 1 }));
    expect(hashValue({ a: 1 })).not.toBe(hashValue({ a: 2 }));
    expect(hashValue({ a: 0.1 })).not.toBe(hashValue({ a: 0.2 }));
    expect(hashValue(['1'])).not.toBe(hashValue([1]));
  });

  it('applyAction never changes the state it is given, accepted or not', () => {
    let s = newGame(richScenario(), 'pure');
    for (let q = 0; q < 3; q++) {
      for (const p of s.players) {
        const before = structuredClone(s);
        const o = decide(s, p.id)[0] as Orders;
        const r = applyAction(s, { type: 'submitOrders', playerId: p.id, orders: o });
        expect(s).toStrictEqual(before);
        s = r.ok ? r.state : act(s, { type: 'submitOrders', playerId: p.id, orders: orders() });
      }
      const before = structuredClone(s);
      const resolved = act(s, { type: 'resolveQuarter' });
      expect(s).toStrictEqual(before);
      const frozen = structuredClone(resolved);
      s = act(resolved, { type: 'advance' });
      expect(resolved).toStrictEqual(frozen);
      const injected = act(s, { type: 'injectEvent', cardId: 'antitrust' });
      expect(injected.news.length).toBe(s.news.length + 1);
    }
  });
});
