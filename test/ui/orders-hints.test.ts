/**
 * What the orders panel tells a newcomer before Submit (src/ui/play/bid-hints.ts, silicon-power.ts): the pricing
 * rule in every game, last quarter's demand for a chip from its revealed bids, a max-price prompt that is not a
 * number, the silicon line as the investment is typed, how foundry units are shared among the companies booking
 * in the same quarter, and a warning for power that comes online only after the game ends.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { validateOrders, type GameState } from '../../src/engine';
import { setLang } from '../../src/text/i18n';
import { lastDemandText, maxPricePlaceholder, pricingRuleText } from '../../src/ui/play/bid-hints';
import { bookingCapRule, bookingLines, lastBookingShare, lateWarnings, siliconText } from '../../src/ui/play/silicon-power';
import { makeScenario } from '../helpers/scenario';
import { newGame, orders, playQuarter } from '../helpers/game';

afterEach(() => setLang('en'));

/** makeScenario: H100 lists at $25k with 1,000 on sale a quarter; four quarters from Q1 2024. */
const game = newGame();
const h100 = game.scenario.skus[0] as GameState['scenario']['skus'][number];

describe('the price that wins', () => {
  it('states the uniform-price rule in every game, and the pay-as-bid rule where the market has it', () => {
    expect(pricingRuleText(game)).toBe('All winners pay one price, not their own max: the highest bid that missed out (at least the list price). A high max costs nothing extra, but your own lower bid can set that price too.');
    const payAsBid = newGame({ market: { ...makeScenario().market, pricing: 'payAsBid' } });
    expect(pricingRuleText(payAsBid)).toBe('Each winning bid pays its own max price.');
    setLang('de');
    expect(pricingRuleText(game)).toBe(
      'Alle Gewinner zahlen einen Preis, nicht ihr eigenes Maximum: das höchste Gebot, das leer ausging (mindestens den Listenpreis). Ein hohes Maximum kostet nichts extra, aber auch dein eigenes niedrigeres Gebot kann diesen Preis setzen.',
    );
    expect(pricingRuleText(payAsBid)).toBe('Jedes erfolgreiche Gebot zahlt sein eigenes Maximum.');
  });

  it('says nothing about last quarter before a chip has sold', () => {
    expect(lastDemandText(game, h100)).toBeNull();
  });

  it('after a sold-out quarter: only bids above the price that cleared won in full, and how high the top bid went', () => {
    // 1,000 on sale: alpha's 800 at $40k fill, beta's 600 at $30k get 200 and set the price.
    const s = playQuarter(game, { alpha: { bids: [{ sku: 'H100', quantity: 800, maxPrice: 40_000 }] }, beta: { bids: [{ sku: 'H100', quantity: 600, maxPrice: 30_000 }] } });
    expect(lastDemandText(s, h100)).toBe("Q1 2024: sold out; only bids above $30k won in full, top bid $40k");
    setLang('de');
    expect(lastDemandText(s, h100)).toBe('Q1 2024: ausverkauft; nur Gebote über 30\u00a0Tsd.\u00a0$ kamen ganz zum Zug, höchstes Gebot 40\u00a0Tsd.\u00a0$');
  });

  it('after a quarter with chips left over: every bid at list or more won', () => {
    const s = playQuarter(game, { alpha: { bids: [{ sku: 'H100', quantity: 300, maxPrice: 40_000 }] } });
    expect(lastDemandText(s, h100)).toBe("Q1 2024: 300 of 1,000 sold; every bid at list or more won");
  });

  it('prompts for the max price with words, not a number that reads as typed in', () => {
    expect(maxPricePlaceholder()).toBe('max $');
    setLang('de');
    expect(maxPricePlaceholder()).toBe('max. $');
  });
});

