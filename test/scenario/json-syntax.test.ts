import * as fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText } from '../../src/scenario';
import { findJsonSyntaxError } from '../../src/scenario/json-syntax';

describe('findJsonSyntaxError', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const t of ['{}', '[]', '0', '-1.5e3', '"a\\u00e4\\n"', '{"a": [1, {"b": null}], "c": true}', ' \n{ "x" : false }\n']) {
      expect(findJsonSyntaxError(t), t).toBeNull();
    }
  });

  it('agrees with JSON.parse on random JSON texts', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(findJsonSyntaxError(text)).toBeNull();
      }),
    );
  });

  it('finds an error wherever JSON.parse throws (no false passes)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        // Valid texts may still be refused for duplicate keys; invalid texts must always be refused.
        if (!valid) expect(findJsonSyntaxError(text)).not.toBeNull();
      }),
    );
  });

  it.each([
    ['{"a": 1,}', 1, 9, /a key in double quotes \(is there a comma too many/],
    ['{"a": 1\n "b": 2}', 2, 2, /"," or "}"/],
    ['[1, 2', 1, 6, /"," or "]", found the end of the file/],
    ["{'a': 1}", 1, 2, /a key in double quotes/],
    ['{"a": "line\nbreak"}', 1, 12, /no line breaks/],
    ['{"a": tru}', 1, 7, /a value/],
    ['{"a": 1} x', 1, 10, /the end of the file/],
  ])('%j: line %i, column %i', (text, line, column, message) => {
    const e = findJsonSyntaxError(text);
    expect(e).not.toBeNull();
    expect([e?.line, e?.column]).toEqual([line, column]);
    expect(e?.message).toMatch(message);
  });

  it('names the JSON path of the broken value', () => {
    expect(findJsonSyntaxError('{"companies": [{"id": "a"}, {"budget": [1, 2,]}]}')?.path).toBe('$.companies[1].budget[2]');
  });
});

describe('parsing never throws', () => {
  const base = JSON.parse(readFileSync(join(import.meta.dirname, '../../scenarios/2024-hopper-scramble.json'), 'utf8')) as Record<string, unknown>;

  it('on any value', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(parseScenario(v).ok).toBe(false);
      }),
    );
  });

  it('on any text', () => {
    fc.assert(
      fc.property(fc.string(), (t) => {
        expect(parseScenarioText(t).ok).toBe(false);
      }),
    );
  });

  it('on the base game with one field replaced by anything', () => {
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, p: (string | number)[]) => {
      paths.push(p);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
    };
    walk(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue(), (path, value) => {
        const s = structuredClone(base);
        let o = s as Record<string | number, unknown>;
        for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
        o[path.at(-1) as string | number] = value;
        const res = parseScenario(s);
        if (!res.ok) for (const e of res.errors) expect(e.path.startsWith('$')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
