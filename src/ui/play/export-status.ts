/**
 * Export status where the player looks before typing: one line for the company under the panel's title
 * (entity listing, chips closed, licences, caps, revenue shares) and the note on each chip row. The rules'
 * answers come from the engine (bidStatus, entityListing); this module only words them.
 */
import { bidStatus, entityListing, exportSummary, quarterLabel, type BidStatus } from '../../engine';
import { glossaryLink } from '../glossary';
import type { GameState, Orders, SkuSpec } from '../../engine/types';
import { companyOf } from '../../store/selectors';
import * as f from '../../text/format';
import { lang, t } from '../../text/i18n';
import { toStateIn } from '../../text/scenario-words';
import { el } from '../dom';
import { capGroups, capRowText, capStatusText, capUsed, capUsedText, listText, type CapGroup } from './export-cap';

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
    case 'cap': {
      const g = capGroups(game, playerId).find((x) => x.ruleId === st.ruleId);
      return g ? capRowText(g) : t('orders.cap', { units: f.exact(st.value), rule });
    }
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
  const notSold: string[] = [];
  // A cap is one per rule across the chips it catches (the engine sums their bids): said once, at its first chip.
  const caps = capGroups(game, playerId);
  for (const { sku, status } of sum.chips) {
    if (status.reason === 'notYet' || status.reason === 'entityList') continue;
    if (status.export.mode === 'notSold') {
      notSold.push(sku.name);
      continue;
    }
    const st = status.export;
    if (!status.open) closed.push(sku.name);
    else if (st.mode !== 'free') {
      const bits: string[] = [];
      if (st.modes.includes('licence')) bits.push(t('lo.export.licence', { sku: sku.name, pct: st.approvalPct }));
      const cap = caps.find((g) => g.skus[0] === sku);
      if (cap) bits.push(capStatusText(cap));
      if (st.sharePct > 0) bits.push(t('lo.export.share', { sku: sku.name, pct: st.sharePct, to: toStateIn(sc, st.issuer ?? 'US') }));
      limited.push(...bits);
    }
  }
  if (closed.length) parts.push(t('lo.export.closed', { list: closed.join(', ') }));
  if (limited.length) parts.push(t('lo.export.limited', { list: limited.join('; ') }));
  // The chips a vendor does not sell to the region are not open either: "every chip is open" only when none is.
  if (!parts.length) parts.push(t(notSold.length ? 'lo.export.noRule' : 'lo.export.allOpen'));
  const region = companyOf(sc, playerId)?.region ?? '';
  if (notSold.length && !sum.listing) parts.push(t('lo.export.notSold', { region, list: listText(notSold) }));
  return { text: parts.join(' '), level: sum.listing || closed.length ? 'closed' : limited.length ? 'limited' : 'open' };
}

/** The export-status line of the orders panel (test id export-status-<company>), with a cap's count when `counts` are given. */
export function exportStatusLine(game: GameState, playerId: string, counts: HTMLElement[] = []): HTMLElement {
  const s = exportStatusText(game, playerId);
  const line = el('p', { class: `export-status export-${s.level}`, testid: `export-status-${playerId}` }, el('strong', {}, glossaryLink('exportTiers', t('lo.export.title')), ': '), s.text);
  for (const c of counts) line.append(' ', c);
  return line;
}

/**
 * The export status of the orders panel as the player types: the line under the title and each chip row's note,
 * where a cap shows how many of its units the bids as typed use ("4,158 of 4,158 used", test id cap-used-<rule>).
 * `update` recounts for the orders as typed.
 */
export function exportStatusLive(game: GameState, playerId: string): { line: HTMLElement; rowNote(sku: SkuSpec, lock: { locked: boolean; text: string | null }): HTMLElement; update(orders: Orders): void } {
  const counters: { g: CapGroup; el: HTMLElement }[] = [];
  const counter = (g: CapGroup, where: string): HTMLElement => {
    const c = el('span', { class: 'cap-used', testid: `cap-used-${where}-${g.ruleId}`, attrs: { 'aria-live': 'polite' } });
    counters.push({ g, el: c });
    return c;
  };
  const groups = capGroups(game, playerId);
  const line = exportStatusLine(game, playerId, groups.map((g) => counter(g, 'status')));
  const rowNote = (sku: SkuSpec, lock: { locked: boolean; text: string | null }): HTMLElement => {
    const note = el('div', { class: lock.locked ? 'sku-lock' : 'sku-note' }, lock.text ?? '');
    const g = lock.locked ? undefined : groups.find((x) => x.skus.includes(sku));
    if (g) note.append(' ', counter(g, sku.id));
    return note;
  };
  const update = (orders: Orders): void => {
    for (const c of counters) {
      c.el.textContent = `(${capUsedText(c.g, orders)})`;
      c.el.classList.toggle('over', capUsed(c.g, orders) > c.g.cap);
    }
  };
  return { line, rowNote, update };
}

/** The entity-list error with its end said plainly: "until Q3 2025", or "for the rest of the game" when that is after the last quarter. */
export function entityListText(game: GameState | null, playerId: string | undefined, company: string, vendor: string): string {
  const listing = game && playerId ? entityListing(game, playerId) : null;
  if (!game || !listing) return t('err.entityList', { company, vendor });
  return listing.restOfGame ? t('lo.err.entityListRest', { company, vendor }) : t('lo.err.entityList', { company, vendor, quarter: quarterLabel(game.scenario, listing.until) });
}