describe('the silicon line as the investment is typed', () => {
  // makeScenario: design costs $1M, tape-out $2M, ramp $3M; no setbacks. alpha starts not started.
  it('before anything is typed, shows the progress; as it is typed, what is still short', () => {
    expect(siliconText(game, 'alpha', 0)).toBe('Chip: not started, $0 of $1M towards the next stage.');
    expect(siliconText(game, 'alpha', 400_000)).toBe('Chip: design, $400k of $1M with this order: $600k short of tape-out, so no new stage this quarter.');
  });

  it('says the stage moves on when the quarter resolves once the money covers it, with the setback chance and what the rest does', () => {
    expect(siliconText(game, 'alpha', 1_000_000)).toBe('Chip: $1M of $1M: moves from design to tape-out when this quarter resolves (a 0% chance of a setback holds it one quarter).');
    expect(siliconText(game, 'alpha', 1_500_000)).toMatch(/moves from design to tape-out .+ The extra \$500k counts towards the stage after\.$/);
    const ramp = structuredClone(game);
    (ramp.players[0] as GameState['players'][number]).silicon.stage = 'ramp';
    expect(siliconText(ramp, 'alpha', 4_000_000)).toBe(
      'Chip: $4M of $3M: moves from ramp to volume production when this quarter resolves (a 0% chance of a setback holds it one quarter). The extra $1M buys nothing: volume production is the last stage.',
    );
    setLang('de');
    expect(siliconText(ramp, 'alpha', 3_000_000)).toBe('Chip: 3\u00a0Mio.\u00a0$ von 3\u00a0Mio.\u00a0$: wechselt von Anlauf zu Serienfertigung, wenn dieses Quartal ausgewertet wird (mit 0 % Wahrscheinlichkeit hält ein Rückschlag es ein Quartal auf).');
  });

  it('in volume production, says why the field is closed', () => {
    const volume = structuredClone(game);
    (volume.players[0] as GameState['players'][number]).silicon.stage = 'volume';
    expect(siliconText(volume, 'alpha', 0)).toBe('Chip is in volume production: silicon investment has nothing left to buy, so its field is closed. Book foundry units below for more chips.');
  });
});

