/** The bots' reasons, compact: one line per bot (what it did), expanding to every reason explain() gives. */
import { explainParts, type ExplainedRationale } from '../ai/explain';
import type { BotRationale } from '../ai/types';
import type { GameState, Scenario } from '../engine/types';
import type { ViewerRationale } from '../store/replay-data';
import { companyOf } from '../store/selectors';
import { companyBadge, el } from './dom';
import * as f from '../text/format';
import { lang, t, type Key } from '../text/i18n';

/** One bot's entry: its company and its rationale (or why there is none). */
export interface WhyItem {
  playerId: string;
  why: ViewerRationale;
}

function summary(r: BotRationale): string {
  const bids = r.bids.filter((b) => b.quantity > 0).length;
  const parts = [bids === 0 ? t('why.noBids') : t('why.bids', { count: bids })];
  if (r.power.mw > 0) parts.push(f.mw(r.power.mw));
  if (r.silicon.investment > 0) parts.push(t('why.fundsSilicon'));
  if (r.silicon.customOrder > 0) parts.push(t('why.ordersChips'));
  if (r.grey.units > 0) parts.push(t('why.grey'));
  if (r.partnership.id) parts.push(t('why.deal'));
  // A hard bot names the plan its look ahead kept (the reasons inside say how each plan ended).
  const plan = r.lookahead?.chosen;
  if (plan) {
    const key = ({ plan: 'why.plan.plan', theme: 'why.plan.theme', ownChips: 'why.plan.ownChips', steady: 'why.plan.steady' } as Record<string, Key | undefined>)[plan];
    parts.push(t('why.plan', { plan: key ? t(key) : plan }));
  }
  return t('why.summary', { level: levelName(r.level), parts: parts.join(' · ') });
}

/**
 * A bot's rationale in parts (explainParts), in the language shown, its `top` reasons per decision (a shipped
 * scenario's partnership offer by its German name in German, as explain() names it).
 */
export function explainShown(r: BotRationale, scenario: Scenario, top: number): ExplainedRationale {
  return explainParts(r, lang(), top, { scenario });
}

/** A bot level's name in the current language. */
export function levelName(level: string): string {
  const key = ({ easy: 'level.easy', normal: 'level.normal', hard: 'level.hard' } as Record<string, Key | undefined>)[level];
  return key ? t(key) : level;
}

/** A list of <details>, one per bot, with explain()'s lines (in the current language) inside. */
export function whyList(game: GameState, items: readonly WhyItem[], testid = 'bot-why'): HTMLElement {
  const list = el('div', { class: 'why-list', testid });
  for (const it of items) {
    const c = companyOf(game.scenario, it.playerId);
    const who = c ? companyBadge(c) : el('span', {}, it.playerId);
    if (it.why.kind !== 'ok') {
      const text = it.why.kind === 'pending' ? t('why.pending') : t('why.none', { why: it.why.why });
      list.append(el('div', { class: 'why why-empty', attrs: { 'data-player': it.playerId } }, who, el('span', { class: 'faint' }, text)));
      continue;
    }
    const { parts } = explainShown(it.why.rationale, game.scenario, 3);
    const body = el('ul', { class: 'why-lines' });
    // Each decision's heading, with its reasons under it.
    for (const p of parts) body.append(el('li', { class: 'why-head' }, p.head, el('ul', {}, ...p.reasons.map((r) => el('li', {}, r)))));
    const details = el(
      'details',
      { class: 'why', attrs: { 'data-player': it.playerId } },
      el('summary', {}, who, el('span', { class: 'muted' }, summary(it.why.rationale)), it.why.derived ? el('span', { class: 'faint', title: t('why.rederivedHint') }, t('why.rederived')) : null),
      body,
    );
    list.append(details);
  }
  if (items.length === 0) list.append(el('p', { class: 'faint' }, t('why.noBots')));
  return list;
}
