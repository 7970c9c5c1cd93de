/**
 * copyState and clonePlayer copy field by field (for speed): they must copy every field, in the same key
 * order, and clonePlayer must share nothing mutable with the player it copies.
 */
import { describe, expect, it } from 'vitest';
import { baselineOrders } from '../../src/ai/baseline';
import { createGame, type GameState, type Orders } from '../../src/engine';
import { clonePlayer, copyState } from '../../src/engine/draft';
import { playOut, type Decide } from '../helpers/game';
import { richScenario } from '../helpers/scenario';

/** Baseline bots, plus a grey-market buyer and partnership takers, so players carry contracts and projects. */
const decide: Decide = (state, id) => {
  const bot = baselineOrders(state, id);
  const extra: Orders[] = [];
  if (id === 'bytd') extra.push({ ...bot, greyMarket: [{ sku: 'H100', quantity: 2_000 }] });
  if (id === 'amzn' && state.openPartnerships.includes('nv-priority')) extra.push({ ...bot, partnership: 'nv-priority' });
  if (id === 'meta' && state.openPartnerships.includes('lab')) extra.push({ ...bot, partnership: 'lab' });
  return [...extra, bot];
};

function mutableParts(x: unknown, out: object[] = []): object[] {
  if (typeof x === 'object' && x !== null) {
    out.push(x);
    for (const v of Object.values(x)) mutableParts(v, out);
  }
  return out;
}

describe('state copies', () => {
  const states: GameState[] = playOut(createGame(richScenario(), 'draft-copies'), decide).resolved;

  it('the played game has players with contracts and power projects to copy', () => {
    expect(states.some((s) => s.players.some((p) => p.contracts.length > 0))).toBe(true);
    expect(states.some((s) => s.players.some((p) => p.projects.length > 0))).toBe(true);
  });

  it('clonePlayer gives an equal player, keys in the same order, sharing no object with the original', () => {
    for (const s of states) {
      for (const p of s.players) {
        const c = clonePlayer(p);
        expect(c).toStrictEqual(p);
        expect(JSON.stringify(c)).toBe(JSON.stringify(p));
        const originals = new Set(mutableParts(p));
        for (const part of mutableParts(c)) expect(originals.has(part)).toBe(false);
      }
    }
  });

  it('copyState gives an equal state, keys in the same order, as a new object', () => {
    for (const s of states) {
      const c = copyState(s);
      expect(c).not.toBe(s);
      expect(c).toStrictEqual(s);
      expect(Object.keys(c)).toEqual(Object.keys(s));
    }
  });
});
