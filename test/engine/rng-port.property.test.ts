/**
 * The engine's Alea is a port of seedrandom's: for any seed and any saved state it must draw exactly what
 * seedrandom draws (the golden replays depend on it bit for bit).
 */
import * as fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { openRng, rngFromSeed, seedState, type AleaState } from '../../src/engine';

const seedArb = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('', ' ', 'bench-0', 'x/bot/openai/q7'));

describe('the ported alea', () => {
  it('seeds exactly as seedrandom for any seed string', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        expect(seedState(seed)).toStrictEqual(seedrandom.alea(seed, { state: true }).state());
      }),
      { numRuns: 500 },
    );
  });

  it('draws exactly as seedrandom from a seed and from any saved state mid-stream', () => {
    fc.assert(
      fc.property(seedArb, fc.nat(300), fc.nat(300), (seed, skip, n) => {
        const reference = seedrandom.alea(seed, { state: true });
        const ours = rngFromSeed(seed);
        for (let k = 0; k < skip; k++) expect(ours.next()).toBe(reference());
        const saved = ours.save();
        expect(saved).toStrictEqual(reference.state());
        const reopened = seedrandom.alea('', { state: { ...saved } });
        const again = openRng(saved);
        for (let k = 0; k < n; k++) expect(again.next()).toBe(reopened());
        expect(again.save()).toStrictEqual(reopened.state() as AleaState);
      }),
      { numRuns: 300 },
    );
  });

  it('int and chance take one draw each, as the seedrandom-backed stream did', () => {
    fc.assert(
      fc.property(seedArb, fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 120 })), { maxLength: 50 }), (seed, calls) => {
        const reference = seedrandom.alea(seed);
        const ours = rngFromSeed(seed);
        for (const [useInt, x] of calls) {
          if (useInt) expect(ours.int(x)).toBe(Math.floor(reference() * x));
          else expect(ours.chance(x)).toBe(x >= 100 ? (reference(), true) : reference() * 100 < x);
        }
      }),
      { numRuns: 300 },
    );
  });
});
