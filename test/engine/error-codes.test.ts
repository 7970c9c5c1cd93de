/**
 * The error codes (src/engine/errors.ts) against their documentation (docs/errors.md): every code has a row,
 * every row is a code; and each code's English sentence is its own (no two codes word alike).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionError, ERROR_ENGLISH, type ActionErrorCode, type ErrorValues } from '../../src/engine/errors';

const codes = Object.keys(ERROR_ENGLISH) as ActionErrorCode[];

describe('error codes', () => {
  it('docs/errors.md has one row per code, and no row for a code that does not exist', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../docs/errors.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect([...rows].sort()).toEqual([...codes].sort());
  });

  it('no two codes give the same English sentence for the same values', () => {
    // Every value any code reads, set to a recognisable placeholder.
    const v = new Proxy({}, { get: (_t, k) => (typeof k === 'string' ? (['max', 'count', 'cap', 'asked', 'spend', 'running', 'cash', 'pct', 'lead', 'quarter', 'until'].includes(k) ? 7 : k === 'action' ? 'submit' : `<${k}>`) : undefined) });
    const texts = codes.map((c) => actionError(c, v as ErrorValues[typeof c], 'orders.x').message);
    expect(new Set(texts).size).toBe(codes.length);
  });
});
