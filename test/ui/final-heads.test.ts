/**
 * The debrief's final table and the game-over table name the same columns with the same words, in English and
 * German: the margin over par was "vs par" / "ggü. Par" on one and "± Par" on the other, and a game without team
 * names had "Team (company)" over the debrief's company names.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLang, t, type Key } from '../../src/text/i18n';
import { nameHeadKey } from '../../src/ui/final-heads';

afterEach(() => setLang('en'));

/** The debrief's head key beside the game-over table's (src/ui/tables.ts, src/scenes/game-over.ts) for the same column. */
const SHARED: [debrief: Key, gameOver: Key][] = [
  ['classroom.final.score', 'tables.score'],
  ['classroom.final.par', 'tables.margin'],
  ['classroom.final.cash', 'tables.cash'],
];

describe('final table heads', () => {
  for (const lang of ['en', 'de'] as const) {
    it(`the debrief and the game-over table use the same words (${lang})`, () => {
      setLang(lang);
      for (const [d, g] of SHARED) expect(t(d), d).toBe(t(g));
      expect(t(nameHeadKey(undefined))).toBe(t('tables.company'));
      expect(t(nameHeadKey([{ teamName: 'Azure Owls' }, {}]))).toBe(lang === 'en' ? 'Team (company)' : 'Team (Unternehmen)');
      expect(t(nameHeadKey([{}, {}]))).toBe(t('tables.company'));
    });
  }
});
