/** Why each of your bids won what it did (src/ui/play/bid-outcomes.ts), from a quarter's revealed bids. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Bid } from '../../src/engine/types';
import { setLang } from '../../src/text/i18n';
import { allocationHintShown, bidOutcomes } from '../../src/ui/play/bid-outcomes';
import { relationshipAtAuction } from '../../src/ui/play/tie-relationship';
import { act } from '../helpers/game';
import { lastRecord, newGame, resolveWith } from '../helpers/game';
import { makeScenario, namedRule } from '../helpers/scenario';

afterEach(() => setLang('en'));

/** makeScenario: 1,000 H100 on sale at a list price of $25k; alpha's vendor relationship (50) beats beta's (40). Up to 3 bids a chip. */
const base = makeScenario();
const game = newGame({ market: { ...base.market, maxBidsPerSku: 3 } });
const bid = (quantity: number, maxPrice: number): Bid => ({ sku: 'H100', quantity, maxPrice });

/** alpha's and beta's lines after a quarter with these bids. */
function lines(alpha: Bid[], beta: Bid[] = []): { alpha: string[]; beta: string[] } {
  const s = resolveWith(game, { alpha: { bids: alpha }, beta: { bids: beta } });
  const rec = lastRecord(s);
  return { alpha: bidOutcomes(s, rec, 'alpha').map((o) => o.text), beta: bidOutcomes(s, rec, 'beta').map((o) => o.text) };
}

describe('the lines under your quarter', () => {
  it('says a winner pays the clearing price, not its own bid', () => {
    expect(lines([bid(300, 40_000)]).alpha).toEqual(['H100: all 300 won. You pay the clearing price, $25k a chip, not your $40k.']);
    setLang('de');
    expect(lines([bid(300, 40_000)]).alpha).toEqual([
      'H100: alle 300 ersteigert. Du zahlst den Zuschlagspreis, 25\u00a0Tsd.\u00a0$ pro Chip, nicht dein Gebot von 40\u00a0Tsd.\u00a0$.',
    ]);
  });

  it('says an outbid bid lost to the clearing price and names it, or that it set the price as the highest bid left out', () => {
    expect(lines([bid(500, 30_000)], [bid(600, 40_000), bid(1000, 35_000)]).alpha).toEqual([
      'H100: none of 500 won. The price cleared at $35k, above your $30k.',
    ]);
    expect(lines([bid(500, 30_000)], [bid(1000, 40_000)]).alpha).toEqual([
      'H100: none of 500 won. Higher bids took all 1,000 sold; as the highest bid left out, your $30k set the price the winners pay.',
    ]);
  });

  it('says a bid under the list price wins nothing', () => {
    expect(lines([bid(100, 20_000)]).alpha).toEqual([
      'H100: none of 100 won. Your $20k is under the list price of $25k, and a bid below list wins nothing.',
    ]);
  });

  it('says a lower bid under the clearing price won nothing while the higher one won', () => {
    expect(lines([bid(600, 50_000), bid(500, 30_000)], [bid(1000, 40_000)]).alpha).toEqual([
      'H100: 600 of 1,100 won at $40k a chip. Your bids under that price won nothing.',
    ]);
  });

  it('says the supply ran out at your price, and when another buyer bid it too, how the rest was shared', () => {
    expect(lines([bid(600, 30_000)], [bid(600, 40_000)]).alpha).toEqual([
      'H100: 400 of 600 won at $30k a chip. The supply ran out at your price.',
    ]);
    expect(lines([bid(600, 30_000)], [bid(600, 30_000)]).beta).toEqual([
      // Before, without the values: the relationship was shown nowhere, so the tie could not be checked.
      'H100: 400 of 600 won at $30k a chip. The supply ran out at that price and another buyer bid it too: the units left went by vendor relationship, then a draw. Relationship with NVIDIA at the tie: yours 40, ALPHA 50.',
    ]);
  });

  it('says why a winner paid its own bid: another buyer at that price was left short, and the tie went its way', () => {
    // alpha and beta both bid $30k for 600 of the 1,000 on sale: alpha (the better relationship) gets all 600,
    // beta is left short at $30k, so $30k is the clearing price, alpha's own bid (it read "all 600 won at $30k").
    expect(lines([bid(600, 30_000)], [bid(600, 30_000)]).alpha).toEqual([
      'H100: all 600 won at $30k a chip, your own bid: another buyer bid the same and was left short, so that was the clearing price. At the tie you went first (vendor relationship, then a draw). Relationship with NVIDIA at the tie: yours 50, BETA 40.',
    ]);
    setLang('de');
    expect(lines([bid(600, 30_000)], [bid(600, 30_000)]).alpha).toEqual([
      'H100: alle 600 ersteigert, zu 30\u00a0Tsd.\u00a0$ pro Chip, deinem eigenen Gebot: Ein anderer Käufer bot denselben Preis und bekam nicht alles, darum war das der Zuschlagspreis. Beim Gleichstand kamst du zuerst (Beziehung zum Hersteller, dann das Los). Beziehung zu NVIDIA beim Gleichstand: deine 50, BETA 40.',
    ]);
    // Alone at its price and all filled at the list price, nothing to explain beyond the price.
    expect(lines([bid(600, 25_000)]).alpha[0]).toMatch(/^H100: alle 600 ersteigert, zu 25\u00a0Tsd\.\u00a0\$ pro Chip\.$/);
  });

  it('says a revenue share was paid on top of the price, to whom, and the total a chip', () => {
    // gamma (CN) may buy the H20 (list $12k) under a 15% US revenue share: it bid $12.5k for 100, nobody else bid.
    const shared = newGame({ exportRules: [...base.exportRules, namedRule('h20-share', ['H20'], { kind: 'revenueShare', pct: 15 }, 0)] });
    const gamma = (): string[] => {
      const s = resolveWith(shared, { gamma: { bids: [{ sku: 'H20', quantity: 100, maxPrice: 12_500 }] } });
      return bidOutcomes(s, lastRecord(s), 'gamma').map((o) => o.text);
    };
    // The state named with its article: before, 'to US' / 'an US'.
    // Before: 'H20: all 100 won at $13.8k a chip.' (the share folded into a price above the player's own max).
    expect(gamma()).toEqual(['H20: all 100 won. You pay the clearing price, $12k a chip, not your $12.5k. Plus the 15% revenue share to the US: $13.8k a chip in all.']);
    setLang('de');
    expect(gamma()).toEqual([
      'H20: alle 100 ersteigert. Du zahlst den Zuschlagspreis, 12\u00a0Tsd.\u00a0$ pro Chip, nicht dein Gebot von 12,5\u00a0Tsd.\u00a0$. Dazu 15 % Umsatzbeteiligung an die USA: 13,8\u00a0Tsd.\u00a0$ pro Chip insgesamt.',
    ]);
    // No share, no such sentence.
    setLang('en');
    expect(lines([bid(300, 40_000)]).alpha[0]).not.toMatch(/revenue share/);
  });

  it('has no line for a player who bid on nothing', () => {
    expect(lines([]).alpha).toEqual([]);
  });
});

