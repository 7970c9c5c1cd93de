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
