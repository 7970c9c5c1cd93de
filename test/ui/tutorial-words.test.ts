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
    expect(reviewLine({ code: 'partLow', values: { part: 'efficiency', value: 0 } })).toBe('Your weakest part: efficiency at 0.0. See the glossary for what raises it.');
    // Independence is low because the tutorial advised leaving the own chip's ramp: the review says so, not "your weakest part".
    expect(reviewLine({ code: 'partLow', values: { part: 'independence', value: 22.6 } })).toBe('Independence 22.6: the tutorial left your own chip for later. Next time, fund it early.');
    setLang('de');
    expect(reviewLine({ code: 'partTop', values: { part: 'market', value: 74.9 } })).toBe('Dein stärkster Teil: Markt mit 74,9.');
    expect(reviewLine({ code: 'partLow', values: { part: 'independence', value: 22.6 } })).toBe('Unabhängigkeit 22,6: Das Tutorial schob deinen Chip auf. Finanziere ihn früher.');
  });

  it('groups chip counts as the language does', () => {
    expect(reviewLine({ code: 'bidLess', values: { units: 0, advised: 260_000 } })).toContain('where the tutorial advised 260,000');
    expect(reviewLine({ code: 'idle', values: { idle: 12_345 } })).toMatch(/^12,345 chips sat idle/);
    setLang('de');
    expect(reviewLine({ code: 'bidLess', values: { units: 0, advised: 260_000 } })).toContain('das Tutorial hat 260.000 empfohlen');
    expect(reviewLine({ code: 'idle', values: { idle: 12_345 } })).toMatch(/^12\.345 Chips standen am Ende still/);
  });
});

describe('the steps of quarter 2 say which quarter they mean', () => {
  // In Q2's orders the power that runs the new H100 comes online this quarter, and the preview ("After Q2 2024")
  // is this quarter after the orders resolve: the cards said "next quarter" for both.
  it('calls the power and the preview this quarter’s, in English and German', async () => {
    const { t } = await import('../../src/text/i18n');
    for (const lang of ['en', 'de'] as const) {
      setLang(lang);
      const words = [t('tut.bidsAgain', { units: '100,000', price: '$30,000' }), t('tut.preview')];
      for (const w of words) expect(w).not.toMatch(/next quarter|nächste[sn]? Quartal/);
      expect(words[0]).toMatch(lang === 'en' ? /coming online this quarter/ : /dieses Quartal ans Netz/);
      expect(words[1]).toMatch(lang === 'en' ? /preview of this quarter once your orders resolve/ : /Vorschau auf dieses Quartal/);
    }
  });
});