describe('the reveal\'s line on how bids are filled', () => {
  // A play-tester who placed no bid in Q4 read "Bids fill from the highest price down…" under their quarter.
  // Before, the line was always there; now only for a quarter with a bid of someone at this screen.
  it('shows for a player who bid, not for one who did not, and for a spectator', () => {
    const s = resolveWith(game, { alpha: { bids: [bid(300, 40_000)] }, beta: { bids: [] } });
    const rec = lastRecord(s);
    expect(allocationHintShown(rec, ['alpha'])).toBe(true);
    expect(allocationHintShown(rec, ['beta'])).toBe(false);
    expect(allocationHintShown(rec, ['beta', 'alpha'])).toBe(true);
    expect(allocationHintShown(rec, [])).toBe(true);
  });
});

describe('the relationships that decided a tie', () => {
  const tie = { alpha: { bids: [bid(600, 30_000)] }, beta: { bids: [bid(600, 30_000)] } };

  it('names the values the auction used, before the quarter\'s gain from buying at the vendor', () => {
    // A point per 100 units bought: alpha goes 50 -> 56, beta 40 -> 44 after the quarter; the tie used 50 and 40.
    const g = newGame({ market: { ...base.market, maxBidsPerSku: 3 }, relationship: { vendor: 'NVIDIA', unitsPerPoint: 100 } });
    const s = resolveWith(g, tie);
    const rec = lastRecord(s);
    expect(s.players.slice(0, 2).map((p) => p.relationship)).toEqual([56, 44]);
    expect(relationshipAtAuction(s, rec, 'alpha')).toBe(50);
    expect(relationshipAtAuction(s, rec, 'beta')).toBe(40);
    expect(bidOutcomes(s, rec, 'beta')[0]?.text).toMatch(/ Relationship with NVIDIA at the tie: yours 40, ALPHA 50\.$/);
  });

  it('says a draw decided when the values were equal, in German too', () => {
    const g = newGame({ market: { ...base.market, maxBidsPerSku: 3 } });
    const even = { ...g, players: g.players.map((p) => ({ ...p, relationship: 45 })) };
    const s = resolveWith(even, tie);
    setLang('de');
    const loser = bidOutcomes(s, lastRecord(s), s.history[0]?.clearing[0]?.bids.find((b) => b.note === 'partial')?.bidder ?? '')[0]?.text ?? '';
    expect(loser).toMatch(/ Beziehung zu NVIDIA beim Gleichstand: deine 45, (ALPHA|BETA) 45\. Gleich hoch, also entschied das Los\.$/);
  });

  it('leaves the values out for an earlier quarter, where they cannot be worked back', () => {
    const s = resolveWith(act(resolveWith(game, tie), { type: 'advance' }), {});
    const first = s.history[0];
    if (!first) throw new Error('no first quarter');
    expect(relationshipAtAuction(s, first, 'beta')).toBeNull();
    expect(bidOutcomes(s, first, 'beta')[0]?.text).toBe('H100: 400 of 600 won at $30k a chip. The supply ran out at that price and another buyer bid it too: the units left went by vendor relationship, then a draw.');
  });
});
