/**
 * German names the score one way: "Punkte", as the glossary ("Deine Punkte haben vier Teile …"), the standings and
 * the final table do. "Wertung" (the reveal's "your quarter" and the company cards) and "Punktzahl" were other
 * words for the same number. "Punkte" as the unit ("5,9 Punkte unter Par") is the same word, so it stays.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/text/i18n';

describe('the score has one name in German', () => {
  it('no German string calls the score "Wertung" or "Punktzahl"', () => {
    const other = Object.entries(catalogues.de)
      .filter(([, v]) => /\bWertung\b|Punktzahl/.test(v))
      .map(([k, v]) => `${k}: ${v}`);
    expect(other).toEqual([]);
  });

  it('the bots\' German explanations (their own table in src/ai/explain.ts, outside the catalogue) do not either', () => {
    const src = readFileSync(join(import.meta.dirname, '../../src/ai/explain.ts'), 'utf8');
    expect(src.split('\n').filter((l) => /\bWertung\b|Punktzahl/.test(l))).toEqual([]);
  });

  it('the labels that name the score say "Punkte", as the standings do', () => {
    const de = catalogues.de;
    expect(de['tables.score']).toBe('Punkte');
    expect(de['quarter.score']).toBe(de['tables.score']);
    for (const k of ['score.moved', 'score.movedNone', 'shots.board.movedShort', 'shots.board.movedShortest'] as const) expect(de[k].startsWith(`${de['tables.score']} {{score}}`), k).toBe(true);
  });
});
