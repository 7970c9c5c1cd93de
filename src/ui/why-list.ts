/** The bots' reasons, compact: one line per bot (what it did), expanding to every reason explain() gives. */
import { explain } from '../ai/explain';
import type { BotRationale } from '../ai/types';
import type { GameState } from '../engine/types';
import type { ViewerRationale } from '../store/replay-data';
import { companyOf } from '../store/selectors';
import { companyBadge, el } from './dom';

/** One bot's entry: its company and its rationale (or why there is none). */
export interface WhyItem {
  playerId: string;
  why: ViewerRationale;
}

function summary(r: BotRationale): string {
  const bids = r.bids.filter((b) => b.quantity > 0).length;
  const parts = [bids === 0 ? 'no bids' : `${bids} bid${bids === 1 ? '' : 's'}`];
  if (r.power.mw > 0) parts.push(`${r.power.mw.toLocaleString('en-US')} MW`);
  if (r.silicon.investment > 0) parts.push('funds own silicon');
  if (r.silicon.customOrder > 0) parts.push('orders own chips');
  if (r.grey.units > 0) parts.push('grey market');
  if (r.partnership.id) parts.push('takes a deal');
  return `${r.level} bot · ${parts.join(' · ')}`;
}

/** A list of <details>, one per bot, with explain()'s lines (in English) inside. */
export function whyList(game: GameState, items: readonly WhyItem[], testid = 'bot-why'): HTMLElement {
  const list = el('div', { class: 'why-list', testid });
  for (const it of items) {
    const c = companyOf(game.scenario, it.playerId);
    const who = c ? companyBadge(c) : el('span', {}, it.playerId);
    if (it.why.kind !== 'ok') {
      const text = it.why.kind === 'pending' ? 'working out its reasons…' : `no reasons: ${it.why.why}`;
      list.append(el('div', { class: 'why why-empty', attrs: { 'data-player': it.playerId } }, who, el('span', { class: 'faint' }, text)));
      continue;
    }
    const lines = explain(it.why.rationale, 'en', 3);
    const body = el('ul', { class: 'why-lines' });
    // explain() gives a heading, then section lines, then "  - reason" lines under each.
    let current: HTMLElement | null = null;
    for (const line of lines.slice(1)) {
      if (line.startsWith('  - ') && current) current.append(el('li', {}, line.slice(4)));
      else {
        const sub = el('ul');
        body.append(el('li', { class: 'why-head' }, line, sub));
        current = sub;
      }
    }
    const details = el(
      'details',
      { class: 'why', attrs: { 'data-player': it.playerId } },
      el('summary', {}, who, el('span', { class: 'muted' }, summary(it.why.rationale)), it.why.derived ? el('span', { class: 'faint', title: 'Worked out again by the same bot from the same position (bots are deterministic)' }, ' · re-derived') : null),
      body,
    );
    list.append(details);
  }
  if (items.length === 0) list.append(el('p', { class: 'faint' }, 'No bots in this quarter.'));
  return list;
}
