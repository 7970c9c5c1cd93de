/** The words of the score's story and of the reveal's numbers that looked wrong (no DOM needed). */
import { afterEach, describe, expect, it } from 'vitest';
import type { GameOverLine } from '../../src/engine/score-story';
import type { GameState, PlayerMetrics, QuarterRecord, RevealedBid, ScoreParts, SkuClearing } from '../../src/engine/types';
import { lastClearing } from '../../src/store/selectors';
import { setLang } from '../../src/text/i18n';
import { soldLine, tiedAtClearing } from '../../src/ui/play/reveal-words';
import { causeText, gameOverText, ordinal, quarterRange } from '../../src/ui/play/score-words';
import { company, makeScenario, sku } from '../helpers/scenario';
import { newGame, playQuarter, resolveWith, clearingOf, lastRecord } from '../helpers/game';

afterEach(() => setLang('en'));

/** `g` after its last quarter (Q4 2025) with these companies' final metrics; the rest scored nothing. */
function ended(g: GameState, rows: { id: string; score: number; parts: ScoreParts; cash: number; profit: number; cq: number; revenue?: number }[]): GameState {
  const metrics = g.scenario.companies.map((c) => {
    const r = rows.find((x) => x.id === c.id);
    return { playerId: c.id, score: r?.score ?? 0, parts: r?.parts ?? { capability: 0, market: 0, independence: 0, efficiency: 0 }, cash: r?.cash ?? 0, revenue: r?.revenue ?? 0, profit: r?.profit ?? 0 } as PlayerMetrics;
  });
  const players = g.players.map((p, i) => ({ ...p, totals: { ...p.totals, computeQuarters: rows.find((x) => x.id === g.scenario.companies[i]?.id)?.cq ?? 0 } }));
  return { ...g, players, history: [{ quarter: 3, clearing: [], orders: [], metrics } as unknown as QuarterRecord] };
}

/** Six companies, 2025 from Q1, so quarter 2..3 is "Q3–Q4 2025". */
const game = newGame({
  startYear: 2025,
  companies: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => company({ id })),
  skus: [sku({ id: 'H100', name: 'NVIDIA H100 SXM' })],
});

