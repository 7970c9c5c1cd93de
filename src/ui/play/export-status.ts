/**
 * Export status where the player looks before typing: one line for the company under the panel's title
 * (entity listing, chips closed, licences, caps, revenue shares) and the note on each chip row. The rules'
 * answers come from the engine (bidStatus, entityListing); this module only words them.
 */
import { bidStatus, entityListing, exportSummary, quarterLabel, type BidStatus } from '../../engine';
import { glossaryLink } from '../glossary';
import type { GameState, SkuSpec } from '../../engine/types';
import { companyOf } from '../../store/selectors';
import * as f from '../../text/format';
import { lang, t } from '../../text/i18n';
import { toStateIn } from '../../text/scenario-words';
import { el } from '../dom';

/** A chip row's note: closed (and why) or the limits that apply; text null when the chip is simply open. */
export function chipNote(game: GameState, playerId: string, sku: SkuSpec): { locked: boolean; text: string | null } {
  const b = bidStatus(game, playerId, sku);
  return { locked: !b.open, text: noteOf(game, playerId, sku, b) };
}

function noteOf(game: GameState, playerId: string, sku: SkuSpec, b: BidStatus): string | null {
  if (b.reason === 'notYet') return t('orders.onSaleFrom', { quarter: quarterLabel(game.scenario, sku.availableFrom) });
  if (b.reason === 'entityList' && b.listing) return b.listing.restOfGame ? t('lo.row.listedRest') : t('lo.row.listed', { quarter: quarterLabel(game.scenario, b.listing.until) });
  const st = b.export;
  const company = companyOf(game.scenario, playerId);
  const rule = st.ruleName?.[lang()] ?? st.ruleId ?? '';
  const issuer = st.issuer ?? '';
  if (st.allowed && st.modes.includes('licence') && st.modes.includes('revenueShare')) return t('orders.licenceAndShare', { pct: st.approvalPct, share: st.sharePct, issuer, rule });
  switch (st.mode) {
    case 'free':
      return null;
    case 'notSold':
      return company ? t('orders.notSold', { vendor: sku.vendor, region: company.region }) : t('orders.notSoldYou', { vendor: sku.vendor });
    case 'banned':
      return t('lo.row.banned', { rule });
    case 'licence':
      return t('orders.licence', { pct: st.value, rule });
    case 'revenueShare':
      return t('orders.revenueShare', { pct: st.value, issuer, rule });
    case 'cap':
      return t('orders.cap', { units: f.exact(st.value), rule });
    default:
      return null;
  }
}

/** The company's export status in a sentence or two (entity listing first, then closed and limited chips on sale now). */
export function exportStatusText(game: GameState, playerId: string): { text: string; level: 'open' | 'limited' | 'closed' } {
  const sum = exportSummary(game, playerId);
  const parts: string[] = [];
  const sc = game.scenario;
  if (sum.listing) {
    const vendors = sum.listing.vendors.join(', ');
    parts.push(sum.listing.restOfGame ? t('lo.export.listedRest', { vendors }) : t('lo.export.listed', { quarter: quarterLabel(sc, sum.listing.until), vendors }));
  }
  const closed: string[] = [];
  const limited: string[] = [];
  for (const { sku, status } of sum.chips) {
    if (status.reason === 'notYet' || status.export.mode === 'notSold') continue;
    if (status.reason === 'entityList') continue;
    const st = status.export;
    if (!status.open) closed.push(sku.name);
    else if (st.mode !== 'free') {
      const bits: string[] = [];
      if (st.modes.includes('licence')) bits.push(t('lo.export.licence', { sku: sku.name, pct: st.approvalPct }));
      if (st.capUnits !== null) bits.push(t('lo.export.cap', { sku: sku.name, units: f.exact(st.capUnits) }));
      if (st.sharePct > 0) bits.push(t('lo.export.share', { sku: sku.name, pct: st.sharePct, to: toStateIn(sc, st.issuer ?? 'US') }));
      limited.push(...bits);
    }
  }
  if (closed.length) parts.push(t('lo.export.closed', { list: closed.join(', ') }));
  if (limited.length) parts.push(t('lo.export.limited', { list: limited.join('; ') }));
  if (!parts.length) parts.push(t('lo.export.allOpen'));
  return { text: parts.join(' '), level: sum.listing || closed.length ? 'closed' : limited.length ? 'limited' : 'open' };
}

/** The export-status line of the orders panel (test id export-status-<company>). */
export function exportStatusLine(game: GameState, playerId: string): HTMLElement {
  const s = exportStatusText(game, playerId);
  return el('p', { class: `export-status export-${s.level}`, testid: `export-status-${playerId}` }, el('strong', {}, glossaryLink('exportTiers', t('lo.export.title')), ': '), s.text);
}

/** The entity-list error with its end said plainly: "until Q3 2025", or "for the rest of the game" when that is after the last quarter. */
export function entityListText(game: GameState | null, playerId: string | undefined, company: string, vendor: string): string {
  const listing = game && playerId ? entityListing(game, playerId) : null;
  if (!game || !listing) return t('err.entityList', { company, vendor });
  return listing.restOfGame ? t('lo.err.entityListRest', { company, vendor }) : t('lo.err.entityList', { company, vendor, quarter: quarterLabel(game.scenario, listing.until) });
}
