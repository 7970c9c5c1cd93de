/**
 * The policy lab's results: the export and share actions, and the tables of every measure, the winners and
 * the clearing prices. Pure DOM from a summary; lab.ts places them.
 */
import type { Scenario } from '../../engine';
import { encodeLabLink } from '../../lab/link';
import type { LabSummary, MetricRow } from '../../lab/run';
import { effectText, labCsv, metricValue } from '../../lab/table';
import { quarterLabel } from '../../engine';
import { lang } from '../../text/i18n';
import { companyBadge, download, el } from '../dom';
import { lt } from './strings';

/** Export CSV, export JSON and share a link (with the run's check), and the link's text field. */
export function labActions(s: LabSummary, check: string): HTMLElement[] {
  const shareUrl = el('input', { class: 'lab-share-url', testid: 'lab-share-url', attrs: { type: 'text', readonly: true, 'aria-label': lt('lab.share') } });
  const fileBase = `gpurace-lab-${s.variant.id}-${s.games}`;
  const row = el('div', { class: 'row lab-actions', testid: 'lab-export' },
      el('button', { class: 'btn btn-small', testid: 'lab-export-csv', attrs: { type: 'button' }, on: { click: () => download(`${fileBase}.csv`, labCsv(s), 'text/csv;charset=utf-8') } }, lt('lab.exportCsv')),
      el('button', { class: 'btn btn-small', testid: 'lab-export-json', attrs: { type: 'button' }, on: { click: () => download(`${fileBase}.json`, `${JSON.stringify(s, null, 1)}\n`, 'application/json') } }, lt('lab.exportJson')),
      el('button', { class: 'btn btn-small', testid: 'lab-share', attrs: { type: 'button', title: lt('lab.shareHint') }, on: { click: () => {
        const frag = encodeLabLink({ variant: s.variant, games: s.games, bots: s.bots, seed: s.seed, check });
        shareUrl.value = `${location.origin}${location.pathname}${location.search}#${frag}`;
        shareUrl.hidden = false;
        shareUrl.select();
        void navigator.clipboard?.writeText(shareUrl.value).then(() => { shareUrl.title = lt('lab.shareCopied'); }, () => {});
      } } }, lt('lab.share')),
  );
  shareUrl.hidden = true;
  return [row, shareUrl];
}

/** The table of every measure, the winners by company and the clearing prices, base → variant. */
export function labTables(s: LabSummary, sc: Scenario, name: (m: MetricRow) => string): HTMLElement[] {
  const L = lang();
  // The table of every measure.
  const table = el('table', { class: 'table lab-table', testid: 'lab-table' },
    el('caption', {}, lt('lab.table')),
    el('thead', {}, el('tr', {}, el('th', { class: 'left', attrs: { scope: 'col' } }, lt('lab.col.metric')), el('th', { attrs: { scope: 'col' } }, lt('lab.col.base')), el('th', { attrs: { scope: 'col' } }, lt('lab.col.variant')), el('th', { attrs: { scope: 'col' } }, lt('lab.col.diff')))),
    el('tbody', {}, ...s.metrics.map((m) => el('tr', { class: m.effect.clear ? 'clear' : '', attrs: { 'data-metric': m.id } },
      el('th', { class: 'left', attrs: { scope: 'row' } }, name(m)),
      el('td', { class: 'num' }, metricValue(m.kind, m.base.mean, L)),
      el('td', { class: 'num' }, metricValue(m.kind, m.variant.mean, L)),
      el('td', { class: 'num' }, effectText(m, L)),
    ))),
  );
  const wins = el('table', { class: 'table lab-wins', testid: 'lab-wins' },
    el('caption', {}, lt('lab.wins')),
    el('thead', {}, el('tr', {}, el('th', { class: 'left', attrs: { scope: 'col' } }, lt('lab.col.company')), el('th', { attrs: { scope: 'col' } }, lt('lab.col.base')), el('th', { attrs: { scope: 'col' } }, lt('lab.col.variant')))),
    el('tbody', {}, ...s.winners.map((w) => {
      const c = sc.companies.find((x) => x.id === w.company);
      return el('tr', { attrs: { 'data-player': w.company } }, el('th', { class: 'left', attrs: { scope: 'row' } }, c ? companyBadge(c) : w.company), el('td', { class: 'num' }, String(w.base)), el('td', { class: 'num' }, String(w.variant)));
    })),
  );
  const quarters = Array.from({ length: sc.quarters }, (_, q) => q);
  const cell = (x: number | null) => (x === null ? '–' : metricValue('cash', x, L));
  const prices = el('table', { class: 'table lab-prices', testid: 'lab-prices' },
    el('caption', {}, lt('lab.prices')),
    el('thead', {}, el('tr', {}, el('th', { class: 'left', attrs: { scope: 'col' } }, lt('lab.col.sku')), ...quarters.map((q) => el('th', { attrs: { scope: 'col' } }, quarterLabel(sc, q))))),
    el('tbody', {}, ...s.prices.map((p) => el('tr', {}, el('th', { class: 'left', attrs: { scope: 'row' } }, sc.skus.find((k) => k.id === p.sku)?.name ?? p.sku), ...quarters.map((q) => {
      const b = p.base[q] ?? null;
      const v = p.variant[q] ?? null;
      return el('td', { class: b === v ? 'num' : 'num changed' }, b === null && v === null ? '–' : `${cell(b)} → ${cell(v)}`);
    })))),
  );
  return [el('div', { class: 'table-wrap' }, table), el('div', { class: 'lab-side-by-side' }, el('div', { class: 'table-wrap' }, wins), el('div', { class: 'table-wrap' }, prices))];
}
