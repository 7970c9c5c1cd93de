/**
 * The score parts in the standings: under each company's row a compact bar (what each part adds to the
 * score) and the four numbers with their change since last quarter, all read from the engine's scoring
 * (scoreTimeline), never recomputed here.
 */
// oxlint-disable-next-line import/no-unassigned-import -- the score views' stylesheet is a side effect by design
import './score.css';
import { SCORE_PARTS, scoreTimeline } from '../../engine/score-story';
import type { GameState } from '../../engine/types';
import { companyOf } from '../../store/selectors';
import { el } from '../dom';
import * as f from '../../text/format';
import { t } from '../../text/i18n';
import { PART_COLOR, partMax, partName, partShort } from './score-words';

/** The parts of one company's score after the last resolved quarter, or null before the first. */
export function scoreParts(game: GameState, playerId: string): HTMLElement | null {
  const tl = scoreTimeline(game, playerId);
  const now = tl[tl.length - 1];
  if (!now) return null;
  const first = tl.length === 1;
  const c = companyOf(game.scenario, playerId);
  const bar = el('div', { class: 'parts-bar', attrs: { 'aria-hidden': 'true', title: t('score.barHint') } });
  const nums = el('ul', { class: 'parts-nums' });
  for (const k of SCORE_PARTS) {
    const seg = el('span', { class: 'parts-seg', attrs: { 'data-part': k } });
    seg.style.width = `${Math.max(0, Math.min(100, now.weighted[k] / 10))}%`;
    seg.style.background = PART_COLOR[k];
    bar.append(seg);
    const d = now.delta.weighted[k];
    const side = f.marginSign(d);
    const max = partMax(game.scenario, k);
    const label = first ? t('score.partCellFirst', { part: partName(k), points: f.score(now.weighted[k]), max }) : t('score.partCell', { part: partName(k), points: f.score(now.weighted[k]), change: f.margin(d), max });
    const swatch = el('span', { class: 'parts-swatch', attrs: { 'aria-hidden': 'true' } });
    swatch.style.background = PART_COLOR[k];
    nums.append(
      el(
        'li',
        { attrs: { 'data-part': k, 'data-points': now.weighted[k], 'data-change': d, title: label, 'aria-label': label } },
        swatch,
        el('span', { class: 'parts-name', attrs: { 'aria-hidden': 'true' } }, partShort(k)),
        el('span', { class: 'num', attrs: { 'aria-hidden': 'true' } }, f.score(now.weighted[k])),
        first || side === 0 ? null : el('span', { class: `parts-change ${side > 0 ? 'up' : 'down'}`, attrs: { 'aria-hidden': 'true' } }, f.margin(d)),
      ),
    );
  }
  return el('div', { class: 'score-parts', testid: 'score-parts', attrs: { 'data-player': playerId, role: 'group', 'aria-label': t('score.partsOf', { company: c?.name ?? playerId }) } }, bar, nums);
}

/**
 * The key to the parts rows, a row of the table's head with one cell spanning `cols` columns: "Points from each part: Cap (of 40) · Mkt (of
 * 30) · …", each part's most points from the scenario's weights, so the numbers under each company read as points
 * out of the part's weight (the final table shows each part 0–100 with its weight instead).
 */
export function scorePartsKey(game: GameState, cols: number): HTMLTableRowElement {
  const items = SCORE_PARTS.map((k) => {
    const swatch = el('span', { class: 'parts-swatch', attrs: { 'aria-hidden': 'true' } });
    swatch.style.background = PART_COLOR[k];
    return el('li', { attrs: { 'data-part': k, 'data-max': partMax(game.scenario, k) } }, swatch, t('score.partsKeyItem', { part: partShort(k), max: partMax(game.scenario, k) }));
  });
  const list = el('ul', { class: 'parts-nums parts-key-list' }, ...items);
  return el('tr', { class: 'parts-key', testid: 'parts-key' }, el('td', { class: 'left', attrs: { colspan: cols, title: t('score.partsKeyHint') } }, el('span', { class: 'parts-key-head' }, t('score.partsKey')), list));
}

/** A table row (spanning `cols` columns) with a company's score parts, or null before the first quarter. */
export function scorePartsRow(game: GameState, playerId: string, cols: number, cls: string): HTMLTableRowElement | null {
  const parts = scoreParts(game, playerId);
  if (!parts) return null;
  return el('tr', { class: `parts-row ${cls}`.trim() }, el('td', { attrs: { colspan: cols } }, parts));
}
