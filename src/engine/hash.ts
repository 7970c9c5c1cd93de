import type { GameState, Scenario } from './types';

/** JSON with object keys sorted, so equal data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** A 64-bit hash (two 32-bit FNV-1a-style lanes) of a string, as 16 hex digits. */
export function hash64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 ^= h1 >>> 13;
  h1 = Math.imul(h1, 0xc2b2ae35);
  h1 ^= h1 >>> 16;
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** Content hash of a scenario (canonical JSON, the `$schema` key left out). */
export function scenarioHash(scenario: Scenario): string {
  const { $schema: _ignored, ...rest } = scenario;
  return hash64(canonicalJson(rest));
}

/** Hash of everything that decides the rest of the game (the scenario by its hash; history by its chained record hash). */
export function stateHash(state: GameState): string {
  const { scenario: _s, history, ...core } = state;
  const last = history[history.length - 1];
  return hash64(canonicalJson({ ...core, historyLength: history.length, historyHash: last ? last.hash : '' }));
}
