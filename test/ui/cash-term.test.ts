/**
 * German names the cash one way: "Kasse", as the orders panel, the standings, your quarter and the cash line do.
 * The debrief's final table (and its phone lines) said "Barmittel" for the same number, beside a game-over panel
 * and an orders panel that said "Kasse".
 */
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/text/i18n';

describe('the cash has one name in German', () => {
  it('no German string calls it "Barmittel" or "Bargeld"', () => {
    const other = Object.entries(catalogues.de)
      .filter(([, v]) => /Barmittel|Bargeld/.test(v))
      .map(([k, v]) => `${k}: ${v}`);
    expect(other).toEqual([]);
  });

  it('the labels that name it say what the standings say', () => {
    const de = catalogues.de;
    expect(de['tables.cash']).toBe('Kasse');
    for (const k of ['quarter.cash', 'classroom.final.cash', 'net.team.cash'] as const) expect(de[k], k).toBe(de['tables.cash']);
  });
});
