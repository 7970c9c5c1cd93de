/**
 * What each chip in the bid table gives for the money (src/ui/play/bid-hints.ts computeText): a newcomer could
 * bid on H100, H200, H20, B200 ... with nothing saying what each buys. Per chip row: its H100e and the cost of
 * one H100e at the max price typed, else at the last clearing price, else at the list price. EN and DE.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { GameState, SkuSpec } from '../../src/engine/types';
import { setLang } from '../../src/text/i18n';
import { computePrice, computeText } from '../../src/ui/play/bid-hints';
import { newGame, playQuarter } from '../helpers/game';
import { namedRule, oct2023Rule, richScenario } from '../helpers/scenario';

afterEach(() => setLang('en'));

/** richScenario: the real SKUs (H100 1 H100e at $25k list, H200 1.4 at $32k, H20 0.15 at $12k, B200 2.5 at $40k, ...). */
const game = newGame(richScenario());
const sku = (s: GameState, id: string): SkuSpec => s.scenario.skus.find((k) => k.id === id) as SkuSpec;

describe('the compute a chip gives for the money', () => {
  it('before any price is typed or any sale: the H100e a chip and the cost of one H100e at list', () => {
    expect(computeText(game, sku(game, 'H100'), null)).toBe('1 H100e · $25k per H100e at list');
    expect(computeText(game, sku(game, 'H200'), null)).toBe('1.4 H100e · $22.9k per H100e at list');
    expect(computeText(game, sku(game, 'H20'), null)).toBe('0.15 H100e · $80k per H100e at list');
    expect(computeText(game, sku(game, 'B200'), null)).toBe('2.5 H100e · $16k per H100e at list');
    setLang('de');
    expect(computeText(game, sku(game, 'H200'), null)).toBe('1,4 H100e · 22,9\u00a0Tsd.\u00a0$ je H100e zum Listenpreis');
  });

  it('at the max price typed, once one is typed', () => {
    expect(computePrice(game, sku(game, 'B200'), 50_000)).toEqual({ price: 50_000, basis: 'typed' });
    expect(computeText(game, sku(game, 'B200'), 50_000)).toBe('2.5 H100e · $20k per H100e at your max');
    setLang('de');
    expect(computeText(game, sku(game, 'B200'), 50_000)).toBe('2,5 H100e · 20\u00a0Tsd.\u00a0$ je H100e bei deinem Maximum');
  });

  it('at the last clearing price once the chip has sold, while no price is typed', () => {
    // 60,000 H100 on sale; msft's 70,000 at $30k and the neoclouds' 15,000 at $30k: the price clears above list.
    const s = playQuarter(game, { msft: { bids: [{ sku: 'H100', quantity: 70_000, maxPrice: 30_000 }] } });
    const p = computePrice(s, sku(s, 'H100'), null);
    expect(p.basis).toBe('last');
    expect(computeText(s, sku(s, 'H100'), null)).toBe(`1 H100e · $${p.price / 1000}k per H100e at last price`);
    expect(computePrice(s, sku(s, 'H100'), 0)).toEqual(p);
    setLang('de');
    expect(computeText(s, sku(s, 'H100'), null)).toMatch(/^1 H100e · .+ je H100e zum letzten Preis$/);
  });

  it('a revenue share an export rule takes on top of the price counts in the cost, for the seat that pays it', () => {
    // A 15% share on the H20 for Chinese buyers: bytedance pays $12k + 15% = $13.8k a chip, $92k per H100e.
    const sc = richScenario();
    const shared = newGame({ ...sc, exportRules: [oct2023Rule(), namedRule('h20-share', ['H20'], { kind: 'revenueShare', pct: 15 }, 0)] });
    const cn = shared.scenario.companies.find((c) => c.region === 'CN')?.id ?? '';
    expect(cn).not.toBe('');
    expect(computeText(shared, sku(shared, 'H20'), null, cn)).toBe('0.15 H100e · $92k per H100e at list, incl. the 15% revenue share');
    // A US seat pays no share; without a seat the line is the bare price.
    expect(computeText(shared, sku(shared, 'H20'), null, 'msft')).toBe('0.15 H100e · $80k per H100e at list');
    expect(computeText(shared, sku(shared, 'H20'), null)).toBe('0.15 H100e · $80k per H100e at list');
    setLang('de');
    expect(computeText(shared, sku(shared, 'H20'), 20_000, cn)).toBe('0,15 H100e · 153\u00a0Tsd.\u00a0$ je H100e bei deinem Maximum, inkl. 15 % Umsatzbeteiligung');
  });
});
