/**
 * A chipmaker deal's prepaid credit for a seat the export rules keep from the vendor's chips (src/ui/play/offers.ts
 * creditReach): the NVIDIA offer was shown to a Chinese seat as to any other, though its credit could buy only the
 * H20 there, or nothing. The rule stays; the offer now says what the credit buys this seat this quarter. EN and DE.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { GameState, PartnershipSpec } from '../../src/engine/types';
import { setLang } from '../../src/text/i18n';
import { creditReach, offerOptionLabel } from '../../src/ui/play/offers';
import { newGame } from '../helpers/game';
import { namedRule, richScenario } from '../helpers/scenario';

afterEach(() => setLang('en'));

/** richScenario: NVIDIA's H100 (and H200, B200 when on sale) banned for CN by the October 2023 rule, the H20 open. */
const game = newGame(richScenario());
const nvidia = game.scenario.partnerships.find((p) => p.id === 'nv-priority') as PartnershipSpec;
const lab = game.scenario.partnerships.find((p) => p.id === 'lab') as PartnershipSpec;

describe('what a chipmaker deal’s credit buys the seat', () => {
  it('says nothing for a seat every chip of the vendor is open to, nor for an AI-lab deal', () => {
    expect(creditReach(game, 'msft', nvidia)).toBeNull();
    expect(creditReach(game, 'bytd', lab)).toBeNull();
  });

  it('names the only chips a Chinese seat can buy with it under US export rules', () => {
    expect(creditReach(game, 'bytd', nvidia)).toBe('Under US export rules you can only buy the H20 with this credit this quarter.');
    setLang('de');
    expect(creditReach(game, 'tcnt', nvidia)).toBe('Nach US-Exportregeln kannst du mit diesem Guthaben in diesem Quartal nur den H20 kaufen.');
  });

  it('says it buys nothing this quarter when every chip of the vendor on sale is banned for the seat', () => {
    const banned = newGame(richScenario({ exportRules: [...richScenario().exportRules, namedRule('h20-ban', ['H20'], { kind: 'banned' }, 0)] }));
    expect(creditReach(banned, 'bytd', nvidia)).toBe('Under US export rules this credit buys you nothing this quarter.');
    setLang('de');
    expect(creditReach(banned, 'bytd', nvidia)).toBe('Nach US-Exportregeln kaufst du mit diesem Guthaben in diesem Quartal nichts.');
  });

  it('says it buys nothing where the vendor does not sell to the seat at all (no export rule to name)', () => {
    const huawei = { ...nvidia, id: 'huawei-deal', vendor: 'Huawei' } as PartnershipSpec;
    expect(creditReach(game, 'msft', huawei)).toBe('This credit buys you nothing this quarter: Huawei does not sell to you.');
    expect(creditReach(game, 'bytd', huawei)).toBeNull();
    setLang('de');
    expect(creditReach(game, 'msft', huawei)).toBe('Mit diesem Guthaben kaufst du in diesem Quartal nichts: Huawei verkauft nicht an dich.');
  });

  it('says it buys nothing while the seat is on the entity list', () => {
    const listed: GameState = structuredClone(game);
    (listed.players.find((p) => p.id === 'msft') as GameState['players'][number]).entityListUntil = 3;
    expect(creditReach(listed, 'msft', nvidia)).toBe('On the entity list, this credit buys nothing until Q4 2024.');
    (listed.players.find((p) => p.id === 'msft') as GameState['players'][number]).entityListUntil = 99;
    setLang('de');
    expect(creditReach(listed, 'msft', nvidia)).toBe('Auf der Entity List bis zum Spielende kauft dieses Guthaben nichts.');
  });
});

describe('an offer’s line in the partnership select', () => {
  it('puts the short terms after a dash, never a second bracket after the name’s own "(prepaid)"', () => {
    const prepaid: PartnershipSpec = { ...nvidia, name: 'NVIDIA allocation agreement (prepaid)' };
    expect(offerOptionLabel(prepaid)).toMatch(/^NVIDIA allocation agreement \(prepaid\) – NVIDIA: prepay \$[\d.]+[MB]$/);
    setLang('de');
    expect(offerOptionLabel(prepaid)).toMatch(/^NVIDIA-Zuteilungsvertrag \(vorausbezahlt\) – NVIDIA: [\d,]+\s(Mio|Mrd)\.\s\$ Vorauszahlung$/);
    expect(offerOptionLabel(lab)).not.toMatch(/\).*\(|\(.*\(/);
    expect(offerOptionLabel(lab)).toContain(' – KI-Labor: ');
  });
});
