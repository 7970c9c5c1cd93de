import { describe, expect, it } from 'vitest';
import { hash64, hashValue, scenarioHash } from '../../src/engine/hash';
import { makeScenario } from '../helpers/scenario';

describe('hashValue', () => {
  it('ignores object key order but not values, nesting or array order', () => {
    expect(hashValue({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(hashValue({ b: { d: 'x', c: [1, 2] }, a: 1 }));
    expect(hashValue({ a: 1, b: 2 })).not.toBe(hashValue({ a: 2, b: 1 }));
    expect(hashValue({ a: [1, 2] })).not.toBe(hashValue({ a: [2, 1] }));
    expect(hashValue({ a: { b: 1 } })).not.toBe(hashValue({ a: 1, b: 1 }));
    expect(hashValue({ ab: 1 })).not.toBe(hashValue({ a: 1, b: undefined, ba: 1 }));
  });

  it('tells numbers, strings, booleans and null apart, and floats by their bits', () => {
    const values = [0, 1, -1, 0.1, 0.30000000000000004, 2 ** 40, '1', '0', true, false, null, [], {}];
    const hashes = values.map((v) => hashValue(v));
    expect(new Set(hashes).size).toBe(values.length);
    expect(hashValue({ x: 1, y: undefined })).toBe(hashValue({ x: 1 }));
  });

  it('is a fixed function of its input (golden values, so a change to it is deliberate)', () => {
    expect(hash64('gpu race')).toBe('28a98e01870b7bdf');
    expect(hashValue({ a: [1, 0.5, 'x', null, true] })).toBe('c8d4c58f3356fdf8');
    expect(hash64('gpu race')).not.toBe(hash64('gpu racf'));
  });
});

describe('scenarioHash', () => {
  it('leaves out the par (it orders the standings, never changes a game) but not the score weights', () => {
    const base = makeScenario();
    const withPar = makeScenario({ scoring: { ...base.scoring, par: { alpha: [1, 2, 3, 4], beta: [1, 2, 3, 4], gamma: [1, 2, 3, 4] } } });
    const otherPar = makeScenario({ scoring: { ...base.scoring, par: { alpha: [9, 9, 9, 9], beta: [1, 2, 3, 4], gamma: [1, 2, 3, 4] } } });
    expect(scenarioHash(withPar)).toBe(scenarioHash(base));
    expect(scenarioHash(otherPar)).toBe(scenarioHash(base));
    expect(scenarioHash(makeScenario({ scoring: { weights: { ...base.scoring.weights, capability: 41 } } }))).not.toBe(scenarioHash(base));
  });
});
