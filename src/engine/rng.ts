import seedrandom from 'seedrandom';
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

/** The alea state for a seed string, as seedrandom would start it. */
export function seedState(seed: string): AleaState {
  return seedrandom.alea(seed, { state: true }).state() as AleaState;
}

/** Opens a stream from a saved state without touching the saved object. */
export function openRng(state: AleaState): Rng {
  return wrap(seedrandom.alea('', { state: { ...state } }));
}

/** A fresh stream seeded from a string (the same draws as openRng(seedState(seed)), with one generator built, not two). */
export function rngFromSeed(seed: string): Rng {
  return wrap(seedrandom.alea(seed, { state: true }));
}

function wrap(prng: ReturnType<typeof seedrandom.alea>): Rng {
  return {
    next: () => prng(),
    int: (n) => Math.floor(prng() * n),
    chance: (pct) => (pct >= 100 ? (prng(), true) : prng() * 100 < pct),
    save: () => prng.state() as AleaState,
  };
}
