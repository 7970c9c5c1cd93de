/**
 * Structural mutations of JSON-like values for fuzzing: delete, replace, duplicate or rename keys, swap types,
 * put in extreme numbers and hostile strings, inject `__proto__` / `constructor` / `prototype` keys as own
 * properties (as JSON.parse makes them). Plus checks that nothing polluted Object.prototype.
 */
import * as fc from 'fast-check';

/** Keys that pollute prototypes if a parser assigns them naively. */
export const hostileKeys = ['__proto__', 'constructor', 'prototype'] as const;

/** Numbers that break naive code: extremes, non-finite, negative zero, fractions, beyond 2^53. */
export const extremeNumbers = [0, -0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 60, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MIN_VALUE] as const;

/** Strings that break naive code: empty, huge, control characters, a lone surrogate, markup, prototype names. */
export const hostileStrings = ['', 'x'.repeat(5_000), '\u0000', '\u202e', '\ud800', '<img src=x onerror=alert(1)>', '__proto__', 'constructor', 'toString', '$', '-1', '1e999'] as const;

const valueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...extremeNumbers),
  fc.constantFrom<unknown>(...hostileStrings),
  fc.constantFrom<unknown>(null, true, false, [], {}, [[[[[]]]]]),
  fc.jsonValue({ maxDepth: 2 }),
);

/** One mutation: what to do, where (an index into the value's paths, wrapped) and with what. */
export interface Mutation {
  op: 'delete' | 'replace' | 'duplicate' | 'rename' | 'swapType' | 'inject' | 'grow' | 'empty';
  at: number;
  value: unknown;
  key: string;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete', 'replace', 'replace', 'duplicate', 'rename', 'swapType', 'swapType', 'inject', 'grow', 'empty'),
  at: fc.nat(),
  value: valueArb,
  key: fc.oneof(fc.constantFrom(...hostileKeys), fc.string({ maxLength: 8 })),
});

/** One to five mutations. */
export const mutationsArb: fc.Arbitrary<Mutation[]> = fc.array(mutationArb, { minLength: 1, maxLength: 5 });

type Container = Record<string, unknown> | unknown[];

/** Every (parent, key) in a value, parents first. */
function slots(root: unknown): [Container, string | number][] {
  const out: [Container, string | number][] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        out.push([v, i]);
        stack.push(x);
      });
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        out.push([v as Record<string, unknown>, k]);
        stack.push(x);
      }
    }
  }
  return out;
}

/** Sets an own, enumerable property, even for `__proto__` (plain assignment would change the prototype). */
function defineOwn(obj: Container, key: string | number, value: unknown): void {
  if (Array.isArray(obj) && key === 'length') return;
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function swapType(v: unknown): unknown {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v.length > 0 && Number.isFinite(Number(v)) ? Number(v) : [v];
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (Array.isArray(v)) return { ...v };
  if (v !== null && typeof v === 'object') return Object.values(v);
  return 0;
}

/** A deep copy of `value` with the mutations applied in order (the input is not changed). */
export function mutate(value: unknown, mutations: readonly Mutation[]): unknown {
  const root: { v: unknown } = { v: structuredClone(value) };
  for (const m of mutations) {
    const all = slots(root);
    if (all.length === 0) break;
    const [parent, key] = all[m.at % all.length] as [Container, string | number];
    const current = (parent as Record<string | number, unknown>)[key];
    switch (m.op) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
        break;
      case 'replace':
        defineOwn(parent, key, structuredClone(m.value));
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(current));
        else defineOwn(parent, m.key, structuredClone(current));
        break;
      case 'rename':
        if (!Array.isArray(parent)) {
          delete parent[key as string];
          defineOwn(parent, m.key, current);
        }
        break;
      case 'swapType':
        defineOwn(parent, key, swapType(current));
        break;
      case 'inject':
        if (current !== null && typeof current === 'object') defineOwn(current as Container, m.key, { polluted: true, prototype: { polluted: true } });
        else defineOwn(parent, m.key, { polluted: true });
        break;
      case 'grow':
        if (Array.isArray(current)) for (let i = 0; i < 3 && current.length < 5_000; i++) current.push(...current.slice(0, 50));
        else defineOwn(parent, key, [current, current]);
        break;
      case 'empty':
        defineOwn(parent, key, Array.isArray(current) ? [] : current !== null && typeof current === 'object' ? {} : null);
        break;
    }
  }
  return root.v;
}

/** Names of everything a prototype-pollution attack would have left behind; empty if clean. */
export function pollution(): string[] {
  const probe = {} as Record<string, unknown>;
  const out: string[] = [];
  for (const k of ['polluted', 'prototype', 'isAdmin']) if (probe[k] !== undefined) out.push(`({}).${k}`);
  if (([] as unknown as Record<string, unknown>).polluted !== undefined) out.push('[].polluted');
  if ((Object as unknown as Record<string, unknown>).polluted !== undefined) out.push('Object.polluted');
  if (Object.keys(Object.prototype).length > 0) out.push(`Object.prototype keys: ${Object.keys(Object.prototype).join(', ')}`);
  return out;
}

/** JSON paths of NaN or infinite numbers in a value (empty if none). */
export function nonFinite(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) out.push(`${path} = ${v}`);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(value, '$');
  return out;
}
