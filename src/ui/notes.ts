/** Resolution notes (engine codes + numbers) as English sentences for the reveal and the news. */
import type { GameState, ResolutionNote } from '../engine/types';
import { companyOf } from '../store/selectors';
import * as f from './format';

const n = (v: number | string | undefined): number => (typeof v === 'number' ? v : Number(v ?? 0));
const s = (v: number | string | undefined): string => String(v ?? '');

/** One note as a sentence. */
export function noteText(game: GameState, note: ResolutionNote): string {
  const sc = game.scenario;
  const c = companyOf(sc, note.playerId);
  const who = c?.name ?? note.playerId;
  const v = note.values;
  const partner = (id: string | number | undefined): string => sc.partnerships.find((p) => p.id === id)?.name ?? s(id);
  const code = note.code as string;
  switch (code) {
    case 'siliconAdvanced':
      return `${who}: ${c?.silicon.name ?? 'custom chip'} reached ${s(v.stage)}.`;
    case 'siliconSetback':
      return `${who}: ${c?.silicon.name ?? 'custom chip'} needs a respin (${s(v.stage)} slips a quarter).`;
    case 'partnershipWon':
      return `${who} signed with ${partner(v.partnership)}.`;
    case 'partnershipLost':
      return `${who} lost ${partner(v.partnership)} to ${companyOf(sc, s(v.winner))?.name ?? s(v.winner)}.`;
    case 'greyCaught':
      return `${who} was caught buying ${f.exact(n(v.units))} restricted chips: fined ${f.money(n(v.fine))}.`;
    case 'greyBought':
      return `${who} bought ${f.exact(n(v.units))} chips on the grey market.`;
    case 'powerOnline':
      return `${who}: ${f.mw(n(v.mw))} of new power online.`;
    case 'powerMothballed':
      return `${who}: ${f.mw(n(v.mw))} of power mothballed.`;
    case 'labShortfall':
      return `${who} fell short on ${partner(v.partnership)}'s compute: penalty ${f.money(n(v.penalty))}.`;
    case 'foundryShort':
      return `${who}: the foundry made ${f.exact(n(v.made))} of ${f.exact(n(v.asked))} custom chips asked.`;
    case 'licenceDenied':
      return `${who}: export licence for ${sc.skus.find((k) => k.id === v.sku)?.name ?? s(v.sku)} denied.`;
    default:
      return `${who}: ${code}.`;
  }
}
