/**
 * The debrief screen: a full-page layer over the game (opened from the final standings or the replay
 * viewer) with the key moments, five charts (six with a par) with the export rules' dates marked, the bots' reasoning per
 * quarter, CSV and JSON exports, and a print stylesheet that makes it a one-page handout.
 * Loaded on demand (its chart library stays out of the game's first download).
 */
import { pricesUnitOf, regionsTitleOf } from '../text/scenario-words';
import { scenarioName } from '../text/scenario-names';
import type { Scenario } from '../engine/types';
// oxlint-disable-next-line import/no-unassigned-import -- the debrief's stylesheet is a side effect by design
import './debrief.css';
import type { BotRationale } from '../ai/types';
import { quarterLabel } from '../engine/time';
import { relationshipVendor } from '../engine/market';
import { finalStandings } from '../engine/scoring';
import { margin as fmtMargin, money, score as fmtScore } from '../text/format';
import type { GameState } from '../engine/types';
import type { GameRecord, GameStore } from '../store/game-store';
import { asRationale } from '../store/rationale-schema';
import { companyOf } from '../store/selectors';
import { chartSpecs, drawChart, peakText, ruleTags, type ChartSpec, type DrawnChart } from './debrief-charts';
import type { ChartTheme } from './debrief-colors';
import {
  companySeries,
  csvRows,
  debriefJson,
  exportFileName,
  historyQuarters,
  keyMoments,
  priceSeries,
  rationalesByQuarter,
  regionSeries,
  ruleMarkers,
  toCsv,
  type KeyMoment,
} from './debrief-data';
import { companyBadge, download, el } from './dom';
import { gameOverWhy } from './play/game-over-why';
import { explainShown } from './why-list';
import { computeRun, finalExtraRow } from './debrief-final-extra';
import { lang, onLangChange, t, type Key } from '../text/i18n';
import { formatDate, formatInt } from '../text/i18n/format';
import { humanSeatIds } from '../engine/queries';
import { teamNameOf, teamNames, withTeam } from '../replay/team-name';
import { nameHeadKey } from './final-heads';
import { neverInForce } from '../engine/export-rules';

/** What the debrief shows: a game's final (or latest) state, its record, and the bots' reasons. */
export interface DebriefSource {
  game: GameState;
  record: GameRecord | null;
  rationales: BotRationale[];
}

/** The game the store holds (a running or finished game, else the replay viewer's last state), or null. */
export function debriefSource(store: GameStore): DebriefSource | null {
  const s = store.getState();
  const fromRecord = (r: GameRecord | null | undefined): BotRationale[] => Object.values(r?.rationales ?? {}).flatMap((x) => asRationale(x) ?? []);
  if (s.game) return { game: s.game, record: s.record, rationales: fromRecord(s.record) };
  const d = s.replay;
  const last = d?.states[d.states.length - 1];
  if (!d || !last) return null;
  const derived = Object.values(d.rationales).flatMap((v) => (v.kind === 'ok' ? [v.rationale] : []));
  return { game: last, record: d.record, rationales: [...derived, ...fromRecord(d.record)] };
}

function seatLabel(record: GameRecord | null): (id: string) => string {
  return (id) => {
    const seat = record?.seats.find((x) => x.playerId === id);
    if (!seat) return '';
    return seat.kind === 'human' ? 'human' : `bot:${seat.level ?? ''}`;
  };
}

