import { afterEach, describe, expect, it } from 'vitest';
import { catalogues, langFromSearch, setLang, t, type Key } from '../../src/text/i18n';
import { formatDate, formatInt, formatMoney, formatMoneyExact } from '../../src/text/i18n/format';
import { readFileSync } from 'node:fs';
import { actionError, emptyOrders, ERROR_ENGLISH, onsiteRules, validateOrders } from '../../src/engine';
import * as f from '../../src/text/format';
import { actionErrorText, draftProblemText } from '../../src/ui/error-text';
import { noticeText } from '../../src/ui/notice-text';
import { notice } from '../../src/store/notices';
import { decodeLinkPayload } from '../../src/replay/link';
import { noteText } from '../../src/ui/notes';
import { newGame } from '../helpers/game';

afterEach(() => setLang('en'));

describe('i18n', () => {
  it('German has exactly the English keys, none empty', () => {
    expect(Object.keys(catalogues.de).sort()).toEqual(Object.keys(catalogues.en).sort());
    for (const [k, v] of Object.entries(catalogues.de)) expect(v.trim(), k).not.toBe('');
  });

  it('keeps {{params}} in both languages', () => {
    const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(catalogues.en) as (keyof typeof catalogues.en)[]) expect(params(catalogues.de[k]), k).toEqual(params(catalogues.en[k]));
  });

  it('switches language and reads ?lang=', () => {
    expect(t('lang.name')).toBe('English');
    setLang('de');
    expect(t('lang.name')).toBe('Deutsch');
    expect(langFromSearch('?lang=de')).toBe('de');
    expect(langFromSearch('?lang=fr')).toBeNull();
  });

  it('formats numbers, money and dates for the locale', () => {
    expect(formatInt(485000)).toBe('485,000');
    expect(formatMoney(14_600_000_000)).toBe('$14.6B');
    expect(formatMoneyExact(25000)).toBe('$25,000');
    expect(formatDate('2025-05-13')).toBe('May 13, 2025');
    setLang('de');
    expect(formatInt(485000)).toBe('485.000');
    // No-break spaces hold an amount together (Intl writes "25.000 $" so too).
    expect(formatMoney(14_600_000_000)).toBe('14,6\u00a0Mrd.\u00a0$');
    expect(formatMoney(14_600_000_000).replace(/\s/g, ' ')).toBe('14,6 Mrd. $');
    expect(formatMoneyExact(25000)).toMatch(/^25\.000\s\$$/);
    expect(formatDate('2025-05-13')).toBe('13. Mai 2025');
  });
});

describe('numbers in the panels and on the board (src/text/format.ts)', () => {
  it('reads the same in English as before, and German in German', () => {
    expect([f.money(14_600_000_000), f.money(32_500), f.money(950), f.money(-25_000), f.moneyExact(-25_000), f.count(412_000), f.h100e(1_200_000), f.mw(1200), f.score(734), f.units(412_000)]).toEqual([
      '$14.6B',
      '$32.5k',
      '$950',
      '−$25k',
      '−$25,000',
      '412k',
      '1.2M H100e',
      '1,200 MW',
      '73.4',
      '412k units',
    ]);
    setLang('de');
    const de = [f.money(14_600_000_000), f.money(32_500), f.money(950), f.money(-25_000), f.moneyExact(-25_000), f.count(412_000), f.h100e(1_200_000), f.mw(1200), f.score(734), f.units(412_000)];
    expect(de.map((x) => x.replace(/\u00a0/g, ' '))).toEqual([
      '14,6 Mrd. $',
      '32,5 Tsd. $',
      '950 $',
      '−25 Tsd. $',
      '−25.000 $',
      '412 Tsd.',
      '1,2 Mio. H100e',
      '1.200 MW',
      '73,4',
      '412 Tsd. Stück',
    ]);
  });

  it('does not show 1000 of a unit: 999,999 is $1M', () => {
    expect(f.money(999_999)).toBe('$1M');
    expect(f.count(999_700)).toBe('1M');
    expect(f.money(999_000)).toBe('$999k');
  });

  it('gives a margin that shows as 0.0 no sign, as it says "on par"', () => {
    expect([f.margin(18), f.margin(-20), f.margin(0), f.margin(0.4), f.margin(-0.4), f.margin(0.5)]).toEqual(['+1.8', '\u22122.0', '0.0', '0.0', '0.0', '+0.1']);
    expect([f.marginSign(18), f.marginSign(-20), f.marginSign(0), f.marginSign(0.4), f.marginSign(-0.4), f.marginSign(-0.5)]).toEqual([1, -1, 0, 0, 0, -1]);
  });
});

