/** A chip's past clearing prices as a sparkline (from the state's quarter records via the engine's priceHistory). */
import { priceHistory, quarterLabel } from '../../engine';
import type { GameState, SkuSpec } from '../../engine/types';
import * as f from '../../text/format';
import { t } from '../../text/i18n';
import { el } from '../dom';

const SVG = 'http://www.w3.org/2000/svg';
const W = 64;
const H = 18;

/** The sparkline of one SKU (test id price-history-<sku>): a line through the clearing prices, the last one as a dot; words for screen readers. */
export function priceSparkline(game: GameState, sku: SkuSpec): HTMLElement {
  const pts = priceHistory(game, sku.id);
  const list = pts.map((p) => t('lo.price.item', { quarter: quarterLabel(game.scenario, p.quarter), price: f.money(p.price) })).join(', ');
  const label = t('lo.price.label', { sku: sku.name, list: list || t('lo.price.none') });
  const box = el('span', { class: 'price-history', testid: `price-history-${sku.id}`, title: label, attrs: { role: 'img', 'aria-label': label, 'data-points': pts.length } });
  if (pts.length === 0) return box;
  const prices = pts.map((p) => p.price);
  const lo = Math.min(...prices);
  const hi = Math.max(...prices);
  const xs = (i: number): number => (pts.length === 1 ? W / 2 : 2 + (i * (W - 4)) / (pts.length - 1));
  const ys = (v: number): number => (hi === lo ? H / 2 : H - 2 - ((v - lo) * (H - 4)) / (hi - lo));
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('width', String(W));
  svg.setAttribute('height', String(H));
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('points', prices.map((v, i) => `${xs(i).toFixed(1)},${ys(v).toFixed(1)}`).join(' '));
  line.setAttribute('class', 'spark-line');
  const dot = document.createElementNS(SVG, 'circle');
  dot.setAttribute('cx', xs(prices.length - 1).toFixed(1));
  dot.setAttribute('cy', ys(prices[prices.length - 1] ?? 0).toFixed(1));
  dot.setAttribute('r', '2');
  dot.setAttribute('class', 'spark-dot');
  svg.append(line, dot);
  box.append(svg);
  return box;
}