describe('the game-over line', () => {
  const line: GameOverLine = { playerId: 'a', rank: 6, of: 6, score: 301, margin: -59, part: 'efficiency', gap: 42, good: false, detail: { code: 'idle', values: { idle: 300_000, from: 2, to: 3 } } };

  it('places you, says your score, your seat’s par and the difference the standings rank by, then which part lost most points, with the idle chips and when', () => {
    // Before: 'You finished 6th of 6, 5.9 below par: …', neither the score nor the par it was measured against.
    expect(gameOverText(game, line, true)).toBe('You finished 6th of 6: 30.1 against A’s par of 36.0, −5.9. Most of the points lost along the way were in efficiency (4.2 points), 300k chips idle in Q3–Q4 2025.');
    setLang('de');
    expect(gameOverText(game, line, true)).toBe('Du: Platz 6 von 6 mit 30,1 Punkten gegen das Par von A (36,0): −5,9. Die meisten unterwegs verlorenen Punkte entfielen auf Effizienz (4,2 Punkte), 300\u00a0Tsd. Chips ungenutzt in Q3–Q4 2025.');
  });

  it('behind on par: the part that cost the most points against the game’s best in it, in the 0–100 values of the table, and the unspent cash', () => {
    // The play-tester's end: Microsoft (a) 6th, 10.7 below par, capability 48.6 (×40), market 31.8, $49.3B
    // left; Google (e) best in capability and market (100.0), 5th by ± par; Amazon (b) won on par.
    const end = ended(game, [
      { id: 'a', score: 461, parts: { capability: 486, market: 318, independence: 143, efficiency: 1000 }, cash: 49.3e9, profit: 3e9, cq: 5_510_000 },
      { id: 'b', score: 636, parts: { capability: 876, market: 553, independence: 87, efficiency: 710 }, cash: 39.7e9, profit: 6e9, cq: 9_700_000 },
      { id: 'e', score: 914, parts: { capability: 1000, market: 1000, independence: 775, efficiency: 649 }, cash: 1e6, profit: 11e9, cq: 11_300_000 },
    ]);
    const behind: GameOverLine = { ...line, margin: -107, score: 461, part: 'capability', gap: 194, vs: { playerId: 'e', score: 914, mine: 194, theirs: 400 }, detail: { code: 'capability', values: { computeQuarters: 5_510_000, best: 11_300_000, yardstick: false } } };
    expect(gameOverText(end, behind, true)).toBe(
      'You finished 6th of 6: 46.1 against A’s par of 56.8, −10.7. The most points were lost in capability: 48.6 of 100 against the game’s best 100.0 (E), 5.51M against 11.3M H100e-quarters of compute. Your last orders left $49.3B unspent: cash left at the end scores nothing.',
    );
    // Hot seat: the company is named in both sentences.
    expect(gameOverText(end, behind, false)).toMatch(/^A finished 6th of 6: 46\.1 against A’s par of 56\.8, −10\.7\. .* A’s last orders left \$49\.3B unspent: cash left at the end scores nothing\.$/);
    setLang('de');
    expect(gameOverText(end, behind, true)).toBe(
      'Du: Platz 6 von 6 mit 46,1 Punkten gegen das Par von A (56,8): −10,7. Die meisten Punkte kostete Rechenleistung: 48,6 von 100 gegen den Bestwert der Partie 100,0 (E), 5,51\u00a0Mio. gegen 11,3\u00a0Mio. H100e-Quartale. Deine letzten Bestellungen ließen 49,3\u00a0Mrd.\u00a0$ ungenutzt: Geld, das am Ende übrig ist, bringt keine Punkte.',
    );
  });

  it('names market with the profits when it cost the most, and says nothing of cash under a quarter’s budget', () => {
    // Budget 50M a quarter: 40M left is less than one quarter's money, so no cash sentence.
    const end = ended(game, [
      { id: 'a', score: 400, parts: { capability: 900, market: 100, independence: 0, efficiency: 900 }, cash: 40e6, profit: 2e8, cq: 900 },
      { id: 'c', score: 700, parts: { capability: 1000, market: 1000, independence: 0, efficiency: 1000 }, cash: 60e6, profit: 2e9, cq: 1000 },
    ]);
    const behind: GameOverLine = { ...line, margin: -50, score: 400, part: 'market', gap: 270, vs: { playerId: 'c', score: 700, mine: 30, theirs: 300 }, detail: { code: 'none', values: {} } };
    expect(gameOverText(end, behind, true)).toBe('You finished 6th of 6: 40.0 against A’s par of 45.0, −5.0. The most points were lost in market: 10.0 of 100 against the game’s best 100.0 (C), a profit of $200M against $2B.');
    // C's 60M is a whole quarter's budget and more: a winner hears it too.
    expect(gameOverText(end, { ...behind, playerId: 'c', rank: 1, margin: 50, good: true, vs: null }, true)).toBe('You won: 40.0 against C’s par of 35.0, +5.0. Most of it came from market. Your last orders left $60M unspent: cash left at the end scores nothing.');
    setLang('de');
    expect(gameOverText(end, behind, true)).toBe('Du: Platz 6 von 6 mit 40,0 Punkten gegen das Par von A (45,0): −5,0. Die meisten Punkte kostete Markt: 10,0 von 100 gegen den Bestwert der Partie 100,0 (C), 200\u00a0Mio.\u00a0$ Gewinn gegen 2\u00a0Mrd.\u00a0$.');
  });

  it('does not count the last quarter’s AI revenue as unspent: it arrives after the last orders', () => {
    // Budget 50M a quarter. C spent all it had at its last orders; the 70M in hand is that quarter's revenue,
    // more than a quarter's budget, which the cash sentence used to call unspent. D kept 60M back besides.
    const end = ended(game, [
      { id: 'c', score: 700, parts: { capability: 1000, market: 1000, independence: 0, efficiency: 1000 }, cash: 70e6, revenue: 70e6, profit: 2e9, cq: 1000 },
      { id: 'd', score: 600, parts: { capability: 900, market: 900, independence: 0, efficiency: 900 }, cash: 130e6, revenue: 70e6, profit: 1e9, cq: 900 },
    ]);
    const won: GameOverLine = { ...line, playerId: 'c', rank: 1, margin: 50, score: 700, part: 'market', gap: 0, good: true, vs: null, detail: { code: 'none', values: {} } };
    expect(gameOverText(end, won, true)).toBe('You won: 70.0 against C’s par of 65.0, +5.0. Most of it came from market.');
    // D's sentence adds the revenue that makes the 60M the 130M in its cash at the end (was: '… left $60M unspent: cash left at the end scores nothing.').
    expect(gameOverText(end, { ...won, playerId: 'd', rank: 2, margin: 10 }, true)).toBe('You finished 2nd of 6: 70.0 against D’s par of 69.0, +1.0. Most of it came from market. Your last orders left $60M unspent; with the last quarter’s AI revenue of $70M you end with $130M in cash, which scores nothing.');
  });

  it('reconciles the unspent cash with the cash shown at the end: the last quarter’s AI revenue arrived after the orders', () => {
    // The play-tester (ByteDance, a) read 'Your last orders left $7.27B unspent' at game over while the reveal and
    // the debrief showed 'Cash $8.2B': the difference is Q4's $930M of AI revenue, which the sentence did not name.
    const end = ended(game, [{ id: 'a', score: 181, parts: { capability: 113, market: 55, independence: 22, efficiency: 772 }, cash: 8.2e9, revenue: 0.93e9, profit: 1e9, cq: 1_320_000 }]);
    const won: GameOverLine = { ...line, rank: 1, margin: 5, score: 181, part: 'efficiency', gap: 0, good: true, vs: null, detail: { code: 'none', values: {} } };
    expect(gameOverText(end, won, true)).toMatch(/ Your last orders left \$7\.27B unspent; with the last quarter’s AI revenue of \$930M you end with \$8\.2B in cash, which scores nothing\.$/);
    expect(gameOverText(end, won, false)).toMatch(/ A’s last orders left \$7\.27B unspent; with the last quarter’s AI revenue of \$930M that makes \$8\.2B in cash at the end, which scores nothing\.$/);
    setLang('de');
    expect(gameOverText(end, won, true)).toMatch(/ Deine letzten Bestellungen ließen 7,27\u00a0Mrd\.\u00a0\$ ungenutzt; mit dem KI-Umsatz des letzten Quartals von 930\u00a0Mio\.\u00a0\$ endest du mit 8,2\u00a0Mrd\.\u00a0\$ in der Kasse, und das bringt keine Punkte\.$/);
  });

  it('says “on par” for a margin that shows as 0.0, in English and German', () => {
    const on = { ...line, rank: 2, margin: 0 };
    expect(gameOverText(game, on, true)).toMatch(/^You finished 2nd of 6: 30\.1 against A’s par of 30\.1, on par\. /);
    // Under half a tenth shows as 0.0: on par too, never "0.0 above par" or "0.0 below par".
    expect(gameOverText(game, { ...on, margin: 0.4 }, true)).toMatch(/^You finished 2nd of 6: 30\.1 against A’s par of 30\.1, on par\. /);
    expect(gameOverText(game, { ...on, margin: -0.4 }, true)).toMatch(/^You finished 2nd of 6: 30\.1 against A’s par of 30\.1, on par\. /);
    expect(gameOverText(game, { ...on, margin: 1 }, true)).toMatch(/^You finished 2nd of 6: 30\.1 against A’s par of 30\.0, \+0\.1\. /);
    setLang('de');
    expect(gameOverText(game, on, true)).toMatch(/^Du: Platz 2 von 6 mit 30,1 Punkten gegen das Par von A \(30,1\): genau auf Par\. /);
    expect(gameOverText(game, { ...on, margin: -0.4 }, true)).toMatch(/^Du: Platz 2 von 6 mit 30,1 Punkten gegen das Par von A \(30,1\): genau auf Par\. /);
  });

  it('names the company in hot seat, and says what won it for the winner', () => {
    expect(gameOverText(game, { ...line, rank: 1, margin: 32, part: 'capability', gap: 250, good: true, detail: { code: 'none', values: {} } }, false)).toBe('A won: 30.1 against A’s par of 26.9, +3.2. Most of it came from capability.');
    expect(gameOverText(game, { ...line, margin: null, part: 'market', detail: { code: 'market', values: { profit: -5e8, best: 2e9, yardstick: false } } }, true)).toBe(
      'You finished 6th of 6: 30.1 points. Most of the points lost along the way were in market (4.2 points), a profit of −$500M against the best $2B.',
    );
    expect(gameOverText(game, { ...line, margin: null, part: 'market', detail: { code: 'market', values: { profit: 5e8, best: 2e9, yardstick: true } } }, true)).toBe(
      'You finished 6th of 6: 30.1 points. Most of the points lost along the way were in market (4.2 points), a profit of $500M against the yardstick’s $2B.',
    );
  });

  it('writes places and quarter ranges as people do', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd']);
    expect(quarterRange(game, 2, 3)).toBe('Q3–Q4 2025');
    expect(quarterRange(game, 3, 4)).toBe('Q4 2025–Q1 2026');
    expect(quarterRange(game, 1, 1)).toBe('Q2 2025');
  });
});

