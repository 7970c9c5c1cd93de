/**
 * copyState and clonePlayer copy field by field (for speed): they must copy every field, in the same key
 * order, and clonePlayer must share nothing mutable with the player it copies.
 */
import { describe, expect, it } from 'vitest';
import { createGame, type GameState } from '../../src/engine';
import { clonePlayer, copyState } from '../../src/engine/draft';
import { playOut, richDecide } from '../helpers/game';
import { richScenario } from '../helpers/scenario';

// Baseline bots plus grey-market and partnership takers, so players carry contracts and projects.
const decide = richDecide;

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
