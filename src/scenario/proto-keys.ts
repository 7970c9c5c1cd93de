/**
 * Finds `__proto__` keys anywhere in decoded JSON. JSON.parse makes them ordinary own properties, and zod's
 * records skip them without a word (so that copying them cannot replace a prototype); a scenario should say
 * so instead of silently losing the entry.
 */
import { jsonPath } from './json-path';

/** At most this many `__proto__` keys are reported. */
const MAX_REPORTED = 20;

/** Objects and lists visited at most; a decoded 2 MB file has far fewer. */
const MAX_NODES = 1_000_000;

interface Node {
  value: unknown;
  key: string | number | null;
  parent: Node | null;
}

function pathOf(node: Node): string {
  const segs: (string | number)[] = [];
  for (let n: Node | null = node; n && n.key !== null; n = n.parent) segs.unshift(n.key);
  return jsonPath(segs);
}

/** JSON paths of every own `__proto__` key in `root` (iterative: deep nesting cannot overflow the stack). */
export function findProtoKeys(root: unknown): string[] {
  const found: string[] = [];
  const stack: Node[] = [{ value: root, key: null, parent: null }];
  let visited = 0;
  while (stack.length > 0 && found.length < MAX_REPORTED && visited++ < MAX_NODES) {
    const node = stack.pop() as Node;
    const v = node.value;
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: node });
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(v, '__proto__')) found.push(pathOf({ value: null, key: '__proto__', parent: node }));
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i] as string;
      if (k !== '__proto__') stack.push({ value: (v as Record<string, unknown>)[k], key: k, parent: node });
    }
  }
  return found;
}
