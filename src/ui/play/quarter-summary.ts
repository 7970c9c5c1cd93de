/**
 * "Your quarter", first in the reveal: chips won and what they cost, idle chips, revenue, cash, the score's
 * change by part, one sentence on the biggest cause, one on a swing against par (par-swing.ts), a line per own setback (a foundry cut, a respin), a line per chip bid on saying why it won what it did
 * (bid-outcomes.ts) and where the cash went (cash-flow.ts). One box per person playing at this screen (hot
 * seat: each seat's own, named). The numbers come from the engine's quarterSummary.
 */
import { quarterLabel } from '../../engine';
import { SCORE_PARTS, quarterSummary, type QuarterSummary } from '../../engine/score-story';
import type { GameState } from '../../engine/types';
import { companyOf } from '../../store/selectors';
import { companyBadge, el, num } from '../dom';
import * as f from '../../text/format';
import { t } from '../../text/i18n';
import { PART_COLOR, causeText, idleNote, partName } from './score-words';
import { bidOutcomeList } from './bid-outcomes';
import { cashFlowLine } from './cash-flow';
import { setbackLines } from './quarter-setbacks';
import { parSwing, parSwingText } from './par-swing';

function fact(label: string, value: HTMLElement | string): HTMLElement {
  return el('div', { class: 'qs-fact' }, el('dt', {}, label), el('dd', {}, value));
}

/** A change's colour class as it shows with one decimal ("0.0" is neither up nor down: f.marginSign). */
function trend(tenths: number): string {
  const side = f.marginSign(tenths);
  return side > 0 ? 'up' : side < 0 ? 'down' : '';
}

function box(game: GameState, s: QuarterSummary, named: boolean): HTMLElement {
  const c = companyOf(game.scenario, s.playerId);
  const quarter = quarterLabel(game.scenario, s.quarter);
  const title = named ? t('quarter.titleOf', { company: c?.name ?? s.playerId, quarter }) : t('quarter.title', { quarter });
  const head = el('div', { class: 'qs-head' }, c ? companyBadge(c, false) : null, el('h3', {}, title));
  const facts = el(
    'dl',
    { class: 'qs-facts' },
    fact(t('quarter.won'), num(t('quarter.wonValue', { units: f.count(s.won) }), t('quarter.wonValue', { units: f.exact(s.won) }))),
    fact(t('quarter.paid'), num(f.money(s.paid), f.moneyExact(s.paid))),
    s.grey > 0 ? fact(t('quarter.grey'), num(f.count(s.grey), f.exact(s.grey))) : null,
    fact(t('quarter.idle'), el('span', { class: s.idle > 0 ? 'num warn' : 'num' }, t('quarter.idleValue', { idle: f.count(s.idle), units: f.count(s.units) }))),
    fact(t('quarter.revenue'), num(f.money(s.revenue), f.moneyExact(s.revenue))),
    fact(t('quarter.cash'), num(f.money(s.cash), f.moneyExact(s.cash))),
    fact(t('quarter.score'), el('span', { class: `num ${trend(s.score.delta.score)}` }, t('quarter.scoreValue', { score: f.score(s.score.score), change: f.margin(s.score.delta.score) }))),
  );
  const parts = el('ul', { class: 'qs-parts', attrs: { 'aria-label': t('quarter.byPart') } });
  for (const k of SCORE_PARTS) {
    const d = s.score.delta.weighted[k];
    const sw = el('span', { class: 'parts-swatch', attrs: { 'aria-hidden': 'true' } });
    sw.style.background = PART_COLOR[k];
    parts.append(el('li', { class: k === s.part ? 'biggest' : '', attrs: { 'data-part': k, 'data-change': d } }, sw, `${partName(k)} `, el('span', { class: `num ${trend(d)}` }, f.margin(d))));
  }
  const cause = el('p', { class: 'qs-cause', testid: 'quarter-cause', attrs: { 'data-cause': s.cause.code } }, causeText(game, s.cause, s.part ? s.score.delta.weighted[s.part] : 0, s.playerId));
  // Many idle chips get their own line when another part heads the box (the cause names them when efficiency does).
  const note = s.cause.code === 'idle' ? null : idleNote(s.idle, s.units);
  const idle = note ? el('p', { class: 'qs-cause', testid: 'quarter-idle-note' }, note) : null;
  // A swing of the "± par so far" by more than 2 points: how much was par's own step, how much the score.
  const swing = parSwing(game, s.playerId, s.quarter);
  const par = swing ? el('p', { class: 'qs-cause', testid: 'quarter-par-swing' }, parSwingText(swing)) : null;
  // The quarter's own setbacks (a foundry cut, a respin), which the list of everyone's notes buries.
  const lines = setbackLines(game, s.playerId, s.quarter);
  const setbacks = lines.length ? el('ul', { class: 'qs-setbacks', testid: 'quarter-setbacks' }, ...lines.map((l) => el('li', {}, l))) : null;
  // Then why each bid won what it did (the table below shows every bid), and where the cash went.
  const bids = bidOutcomeList(game, s.playerId, s.quarter);
  const cash = cashFlowLine(game, s.playerId, s.quarter);
  return el('section', { class: 'quarter-summary', testid: 'quarter-summary', attrs: { 'data-player': s.playerId, 'aria-label': title } }, head, facts, parts, cause, par ?? '', idle ?? '', setbacks ?? '', bids ?? '', cash ?? '');
}

/** The boxes for the people at this screen (`humans`: their company ids), or null when none played. */
export function quarterSummaries(game: GameState, humans: readonly string[]): HTMLElement | null {
  const named = humans.length > 1;
  const boxes = humans.flatMap((id) => {
    const s = quarterSummary(game, id);
    return s ? [box(game, s, named)] : [];
  });
  return boxes.length ? el('div', { class: 'stack quarter-summaries' }, ...boxes) : null;
}