/** One key moment as a sentence in the current language (a class game's team names with the companies). */
export function momentText(game: GameState, m: KeyMoment, seats?: GameRecord['seats']): string {
  const sc = game.scenario;
  const who = (id: string) => withTeam(companyOf(sc, id)?.name ?? id, teamNameOf(seats, id));
  const skuName = (id: string) => sc.skus.find((k) => k.id === id)?.name ?? id;
  const ruleName = (id: string) => {
    const r = sc.exportRules.find((x) => x.id === id);
    return r ? r.name[lang()] : id;
  };
  switch (m.kind) {
    case 'ruleLands':
      return t(m.quarter === 0 ? 'debrief.moment.ruleFromStart' : 'debrief.moment.ruleLands', { rule: ruleName(m.ruleId) });
    case 'ruleEnds':
      return t('debrief.moment.ruleEnds', { rule: ruleName(m.ruleId) });
    case 'priceJump':
      return t('debrief.moment.priceJump', { sku: skuName(m.sku), pct: new Intl.NumberFormat(lang() === 'de' ? 'de-DE' : 'en-US', { style: 'percent' }).format(m.pct / 100), from: money(m.from), to: money(m.to) });
    case 'largestWin':
      return t('debrief.moment.largestWin', { company: who(m.playerId), units: formatInt(m.units), sku: skuName(m.sku), paid: money(m.paid) });
    case 'greyCaught':
      return t('debrief.moment.greyCaught', { company: who(m.playerId), units: formatInt(m.units), fine: money(m.fine) });
    case 'siliconVolume':
      return t('debrief.moment.siliconVolume', { company: who(m.playerId), chip: scenarioName(companyOf(sc, m.playerId)?.silicon.name ?? '') });
    case 'leadChange':
      return t('debrief.moment.leadChange', { company: who(m.playerId), previous: who(m.previous), h100e: formatInt(m.h100e) });
    case 'dealWon': {
      // A shipped scenario's offer in the language shown (src/text/scenario-names.ts), as the orders form and the reveal name it.
      const deal = scenarioName(sc.partnerships.find((p) => p.id === m.partnership)?.name ?? m.partnership);
      return m.bid > 0 ? t('classroom.moment.dealWonBid', { company: who(m.playerId), deal, bid: money(m.bid) }) : t('classroom.moment.dealWon', { company: who(m.playerId), deal });
    }
    case 'siliconStart':
      return t('classroom.moment.siliconStart', { company: who(m.playerId), chip: scenarioName(companyOf(sc, m.playerId)?.silicon.name ?? ''), amount: money(m.amount), vendor: relationshipVendor(sc).vendor });
    case 'idleChips':
      return t('classroom.moment.idleChips', { company: who(m.playerId), idle: formatInt(m.idle), units: formatInt(m.units) });
    default: {
      const never: never = m;
      return String(never);
    }
  }
}

const CHART_TEXT: Record<ChartSpec['id'], [Key, Key]> = {
  compute: ['debrief.chart.compute', 'debrief.chart.computeUnit'],
  prices: ['debrief.chart.prices', 'debrief.chart.pricesUnit'],
  allocations: ['debrief.chart.allocations', 'debrief.chart.allocationsUnit'],
  spendRevenue: ['debrief.chart.spendRevenue', 'debrief.chart.spendRevenueUnit'],
  regions: ['debrief.chart.regions', 'debrief.chart.regionsUnit'],
  par: ['debrief.chart.par', 'debrief.chart.parUnit'],
};

/** A chart's title and unit line; the region chart and the price unit take their words from the scenario. */
function chartWords(id: ChartSpec['id'], sc: Scenario): { title: string; unit: string } {
  const [titleKey, unitKey] = CHART_TEXT[id];
  if (id === 'regions') return { title: regionsTitleOf(sc), unit: t('neutral.regionsUnit') };
  if (id === 'prices') return { title: t(titleKey), unit: pricesUnitOf(sc) };
  return { title: t(titleKey), unit: t(unitKey) };
}

/** A mounted debrief; close() removes it and gives the focus back. */
export interface DebriefHandle {
  root: HTMLElement;
  close(): void;
}

let open: DebriefHandle | null = null;

/** Opens the debrief over the page for the store's game (closing one already open). */
export function openDebrief(store: GameStore): DebriefHandle | null {
  open?.close();
  const src = debriefSource(store);
  if (!src) return null;
  open = mountDebrief(src, document.body, () => {
    open = null;
  });
  return open;
}

/** The theme the page asks for now (print while printing or emulating print). */
function currentTheme(): ChartTheme {
  return typeof matchMedia === 'function' && matchMedia('print').matches ? 'print' : 'dark';
}