describe('the tutorial quotes the labels the game shows', () => {
  // The tutorial's hints name panel labels in quotes ("Budget left" / „Restbudget“): both catalogues must hold them.
  const tutorial = readFileSync('scenarios/tutorial.json', 'utf8');
  const pairs = [
    ['Budget left', 'Restbudget'],
    ['Submit sealed orders', 'Verdeckte Gebote abgeben'],
    ['Grid power to build (MW)', 'Netzstrom ausbauen (MW)'],
    ['Fast power: on-site generation (MW)', 'Schneller Strom: Vor-Ort-Erzeugung (MW)'],
    ['Silicon and power', 'Chips und Strom'],
    ['Silicon investment', 'Investition in eigene Chips'],
  ] as const;
  const shows = (values: readonly string[], label: string) => values.some((v) => v === label || v.startsWith(`${label} (`));
  it.each(pairs)('"%s" / „%s“', (en, de) => {
    expect(tutorial).toContain(`\\"${en}\\"`);
    expect(tutorial).toContain(`„${de}“`);
    expect(shows(Object.values(catalogues.en), en)).toBe(true);
    expect(shows(Object.values(catalogues.de), de)).toBe(true);
  });
});

describe('errors and notes in German', () => {
  it('translates an engine error by its code, with the numbers in German form', () => {
    const game = newGame();
    const player = game.players[0];
    if (!player) throw new Error('no player');
    const err = validateOrders(game, player.id, { ...emptyOrders(), powerBuild: 1_000_000 });
    if (!err) return;
    // Over budget is rewritten in English too: game money, never raw dollars.
    expect(err.code).toBe('OVER_BUDGET');
    expect(actionErrorText(err, { game, playerId: player.id })).toMatch(/^These orders can spend up to \$[\d.]+[kMBT]? \(/);
    setLang('de');
    const de = actionErrorText(err, { game, playerId: player.id });
    expect(de).toMatch(/^Diese Bestellungen können bis zu [\d,]+\s(Tsd\.|Mio\.|Mrd\.|Bio\.)\s\$ kosten/);
  });

  it('over budget: spend, running costs and cash as German money', () => {
    const err = actionError('OVER_BUDGET', { playerId: 'alpha', spend: 3_850_000, running: 1_000, cash: 2_000_000 }, 'orders');
    setLang('de');
    expect(actionErrorText(err, { game: newGame(), playerId: 'alpha' }).replace(/\u00a0/g, ' ')).toBe('Diese Bestellungen können bis zu 3,85 Mio. $ kosten (Gebote zum Höchstpreis), dazu kommen 1.000 $ laufende Kosten, aber ALPHA hat nur 2 Mio. $.');
  });

  it('over budget names every term that spends, in game money, in English and German', () => {
    const game = newGame();
    const player = game.players[0];
    const sku = game.scenario.skus[0];
    if (!player || !sku) throw new Error('no player or chip');
    const orders = { ...emptyOrders(), bids: [{ sku: sku.id, quantity: 1_000, maxPrice: sku.listPrice }], powerBuild: 10, powerFast: 1_000_000 };
    const err = validateOrders(game, player.id, orders);
    expect(err?.code).toBe('OVER_BUDGET');
    if (!err) return;
    const en = actionErrorText(err, { game, playerId: player.id, orders });
    expect(en).toContain(`bids at their max price ${f.money(1_000 * sku.listPrice)}`);
    expect(en).toContain(`grid power ${f.money(10 * game.scenario.power.costPerMw)}`);
    expect(en).toContain(`fast on-site power ${f.money(1_000_000 * onsiteRules(game).costPerMw)}`);
    expect(en).not.toMatch(/\$\d{1,3}(,\d{3}){2,}/);
    setLang('de');
    const de = actionErrorText(err, { game, playerId: player.id, orders });
    expect(de).toContain('Gebote zum Höchstpreis');
    expect(de).toContain(`Netzstrom ${f.money(10 * game.scenario.power.costPerMw)}`);
    expect(de).toContain('schneller Vor-Ort-Strom');
  });

  it('a malformed action: the field and what it must be, never the engine\'s English sentence', () => {
    const err = actionError('BAD_AMOUNT', { max: 1_000_000 }, 'orders.powerBuild');
    expect(actionErrorText(err)).toBe('The grid power build must be a whole number from 0 to 1,000,000.');
    setLang('de');
    expect(actionErrorText(err)).not.toBe(err.message);
    expect(actionErrorText(err)).toMatch(/^.* muss eine ganze Zahl von 0 bis 1\.000\.000 sein\.$/);
  });

  it('every error code has its own sentence in English and in German', () => {
    const codes = Object.keys(ERROR_ENGLISH);
    for (const lang of ['en', 'de'] as const) {
      setLang(lang);
      const texts = codes.map((c) => t(`error.${c}` as Key));
      texts.forEach((x, i) => expect(x, codes[i]).not.toBe(`error.${codes[i]}`));
      expect(new Set(texts).size).toBe(codes.length);
    }
  });

  it('typing problems of the orders form', () => {
    const game = newGame();
    setLang('de');
    expect(draftProblemText({ field: { kind: 'bidPrice', sku: 'H100' }, reason: 'negative', text: '-5', message: 'H100 max price cannot be negative.' }, game)).toBe('Höchstpreis für H100 darf nicht negativ sein.');
    expect(draftProblemText({ field: { kind: 'bidPrice', sku: 'H100' }, reason: 'enterPrice', message: 'Enter a max price per H100 chip.' }, game)).toBe('Gib einen Höchstpreis pro H100-Chip ein.');
    expect(draftProblemText({ field: { kind: 'powerBuild' }, reason: 'notNumber', text: 'abc', message: 'Grid power build "abc" is not a number.' }, game)).toBe('Netzstrom-Ausbau: „abc“ ist keine Zahl.');
    expect(draftProblemText({ field: { kind: 'powerFast' }, reason: 'notNumber', text: 'abc', message: 'Fast power build "abc" is not a number.' }, game)).toBe('Ausbau schnellen Stroms: „abc“ ist keine Zahl.');
    // The English message is not read: a reason alone decides the words.
    expect(draftProblemText({ field: { kind: 'powerFast' }, reason: 'whole', text: '1.5', message: 'anything' }, game)).toBe('Ausbau schnellen Stroms muss eine ganze Zahl sein.');
  });

  it('resolution notes', () => {
    const game = newGame();
    const note = { code: 'powerOnline' as const, playerId: 'alpha', values: { mw: 1200 } };
    expect(noteText(game, note)).toBe('ALPHA: 1,200 MW of new power online.');
    setLang('de');
    expect(noteText(game, note)).toBe('ALPHA: 1.200 MW neuer Strom am Netz.');
  });

  it("notices of the store by their codes, a record's problem too", () => {
    const link = decodeLinkPayload('');
    if (link.ok) throw new Error('an empty link opened');
    expect(noticeText(notice('info', 'gone', {}))).toBe('That saved game is gone.');
    expect(noticeText(notice('error', 'openFailed', { problem: link.problem }))).toBe('share link: it is empty.');
    setLang('de');
    expect(noticeText(notice('info', 'gone', {}))).toBe('Dieses gespeicherte Spiel gibt es nicht mehr.');
    expect(noticeText(notice('error', 'deleteFailed', { detail: 'AbortError' }))).toBe('Das gespeicherte Spiel konnte nicht gelöscht werden (AbortError).');
    expect(noticeText(notice('error', 'openFailed', { problem: link.problem }))).toBe('Geteilter Link: Er ist leer.');
  });
});

describe('t', () => {
  it('gives each language its own strings, with and without parameters, back and forth', () => {
    for (let round = 0; round < 2; round++) {
      setLang('en');
      expect(t('tables.standings')).toBe('Standings');
      expect(t('tables.marginShort', { margin: '+1.0' })).toBe('+1.0 vs par');
      setLang('de');
      expect(t('tables.standings')).toBe('Rangliste');
      expect(t('tables.marginShort', { margin: '+1,0' })).toBe('+1,0 zu Par');
    }
  });
});
