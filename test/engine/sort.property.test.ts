/** sortStrict must order exactly as Array.prototype.sort for any comparator that is a strict total order. */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortStrict } from '../../src/engine/sort';

interface Item {
  price: number;
  relationship: number;
  tiebreak: number;
  i: number;
}

// The auction's ranking: price, then relationship, then a random key, then the index (so no two items tie).
const rank = (x: Item, y: Item): number => y.price - x.price || y.relationship - x.relationship || x.tiebreak - y.tiebreak || x.i - y.i;

const itemsArb = fc
  .array(fc.record({ price: fc.integer({ min: 0, max: 50 }), relationship: fc.integer({ min: 0, max: 3 }), tiebreak: fc.oneof(fc.constant(0.5), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true })) }), { maxLength: 80 })
  .map((xs) => xs.map((x, i) => ({ ...x, i })));

describe('sortStrict', () => {
  it('gives the same order as Array.prototype.sort, for short lists and for long ones', () => {
    fc.assert(
      fc.property(itemsArb, (items) => {
        expect(sortStrict(items.slice(), rank)).toEqual(items.slice().sort(rank));
      }),
      { numRuns: 500 },
    );
  });

  it('sorts indices by fractional remainders as the revenue split does', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e12, noNaN: true }), { maxLength: 40 }), (shares) => {
        const byRemainder = (a: number, b: number): number => (shares[b] as number) - Math.floor(shares[b] as number) - ((shares[a] as number) - Math.floor(shares[a] as number)) || a - b;
        const indices = shares.map((_, i) => i);
        expect(sortStrict(indices.slice(), byRemainder)).toEqual(indices.slice().sort(byRemainder));
      }),
      { numRuns: 500 },
    );
  });

  it('sorts in place and returns the same array', () => {
    const xs = [3, 1, 2];
    expect(sortStrict(xs, (a, b) => a - b)).toBe(xs);
    expect(xs).toEqual([1, 2, 3]);
  });
});
