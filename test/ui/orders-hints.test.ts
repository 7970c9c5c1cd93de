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
import { bookingText, lastBookingShare, lateWarnings, siliconText } from '../../src/ui/play/silicon-power';
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

  it('says the free units are shared when the bookings together ask for more, not that they are yours', () => {
    const text = bookingText(ramping(), 'alpha');
    expect(text).toMatch(/500 units for Q3 2024, shared by every company booking this quarter: if together they ask for more, each gets the same share of its ask, and units not booked lose their deposit\./);
    expect(text).not.toMatch(/still free/);
    expect(text).not.toMatch(/Last quarter/);
  });

  it('gives the share of the units asked that the foundry booked last quarter', () => {
    // 500 units free for Q3 2024, 1,000 asked in all (600 + 400): each gets half of its ask.
    const s = ramping();
    s.scenario.silicon.rampCap = 1_000;
    const after = playQuarter(s, { alpha: { customOrder: 600 }, beta: { customOrder: 400 } });
    expect(lastBookingShare(after)).toEqual({ asked: 1_000, share: 0.5 });
    expect(bookingText(after, 'alpha')).toMatch(/ Last quarter the companies asked for 1,000 units in all; the foundry booked 50% of them\.$/);
    setLang('de');
    expect(bookingText(after, 'alpha')).toMatch(/ Im letzten Quartal haben die Firmen zusammen 1\.000 Stück bestellt; die Foundry hat 50 % davon gebucht\.$/);
    expect(lastBookingShare(playQuarter(game))).toBeNull();
  });

  it('tells a seat whose foundry share an event cut that it gets less, by how much, since when and why', () => {
    // gamma (CN) and alpha (US) in ramp; an event in Q1 2024 counts CN asks at half for 4 quarters. 500 units
    // free a quarter: alpha asks 1,000 and gamma 0 in the first quarter, so the foundry was half full for an uncut ask.
    const cut = newGame({
      events: [{ id: 'cn-cut', quarter: 0, date: '2024-01-15', headline: { en: 'Chips rule', de: 'Chip-Regel' }, body: { en: 'Test.', de: 'Test.' }, source: 'test', effects: [{ kind: 'foundryAccess', region: 'CN', pct: -50, quarters: 4 }] }],
    });
    for (const p of cut.players) p.silicon.stage = 'ramp';
    cut.scenario.silicon.rampCap = 1_000;
    expect(bookingText(cut, 'gamma')).toMatch(/ Not the same share for you: since January 15, 2024 \(“Chips rule”, through Q4 2024\) the foundry counts asks from China at 50%, so you get at most 50% of your ask\.$/);
    // Nothing cut for a US seat in the same game.
    expect(bookingText(cut, 'alpha')).not.toMatch(/Not the same share/);
    const after = playQuarter(cut, { alpha: { customOrder: 1_000 } });
    expect(bookingText(after, 'gamma')).toMatch(/so you get at most 50% of your ask, about 25% if the foundry is as full as last quarter\.$/);
    setLang('de');
    expect(bookingText(after, 'gamma')).toMatch(
      / Für dich nicht derselbe Anteil: Seit 15\. Januar 2024 \(„Chip-Regel“, bis einschließlich Q4 2024\) zählt die Foundry Bestellungen aus China nur zu 50 %, du bekommst also höchstens 50 % deiner Bestellung, etwa 25 %, wenn die Foundry so voll ist wie im letzten Quartal\.$/,
    );
    // Without the event, no seat reads of a cut.
    const plain = ramping();
    expect(bookingText(plain, 'gamma')).not.toMatch(/nicht derselbe Anteil/);
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
