/**
 * The reveal's German causes say what a part is measured against: "am Besten gemessen" read as "is best
 * measured"; they now say "am stärksten Unternehmen gemessen" (against the strongest company), as the English
 * "measured against the best".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLang, t } from '../../src/text/i18n';

afterEach(() => setLang('en'));

describe('the German score causes', () => {
  it('measure capability and market against the strongest company, not "am Besten"', () => {
    setLang('de');
    const capability = t('quarter.cause.capability', { deployed: '270 Tsd.', best: '791 Tsd.' });
    const market = t('quarter.cause.marketRelative', { change: '0,1 Mrd. $', best: '0,3 Mrd. $' });
    expect(capability).toBe('Du betreibst 270 Tsd. H100e; das meiste, was ein Unternehmen betreibt, sind 791 Tsd.: Rechenleistung wird am stärksten Unternehmen gemessen.');
    expect(market).toBe('Dein Gewinn stieg um 0,1 Mrd. $, der des stärksten Unternehmens aber um 0,3 Mrd. $: Der Marktteil wird am stärksten Unternehmen gemessen.');
    for (const s of [capability, market]) expect(s).not.toMatch(/am Besten/);
  });
});