/** Builds the debrief into `parent`. */
export function mountDebrief(src: DebriefSource, parent: HTMLElement, onClose: () => void = () => {}): DebriefHandle {
  const opener = document.activeElement as HTMLElement | null;
  const app = document.getElementById('app');
  const root = el('section', { class: 'debrief', testid: 'debrief', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'debrief-title', tabindex: '-1' } });
  parent.append(root);
  document.body.classList.add('debrief-open');
  if (app) app.inert = true;

  let charts: DrawnChart[] = [];
  let theme: ChartTheme = currentTheme();
  const destroyCharts = () => {
    for (const c of charts) c.plot.destroy();
    charts = [];
  };

  const { game } = src;
  const sc = game.scenario;
  const quarters = historyQuarters(game);
  const data = { companies: teamSeries(game, src.record), prices: priceSeries(game), regions: regionSeries(game), rules: ruleMarkers(sc) };

  const drawCharts = () => {
    destroyCharts();
    root.dataset.theme = theme;
    const specs = chartSpecs(sc, quarters, data, theme);
    for (const spec of specs) {
      const box = root.querySelector<HTMLElement>(`[data-chart="${spec.id}"] .debrief-plot`);
      if (!box) continue;
      box.replaceChildren();
      // Print: two charts side by side on A4 (about 330 px each); screen: the cell's width.
      const width = theme === 'print' ? 330 : Math.max(280, Math.floor(box.clientWidth || 520));
      // Print: short enough that the final table, the key moments and all six charts fit one A4 page.
      const height = theme === 'print' ? 108 : 210;
      charts.push(drawChart(spec, theme, box, width, height));
      box.dataset.drawn = 'true';
    }
    root.dataset.charts = String(charts.length);
  };

  const close = () => {
    destroyCharts();
    unsubLang();
    printQuery?.removeEventListener('change', onMedia);
    window.removeEventListener('beforeprint', onBefore);
    window.removeEventListener('afterprint', onAfter);
    window.removeEventListener('resize', onResize);
    document.removeEventListener('keydown', onKey);
    root.remove();
    document.body.classList.remove('debrief-open');
    if (app) app.inert = false;
    onClose();
    opener?.focus?.({ preventScroll: true });
  };

  const render = () => {
    destroyCharts();
    root.replaceChildren(...content(src, close));
    drawCharts();
  };

  const setTheme = (next: ChartTheme) => {
    if (next === theme && charts.length) return;
    theme = next;
    drawCharts();
  };
  const printQuery = typeof matchMedia === 'function' ? matchMedia('print') : null;
  const onMedia = () => setTheme(currentTheme());
  const onBefore = () => setTheme('print');
  const onAfter = () => setTheme(currentTheme());
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  const onResize = () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      if (theme === 'dark') drawCharts();
    }, 150);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };
  printQuery?.addEventListener('change', onMedia);
  window.addEventListener('beforeprint', onBefore);
  window.addEventListener('afterprint', onAfter);
  window.addEventListener('resize', onResize);
  document.addEventListener('keydown', onKey);
  const unsubLang = onLangChange(() => render());

  render();
  root.querySelector<HTMLElement>('[data-testid="debrief-close"]')?.focus({ preventScroll: true });
  return { root, close };
}

