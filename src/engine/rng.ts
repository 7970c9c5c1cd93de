import type { AleaState } from './types';

/** A random stream opened from a saved alea state; save() returns the state to store back. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** True with the given percent chance (0..100). */
  chance(pct: number): boolean;
  save(): AleaState;
}

// Baagoe's Alea exactly as seedrandom 3.0.5 (lib/alea.js) computes it, draw for draw and bit for bit
// (test/engine/rng.test.ts checks it against seedrandom). A plain class instead of seedrandom's closures:
// the rules open a stream per action and the bots one per decision, and building seedrandom's generator
// (four string hashes and five closures each time) was a tenth of a whole game's time.

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** Baagoe's Mash over a string, continuing from hash state n; returns the new state (its value is frac32). */
function mash(n: number, data: string): number {
  for (let i = 0; i < data.length; i++) {
    n += data.charCodeAt(i);
    let h = 0.02519603282416938 * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * 0x100000000;
  }
  return n;
}

function frac32(n: number): number {
  return (n >>> 0) * TWO_POW_MINUS_32;
}

// Alea's seeding starts by mashing ' ' three times, whatever the seed: done once here.
const SPACE1 = mash(0xefc8249d, ' ');
const SPACE2 = mash(SPACE1, ' ');
const SPACE3 = mash(SPACE2, ' ');

/** The alea state for a seed string, as seedrandom would start it. */
export function seedState(seed: string): AleaState {
  const m1 = mash(SPACE3, seed);
  const m2 = mash(m1, seed);
  const m3 = mash(m2, seed);
  let s0 = frac32(SPACE1) - frac32(m1);
  if (s0 < 0) s0 += 1;
  let s1 = frac32(SPACE2) - frac32(m2);
  if (s1 < 0) s1 += 1;
  let s2 = frac32(SPACE3) - frac32(m3);
  if (s2 < 0) s2 += 1;
  return { c: 1, s0, s1, s2 };
}

class Alea implements Rng {
  private c: number;
  private s0: number;
  private s1: number;
  private s2: number;

  constructor(state: AleaState) {
    this.c = state.c;
    this.s0 = state.s0;
    this.s1 = state.s1;
    this.s2 = state.s2;
  }

  next(): number {
    const t = 2091639 * this.s0 + this.c * TWO_POW_MINUS_32;
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    this.s2 = t - this.c;
    return this.s2;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(pct: number): boolean {
    if (pct >= 100) {
      this.next();
      return true;
    }
    return this.next() * 100 < pct;
  }

  save(): AleaState {
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }
}

/** Opens a stream from a saved state without touching the saved object. */
export function openRng(state: AleaState): Rng {
  return new Alea(state);
}

/** A fresh stream seeded from a string (the same draws as openRng(seedState(seed))). */
export function rngFromSeed(seed: string): Rng {
  return new Alea(seedState(seed));
}
