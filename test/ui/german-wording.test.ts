/**
 * Wording a German play-tester stumbled over (base game as ByteDance), in German and, where the English had the
 * same flaw, in English: the issuing state with its article ("an die USA", not "an US"), rule moments that agree
 * with plural rule names, no nested parentheses, one ellipsis style, "Eigener Chip" for the board's short own-chip
 * name, "ungenutzt" for idle chips on the board, and the discussion question's word order.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang, t, type Key } from '../../src/text/i18n';
import { toStateIn } from '../../src/text/scenario-words';

afterEach(() => setLang('en'));

describe('German wording from the ByteDance play-test', () => {
  it('names the state a revenue share goes to with its article, in both languages', () => {
    // Before: "Dazu 15 % Umsatzbeteiligung an US" and "Plus the 15% revenue share to US".
    expect(t('nc.bids.share', { pct: 15, to: toStateIn(null, 'US'), total: '$13.8k' })).toBe(' Plus the 15% revenue share to the US: $13.8k a chip in all.');
    expect(t('lo.export.share', { sku: 'H20', pct: 15, to: toStateIn(null, 'US') })).toBe('H20 pays 15% of the price to the US');
    setLang('de');
    expect(t('nc.bids.share', { pct: 15, to: toStateIn(null, 'US'), total: '13,8 Tsd. $' })).toBe(' Dazu 15 % Umsatzbeteiligung an die USA: 13,8 Tsd. $ pro Chip insgesamt.');
    expect(t('lo.export.share', { sku: 'H20', pct: 15, to: toStateIn(null, 'US') })).toBe('H20 zahlt 15 % des Preises an die USA');
    expect(toStateIn(null, 'CN')).toBe('an China');
    // A state the scenario names itself (its article unknown) or an unknown code: "an die Regierung (<name>)".
    expect(toStateIn({ presentation: { regionNames: { US: { en: 'Freedonia', de: 'Freedonia' } } } } as never, 'US')).toBe('an die Regierung (Freedonia)');
    expect(toStateIn(null, 'XX')).toBe('an die Regierung (XX)');
    setLang('en');
    expect(toStateIn(null, 'XX')).toBe('to the XX government');
  });

  it('says a deal’s winner pays its bid on top of a prepayment only where there is one (an AI-lab deal has none)', () => {
    expect(t('orders.offerRule')).toContain('The winner pays its bid on top of any prepayment;');
    setLang('de');
    expect(t('orders.offerRule')).toContain('Der Gewinner zahlt sein Gebot zusätzlich zu einer etwaigen Vorauszahlung;');
  });

  it('words rule moments so they agree with singular and plural rule names', () => {
    const rule = 'H20-Lizenzen mit 15 % Umsatzbeteiligung (August 2025)';
    setLang('de');
    // Before: "H20-Lizenzen … tritt in Kraft." / "… gilt nicht mehr."
    expect(t('debrief.moment.ruleLands', { rule })).toBe(`Regel in Kraft: ${rule}.`);
    expect(t('debrief.moment.ruleFromStart', { rule })).toBe(`Regel von Anfang an in Kraft: ${rule}.`);
    expect(t('debrief.moment.ruleEnds', { rule })).toBe(`Regel nicht mehr in Kraft: ${rule}.`);
    setLang('en');
    expect(t('debrief.moment.ruleLands', { rule: 'H20 licences' })).toBe('Rule in force: H20 licences.');
    expect(t('debrief.moment.ruleEnds', { rule: 'H20 licences' })).toBe('Rule no longer in force: H20 licences.');
  });

  it('does not nest parentheses around a chip name that has its own', () => {
    const chip = 'ByteDance-Beschleuniger (hypothetisch)';
    setLang('de');
    // Before: "Der eigene Chip von ByteDance (ByteDance-Beschleuniger (hypothetisch)) geht in die Serienfertigung."
    const de = t('debrief.moment.siliconVolume', { company: 'ByteDance', chip });
    expect(de).toBe('Der eigene Chip von ByteDance, ByteDance-Beschleuniger (hypothetisch), geht in die Serienfertigung.');
    expect(de).not.toMatch(/\([^)]*\(/);
    setLang('en');
    expect(t('debrief.moment.siliconVolume', { company: 'ByteDance', chip: 'ByteDance accelerator (hypothetical)' })).toBe("ByteDance's own chip, ByteDance accelerator (hypothetical), reaches volume production.");
  });

  it('writes every German menu ellipsis the same way: right after the word', () => {
    setLang('de');
    const keys: Key[] = ['files.open', 'classroom.compare.open', 'neutral.load', 'why.pending', 'app.waiting', 'board.loading'];
    // Before: "Spieldatei öffnen …" beside "Gruppen vergleichen…".
    for (const k of keys) expect(t(k), k).toMatch(/\S…$/);
    expect(t('files.open')).toBe('Spieldatei öffnen…');
  });

  it('uses German words on the board: "Eigener Chip", idle chips "ungenutzt", "die Stromversorgung"', () => {
    setLang('de');
    expect(t('board.ownChipShort')).toBe('Eigener Chip');
    expect(t('board.runningIdleShort', { running: '36,8 Tsd.', idle: '111 Tsd.' })).toBe('36,8 Tsd. laufen · 111 Tsd. ungenutzt');
    expect(t('shots.board.idleOnly', { idle: '111 Tsd.' })).toBe('111 Tsd. ungenutzt');
    expect(t('shots.board.runningIdleShortest', { running: '1', idle: '2' })).toBe('1 · 2 ungenutzt');
    expect(t('neutral.intro')).toContain('baust die Stromversorgung für ihren Betrieb');
    expect(t('neutral.intro')).not.toContain('baust den Strom');
  });

  it('orders the discussion question about watts as German does', () => {
    const scenario = JSON.parse(readFileSync('scenarios/2024-hopper-scramble.json', 'utf8')) as unknown;
    const texts = JSON.stringify(scenario);
    // Before: "der Rest des Servers und die Kühlung verdoppeln das mehr als, auf etwa 1.540 W".
    expect(texts).not.toContain('verdoppeln das mehr als');
    expect(texts).toContain('Ein H100 braucht 700 W; mit dem Rest des Servers und der Kühlung wird daraus mehr als das Doppelte, etwa 1.540 W.');
  });
});