describe('foundry units shared among the companies booking this quarter', () => {
  /** Every company in ramp (100 units a quarter each at most); 500 units a quarter at the foundry. */
  const ramping = (): GameState => {
    const s = structuredClone(game);
    for (const p of s.players) p.silicon.stage = 'ramp';
    return s;
  };

  it('says in at most four short lines what a booking costs and that the free units are shared, not that they are yours', () => {
    // Before: one paragraph of ten lines or so at 390 px (delivery, deposit "not refunded", the sharing rule, the cap and its rule in long sentences).
    expect(bookingLines(ramping(), 'alpha')).toEqual([
      'Arrives Q3 2024: $1,250 deposit a unit now, $3,750 a unit on delivery; at most 100 this quarter.',
      '500 units for Q3 2024, shared pro rata among all bookings; units not booked lose their deposit.',
    ]);
    // The cap's rule, in the hint's tooltip.
    expect(bookingCapRule(ramping(), 'alpha')).toBe('The most you may book: 100 this quarter (the ramp cap while ramping; in volume production, 50% above your largest booking so far).');
    setLang('de');
    expect(bookingLines(ramping(), 'alpha')).toEqual([
      'Lieferung Q3 2024: jetzt 1.250\u00a0$ Anzahlung pro Stück, 3.750\u00a0$ pro Stück bei Lieferung; höchstens 100 in diesem Quartal.',
      '500 Stück für Q3 2024, anteilig auf alle Buchungen verteilt; für nicht gebuchte Stück ist die Anzahlung verloren.',
    ]);
    expect(bookingCapRule(ramping(), 'alpha')).toBe('Höchstens buchbar: 100 in diesem Quartal (im Anlauf die Anlaufgrenze; in der Serienfertigung 50 % über deiner bisher größten Buchung).');
  });

  it('gives the share of the units asked that the foundry booked last quarter, on a line of its own', () => {
    // 500 units free for Q3 2024, 1,000 asked in all (600 + 400): each gets half of its ask.
    const s = ramping();
    s.scenario.silicon.rampCap = 1_000;
    const after = playQuarter(s, { alpha: { customOrder: 600 }, beta: { customOrder: 400 } });
    expect(lastBookingShare(after)).toEqual({ asked: 1_000, share: 0.5 });
    expect(bookingLines(after, 'alpha')).toHaveLength(3);
    expect(bookingLines(after, 'alpha')[2]).toBe('Last quarter 50% of the 1,000 units asked were booked.');
    setLang('de');
    expect(bookingLines(after, 'alpha')[2]).toBe('Letztes Quartal wurden 50 % der 1.000 bestellten Stück gebucht.');
    expect(lastBookingShare(playQuarter(game))).toBeNull();
  });

  it('tells a seat whose foundry share an event cut that it gets less, by how much, since when and why, in a fourth line', () => {
    // gamma (CN) and alpha (US) in ramp; an event in Q1 2024 counts CN asks at half for 4 quarters. 500 units
    // free a quarter: alpha asks 1,000 and gamma 0 in the first quarter, so the foundry was half full for an uncut ask.
    const cut = newGame({
      events: [{ id: 'cn-cut', quarter: 0, date: '2024-01-15', headline: { en: 'Chips rule', de: 'Chip-Regel' }, body: { en: 'Test.', de: 'Test.' }, source: 'test', effects: [{ kind: 'foundryAccess', region: 'CN', pct: -50, quarters: 4 }] }],
    });
    for (const p of cut.players) p.silicon.stage = 'ramp';
    cut.scenario.silicon.rampCap = 1_000;
    expect(bookingLines(cut, 'gamma')).toHaveLength(3);
    expect(bookingLines(cut, 'gamma')[2]).toBe('Cut for China since January 15, 2024 (“Chips rule”, through Q4 2024): you get at most 50% of your ask.');
    // Nothing cut for a US seat in the same game.
    expect(bookingLines(cut, 'alpha')).toHaveLength(2);
    expect(bookingLines(cut, 'alpha').join(' ')).not.toMatch(/Cut for/);
    const after = playQuarter(cut, { alpha: { customOrder: 1_000 } });
    const lines = bookingLines(after, 'gamma');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('Cut for China since January 15, 2024 (“Chips rule”, through Q4 2024): you get at most 50% of your ask, about 25% if as full as last quarter.');
    // Four short lines, under 400 characters in all (the old paragraph ran to 661), none longer than 140.
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(140);
    expect(lines.join(' ').length).toBeLessThan(400);
    setLang('de');
    expect(bookingLines(after, 'gamma')[3]).toBe(
      'Kürzung für China seit 15. Januar 2024 („Chip-Regel“, bis einschließlich Q4 2024): Du bekommst höchstens 50 % deiner Bestellung, etwa 25 % bei einer Auslastung wie im letzten Quartal.',
    );
    // Without the event, no seat reads of a cut.
    expect(bookingLines(ramping(), 'gamma').join(' ')).not.toMatch(/Kürzung/);
  });

  it('says in one line that a booking now comes too late in the last quarters', () => {
    let s = ramping();
    for (let q = 0; q < 3; q++) s = playQuarter(s);
    expect(bookingLines(s, 'alpha')).toEqual(['Too late to book: a booking now would be delivered Q2 2025, after the game ends.']);
  });
});

describe('power that comes online after the game ends', () => {
  // makeScenario: grid power comes online a quarter after it is ordered; the game ends after Q4 2024.
  it('is no warning while it comes online in time', () => {
    expect(lateWarnings(game, 'alpha', orders({ powerBuild: 5 }))).toEqual([]);
  });

  it('is a warning under the grid field in the last quarter (the order stays legal)', () => {
    let s = game;
    for (let q = 0; q < 3; q++) s = playQuarter(s);
    expect(s.quarter).toBe(3);
    expect(lateWarnings(s, 'alpha', orders({ powerBuild: 5 }))).toEqual([{ key: 'power-grid', message: "5 MW of grid power comes online in Q1 2025, after the game ends in Q4 2024: it never runs a chip." }]);
    expect(lateWarnings(s, 'alpha', orders())).toEqual([]);
    // A warning only: the engine still accepts the order.
    expect(validateOrders(s, 'alpha', orders({ powerBuild: 5 }))).toBeNull();
  });
});
