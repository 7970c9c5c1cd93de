/**
 * The campus card's power row (src/scenes/power-words.ts): every wording that shows the share of power in use
 * says what the share is, in English and German. The German card fell back to "884 MW · 83 %" where the English
 * said "884 MW · 83% used", and a newcomer read the bare percentage as meaningless.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { powerWords } from '../../src/scenes/power-words';
import { LANGS, setLang, t } from '../../src/text/i18n';

afterAll(() => setLang('en'));

describe('the power row of a campus card', () => {
  for (const lang of LANGS) {
    it(`never shows a bare percentage in ${lang}`, () => {
      setLang(lang);
      const pct = t('board.pct', { n: 83 });
      const bare: string[] = [];
      for (const building of [0, 580]) {
        const words = powerWords({ online: '884 MW', onlineExact: '884', pct, need: '900 MW', building, buildingText: String(building), short: false });
        expect(words.length).toBeGreaterThan(1);
        // A share must be followed by a word saying what it is ("83% used", "83 % Last").
        for (const w of words) if (w.includes(pct) && !new RegExp(`${pct.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+\\p{L}`, 'u').test(w)) bare.push(w);
        // The shortest wording leaves the share out (the gauge shows it), so the row always has a short fallback.
        expect(words[words.length - 1]).not.toContain(pct);
      }
      expect(bare).toEqual([]);
    });
  }
});
