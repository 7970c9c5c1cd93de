/**
 * The tutorial review's lines write their numbers as the language does: "40,1" in German, never "40.1" (the
 * margin was String(number), English whatever the language), and the parts with the final table's one decimal
 * ("74,9", not a whole number rounded from it).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/text/i18n';
import { reviewLine } from '../../src/ui/tutorial-words';

afterEach(() => setLang('en'));

describe('the tutorial review', () => {
  it('writes the margin to par with the language’s decimal comma or point', () => {
    expect(reviewLine({ code: 'belowPar', values: { margin: 40.1, rank: 3, of: 3 } })).toBe(
      'You finished 40.1 points below par: place 3 of 3.',
    );
    setLang('de');
    expect(reviewLine({ code: 'belowPar', values: { margin: 40.1, rank: 3, of: 3 } })).toBe(
      'Du liegst 40,1 Punkte unter Par: Platz 3 von 3.',
    );
    expect(reviewLine({ code: 'beatPar', values: { margin: 12.3, rank: 1, of: 3 } })).toBe(
      'Du hast Par um 12,3 Punkte übertroffen: Platz 1 von 3.',
    );
    // A whole number keeps its decimal, as in the final table's "± par" column.
    setLang('en');
    expect(reviewLine({ code: 'beatPar', values: { margin: 2, rank: 1, of: 3 } })).toBe('You beat par by 2.0 points: place 1 of 3.');
  });

  it('says “on par” for a game finished exactly on par', () => {
    expect(reviewLine({ code: 'onPar', values: { rank: 2, of: 3 } })).toBe('You finished exactly on par: place 2 of 3.');
    setLang('de');
    expect(reviewLine({ code: 'onPar', values: { rank: 2, of: 3 } })).toBe('Du liegst genau auf Par: Platz 2 von 3.');
  });

  it('writes a part’s points as the final table does, with one decimal', () => {
    expect(reviewLine({ code: 'partTop', values: { part: 'market', value: 74.9 } })).toBe('Your strongest part: market at 74.9.');
    expect(reviewLine({ code: 'partLow', values: { part: 'independence', value: 0 } })).toBe(
      'Your weakest part: independence at 0.0. See the glossary for what raises it.',
    );
    setLang('de');
    expect(reviewLine({ code: 'partTop', values: { part: 'market', value: 74.9 } })).toBe('Dein stärkster Teil: Markt mit 74,9.');
  });

  it('groups chip counts as the language does', () => {
    expect(reviewLine({ code: 'bidLess', values: { units: 0, advised: 260_000 } })).toContain('where the tutorial advised 260,000');
    expect(reviewLine({ code: 'idle', values: { idle: 12_345 } })).toMatch(/^12,345 chips sat idle/);
    setLang('de');
    expect(reviewLine({ code: 'bidLess', values: { units: 0, advised: 260_000 } })).toContain('das Tutorial hat 260.000 empfohlen');
    expect(reviewLine({ code: 'idle', values: { idle: 12_345 } })).toMatch(/^12\.345 Chips standen am Ende still/);
  });
});
