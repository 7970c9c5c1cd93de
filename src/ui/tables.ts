/** Read-only tables: standings during the game, the reveal of every sealed bid, and the final standings. */
import { vendorStyle } from '../store/scenario-look';
import { glossaryLink, type GlossaryTerm } from './glossary';
import { scenarioName } from '../text/scenario-names';
import { parHintOf } from '../text/scenario-words';
import { finalStandings, quarterLabel } from '../engine';
import type { GameState, QuarterRecord, RevealedBid } from '../engine/types';
import { companyOf, newsFeed, standingsNow } from '../store/selectors';
import { companyBadge, el, num, wrapUnit } from './dom';
import * as f from '../text/format';
import { lang, t, type Key } from '../text/i18n';
import { formatDate } from '../text/i18n/format';
import { scorePartsKey, scorePartsRow } from './play/score-parts';
import { PART_COLOR } from './play/score-words';
import type { ScorePart } from '../engine/score-story';
import { revealNote, soldLine } from './play/reveal-words';

function bidderCell(game: GameState, bid: Pick<RevealedBid, 'bidder' | 'other'>): HTMLElement {
  const c = companyOf(game.scenario, bid.bidder);
  if (c) return companyBadge(c);
  const other = game.scenario.otherDemand.find((o) => o.id === bid.bidder);
  return el('span', { class: 'badge', title: t('tables.otherBuyers') }, el('span', { class: 'badge-initial other-buyers', attrs: { 'aria-hidden': 'true' } }, '…'), el('span', { class: 'badge-name', title: other ? t('tables.otherBuyersNamed', { name: scenarioName(other.name) }) : bid.bidder }, other ? scenarioName(other.name) : bid.bidder));
}

function th(text: string, title?: string, term?: GlossaryTerm): HTMLTableCellElement {
  const left = text === t('tables.company') || text === t('tables.bidder');
  return el('th', { class: left ? 'left' : '', attrs: { scope: 'col', title } }, term ? glossaryLink(term, text) : text);
}

/** A "± par" cell: the margin with its sign, coloured, and the par it is measured against in the tooltip. */
function marginCell(margin: number | null, par: number | null): HTMLElement {
  if (margin === null || par === null) return el('td', {}, el('span', { class: 'faint', title: t('tables.noScoreYet') }, '–'));
  const side = f.marginSign(margin);
  const cls = side > 0 ? 'num above-par' : side < 0 ? 'num below-par' : 'num';
  return el('td', { class: cls, attrs: { 'data-margin': margin } }, num(f.margin(margin), t('tables.marginExact', { margin: f.margin(margin), par: f.score(par) })));
}

/**
 * The standings table shown beside the board and in the replay viewer, in a box it measures itself against (a CSS
 * container, as the final table's): where that box is narrow (the side panel at 1280x720, a phone) the cells pad
 * less, the headers and names wrap and an amount's unit is drawn smaller, on the amount's line ("18,9 Mrd. $"), so that it fits (styles.css).
 */
export function standingsTable(game: GameState, highlight: readonly string[]): HTMLElement {
  const rows = standingsNow(game);
  const hasPar = game.scenario.scoring.par !== undefined;
  const table = el('table', { class: 'table', testid: 'standings' });
  table.append(
    el('caption', { class: 'sr-only' }, t(hasPar ? 'tables.standingsPar' : 'tables.standings')),
    el(
      'thead',
      {},
      el('tr', {}, th('#'), th(t('tables.company')), th(t('tables.score'), t('tables.scoreHint'), 'howToWin'), hasPar ? th(t('tables.marginSoFar'), t('tables.marginHint'), 'par') : null, th(t('tables.cash')), th(t('tables.deployed'), t('tables.deployedHint'), 'h100e')),
      // Once there are parts under the companies: what their numbers are (points out of each part's weight).
      game.history.length > 0 ? scorePartsKey(game, hasPar ? 6 : 5) : null,
    ),
  );
  const body = el('tbody');
  for (const r of rows) {
    const c = companyOf(game.scenario, r.playerId);
    const p = game.players.find((x) => x.id === r.playerId);
    if (!c || !p) continue;
    const m = r.metrics;
    const parts = scorePartsRow(game, r.playerId, hasPar ? 6 : 5, highlight.includes(r.playerId) ? 'me' : '');
    body.append(
      el(
        'tr',
        { class: `${highlight.includes(r.playerId) ? 'me' : ''}${parts ? ' has-parts' : ''}`.trim() },
        // No rank before the first quarter is scored: every company's score is still "–".
        el('td', { class: 'num', attrs: { 'data-rank': r.score === null ? '' : r.rank } }, r.score === null ? el('span', { class: 'faint', title: t('tables.noScoreYet') }, '–') : String(r.rank)),
        el('td', { class: 'company' }, companyBadge(c)),
        el('td', {}, r.score === null ? el('span', { class: 'faint', title: t('tables.noScoreYet') }, '–') : num(f.score(r.score), t('tables.points', { score: f.score(r.score) }))),
        hasPar ? marginCell(r.margin, r.par) : null,
        el('td', { class: 'money' }, wrapUnit(num(f.money(p.cash), f.moneyExact(p.cash)), f.money(p.cash))),
        el('td', {}, m ? num(t('tables.deployedCell', { value: f.count(Math.round(m.deployedH100e)) }), t('tables.deployedExact', { value: f.exact(m.deployedH100e) })) : el('span', { class: 'faint' }, '–')),
      ),
    );
    if (parts) body.append(parts);
  }
  table.append(body);
  return el('div', { class: 'standings-box' }, table);
}