function content(src: DebriefSource, close: () => void): Node[] {
  const { game, record, rationales } = src;
  const sc = game.scenario;
  const history = game.history;
  const title = sc.title[lang()];
  const last = history[history.length - 1]?.quarter ?? 0;
  const head = el(
    'header',
    { class: 'debrief-head' },
    el(
      'div',
      { class: 'debrief-titles' },
      el('h1', { attrs: { id: 'debrief-title' } }, t('debrief.title')),
      el('p', { class: 'muted' }, t('debrief.subtitle', { scenario: title, from: quarterLabel(sc, 0), to: quarterLabel(sc, last), seed: game.seed })),
    ),
    el(
      'div',
      { class: 'debrief-actions no-print' },
      el('button', { class: 'btn btn-small', testid: 'export-csv', attrs: { type: 'button', title: t('debrief.exportHint') }, on: { click: () => download(exportFileName(game, 'csv', teamNames(record?.seats)), toCsv(csvRows(game, seatLabel(record), (id) => teamNameOf(record?.seats, id))), 'text/csv;charset=utf-8') } }, t('debrief.exportCsv')),
      el('button', { class: 'btn btn-small', testid: 'export-json', attrs: { type: 'button' }, on: { click: () => download(exportFileName(game, 'json', teamNames(record?.seats)), `${JSON.stringify(debriefJson(game, rationales), null, 1)}\n`, 'application/json') } }, t('debrief.exportJson')),
      el('button', { class: 'btn btn-small', testid: 'debrief-print', attrs: { type: 'button' }, on: { click: () => window.print() } }, t('debrief.print')),
      el('button', { class: 'btn btn-small btn-primary', testid: 'debrief-close', attrs: { type: 'button' }, on: { click: close } }, t('debrief.close')),
    ),
  );
  if (history.length === 0) return [head, el('p', { class: 'muted debrief-empty' }, t('debrief.noHistory'))];
  // The game-over line for each person who played (the same words as under the final standings).
  const why = gameOverWhy(game, humanSeatIds(record?.seats), record?.seats);

  // Key moments.
  const moments = keyMoments(game);
  const momentList = el('ol', { class: 'debrief-moments', testid: 'key-moments' });
  for (const m of moments) {
    const c = 'playerId' in m ? companyOf(sc, m.playerId) : undefined;
    const team = 'playerId' in m && record?.seats.find((x) => x.playerId === m.playerId)?.kind === 'human';
    momentList.append(el('li', { class: team ? 'debrief-team-moment' : '', attrs: { 'data-kind': m.kind, 'data-team': team ? 'yes' : 'no' } }, el('span', { class: 'debrief-when' }, quarterLabel(sc, m.quarter)), c ? companyBadge(c, false) : el('span', { class: 'debrief-dot', attrs: { 'aria-hidden': 'true' } }), el('span', {}, momentText(game, m, record?.seats))));
  }
  const momentsBox = el('section', { class: 'debrief-section debrief-moments-box', attrs: { 'aria-labelledby': 'debrief-moments-h' } }, el('h2', { attrs: { id: 'debrief-moments-h' } }, t('debrief.keyMoments')), moments.length ? momentList : el('p', { class: 'faint' }, t('debrief.noMoments')));

  // Rules on the time axis.
  const rules = ruleMarkers(sc);
  const tags = ruleTags(rules);
  const rulesList = el('ul', { class: 'debrief-rules' });
  for (const r of sc.exportRules) {
    const tag = tags.get(r.id);
    if (!tag) continue;
    // A rule lifted by the quarter it was due (the Diffusion Rule, rescinded) never applied: say so, not "from Q2, lifted in Q2".
    const never = neverInForce(r);
    const when = [t(never ? 'debrief.rules.never' : 'debrief.rules.start', { quarter: quarterLabel(sc, Math.max(0, r.effectiveQuarter)) })];
    if (!never && r.endQuarter !== undefined && r.endQuarter < sc.quarters) when.push(t('debrief.rules.end', { quarter: quarterLabel(sc, r.endQuarter) }));
    rulesList.append(el('li', {}, el('strong', { class: 'debrief-tag' }, tag), ` ${r.name[lang()]} · ${when.join(', ')}`));
  }
  const rulesBox = el('section', { class: 'debrief-section debrief-rules-box', attrs: { 'aria-labelledby': 'debrief-rules-h' } }, el('h2', { attrs: { id: 'debrief-rules-h' } }, t('debrief.rules')), tags.size ? rulesList : el('p', { class: 'faint' }, t('debrief.rules.none')));

  // Charts (drawn after mounting, at their cell's width).
  const grid = el('div', { class: 'debrief-charts' });
  for (const spec of chartSpecs(sc, historyQuarters(game), { companies: teamSeries(game, record), prices: priceSeries(game), regions: regionSeries(game), rules }, 'dark')) {
    const words = chartWords(spec.id, sc);
    const summary = t('debrief.chart.summary', { title: words.title, unit: words.unit, peak: peakText(spec) });
    grid.append(
      el(
        'figure',
        { class: 'debrief-chart', testid: `chart-${spec.id}`, attrs: { 'data-chart': spec.id } },
        el('figcaption', {}, el('span', { class: 'debrief-chart-title' }, words.title), el('span', { class: 'debrief-chart-unit' }, words.unit)),
        el('div', { class: 'debrief-plot', attrs: { role: 'img', 'aria-label': summary } }),
      ),
    );
  }
  const chartsBox = el('section', { class: 'debrief-section', attrs: { 'aria-label': t('debrief.charts') } }, grid);

  // The bots' reasoning per quarter.
  const by = rationalesByQuarter(sc, rationales);
  const reasoning = el('section', { class: 'debrief-section debrief-reasoning no-print', testid: 'debrief-reasoning', attrs: { 'aria-labelledby': 'debrief-why-h' } }, el('h2', { attrs: { id: 'debrief-why-h' } }, t('debrief.reasoning')));
  if (by.size === 0) reasoning.append(el('p', { class: 'faint' }, t('debrief.reasoning.none')));
  for (const [q, list] of by) {
    const quarter = el('details', { class: 'debrief-quarter' }, el('summary', {}, quarterLabel(sc, q)));
    for (const r of list) {
      const c = companyOf(sc, r.playerId);
      const { parts } = explainShown(r, sc, 4);
      const body = el('ul', { class: 'debrief-why-lines' });
      for (const p of parts) body.append(el('li', { class: 'head' }, p.head), ...p.reasons.map((x) => el('li', { class: 'reason' }, x)));
      const level = (['easy', 'normal', 'hard'] as const).find((x) => x === r.level);
      quarter.append(
        el(
          'details',
          { class: 'debrief-why', attrs: { 'data-player': r.playerId } },
          el('summary', {}, c ? companyBadge(c) : r.playerId, el('span', { class: 'muted' }, ` · ${t('debrief.reasoning.bot', { level: level ? t(`debrief.level.${level}`) : r.level })}`)),
          body,
        ),
      );
    }
    reasoning.append(quarter);
  }

  const finalBox = finalTable(game, record);
  const footer = el('footer', { class: 'debrief-footer print-only' }, t('debrief.handoutFooter', { date: formatDate(new Date().toISOString().slice(0, 10)) }));
  return [head, ...(why ? [el('section', { class: 'debrief-section debrief-why' }, why)] : []), finalBox, el('div', { class: 'debrief-top' }, momentsBox, rulesBox), chartsBox, reasoning, footer];
}

