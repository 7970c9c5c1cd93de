import type { GameState, Scenario } from './types';

/** JSON with object keys sorted, so equal data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** Two 32-bit multiply-xor lanes fed with 32-bit words: fast, deterministic in every JS engine. */
class Hasher {
  a = 0x811c9dc5;
  b = 0x5bd1e995;

  word(w: number): void {
    this.a = Math.imul(this.a ^ w, 0x01000193);
    this.b = Math.imul(this.b ^ w, 0x5bd1e995);
    this.b ^= this.b >>> 15;
  }

  text(s: string): void {
    this.word(s.length | 0x40000000);
    for (let i = 0; i < s.length; i++) this.word(s.charCodeAt(i));
  }

  private readonly f64 = new Float64Array(1);
  private readonly u32 = new Uint32Array(this.f64.buffer);

  num(n: number): void {
    if (Number.isInteger(n) && n >= -0x80000000 && n <= 0x7fffffff) {
      this.word(0x10000000);
      this.word(n | 0);
      return;
    }
    this.f64[0] = n;
    this.word(0x20000000);
    this.word(this.u32[0] as number);
    this.word(this.u32[1] as number);
  }

  value(v: unknown): void {
    switch (typeof v) {
      case 'number':
        this.num(v);
        return;
      case 'string':
        this.text(v);
        return;
      case 'boolean':
        this.word(v ? 0x30000001 : 0x30000000);
        return;
      case 'undefined':
        this.word(0x30000002);
        return;
      case 'object':
        break;
      default:
        this.text(String(v));
        return;
    }
    if (v === null) {
      this.word(0x30000003);
    } else if (Array.isArray(v)) {
      this.word(0x50000000 | v.length);
      for (const x of v) this.value(x);
    } else {
      const obj = v as Record<string, unknown>;
      const keys = Object.keys(obj).sort();
      // Count only keys with a value, as JSON keeps them: a JSON round trip must not change the hash.
      let defined = keys.length;
      for (const k of keys) if (obj[k] === undefined) defined--;
      this.word(0x60000000 | defined);
      for (const k of keys) {
        if (obj[k] === undefined) continue;
        this.text(k);
        this.value(obj[k]);
      }
    }
  }

  digest(): string {
    let a = this.a ^ (this.a >>> 13);
    a = Math.imul(a, 0xc2b2ae35);
    a ^= a >>> 16;
    let b = this.b ^ (this.b >>> 13);
    b = Math.imul(b, 0x85ebca6b);
    b ^= b >>> 16;
    return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
  }
}

/** A 64-bit structural hash of plain JSON data (object keys in sorted order), as 16 hex digits. */
export function hashValue(value: unknown): string {
  const h = new Hasher();
  h.value(value);
  return h.digest();
}

/** A 64-bit hash of a string, as 16 hex digits. */
export function hash64(text: string): string {
  const h = new Hasher();
  h.text(text);
  return h.digest();
}

const scenarioHashes = new WeakMap<Scenario, string>();

/** Content hash of a scenario (its canonical JSON text, the `$schema` key left out); cached per scenario object. */
export function scenarioHash(scenario: Scenario): string {
  let h = scenarioHashes.get(scenario);
  if (h === undefined) {
    const { $schema: _ignored, ...rest } = scenario;
    h = hash64(canonicalJson(rest));
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
  const { scenario: _s, history, ...core } = state;
  const before = history[history.length - 2];
  const h = new Hasher();
  h.value(core);
  h.word(history.length);
  h.text(before ? before.stateHash : '');
  return h.digest();
}
