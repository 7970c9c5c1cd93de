import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { openRng, rngFromSeed, seedState, type AleaState } from '../../src/engine';

describe('the game rng', () => {
  it('equals seedrandom alea for a known seed (first 1,000 draws)', () => {
    const reference = seedrandom.alea('known-seed');
    const ours = openRng(seedState('known-seed'));
    const a = Array.from({ length: 1_000 }, () => reference());
    const b = Array.from({ length: 1_000 }, () => ours.next());
    expect(b).toEqual(a);
    // Not a constant stream: the draws spread over [0, 1).
    expect(new Set(a).size).toBe(1_000);
    expect(Math.min(...a)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...a)).toBeLessThan(1);
  });

  it('its saved state survives a JSON round trip mid-stream', () => {
    const reference = seedrandom.alea('known-seed');
    const all = Array.from({ length: 1_000 }, () => reference());
    const first = openRng(seedState('known-seed'));
    const head = Array.from({ length: 500 }, () => first.next());
    const saved = JSON.parse(JSON.stringify(first.save())) as AleaState;
    expect(Object.keys(saved).sort()).toEqual(['c', 's0', 's1', 's2']);
    const reopened = openRng(saved);
    const tail = Array.from({ length: 500 }, () => reopened.next());
    expect([...head, ...tail]).toEqual(all);
    // The original stream goes on identically too: opening never touched the saved object.
    expect(Array.from({ length: 500 }, () => first.next())).toEqual(tail);
  });

  it('opening a saved state does not change it, and each opening replays the same stream', () => {
    const state = seedState('s');
    const copy = { ...state };
    const a = openRng(state);
    a.next();
    a.next();
    expect(state).toEqual(copy);
    expect(openRng(state).next()).toBe(openRng(state).next());
  });

  it('different seeds give different streams', () => {
    expect(openRng(seedState('a')).next()).not.toBe(openRng(seedState('b')).next());
  });

  it('int and chance use one draw each; chance(0) is never and chance(100) always', () => {
    const ref = seedrandom.alea('x');
    const r = openRng(seedState('x'));
    const v = ref();
    expect(r.int(10)).toBe(Math.floor(v * 10));
    const w = ref();
    expect(r.chance(37)).toBe(w * 100 < 37);
    let never = 0;
    let always = 0;
    for (let k = 0; k < 200; k++) {
      if (r.chance(0)) never++;
      if (r.chance(100)) always++;
    }
    expect([never, always]).toEqual([0, 200]);
    // chance(100) still consumes a draw, so the stream does not depend on the percentages.
    for (let k = 0; k < 400; k++) ref();
    expect(r.next()).toBe(ref());
  });
});

describe('rngFromSeed', () => {
  it('draws exactly what openRng(seedState(seed)) draws, and saves the same state', () => {
    const a = rngFromSeed('bot/seat/q3');
    const b = openRng(seedState('bot/seat/q3'));
    for (let i = 0; i < 200; i++) expect(a.next()).toBe(b.next());
    expect(a.save()).toEqual(b.save());
  });
});