const NOTE_KEY: Record<RevealedBid['note'], Key> = {
  filled: 'tables.note.filled',
  partial: 'tables.note.partial',
  outbid: 'tables.note.outbid',
  belowList: 'tables.note.belowList',
  licenceDenied: 'tables.note.licenceDenied',
  banned: 'tables.note.banned',
  priority: 'tables.note.priority',
  entityList: 'tables.note.entityList',
};

function noteLabel(note: RevealedBid['note']): string {
  const key = NOTE_KEY[note] as Key | undefined;
  return key ? t(key) : note;
}

/** Every sealed bid of a resolved quarter with the clearing price of each SKU. */
export function revealTables(game: GameState, rec: QuarterRecord, highlight: readonly string[]): HTMLElement {
  const box = el('div', { class: 'stack', testid: 'reveal-table' });
  for (const c of rec.clearing) {
    const sku = game.scenario.skus.find((s) => s.id === c.sku);
    if (!sku) continue;
    if (c.supply === 0 && c.bids.length === 0) continue;
    const priceCls = vendorStyle(game.scenario, sku.vendor).primary ? 'price num green' : 'price num';
    box.append(
      el(
        'div',
        { class: 'clearing' },
        el('h3', {}, sku.name),
        el(
          'span',
          {},
          el('span', { class: 'muted' }, soldLine(c)),
          el('span', { class: priceCls, title: t('tables.clearingPrice', { price: f.moneyExact(c.clearingPrice) }), attrs: { 'aria-label': t('tables.clearingPrice', { price: f.moneyExact(c.clearingPrice) }) } }, f.money(c.clearingPrice)),
        ),
      ),
    );
    const table = el('table', { class: 'table' });
    table.append(
      el('caption', { class: 'sr-only' }, t('tables.bidsCaption', { sku: sku.name })),
      el('thead', {}, el('tr', {}, th(t('tables.bidder')), th(t('tables.sealedBid'), t('tables.sealedBidHint')), th(t('tables.won'), t('tables.wonHint')), th(t('tables.paid'), t('tables.paidHint')))),
    );
    const body = el('tbody');
    const bids = [...c.bids].sort((a, b) => b.maxPrice - a.maxPrice);
    // Tranches: a buyer with several bids for this chip gets "bid n of m" under its name (n by price, highest first).
    const count = new Map<string, number>();
    for (const b of bids) count.set(b.bidder, (count.get(b.bidder) ?? 0) + 1);
    const seen = new Map<string, number>();
    for (const b of bids) {
      const of = count.get(b.bidder) ?? 1;
      const n = (seen.get(b.bidder) ?? 0) + 1;
      seen.set(b.bidder, n);
      const who = bidderCell(game, b);
      const cell = el('td', { class: 'company' }, who);
      if (of > 1) cell.append(el('div', { class: 'tranche-of', testid: 'tranche-of', attrs: { title: t('tables.trancheOfHint', { n, of }) } }, t('tables.trancheOf', { n, of })));
      body.append(
        el(
          'tr',
          { class: b.other ? 'other' : highlight.includes(b.bidder) ? 'me' : '' },
          cell,
          el('td', { class: 'bid' }, num(t('tables.bid', { units: f.count(b.quantity), price: f.money(b.maxPrice) }), t('tables.bidExact', { units: f.exact(b.quantity), price: f.moneyExact(b.maxPrice) }))),
          el('td', {}, num(f.count(b.filled), t('tables.unitsExact', { units: f.exact(b.filled) })), revealNote(c, b, noteLabel(b.note))),
          el('td', {}, num(f.money(b.paid), f.moneyExact(b.paid))),
        ),
      );
    }
    if (bids.length === 0) body.append(el('tr', {}, el('td', { attrs: { colspan: 4 }, class: 'faint' }, t('tables.noBids'))));
    table.append(body);
    box.append(table);
  }
  return box;
}

