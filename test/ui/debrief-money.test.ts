/**
 * The debrief's key moments write money by the panels' rule (src/text/format.ts money(): three significant digits,
 * no trailing zeros): "$50M" and "$9.81B" as the panels and the board write them, never "$50.0M" or "$9.8B" (the
 * debrief had its own rule, one decimal always). In English and German.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { shippedScenario } from '../helpers/scenario';
import type { GameState } from '../../src/engine';
import { setLang, type Lang } from '../../src/text/i18n';
import { money } from '../../src/text/format';
import { momentText } from '../../src/ui/debrief';
import type { KeyMoment } from '../../src/ui/debrief-data';

const scenario = shippedScenario('classroom-sprint');
if (!scenario) throw new Error('classroom-sprint does not parse');
/** Only the scenario is read for these moments. */
const game = { scenario } as GameState;

afterEach(() => setLang('en'));

/** Each moment that names an amount, with the amounts it names. */
const MOMENTS: [KeyMoment, number[]][] = [
  [{ kind: 'dealWon', quarter: 1, playerId: 'microsoft', partnership: 'frontier-lab', bid: 50_000_000 }, [50_000_000]],
  [{ kind: 'priceJump', quarter: 2, sku: 'H100', from: 30_000, to: 42_500, pct: 42 }, [30_000, 42_500]],
  [{ kind: 'largestWin', quarter: 1, playerId: 'meta', sku: 'H100', units: 120_000, paid: 9_810_000_000 }, [9_810_000_000]],
  [{ kind: 'greyCaught', quarter: 3, playerId: 'google', units: 5_000, fine: 1_000_000_000 }, [1_000_000_000]],
  [{ kind: 'siliconStart', quarter: 0, playerId: 'microsoft', amount: 250_000_000 }, [250_000_000]],
];

describe('key moments write money as the panels do', () => {
  it('in English: "$50M", not "$50.0M"', () => {
    expect(momentText(game, MOMENTS[0]![0])).toBe('Microsoft wins the Frontier AI lab: reserved training compute deal with a sealed bid of $50M.');
    expect(momentText(game, MOMENTS[2]![0])).toContain('for $9.81B:');
  });

  it('in German: "50 Mio. $", not "50,0 Mio. $"', () => {
    setLang('de');
    expect(momentText(game, MOMENTS[0]![0])).toBe(
      'Microsoft gewinnt den Vertrag „Frontier-KI-Labor: reservierte Trainingsrechenleistung“ mit einem verdeckten Gebot von 50\u00a0Mio.\u00a0$.',
    );
    expect(momentText(game, MOMENTS[2]![0])).toContain('für 9,81\u00a0Mrd.\u00a0$:');
  });

  for (const lang of ['en', 'de'] as Lang[]) {
    it(`in ${lang}: every amount of every moment as money() writes it`, () => {
      setLang(lang);
      for (const [m, amounts] of MOMENTS) {
        const text = momentText(game, m);
        for (const a of amounts) expect(text, m.kind).toContain(money(a));
        expect(text, `${m.kind}: a trailing zero`).not.toMatch(/\d[.,]0\b/);
      }
    });
  }
});
