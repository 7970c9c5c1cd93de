/**
 * A small JSON checker that says where a file is broken: line, column, JSON path and what was expected.
 * JSON.parse's messages differ between engines and often give no position. This scanner is iterative and caps
 * nesting (a hostile file of a million `[` costs nothing), and it refuses duplicate keys, which JSON.parse
 * silently resolves to the last one.
 */
import { jsonPath } from './json-path';

/** Where and why a text is not valid JSON. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  /** JSON path of the value being read when the error was found. */
  path: string;
  message: string;
}

interface Frame {
  kind: '{' | '[';
  keys: Set<string>;
  key: string | null;
  index: number;
}

type Mode = 'value' | 'key' | 'after';

/** Deepest nesting accepted; a scenario needs about 6 levels. */
export const MAX_JSON_DEPTH = 64;

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function foundAt(text: string, i: number): string {
  if (i >= text.length) return 'the end of the file';
  const c = text[i] as string;
  if (c === '\n' || c === '\r') return 'a line break';
  const snippet = [...(text.slice(i, i + 12).split(/[\r\n]/)[0] ?? '')].map((ch) => (ch < ' ' ? ' ' : ch)).join('');
  return `'${snippet}'`;
}

/** Returns the first syntax error in `text`, or null if it is valid JSON without duplicate keys. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: Frame[] = [];
  let i = 0;
  let mode: Mode = 'value';
  const n = text.length;

  const fail = (at: number, expected: string, found?: string): JsonSyntaxError => {
    const segs: (string | number)[] = [];
    for (const f of stack) {
      if (f.kind === '[') segs.push(f.index);
      else if (f.key !== null) segs.push(f.key);
    }
    return { ...position(text, at), path: jsonPath(segs), message: `expected ${expected}, found ${found ?? foundAt(text, at)}` };
  };
  const skipWs = () => {
    while (i < n && WS.has(text[i] as string)) i++;
  };
  /** Reads a string at i (text[i] === '"'); returns its value or an error. */
  const readString = (): string | JsonSyntaxError => {
    const start = i;
    i++;
    let out = '';
    while (true) {
      if (i >= n) return fail(start, 'a closing " for the text that starts here', 'the end of the file');
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail(i, 'four hex digits after \\u');
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        if (e === undefined || !ESCAPES.has(e)) return fail(i, 'an escape such as \\" \\\\ \\n or \\u00e4');
        out += e;
        i += 2;
        continue;
      }
      if (c.charCodeAt(0) < 0x20) return fail(i, 'no line breaks or control characters inside a text (write \\n)');
      out += c;
      i++;
    }
  };

  while (true) {
    skipWs();
    if (mode === 'value') {
      if (i >= n) return fail(i, 'a value');
      const c = text[i] as string;
      if (c === '{' || c === '[') {
        if (stack.length >= MAX_JSON_DEPTH) return fail(i, `at most ${MAX_JSON_DEPTH} levels of nested objects and lists`, 'more');
        stack.push({ kind: c, keys: new Set(), key: null, index: 0 });
        i++;
        skipWs();
        const close = c === '{' ? '}' : ']';
        if (text[i] === close) {
          i++;
          stack.pop();
          mode = 'after';
        } else mode = c === '{' ? 'key' : 'value';
        continue;
      }
      if (c === '"') {
        const s = readString();
        if (typeof s !== 'string') return s;
        mode = 'after';
        continue;
      }
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (m && m[0] !== '-') {
        i += m[0].length;
        mode = 'after';
        continue;
      }
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (word) {
        i += word.length;
        mode = 'after';
        continue;
      }
      return fail(i, 'a value (an object, a list, a "text", a number, true, false or null)');
    }
    const top = stack[stack.length - 1];
    if (mode === 'key') {
      if (!top) return fail(i, 'a value');
      if (text[i] !== '"') {
        const trailing = text[i] === '}' ? ' (is there a comma too many before it?)' : '';
        return fail(i, `a key in double quotes${trailing}`);
      }
      const keyAt = i;
      const key = readString();
      if (typeof key !== 'string') return key;
      if (top.keys.has(key)) {
        top.key = key;
        return fail(keyAt, `each key once per object`, `the key ${JSON.stringify(key)} a second time`);
      }
      top.keys.add(key);
      top.key = key;
      skipWs();
      if (text[i] !== ':') return fail(i, `":" after the key ${JSON.stringify(key)}`);
      i++;
      mode = 'value';
      continue;
    }
    // mode === 'after': a value just ended
    if (!top) {
      if (i < n) return fail(i, 'the end of the file (only one top-level value is allowed)');
      return null;
    }
    const close = top.kind === '{' ? '}' : ']';
    if (text[i] === ',') {
      i++;
      if (top.kind === '{') top.key = null;
      else {
        top.index++;
        skipWs();
        if (text[i] === ']') return fail(i, 'a value after "," (is there a comma too many?)');
      }
      mode = top.kind === '{' ? 'key' : 'value';
      continue;
    }
    if (text[i] === close) {
      i++;
      stack.pop();
      mode = 'after';
      continue;
    }
    return fail(i, `"," or "${close}"`);
  }
}