/** The final table's four part columns: each with its header, its hint and its glossary term. */
const FINAL_PARTS = [
  { key: 'capability', label: 'tables.capability', hint: 'tables.capabilityHint' },
  { key: 'market', label: 'tables.market', hint: 'tables.marketHint' },
  { key: 'independence', label: 'tables.independence', hint: 'tables.independenceHint' },
  { key: 'efficiency', label: 'tables.efficiency', hint: 'tables.efficiencyHint' },
] as const satisfies readonly { key: ScorePart; label: Key; hint: Key }[];

/** A part column's header with its weight (hidden on a phone, with the column). */
function partHead(p: (typeof FINAL_PARTS)[number], weight: number): HTMLTableCellElement {
  const cell = th(t(p.label, { w: weight }), t(p.hint), p.key);
  cell.classList.add('part-col');
  // The values under it are each part's 0–100, not points of the score (the live standings show those).
  cell.append(el('span', { class: 'part-scale', attrs: { title: t('tables.partScaleHint') } }, t('tables.partScale')));
  return cell;
}

/**
 * The final standings with each part of the score, in a box the table measures itself against (a CSS container):
 * where the four part columns do not fit that box, a line under each company holds them instead (styles.css).
 */
export function finalTable(game: GameState, highlight: readonly string[]): HTMLElement {
  const w = game.scenario.scoring.weights;
  const hasPar = game.scenario.scoring.par !== undefined;
  const table = el('table', { class: 'table', testid: 'final-standings' });
  table.append(
    el('caption', { class: 'sr-only' }, t(hasPar ? 'tables.finalPar' : 'tables.final')),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        th('#'),
        th(t('tables.company')),
        th(t('tables.score'), undefined, 'howToWin'),
        hasPar ? th(t('tables.par'), parHintOf(game.scenario), 'par') : null,
        hasPar ? th(t('tables.margin'), t('tables.marginHint'), 'par') : null,
        ...FINAL_PARTS.map((p) => partHead(p, w[p.key])),
      ),
    ),
  );
  const body = el('tbody');
  for (const s of finalStandings(game)) {
    const c = companyOf(game.scenario, s.playerId);
    if (!c) continue;
    const me = highlight.includes(s.playerId) ? 'me' : '';
    body.append(
      el(
        'tr',
        { testid: 'standing-row', class: me, attrs: { 'data-rank': s.rank, 'data-player': s.playerId } },
        el('td', { class: 'num' }, String(s.rank)),
        el('td', { class: 'company' }, companyBadge(c)),
        el('td', { class: 'num big' }, f.score(s.score)),
        hasPar ? el('td', { class: 'num' }, s.par === null ? '–' : f.score(s.par)) : null,
        hasPar ? marginCell(s.margin, s.par) : null,
        ...FINAL_PARTS.map((p) => el('td', { class: 'num part-col', attrs: { 'data-part': p.key } }, f.score(s.parts[p.key]))),
      ),
      // A phone has no room for the four part columns: there they are hidden and this line under the company
      // holds the same numbers, each with its column's name and weight (hidden wherever the columns fit).
      el(
        'tr',
        { class: `final-parts-row ${me}`.trim(), attrs: { 'data-player': s.playerId } },
        el('td', {}),
        el(
          'td',
          { attrs: { colspan: hasPar ? 4 : 2 } },
          el(
            'ul',
            { class: 'final-parts', attrs: { 'aria-label': t('score.partsOf', { company: c.name }) } },
            ...FINAL_PARTS.map((p) => {
              const swatch = el('span', { class: 'parts-swatch', attrs: { 'aria-hidden': 'true' } });
              swatch.style.background = PART_COLOR[p.key];
              const name = el('span', { class: 'final-part-name' }, swatch, `${t(p.label, { w: w[p.key] })}:`);
              return el('li', { attrs: { 'data-part': p.key, title: t(p.hint) } }, name, ' ', el('span', { class: 'num' }, f.score(s.parts[p.key])));
            }),
          ),
        ),
      ),
    );
  }
  table.append(body);
  return el('div', { class: 'final-standings-box' }, table);
}

/** The news feed: each event with its date and source, newest first. */
export function newsList(game: GameState, limit = 12): HTMLElement {
  const list = el('ul', { class: 'news', testid: 'news-feed' });
  const items = newsFeed(game, lang()).slice(0, limit);
  for (const n of items) {
    list.append(
      el(
        'li',
        { class: n.quarter === game.quarter ? 'current' : '' },
        el('div', { class: 'meta' }, el('time', n.date ? { attrs: { datetime: n.date } } : {}, n.date ? formatDate(n.date) : n.when), ' · ', el('span', { title: n.sourceFull }, n.scenarioSource ? t('news.gameScenario') : n.source), n.kind === 'deck' ? ` · ${t('news.surprise')}` : ''),
        el('div', { class: 'headline' }, n.headline),
        n.body ? el('div', { class: 'body' }, n.body) : null,
      ),
    );
  }
  if (items.length === 0) list.append(el('li', { class: 'faint' }, t('news.none', { quarter: quarterLabel(game.scenario, game.quarter) })));
  return list;
}
