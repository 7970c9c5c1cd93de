/**
 * The preview above Submit (test id order-preview): after this quarter's resolution, if every bid fills, the
 * power online, the chips it runs (and their H100e), the chips left idle, and the cash at worst before revenue.
 */
import { capacityPlan, quarterLabel } from '../../engine';
import type { GameState, Orders } from '../../engine/types';
import * as f from '../../text/format';
import { t } from '../../text/i18n';
import { el, num } from '../dom';

export function createOrderPreview(game: GameState, playerId: string): { element: HTMLElement; update(orders: Orders): void } {
  const cells = { power: el('span', { class: 'num', testid: 'preview-power' }), runs: el('span', { class: 'num', testid: 'preview-runs' }), idle: el('span', { class: 'num', testid: 'preview-idle' }), cash: el('span', { class: 'num', testid: 'preview-cash' }) };
  const item = (label: string, value: HTMLElement, note?: string): HTMLElement => el('div', {}, el('span', { class: 'label' }, label), value, note ? el('span', { class: 'faint' }, note) : null);
  const element = el(
    'div',
    { class: 'order-preview', testid: 'order-preview', attrs: { role: 'group', 'aria-labelledby': 'preview-title' } },
    el('div', { class: 'preview-title', attrs: { id: 'preview-title' } }, t('lo.preview.title', { quarter: quarterLabel(game.scenario, game.quarter) })),
    el('div', { class: 'preview-grid' }, item(t('lo.preview.power'), cells.power), item(t('lo.preview.runs'), cells.runs), item(t('lo.preview.idle'), cells.idle), item(t('lo.preview.cash'), cells.cash, t('lo.preview.cashNote'))),
  );
  const update = (orders: Orders): void => {
    const plan = capacityPlan(game, playerId, orders);
    const q = plan?.quarters[0];
    if (!plan || !q) return;
    cells.power.textContent = f.mw(q.mw);
    cells.runs.textContent = t('lo.preview.runsValue', { running: f.count(q.running), h100e: f.h100e(q.runningH100e) });
    cells.idle.textContent = f.count(q.idle);
    cells.idle.classList.toggle('warn', q.idle > 0);
    cells.cash.replaceChildren(num(f.money(plan.cashAtWorst), f.moneyExact(plan.cashAtWorst)));
    cells.cash.classList.toggle('neg', plan.cashAtWorst < 0);
  };
  return { element, update };
}
