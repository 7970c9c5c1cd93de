/**
 * Engine refusals worded for people (src/ui/error-text.ts): from the code and values alone, with names for ids
 * (rule names in the reader's language) and numbers in the reader's format. The English message is never read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { validateOrders, type ActionError, type GameState, type Orders } from '../../src/engine';
import { setLang } from '../../src/text/i18n';
import { actionErrorText } from '../../src/ui/error-text';
import { newGame, orders } from '../helpers/game';
import { makeScenario, namedRule } from '../helpers/scenario';

afterEach(() => setLang('en'));

function refusal(game: GameState, playerId: string, o: Partial<Orders>): ActionError {
  const e = validateOrders(game, playerId, orders(o));
  if (!e) throw new Error('expected a refusal');
  return e;
}

/** The text in both languages, and the same again with the English message replaced (it must not matter). */
function both(e: ActionError, game: GameState, playerId: string): { en: string; de: string } {
  const ctx = { game, playerId };
  setLang('en');
  const en = actionErrorText(e, ctx);
  expect(actionErrorText({ ...e, message: 'garbage' }, ctx)).toBe(en);
  setLang('de');
  const de = actionErrorText(e, ctx);
  expect(actionErrorText({ ...e, message: 'garbage' }, ctx)).toBe(de);
  setLang('en');
  return { en, de };
}

describe('engine refusals in English and German, from code and values', () => {
  it('an export cap: the rule by its name in each language, the numbers in each format', () => {
    const game = newGame(makeScenario({ exportRules: [namedRule('h20-cap', ['H20'], { kind: 'cap', unitsPerQuarter: 5_000 }, 0)] }));
    const e = refusal(game, 'gamma', { bids: [{ sku: 'H20', quantity: 12_345, maxPrice: 12_000 }] });
    expect(e.code).toBe('EXPORT_CAP');
    const { en, de } = both(e, game, 'gamma');
    expect(en).toBe('Rule h20-cap caps GAMMA at 5,000 units a quarter; these bids ask for 12,345.');
    expect(de).toBe('Regel h20-cap begrenzt GAMMA auf 5.000 Stück pro Quartal; diese Gebote verlangen 12.345.');
  });

  it('the grey-market cap, a too-early booking and a closed partnership each have their own sentence', () => {
    const game = newGame();
    const grey = refusal(game, 'gamma', { greyMarket: [{ sku: 'H100', quantity: 1_001 }] });
    expect(grey.code).toBe('GREY_CAP');
    expect(both(grey, game, 'gamma').de).toBe('Über den Graumarkt gehen höchstens 100 Stück pro Quartal und Käufer; verlangt: 1.001.');
    const early = refusal(game, 'alpha', { customOrder: 10 });
    expect(early.code).toBe('SILICON_TOO_EARLY');
    const t = both(early, game, 'alpha');
    expect(t.en).toMatch(/^.+ is at the .+ stage: own chips can be ordered from the ramp on\.$/);
    expect(t.de).toMatch(/^.+ ist in der Stufe .+: Eigene Chips lassen sich ab dem Hochlauf bestellen\.$/);
  });

  it('a bad amount names the field, with the limit in the reader\'s format', () => {
    const game = newGame();
    const e: ActionError = { code: 'BAD_AMOUNT', values: { max: 10_000_000 }, path: 'orders.bids[0].maxPrice', message: '' };
    const { en, de } = both(e, game, 'alpha');
    expect(en).toBe('A max price must be a whole number from 0 to 10,000,000.');
    expect(de).toMatch(/muss eine ganze Zahl von 0 bis 10\.000\.000 sein\.$/);
  });
});
