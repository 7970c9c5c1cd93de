/** The note on where each quarter's cash comes from (src/ui/play/budget-arrives.ts): this quarter's budget and the next. */
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/text/i18n';
import { budgetArrivesText } from '../../src/ui/play/budget-arrives';
import { company } from '../helpers/scenario';
import { newGame, playQuarter } from '../helpers/game';

afterEach(() => setLang('en'));

/** Four quarters of 2025: company a gets $2B, $2B, $3B, $3B; b gets nothing until its last quarter. */
const game = newGame({
  startYear: 2025,
  companies: [company({ id: 'a', budget: [2e9, 2e9, 3e9, 3e9] }), company({ id: 'b', budget: [0, 0, 0, 1e9] }), company({ id: 'c', budget: [0, 0, 0, 0] })],
});

describe('the budget note under the orders', () => {
  it('names this quarter’s budget and the next one’s, in English and German', () => {
    const q2 = playQuarter(game);
    expect(budgetArrivesText(q2, 'a')).toBe('Cash includes $2B new budget for Q2 2025; the next quarter brings $3B. Unspent cash carries over but scores nothing.');
    setLang('de');
    expect(budgetArrivesText(q2, 'a')).toBe('Kasse enthält 2\u00a0Mrd.\u00a0$ neues Budget für Q2 2025; das nächste Quartal bringt 3\u00a0Mrd.\u00a0$. Nicht ausgegebenes Geld bleibt erhalten, bringt aber keine Punkte.');
  });

  it('says the last quarter is the last, and names a budget still to come when none arrives now', () => {
    const q3 = playQuarter(playQuarter(game));
    expect(budgetArrivesText(q3, 'b')).toBe('No new budget for Q3 2025; the next quarter brings $1B. Unspent cash carries over but scores nothing.');
    const q4 = playQuarter(q3);
    expect(budgetArrivesText(q4, 'a')).toBe('Cash includes $3B new budget for Q4 2025, the last quarter. Unspent cash scores nothing.');
  });

  it('says nothing when no budget arrives now or next, or for an unknown company', () => {
    expect(budgetArrivesText(game, 'c')).toBeNull();
    expect(budgetArrivesText(game, 'nobody')).toBeNull();
  });
});
