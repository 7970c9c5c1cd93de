import { describe, expect, it } from 'vitest';
import { REASON_CODES, botOrders, emptyRationale, explain, explainReason, type BotRationale } from '../../src/ai';
import { createGame } from '../../src/engine';
import { richScenario } from '../helpers/scenario';

describe('explain', () => {
  it.each(['en', 'de'] as const)('has a sentence for every reason code in %s, with its numbers', (lang) => {
    for (const code of REASON_CODES) {
      const text = explainReason({ code, values: { price: 31_000, value: 2.5e9, units: 1234, pct: 15, quarter: 2, cash: 4e6, mw: 12 } }, lang);
      expect(text.length, code).toBeGreaterThan(5);
      expect(text, code).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it('formats money for people in both languages', () => {
    expect(explainReason({ code: 'listPrice', values: { price: 27_500 } }, 'en')).toBe('list price $27,500');
    expect(explainReason({ code: 'listPrice', values: { price: 27_500 } }, 'de')).toBe('Listenpreis 27.500 $');
    expect(explainReason({ code: 'cashReserve', values: { amount: 14.6e9, pct: 20 } }, 'en')).toContain('$14.6B');
    expect(explainReason({ code: 'cashReserve', values: { amount: 14.6e9, pct: 20 } }, 'de')).toContain('14,6 Mrd. $');
  });

  it('turns a real rationale into lines: a heading, each bid with its valuation and top reasons', () => {
    const s = createGame(richScenario(), 'explain');
    const { rationale } = botOrders(s, 'msft', 'hard');
    for (const lang of ['en', 'de'] as const) {
      const lines = explain(rationale, lang, 3);
      expect(lines[0]).toContain('msft');
      const bids = rationale.bids.length;
      expect(lines.filter((l) => !l.startsWith('  ') && !l.endsWith(':')).length).toBeGreaterThanOrEqual(1 + bids);
      for (const l of lines) expect(l).not.toMatch(/undefined|NaN/);
    }
  });

  it('survives a rationale with no decisions', () => {
    const empty: BotRationale = emptyRationale('x', 0, 'easy');
    expect(explain(empty, 'de')).toEqual(['x, Quartal 1 (Bot, Stufe leicht)']);
  });
});

describe('explain with the scenario (what players read)', () => {
  const scenario = richScenario();
  const ctx = { scenario };
  const rationale = (bid: { sku: string; quantity: number; maxPrice: number; valuation: number }): BotRationale => ({ ...emptyRationale('msft', 2, 'normal'), bids: [{ ...bid, reasons: [] }] });

  it('names chips and companies by their names and quarters as the calendar says', () => {
    const sku = scenario.skus[0];
    const company = scenario.companies.find((c) => c.id === 'msft');
    if (!sku || !company) throw new Error('richScenario changed');
    const lines = explain(rationale({ sku: sku.id, quantity: 1000, maxPrice: 30_000, valuation: 31_000 }), 'en', 3, ctx);
    expect(lines[0]).toBe(`${company.name}, Q3 ${scenario.startYear} (normal bot)`);
    expect(lines[1]).toContain(` ${sku.name} `);
    expect(explainReason({ code: 'powerLater', values: { units: 10, quarter: 2 } }, 'en', ctx)).toBe(`10 more units would run from Q3 ${scenario.startYear}`);
    expect(explainReason({ code: 'powerLater', values: { units: 10, quarter: 2 } }, 'de', ctx)).toBe(`10 weitere Stück liefen ab Q3 ${scenario.startYear}`);
    expect(explainReason({ code: 'buildAhead', values: { mw: 10, readyQuarter: 2, forNow: 5, ahead: 5 } }, 'en', ctx)).toContain(`online in Q3 ${scenario.startYear}`);
    expect(explainReason({ code: 'buildAhead', values: { mw: 10, readyQuarter: 2, forNow: 5, ahead: 5 } }, 'en', ctx)).not.toContain('quarter 3');
    const rule = scenario.exportRules[0];
    if (rule) expect(explainReason({ code: 'exportBanned', values: { rule: rule.id } }, 'de', ctx)).toBe(`für uns verboten durch ${rule.name.de}`);
  });

  it('says why a bot bids far below what a unit is worth to it', () => {
    const sku = scenario.skus[0]?.id ?? '';
    const [, far] = explain(rationale({ sku, quantity: 30_000, maxPrice: 31_800, valuation: 304_168 }), 'en', 3, ctx);
    expect(far).toContain('$31,800');
    expect(far).toContain('$304,168');
    expect(far).toMatch(/expect to have to pay/);
    const [, farDe] = explain(rationale({ sku, quantity: 30_000, maxPrice: 31_800, valuation: 304_168 }), 'de', 3, ctx);
    expect(farDe).toMatch(/zahlen zu müssen erwarten/);
    // Bid and worth close together: the plain heading.
    const [, near] = explain(rationale({ sku, quantity: 30_000, maxPrice: 31_800, valuation: 32_000 }), 'en', 3, ctx);
    expect(near).toContain('(worth $32,000 a unit to us)');
    expect(near).not.toMatch(/expect to have to pay/);
  });

  it('says a bid is above (or below) the clearing price it forecasts instead of calling it about what it expects to pay', () => {
    const sku = scenario.skus[0]?.id ?? '';
    const name = scenario.skus[0]?.name ?? '';
    const withForecast = (maxPrice: number, price: number): BotRationale => ({ ...emptyRationale('msft', 2, 'normal'), bids: [{ sku, quantity: 40_000, maxPrice, valuation: 200_486, reasons: [{ code: 'forecastClearing', values: { price } }] }] });
    const [, above] = explain(withForecast(32_348, 12_000), 'en', 3, ctx);
    expect(above).toBe(`Bid for 40,000 ${name} at up to $32,348, above the $12,000 we expect it to clear at, to be sure of winning: a unit is worth up to $200,486 to us (revenue and score), so winning at any price up to $32,348 pays`);
    const [, aboveDe] = explain(withForecast(32_348, 12_000), 'de', 3, ctx);
    expect(aboveDe).toBe(`Gebot für 40.000 ${name} zu höchstens 32.348 $, über dem erwarteten Zuschlagspreis von 12.000 $, um sicher zu gewinnen: ein Stück ist uns bis zu 200.486 $ wert (Umsatz und Punkte), also lohnt sich jeder Zuschlag bis 32.348 $`);
    const [, below] = explain(withForecast(20_000, 30_000), 'en', 3, ctx);
    expect(below).toMatch(/^Bid for 40,000 .* at up to \$20,000, below the \$30,000 we expect it to clear at: we buy only if it clears lower/);
    // Within a tenth of the forecast: still "about what we expect to have to pay".
    const [, near] = explain(withForecast(12_500, 12_000), 'en', 3, ctx);
    expect(near).toMatch(/at up to \$12,500, about what we expect to have to pay/);
  });
});

describe('percentages in the bot reasoning', () => {
  // A German play-tester read "Angebot 29% höher als im Vorquartal"; German writes "29 %".
  it('German sets a space before the percent sign, English none', () => {
    expect(explainReason({ code: 'supplyChange', values: { pct: 29 } }, 'de')).toBe('Angebot 29 % höher als im Vorquartal');
    expect(explainReason({ code: 'aggression', values: { pct: 0 } }, 'de')).toMatch(/\b0 %/);
    expect(explainReason({ code: 'supplyChange', values: { pct: 29 } }, 'en')).toBe('supply up 29% on last quarter');
  });
});
