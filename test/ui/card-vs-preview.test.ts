/**
 * The play-tester saw the company card's numbers and the orders panel's preview (the sticky foot above Submit)
 * differ with nothing saying which is which. They are: the card, the state after the last resolved quarter
 * (its score line "after Q3 '24"); the preview, a projection after the quarter being ordered if every bid fills.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLang, t } from '../../src/text/i18n';

afterEach(() => setLang('en'));

const moved = { score: '18.5', change: '−4.6', quarter: "Q3 '24", part: 'Efficiency', partChange: '−3.4' };

describe('the card says "after" the last quarter, the preview says "projected"', () => {
  it('in English', () => {
    // Before: "Score 18.5 (−4.6 in Q3 '24): Efficiency −3.4" and "After Q4 2024, if every bid fills".
    expect(t('score.moved', moved)).toBe("Score 18.5 after Q3 '24 (−4.6): Efficiency −3.4");
    expect(t('score.movedNone', moved)).toBe("Score 18.5 after Q3 '24 (no change)");
    expect(t('shots.board.movedShort', moved)).toBe("Score 18.5 after Q3 '24 (−4.6)");
    expect(t('lo.preview.title', { quarter: 'Q4 2024' })).toBe('Projected after Q4 2024, if every bid fills');
  });

  it('in German', () => {
    setLang('de');
    expect(t('score.moved', { ...moved, part: 'Effizienz' })).toBe("Punkte 18.5 nach Q3 '24 (−4.6): Effizienz −3.4");
    expect(t('score.movedNone', moved)).toBe("Punkte 18.5 nach Q3 '24 (unverändert)");
    expect(t('shots.board.movedShort', moved)).toBe("Punkte 18.5 nach Q3 '24 (−4.6)");
    expect(t('lo.preview.title', { quarter: 'Q4 2024' })).toBe('Prognose nach Q4 2024, falls jedes Gebot zum Zug kommt');
  });
});
