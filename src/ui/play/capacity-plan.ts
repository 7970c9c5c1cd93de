/**
 * The capacity planner of the orders panel (test id capacity-plan): power online in this and each coming
 * quarter, the chips it runs of those owned (if every bid fills), what the order adds and when, and a warning
 * for power or chips that arrive after the game ends. The numbers are the engine's (capacityPlan).
 */
import { capacityPlan, quarterLabel, type CapacityPlan, type LateArrival } from '../../engine';
import { scenarioName } from '../../text/scenario-names';
import type { GameState, Orders } from '../../engine/types';
import { companyOf } from '../../store/selectors';
import * as f from '../../text/format';
import { t } from '../../text/i18n';
import { el } from '../dom';

/** The warning sentence for something that arrives after the game's last quarter. */
export function lateText(game: GameState, playerId: string, a: LateArrival): string {
  const sc = game.scenario;
  const q = quarterLabel(sc, a.quarter);
  const last = quarterLabel(sc, sc.quarters - 1);
  const chip = scenarioName(companyOf(sc, playerId)?.silicon.name ?? '');
  const text =
    a.kind === 'foundry' ? t('lo.plan.late.foundry', { units: f.exact(a.amount), chip, quarter: q, last }) : t(a.kind === 'grid' ? 'lo.plan.late.grid' : 'lo.plan.late.onsite', { mw: f.mw(a.amount), quarter: q, last });
  return a.fromOrder ? text : t('lo.plan.late.already', { text });
}

/** What the order adds, in one sentence. */
export function addsText(game: GameState, playerId: string, plan: CapacityPlan): string {
  const sc = game.scenario;
  const head = plan.orderUnits > 0 ? t('lo.plan.adds', { units: f.count(plan.orderUnits) }) : t('lo.plan.addsNone');
  const rest: string[] = [];
  if (plan.booking) rest.push(t('lo.plan.addsBooking', { units: f.count(plan.booking.units), chip: scenarioName(companyOf(sc, playerId)?.silicon.name ?? ''), quarter: quarterLabel(sc, plan.booking.quarter) }));
  if (plan.grid) rest.push(t('lo.plan.addsGrid', { mw: f.mw(plan.grid.mw), quarter: quarterLabel(sc, plan.grid.quarter) }));
  if (plan.onsite) rest.push(t('lo.plan.addsOnsite', { mw: f.mw(plan.onsite.mw), quarter: quarterLabel(sc, plan.onsite.quarter) }));
  return `${[head, ...rest].join(', ')}.`;
}

/** The planner section; `update` redraws it for the orders as typed. */
export function createCapacityPlan(game: GameState, playerId: string): { element: HTMLElement; update(orders: Orders): void } {
  const body = el('tbody');
  const adds = el('p', { class: 'hint', testid: 'capacity-adds' });
  const warnings = el('ul', { class: 'plan-late', testid: 'capacity-late', attrs: { 'aria-live': 'polite' } });
  const table = el(
    'table',
    { class: 'plan-table' },
    el('caption', { class: 'sr-only' }, t('lo.plan.caption')),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { attrs: { scope: 'col' } }, t('lo.plan.quarter')),
        el('th', { attrs: { scope: 'col' } }, t('lo.plan.power')),
        el('th', { attrs: { scope: 'col' } }, t('lo.plan.runs')),
        el('th', { attrs: { scope: 'col' } }, t('lo.plan.idle')),
      ),
    ),
    body,
  );
  const element = el('div', { class: 'section capacity-plan', testid: 'capacity-plan', attrs: { role: 'group', 'aria-labelledby': 'plan-title' } }, el('h3', { attrs: { id: 'plan-title' } }, t('lo.plan.title')), table, adds, warnings, el('p', { class: 'hint' }, t('lo.plan.hint')));
  const update = (orders: Orders): void => {
    const plan = capacityPlan(game, playerId, orders);
    if (!plan) return;
    body.replaceChildren(
      ...plan.quarters.map((q) =>
        el(
          'tr',
          { class: q.idle > 0 ? 'short' : '', attrs: { 'data-quarter': q.quarter } },
          el('th', { attrs: { scope: 'row' } }, quarterLabel(game.scenario, q.quarter)),
          el('td', { class: 'num' }, f.mw(q.mw), q.mwArriving > 0 ? el('span', { class: 'plan-new' }, ` ${t('lo.plan.new', { mw: f.exact(q.mwArriving) })}`) : ''),
          el('td', { class: 'num', title: f.h100e(q.runningH100e) }, t('lo.plan.runOf', { running: f.count(q.running), units: f.count(q.units) })),
          el('td', { class: `num${q.idle > 0 ? ' warn' : ''}` }, f.count(q.idle)),
        ),
      ),
    );
    adds.textContent = addsText(game, playerId, plan);
    warnings.replaceChildren(...plan.late.map((a) => el('li', {}, lateText(game, playerId, a))));
  };
  return { element, update };
}
