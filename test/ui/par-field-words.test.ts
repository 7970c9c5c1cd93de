/**
 * Every text that says which bots par is measured with says it the same, true way (src/cli/par.ts measureParField:
 * in each par game every third seat is a hard bot, parSeatIsHard, shifted game by game, the rest normal bots). A
 * play-tester read "(normal bots, in every third game also a hard one)" on the seat screen and at game over, and
 * "every third seat a hard bot" in the help, and could not tell which was meant.
 */
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/text/i18n';
import { parSeatIsHard } from '../../src/cli/par';

const PAR_KEYS = ['app.parNote', 'menu.parHint', 'tables.parHint', 'neutral.parFirst', 'gl.def.par'] as const;
const FIELD = { en: 'normal bots, a hard bot on every third seat, rotated each game', de: 'normale Bots, jeder dritte Platz ein schwerer, Spiel für Spiel reihum' } as const;

describe('par’s field is described one way', () => {
  it('is what the par measurement plays: a third of the seats hard in each game, each seat in turn', () => {
    for (let game = 1; game <= 3; game++) expect([0, 1, 2, 3, 4, 5].filter((seat) => parSeatIsHard(seat, game))).toHaveLength(2);
    for (let seat = 0; seat < 6; seat++) expect([1, 2, 3].filter((game) => parSeatIsHard(seat, game))).toHaveLength(1);
  });

  for (const lang of ['en', 'de'] as const) {
    it(`every par text in ${lang} names the same field`, () => {
      const cat = catalogues[lang] as Record<string, string>;
      for (const k of PAR_KEYS) expect(cat[k], k).toContain(FIELD[lang]);
    });
    it(`no ${lang} text says it another way`, () => {
      const other = Object.entries(catalogues[lang]).filter(([, v]) => /game of three|every third game|dritten Spiel|dritte Platz ein schwerer Bot|every third seat a hard bot/.test(v));
      expect(other).toEqual([]);
    });
  }
});