describe('the biggest cause of a quarter', () => {
  it('names idle chips and the power being built for them', () => {
    expect(causeText(game, { code: 'idle', values: { idle: 120_000, sku: 'H100', skuIdle: 120_000, building: 40_000, readyQuarter: 2 } })).toBe('120k NVIDIA H100 SXM sit idle: the power you are building runs 40k more from Q3 2025.');
    expect(causeText(game, { code: 'idle', values: { idle: 120_000, sku: 'H100', skuIdle: 100_000, building: 0, readyQuarter: -1 } })).toBe('120k chips sit idle and no power is being built for them: build power or buy fewer chips.');
    expect(causeText(game, { code: 'idle', values: { idle: 120_000, sku: 'H100', skuIdle: 120_000, building: 150_000, readyQuarter: 1 } })).toBe('120k NVIDIA H100 SXM sit idle: the power you are building runs them all from Q2 2025.');
    setLang('de');
    expect(causeText(game, { code: 'idle', values: { idle: 120_000, sku: 'H100', skuIdle: 120_000, building: 40_000, readyQuarter: 2 } })).toBe('120\u00a0Tsd. NVIDIA H100 SXM stehen still: der Strom, den du baust, betreibt ab Q3 2025 40\u00a0Tsd. weitere.');
  });

  it('blames spare power only when it is material (over 10% above what the chips need), not a rounding error', () => {
    // The play-tester's Q4 2024: 917 MW for chips that need 910 MW, efficiency +4.3, no chip idle.
    const q4 = { code: 'efficiency', values: { powerMw: 917, fleetMw: 910, yardstick: true } } as const;
    expect(causeText(game, q4, 43)).not.toMatch(/more than your chips need|917/);
    expect(causeText(game, q4, 43)).toBe('Efficiency rose: all your chips run, and your compute per MW gained on the yardstick (what the most efficient company typically reaches).');
    expect(causeText(game, { ...q4, values: { ...q4.values, yardstick: false } }, 43)).toBe('Efficiency rose: all your chips run, and your compute per MW gained on the most efficient company.');
    // Falling, still no material surplus: the bar moved, no word on power.
    expect(causeText(game, q4, -12)).toBe('Efficiency is compute per MW against the yardstick (what the most efficient company typically reaches), which moved.');
    // 10% exactly is not yet material; a real surplus is named with both numbers.
    expect(causeText(game, { code: 'efficiency', values: { powerMw: 1001, fleetMw: 910, yardstick: true } }, -12)).not.toMatch(/more than your chips need/);
    expect(causeText(game, { code: 'efficiency', values: { powerMw: 1300, fleetMw: 910, yardstick: true } }, -12)).toBe('Your power (1,300 MW) is more than your chips need (910 MW): efficiency counts compute per MW.');
    setLang('de');
    expect(causeText(game, q4, 43)).toMatch(/^Effizienz gestiegen: alle deine Chips laufen/);
    expect(causeText(game, { code: 'efficiency', values: { powerMw: 1300, fleetMw: 910, yardstick: true } }, -12)).toMatch(/^Dein Strom \(1\.300 MW\) ist mehr, als deine Chips brauchen \(910 MW\)/);
  });

  it('has a sentence for every cause in both languages', () => {
    const causes = [
      { code: 'loss', values: { revenue: 1e8, profitChange: -3e8 } },
      { code: 'marketRelative', values: { profitChange: 1e8, bestChange: 3e8, yardstick: false } },
      { code: 'marketRelative', values: { profitChange: 1e8, bestChange: 3e8, yardstick: true } },
      { code: 'capability', values: { deployed: 270_000, best: 791_000, yardstick: false } },
      { code: 'capability', values: { deployed: 270_000, best: 791_000, yardstick: true } },
      { code: 'independence', values: { pct: 12 } },
      { code: 'efficiency', values: { powerMw: 900, fleetMw: 500, yardstick: false } },
      { code: 'efficiency', values: { powerMw: 400, fleetMw: 500, yardstick: false } },
      { code: 'efficiency', values: { powerMw: 400, fleetMw: 500, yardstick: true } },
      { code: 'steady', values: {} },
    ] as const;
    const risen = [{ code: 'efficiency', values: { powerMw: 400, fleetMw: 500, yardstick: false } }, { code: 'efficiency', values: { powerMw: 400, fleetMw: 500, yardstick: true } }] as const;
    for (const lang of ['en', 'de'] as const) {
      setLang(lang);
      const texts = [...causes.map((c) => causeText(game, c)), ...risen.map((c) => causeText(game, c, 10))];
      for (const text of texts) expect(text).not.toMatch(/\{\{|undefined|NaN|^score\.|^quarter\./);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
});

describe('numbers in the reveal that looked wrong', () => {
  const bid = (bidder: string, quantity: number, maxPrice: number, filled: number, note: RevealedBid['note']): RevealedBid => ({ bidder, other: false, sku: 'H100', quantity, maxPrice, filled, paid: filled * maxPrice, note });

  it('a quarter where nothing sold says so, and is not the last price on the board', () => {
    expect(soldLine({ sold: 0, supply: 30_000 })).toBe('none of 30k sold: list ');
    expect(soldLine({ sold: 3_000, supply: 30_000 })).toBe('3,000 of 30k sold at ');
    const sc = makeScenario({ skus: [sku({ id: 'H100', supply: [1000, 1000, 1000, 1000] })] });
    // Quarter 1: H100 trades at 30k; quarter 2: nobody bids (it "clears" at list) — the last trade stays 30k.
    let s = playQuarter(newGame(sc), { alpha: { bids: [{ sku: 'H100', quantity: 2000, maxPrice: 30_000 }] }, beta: { bids: [{ sku: 'H100', quantity: 500, maxPrice: 30_000 }] } });
    s = resolveWith(s, {});
    expect(clearingOf(lastRecord(s), 'H100').sold).toBe(0);
    expect(lastClearing(s, 'H100')?.quarter).toBe(0);
    expect(lastClearing(s, 'H100')?.clearing.clearingPrice).toBe(clearingOf(s.history[0]!, 'H100').clearingPrice);
  });

  it('a bid cut short at the clearing price next to another buyer at that price is a tie', () => {
    const a = bid('a', 600, 30_000, 500, 'filled');
    const b = bid('b', 600, 30_000, 100, 'partial');
    const c = bid('c', 100, 31_000, 100, 'filled');
    const clearing: Pick<SkuClearing, 'clearingPrice' | 'bids'> = { clearingPrice: 30_000, bids: [c, a, b] };
    expect(tiedAtClearing(clearing, b)).toBe(true);
    // Filled in full, or alone at its price, or above the clearing price: no tie to explain.
    expect(tiedAtClearing(clearing, a)).toBe(false);
    expect(tiedAtClearing(clearing, c)).toBe(false);
    expect(tiedAtClearing({ clearingPrice: 30_000, bids: [c, b] }, b)).toBe(false);
  });

  it('the engine breaks such a tie as the note says: the better vendor relationship first', () => {
    const sc = makeScenario({ skus: [sku({ id: 'H100', supply: [1000, 1000, 1000, 1000] })], companies: [company({ id: 'alpha', nvidiaRelationship: 80 }), company({ id: 'beta', nvidiaRelationship: 20 })] });
    const s = resolveWith(newGame(sc), { alpha: { bids: [{ sku: 'H100', quantity: 700, maxPrice: 30_000 }] }, beta: { bids: [{ sku: 'H100', quantity: 700, maxPrice: 30_000 }] } });
    const c = clearingOf(lastRecord(s), 'H100');
    const alpha = c.bids.find((x) => x.bidder === 'alpha');
    const beta = c.bids.find((x) => x.bidder === 'beta');
    expect(alpha?.filled).toBe(700);
    expect(beta?.filled).toBe(300);
    expect(beta && tiedAtClearing(c, beta)).toBe(true);
  });
});
