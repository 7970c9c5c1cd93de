/** Read-only tables: standings during the game, the reveal of every sealed bid, and the final standings. */
import { finalStandings, quarterLabel } from '../engine';
import type { GameState, QuarterRecord, RevealedBid } from '../engine/types';
import { companyOf, newsFeed, standingsNow } from '../store/selectors';
import { companyBadge, el, num } from './dom';
import * as f from './format';

function bidderCell(game: GameState, bid: Pick<RevealedBid, 'bidder' | 'other'>): HTMLElement {
  const c = companyOf(game.scenario, bid.bidder);
  if (c) return companyBadge(c);
  const other = game.scenario.otherDemand.find((o) => o.id === bid.bidder);
  return el('span', { class: 'badge', title: 'Buyers outside the game' }, el('span', { class: 'badge-initial other-buyers', attrs: { 'aria-hidden': 'true' } }, '…'), el('span', { class: 'badge-name', title: other ? `${other.name} (buyers outside the game)` : bid.bidder }, other ? other.name : bid.bidder));
}

function th(text: string, title?: string): HTMLTableCellElement {
  const left = text === 'Company' || text === 'Bidder';
  return el('th', { class: left ? 'left' : '', attrs: { scope: 'col', title } }, text);
}

/** The standings table shown beside the board. */
export function standingsTable(game: GameState, highlight: readonly string[]): HTMLElement {
  const rows = standingsNow(game);
  const table = el('table', { class: 'table', testid: 'standings' });
  table.append(
    el('caption', { class: 'sr-only' }, 'Standings'),
    el('thead', {}, el('tr', {}, th('#'), th('Company'), th('Score', 'Score out of 100'), th('Cash'), th('Deployed', 'Deployed compute in H100-equivalents'))),
  );
  const body = el('tbody');
  for (const r of rows) {
    const c = companyOf(game.scenario, r.playerId);
    const p = game.players.find((x) => x.id === r.playerId);
    if (!c || !p) continue;
    const m = r.metrics;
    body.append(
      el(
        'tr',
        { class: highlight.includes(r.playerId) ? 'me' : '' },
        el('td', { class: 'num' }, String(r.rank)),
        el('td', { class: 'company' }, companyBadge(c)),
        el('td', {}, r.score === null ? el('span', { class: 'faint', title: 'Scores appear after the first quarter' }, '–') : num(f.score(r.score), `${f.score(r.score)} points`)),
        el('td', {}, num(f.money(p.cash), f.moneyExact(p.cash))),
        el('td', {}, m ? num(f.h100e(m.deployedH100e), `${f.exact(m.deployedH100e)} H100e deployed`) : el('span', { class: 'faint' }, '–')),
      ),
    );
  }
  table.append(body);
  return table;
}

const NOTE_TEXT: Record<RevealedBid['note'], string> = {
  filled: 'filled',
  partial: 'partly filled',
  outbid: 'outbid',
  belowList: 'below list',
  licenceDenied: 'licence denied',
  banned: 'export ban',
  priority: 'priority deal',
  entityList: 'entity list',
};

