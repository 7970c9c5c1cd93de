import type { GameState } from '../engine/types';
import { el } from './dom';
import { t } from '../text/i18n';

/**
 * The final table's compute: H100e-quarters run over the whole game (each quarter's running compute, added
 * up), which is what the capability part scores, not the compute running in the last quarter (a company that
 * caught up late showed more of that than one that ran more all game and scored higher capability).
 */
export function computeRun(game: GameState, playerId: string): number {
  const i = game.scenario.companies.findIndex((c) => c.id === playerId);
  return game.players[i]?.totals.computeQuarters ?? 0;
}

/**
 * The debrief's final table on a narrow screen: no room for the compute and cash columns, so they are hidden
 * (debrief.css) and this line under the company holds the same numbers, each named with its column's header
 * (hidden wherever the columns fit).
 */
export function finalExtraRow(playerId: string, colspan: number, compute: string, cash: string): HTMLTableRowElement {
  return el(
    'tr',
    { class: 'debrief-final-extra', attrs: { 'data-player': playerId } },
    el('td', {}),
    el(
      'td',
      { class: 'left', attrs: { colspan } },
      el(
        'ul',
        { class: 'debrief-final-more' },
        el('li', { attrs: { 'data-col': 'compute' } }, `${t('classroom.final.compute')}: `, el('span', { class: 'num' }, compute)),
        el('li', { attrs: { 'data-col': 'cash' } }, `${t('classroom.final.cash')}: `, el('span', { class: 'num' }, cash)),
      ),
    ),
  );
}
