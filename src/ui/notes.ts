/** Resolution notes (engine codes + numbers) as sentences in the current language for the reveal and the news. */
import { quarterLabel } from '../engine';
import { scenarioName } from '../text/scenario-names';
import type { GameState, ResolutionNote, SiliconStage } from '../engine/types';
import { companyOf } from '../store/selectors';
import * as f from '../text/format';
import { lang, t, type Key } from '../text/i18n';
import { ruleIssuer } from '../engine';
import { chipName } from './chip-name';

const n = (v: number | string | undefined): number => (typeof v === 'number' ? v : Number(v ?? 0));
const s = (v: number | string | undefined): string => String(v ?? '');

/** One note as a sentence. */
export function noteText(game: GameState, note: ResolutionNote): string {
  const sc = game.scenario;
  const c = companyOf(sc, note.playerId);
  const who = c?.name ?? note.playerId;
  const v = note.values;
  const partner = (id: string | number | undefined): string => scenarioName(sc.partnerships.find((p) => p.id === id)?.name ?? s(id));
  const code = note.code as string;
  const chip = c ? scenarioName(c.silicon.name) : t('note.customChip');
  switch (code) {
    case 'siliconAdvanced':
      return t('note.siliconAdvanced', { who, chip, stage: stageName(s(v.stage)) });
    case 'siliconSetback':
      return t('note.siliconSetback', { who, chip, stage: stageName(s(v.stage)) });
    case 'partnershipWon':
      // Deals are sold by sealed bid: the reveal shows the bids when there were any.
      return n(v.bid) > 0 ? t('note.partnershipWonBid', { who, partner: partner(v.partnership), bid: f.money(n(v.bid)) }) : t('note.partnershipWon', { who, partner: partner(v.partnership) });
    case 'partnershipLost': {
      const winner = companyOf(sc, s(v.winner))?.name ?? s(v.winner);
      if (n(v.bid) > 0 || n(v.winnerBid) > 0) return t('note.partnershipLostBid', { who, partner: partner(v.partnership), winner, bid: f.money(n(v.bid)), winnerBid: f.money(n(v.winnerBid)) });
      return t('note.partnershipLost', { who, partner: partner(v.partnership), winner });
    }
    case 'greyCaught':
      return t('note.greyCaught', { who, units: f.exact(n(v.units)), fine: f.money(n(v.fine)) });
    case 'greyBought':
      return t('note.greyBought', { who, units: f.exact(n(v.units)) });
    case 'powerOnline':
      return t('note.powerOnline', { who, mw: f.mw(n(v.mw)) });
    case 'powerMothballed':
      return t('note.powerMothballed', { who, mw: f.mw(n(v.mw)) });
    case 'labShortfall':
      return t('note.labShortfall', { who, partner: partner(v.partnership), penalty: f.money(n(v.penalty)) });
    case 'foundryShort':
      return t('note.foundryShort', { who, made: f.exact(n(v.made)), asked: f.exact(n(v.asked)) });
    case 'foundryBooked':
      return t('note.foundryBooked', { who, units: f.exact(n(v.units)), quarter: quarterLabel(sc, n(v.quarter)) });
    case 'foundryDelivered':
      return t('note.foundryDelivered', { who, units: f.exact(n(v.units)) });
    case 'licenceDenied': {
      const sku = chipName(sc, s(v.sku), note.playerId);
      const rule = sc.exportRules.find((r) => r.id === v.rule);
      // The issuing state of the rule (US unless the rule names another), not a hard-coded "US".
      if (rule) return t('note.licenceDeniedBy', { who, sku, issuer: ruleIssuer(rule), rule: rule.name[lang()] });
      return t('note.licenceDenied', { who, sku });
    }
    default:
      return t('note.other', { who, code });
  }
}

const STAGE_KEY: Record<SiliconStage, Key> = { none: 'stage.none', design: 'stage.design', tapeout: 'stage.tapeout', ramp: 'stage.ramp', volume: 'stage.volume' };

/** A custom-silicon stage's name in the current language (the raw code if unknown). */
export function stageName(stage: string): string {
  const key = (STAGE_KEY as Record<string, Key | undefined>)[stage];
  return key ? t(key) : stage;
}
