import type { GameState, Scenario } from './types';

/** JSON with object keys sorted, so equal data always gives the same text. */
export function canonicalJson(data: unknown): string {
  if (data === null || typeof data !== 'object') return JSON.stringify(data) ?? 'null';
  if (Array.isArray(data)) return `[${data.map(canonicalJson).join(',')}]`;
  const obj = data as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

// Two 32-bit multiply-xor lanes fed with 32-bit words: fast and the same in every JS engine. Module-level
// lanes (not class fields) keep the hot loop on plain local arithmetic.
let laneA = 0;
let laneB = 0;
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function start(): void {
  laneA = 0x811c9dc5;
  laneB = 0x5bd1e995;
}

function word(w: number): void {
  laneA = Math.imul(laneA ^ w, 0x01000193);
  const b = Math.imul(laneB ^ w, 0x5bd1e995);
  laneB = b ^ (b >>> 15);
}

function text(s: string): void {
  let a = laneA;
  let b = laneB;
  a = Math.imul(a ^ (s.length | 0x40000000), 0x01000193);
  b = Math.imul(b ^ (s.length | 0x40000000), 0x5bd1e995);
  b ^= b >>> 15;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  laneA = a;
  laneB = b;
}

function num(n: number): void {
  if (Number.isInteger(n) && n >= -0x80000000 && n <= 0x7fffffff) {
    word(0x10000000);
    word(n | 0);
    return;
  }
  f64[0] = n;
  word(0x20000000);
  word(u32[0] as number);
  word(u32[1] as number);
}

function value(v: unknown): void {
  switch (typeof v) {
    case 'number':
      num(v);
      return;
    case 'string':
      text(v);
      return;
    case 'boolean':
      word(v ? 0x30000001 : 0x30000000);
      return;
    case 'object':
      break;
    default:
      word(0x30000002);
      return;
  }
  if (v === null) {
    word(0x30000003);
  } else if (Array.isArray(v)) {
    word(0x50000000 | v.length);
    for (let i = 0; i < v.length; i++) value(v[i]);
  } else {
    object(v as Record<string, unknown>, null, null);
  }
}

/**
 * Objects hash the same whatever their key order, without sorting or allocating: each (key, value) pair is
 * hashed on fresh lanes, finalized, and the pairs are summed (a multiset hash). Keys `skipA` and `skipB` are
 * left out, exactly as if the object did not have them.
 */
function object(obj: Record<string, unknown>, skipA: string | null, skipB: string | null): void {
  const saveA = laneA;
  const saveB = laneB;
  let sumA = 0;
  let sumB = 0;
  let n = 0;
  for (const k in obj) {
    const x = obj[k];
    if (x === undefined || k === skipA || k === skipB) continue;
    laneA = 0x811c9dc5;
    laneB = 0x5bd1e995;
    text(k);
    value(x);
    sumA = (sumA + fmix(laneA)) | 0;
    sumB = (sumB + fmix(laneB ^ 0x27d4eb2f)) | 0;
    n++;
  }
  laneA = saveA;
  laneB = saveB;
  word(0x60000000 | n);
  word(sumA);
  word(sumB);
}

function fmix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

function digest(): string {
  let a = laneA ^ (laneA >>> 13);
  a = Math.imul(a, 0xc2b2ae35);
  a ^= a >>> 16;
  let b = laneB ^ (laneB >>> 13);
  b = Math.imul(b, 0x85ebca6b);
  b ^= b >>> 16;
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** A 64-bit structural hash of plain JSON data (independent of object key order), as 16 hex digits. */
export function hashValue(v: unknown): string {
  start();
  value(v);
  return digest();
}

/** A 64-bit hash of a string, as 16 hex digits. */
export function hash64(s: string): string {
  start();
  text(s);
  return digest();
}

const scenarioHashes = new WeakMap<Scenario, string>();

/**
 * Content hash of a scenario: its canonical JSON text without the `$schema` key and without `scoring.par`,
 * which orders the standings but never changes a game (so measuring par again leaves saves, files and links
 * playable). Cached per scenario object.
 */
export function scenarioHash(scenario: Scenario): string {
  let h = scenarioHashes.get(scenario);
  if (h === undefined) {
    const { $schema: _ignored, scoring, ...rest } = scenario;
    const { par: _par, ...rules } = scoring;
    h = hash64(canonicalJson({ ...rest, scoring: rules }));
    scenarioHashes.set(scenario, h);
  }
  return h;
}

/**
 * Hash of everything that decides the rest of the game: the scenario by its content hash, the live state in
 * full, and the past as a chain: the number of resolved quarters and the checkpoint before the last record
 * (so the last record's own checkpoint, which is this hash, is never an input). Quarter records are derived
 * from the state and the orders, so the chain covers them without hashing them again.
 */
export function stateHash(state: GameState): string {
  const history = state.history;
  const before = history[history.length - 2];
  start();
  // The live state is every field but the scenario and the history (hashed in place, not copied out).
  object(state as unknown as Record<string, unknown>, 'scenario', 'history');
  word(history.length);
  text(before ? before.stateHash : '');
  return digest();
}