/** Every sealed bid of a resolved quarter with the clearing price of each SKU. */
export function revealTables(game: GameState, rec: QuarterRecord, highlight: readonly string[]): HTMLElement {
  const box = el('div', { class: 'stack', testid: 'reveal-table' });
  for (const c of rec.clearing) {
    const sku = game.scenario.skus.find((s) => s.id === c.sku);
    if (!sku) continue;
    if (c.supply === 0 && c.bids.length === 0) continue;
    const priceCls = sku.vendor === 'NVIDIA' ? 'price num green' : 'price num';
    box.append(
      el(
        'div',
        { class: 'clearing' },
        el('h3', {}, sku.name),
        el(
          'span',
          {},
          el('span', { class: 'muted' }, `${f.count(c.sold)} of ${f.count(c.supply)} sold at `),
          el('span', { class: priceCls, title: `clearing price ${f.moneyExact(c.clearingPrice)} per chip`, attrs: { 'aria-label': `clearing price ${f.moneyExact(c.clearingPrice)} per chip` } }, f.money(c.clearingPrice)),
        ),
      ),
    );
    const table = el('table', { class: 'table' });
    table.append(
      el('caption', { class: 'sr-only' }, `${sku.name} sealed bids`),
      el('thead', {}, el('tr', {}, th('Bidder'), th('Sealed bid', 'Units asked at a max price per chip'), th('Won', 'Units won'), th('Paid', 'Total paid'))),
    );
    const body = el('tbody');
    const bids = [...c.bids].sort((a, b) => b.maxPrice - a.maxPrice);
    for (const b of bids) {
      body.append(
        el(
          'tr',
          { class: b.other ? 'other' : highlight.includes(b.bidder) ? 'me' : '' },
          el('td', { class: 'company' }, bidderCell(game, b)),
          el('td', { class: 'bid' }, num(`${f.count(b.quantity)} @ ${f.money(b.maxPrice)}`, `${f.exact(b.quantity)} units at up to ${f.moneyExact(b.maxPrice)} each`)),
          el('td', {}, num(f.count(b.filled), `${f.exact(b.filled)} units`), el('div', { class: `note ${b.note}` }, NOTE_TEXT[b.note] ?? b.note)),
          el('td', {}, num(f.money(b.paid), f.moneyExact(b.paid))),
        ),
      );
    }
    if (bids.length === 0) body.append(el('tr', {}, el('td', { attrs: { colspan: 4 }, class: 'faint' }, 'No bids.')));
    table.append(body);
    box.append(table);
  }
  return box;
}

/** The final standings with each part of the score. */
export function finalTable(game: GameState, highlight: readonly string[]): HTMLElement {
  const w = game.scenario.scoring.weights;
  const table = el('table', { class: 'table', testid: 'final-standings' });
  table.append(
    el('caption', { class: 'sr-only' }, 'Final standings'),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        th('#'),
        th('Company'),
        th('Score'),
        th(`Capability ×${w.capability}`, 'Cumulative deployed compute against the best (0-100), and its weight'),
        th(`Market ×${w.market}`, 'Cash plus AI revenue against the best (0-100), and its weight'),
        th(`Indep. ×${w.independence}`, 'Share of compute on own silicon (0-100), and its weight'),
        th(`Effic. ×${w.efficiency}`, 'Compute per MW against the best (0-100), and its weight'),
      ),
    ),
  );
  const body = el('tbody');
  for (const s of finalStandings(game)) {
    const c = companyOf(game.scenario, s.playerId);
    if (!c) continue;
    body.append(
      el(
        'tr',
        { testid: 'standing-row', class: highlight.includes(s.playerId) ? 'me' : '', attrs: { 'data-rank': s.rank, 'data-player': s.playerId } },
        el('td', { class: 'num' }, String(s.rank)),
        el('td', { class: 'company' }, companyBadge(c)),
        el('td', { class: 'num big' }, f.score(s.score)),
        el('td', { class: 'num' }, f.score(s.parts.capability)),
        el('td', { class: 'num' }, f.score(s.parts.market)),
        el('td', { class: 'num' }, f.score(s.parts.independence)),
        el('td', { class: 'num' }, f.score(s.parts.efficiency)),
      ),
    );
  }
  table.append(body);
  return table;
}

/** The news feed: each event with its date and source, newest first. */
export function newsList(game: GameState, limit = 12): HTMLElement {
  const list = el('ul', { class: 'news', testid: 'news-feed' });
  const items = newsFeed(game).slice(0, limit);
  for (const n of items) {
    list.append(
      el(
        'li',
        { class: n.quarter === game.quarter ? 'current' : '' },
        el('div', { class: 'meta' }, el('time', {}, n.when), ' · ', el('span', { title: n.sourceFull }, n.source), n.kind === 'deck' ? ' · surprise event' : ''),
        el('div', { class: 'headline' }, n.headline),
        n.body ? el('div', { class: 'body' }, n.body) : null,
      ),
    );
  }
  if (items.length === 0) list.append(el('li', { class: 'faint' }, `No news yet in ${quarterLabel(game.scenario, game.quarter)}.`));
  return list;
}
