/**
 * Issue 10: no loop in src/engine whose length depends on an amount (dollars, units, MW). The old revenue
 * share-out went round the companies a dollar at a time, so a huge pool never finished. This reads every
 * engine source file: `for...of` loops walk a list (bounded by its length); a counting `for` must count up to a
 * length (or `n`, a length) or down to 0; a `while` is allowed only where listed here with the reason it ends.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '../../src/engine');

/** `while` loops that end for a reason the regexes cannot see: file -> the loop's condition and why it ends. */
const WHILE_ALLOWED: Record<string, string[]> = {
  // Insertion sort: j falls by one each step and stops at -1.
  'sort.ts': ['j >= 0 && compare(items[j] as T, x) > 0'],
};

const BOUNDED_FOR = [/^\s*(let|const)?\s*\w+\s*=\s*[^;]*;\s*\w+\s*<\s*([\w.]+\.length|n)\s*;\s*\w+(\+\+|\s*\+=\s*\w+)\s*$/, /^\s*let\s+\w+\s*=\s*[^;]*;\s*\w+\s*>=\s*0(\s*&&[^;]*)?;\s*\w+--\s*$/];

describe('engine loops are bounded by counts, never by amounts', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

  it('every counting for-loop counts to a length (or down to 0), every while-loop is listed with its reason', () => {
    const bad: string[] = [];
    for (const f of files) {
      const code = readFileSync(join(DIR, f), 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const m of code.matchAll(/\bfor\s*\(([^)]*;[^)]*;[^)]*)\)/g)) if (!BOUNDED_FOR.some((re) => re.test(m[1] as string))) bad.push(`${f}: for (${m[1]})`);
      for (const m of code.matchAll(/\bwhile\s*\((.*)\)\s*\{/g)) if (!(WHILE_ALLOWED[f] ?? []).includes((m[1] as string).trim())) bad.push(`${f}: while (${m[1]})`);
      if (/\bdo\s*\{/.test(code)) bad.push(`${f}: a do-while loop`);
    }
    expect(bad).toEqual([]);
  });

  it('the check sees the loop that hung: a share-out going round a dollar at a time', () => {
    const old = 'for (let k = 0; left > 0; k = (k + 1) % order.length) {';
    const m = /\bfor\s*\(([^)]*;[^)]*;[^)]*)\)/.exec(old);
    expect(m).not.toBeNull();
    expect(BOUNDED_FOR.some((re) => re.test((m as RegExpExecArray)[1] as string))).toBe(false);
  });
});