/** The companies' series, labelled with a class game's team names (the team's name alone: the legends stay short). */
function teamSeries(game: GameState, record: GameRecord | null): ReturnType<typeof companySeries> {
  return companySeries(game).map((c) => ({ ...c, name: teamNameOf(record?.seats, c.id) ?? c.name }));
}

/** The standings after the last resolved quarter (the final table once the game is over), with team names; on the handout too. */
function finalTable(game: GameState, record: GameRecord | null): HTMLElement {
  const sc = game.scenario;
  const last = game.history[game.history.length - 1];
  const hasPar = finalStandings(game).some((s) => s.margin !== null);
  const head = el(
    'tr',
    {},
    el('th', { attrs: { scope: 'col' } }, t('classroom.final.rank')),
    el('th', { class: 'left', attrs: { scope: 'col' } }, t(nameHeadKey(record?.seats))),
    el('th', { attrs: { scope: 'col' } }, t('classroom.final.score')),
    hasPar ? el('th', { attrs: { scope: 'col' } }, t('classroom.final.par')) : null,
    el('th', { class: 'extra-col', attrs: { scope: 'col' } }, t('classroom.final.compute')),
    el('th', { class: 'extra-col', attrs: { scope: 'col' } }, t('classroom.final.cash')),
  );
  const body = el('tbody');
  for (const s of finalStandings(game)) {
    const c = companyOf(sc, s.playerId);
    const m = last?.metrics.find((x) => x.playerId === s.playerId);
    const team = teamNameOf(record?.seats, s.playerId);
    const human = record?.seats.find((x) => x.playerId === s.playerId)?.kind === 'human';
    const compute = m ? formatInt(computeRun(game, s.playerId)) : '';
    const cash = m ? money(m.cash) : '';
    body.append(
      el(
        'tr',
        { class: human ? 'played' : '', attrs: { 'data-player': s.playerId } },
        el('td', {}, String(s.rank)),
        el('th', { class: 'left company', attrs: { scope: 'row' } }, c ? companyBadge(c, false) : null, ` ${withTeam(c?.name ?? s.playerId, team)}`),
        el('td', {}, fmtScore(s.score)),
        hasPar ? el('td', {}, s.margin === null ? '' : fmtMargin(s.margin)) : null,
        el('td', { class: 'extra-col', attrs: { 'data-col': 'compute' } }, compute),
        el('td', { class: 'extra-col', attrs: { 'data-col': 'cash' } }, cash),
      ),
      finalExtraRow(s.playerId, hasPar ? 3 : 2, compute, cash),
    );
  }
  return el(
    'section',
    { class: 'debrief-section debrief-final', testid: 'debrief-final', attrs: { 'aria-labelledby': 'debrief-final-h' } },
    el('h2', { attrs: { id: 'debrief-final-h' } }, t('classroom.final.title')),
    el('div', { class: 'debrief-final-wrap' }, el('table', { class: 'debrief-final-table' }, el('thead', {}, head), body)),
  );
}
