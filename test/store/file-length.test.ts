/**
 * The store stays in slices: no file under src/store is over 400 lines (issue 12's must-show). A store that
 * grows past that is to be split by concern (src/store/slices/), not written as one closure again.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 400;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

describe('store file length', () => {
  const files = sourceFiles(join('src', 'store'));
  it('finds the store and its slices', () => {
    expect(files).toContain(join('src', 'store', 'game-store.ts'));
    expect(files.filter((f) => f.includes(join('store', 'slices')))).toHaveLength(5);
  });
  it(`every store file is at most ${MAX_LINES} lines`, () => {
    const long = files.map((f) => ({ f, lines: readFileSync(f, 'utf8').split('\n').length })).filter((x) => x.lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
