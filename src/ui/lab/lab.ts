/**
 * The policy lab's page (data-testid `policy-lab`), loaded on demand from the menu or a `#lab=` link: pick a
 * scenario, edit a variant in a form (or as JSON), run base and variant over many seeded games on a pool of
 * Web Workers, and read the results side by side: the largest effects in words, distributions, every measure
 * with its 95% interval, wins, clearing prices; export CSV and JSON, share the run as a link, open any game in
 * the replay viewer. Everything it shows comes from the LabSummary that `npm run lab -- --json` prints.
 * Scenario-neutral: companies, chips, rules and the wall come from the scenario. Text reaches the page as
 * text only.
 */
import type uPlot from 'uplot';
import { BOT_LEVELS, type BotLevel } from '../../ai/types';
import type { Scenario } from '../../engine';
import { describeVariant } from '../../lab/describe';
import { decodeLabLink, summaryCheck } from '../../lab/link';
import { labGameRecord, labScenarios, summarise, MAX_GAMES, type LabSummary, type MetricRow, type Side } from '../../lab/run';
import { effectText, metricName, metricValue } from '../../lab/table';
import { applyVariant, emptyVariant, parseVariant, parseVariantText, type Variant } from '../../lab/variant';
import type { GameStore } from '../../store/game-store';
import { companyBadge, el } from '../dom';
import { lang, onLangChange } from '../../text/i18n';
import { drawHistogram } from './lab-charts';
import { readVariantForm, ruleFieldset, type Section } from './lab-form';
import { labActions, labTables } from './lab-results';
import { Cancelled, poolSize, runInPool, type PoolRun } from './pool';
import { lt } from './strings';
// oxlint-disable-next-line import/no-unassigned-import -- the lab's stylesheet, loaded with it
import './lab.css';

/** Fewest games a side the page runs (the CLI allows fewer). */
export const PAGE_MIN_GAMES = 100;

interface LabState {
  scenarioId: string;
  variant: Variant;
  /** Sections of the form the user has edited (the others keep the loaded variant's fields as they are). */
  dirty: Set<Section>;
  games: number;
  bots: BotLevel;
  /** One level per seat, when a link (made on the command line's --bots) gives several. */
  seatBots: BotLevel[] | null;
  seed: string;
  run: PoolRun | null;
  summary: LabSummary | null;
  /** The check of a shared run's numbers, from its link. */
  check: string | null;
  metricId: string | null;
  status: string;
}

const LIBRARY = Object.entries(import.meta.glob('../../../lab/variants/*.json', { eager: true, import: 'default' }))
  .map(([path, data]) => parseVariant(data, path.split('/').pop() ?? path))
  .filter((r): r is { ok: true; variant: Variant } => r.ok)
  .map((r) => r.variant)
  .sort((a, b) => a.id.localeCompare(b.id));

/** A mounted lab; close() removes it. */
export interface LabHandle {
  root: HTMLElement;
  close(): void;
}

let open: LabHandle | null = null;

/** Opens the lab over the page (closing one already open); with a link's fragment, reopens its run. */
export function openLab(store: GameStore, fragment: string | null = null): LabHandle {
  open?.close();
  open = mountLab(store, fragment, () => {
    open = null;
  });
  return open;
}

function mountLab(store: GameStore, fragment: string | null, onClose: () => void): LabHandle {
  const opener = document.activeElement as HTMLElement | null;
  const app = document.getElementById('app');
  const scenarios = store.getState().scenarios.flatMap((e) => (e.ok ? [e.scenario] : []));
  const initial = scenarios.find((s) => s.id === '2024-hopper-scramble') ?? scenarios[0];
  const st: LabState = { scenarioId: initial?.id ?? '', variant: initial ? emptyVariant(initial) : emptyVariant({ id: 'none' }), dirty: new Set(), games: 500, bots: 'normal', seatBots: null, seed: 'lab', run: null, summary: null, check: null, metricId: null, status: '' };
  let linkError: string | null = null;
  let autoRun = false;
  if (fragment) {
    const r = decodeLabLink(fragment);
    if (!r.ok) linkError = r.error;
    else if (!scenarios.some((s) => s.id === r.run.variant.scenario)) linkError = `the scenario "${r.run.variant.scenario}" is not in this build`;
    else {
      st.scenarioId = r.run.variant.scenario;
      st.variant = r.run.variant;
      st.games = r.run.games;
      st.bots = (r.run.bots[0] as BotLevel | undefined) ?? 'normal';
      const seats = scenarios.find((x) => x.id === r.run.variant.scenario)?.companies.length ?? 0;
      if (r.run.bots.length > 1 && r.run.bots.length === seats) st.seatBots = r.run.bots as BotLevel[];
      st.seed = r.run.seed;
      st.check = r.run.check ?? null;
      autoRun = true;
    }
  }
  const base = (): Scenario | undefined => scenarios.find((s) => s.id === st.scenarioId);

  const root = el('section', { class: 'lab', testid: 'policy-lab', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'lab-title', tabindex: '-1' } });
  document.body.append(root);
  document.body.classList.add('lab-open');
  if (app) app.inert = true;

  let plots: uPlot[] = [];
  const destroyPlots = () => {
    for (const p of plots) p.destroy();
    plots = [];
  };

  const formBox = el('form', { class: 'lab-form stack', testid: 'lab-variant', attrs: { novalidate: true, 'aria-labelledby': 'lab-variant-h' } });
  const changesBox = el('ul', { class: 'lab-changes', testid: 'lab-changes' });
  const errorsBox = el('ul', { class: 'lab-errors', testid: 'lab-errors', attrs: { role: 'alert' } });
  const jsonArea = el('textarea', { class: 'lab-json', testid: 'lab-json', attrs: { rows: 10, spellcheck: 'false', 'aria-label': lt('lab.json') } });
  const runBox = el('div', { class: 'lab-run stack' });
  const resultsBox = el('section', { class: 'lab-results', testid: 'lab-results', attrs: { 'aria-labelledby': 'lab-results-h', 'aria-live': 'polite' } });

  // ------------------------------------------------------------ the variant from the form
  const readForm = (): void => {
    const sc = base();
    if (!sc) return;
    const r = readVariantForm(formBox, sc, st.variant, st.dirty);
    st.variant = r.variant;
    showVariant(r.errors);
  };

  /** The change list, the errors and the JSON of the current variant. */
  const showVariant = (formErrors: string[] = []): void => {
    const sc = base();
    if (!sc) return;
    const checked = parseVariant(st.variant, 'variant');
    const applied = checked.ok ? applyVariant(sc, checked.variant, 'variant') : checked;
    const errors = [...formErrors, ...(applied.ok ? [] : applied.errors.map((e) => `${e.path}: ${e.message}`))];
    errorsBox.replaceChildren(...errors.map((m) => el('li', {}, m)));
    errorsBox.hidden = errors.length === 0;
    changesBox.replaceChildren(...describeVariant(sc, st.variant, lang()).map((c) => el('li', {}, c)));
    if (document.activeElement !== jsonArea) jsonArea.value = JSON.stringify(st.variant, null, 1);
    const start = runBox.querySelector<HTMLButtonElement>('[data-testid="lab-run"]');
    if (start) start.disabled = errors.length > 0 || st.run !== null;
    root.dataset.valid = String(errors.length === 0);
  };

  // ------------------------------------------------------------ the form
  const numInput = ({ testid, ...attrs }: Record<string, string | number>, value: number, section: Section, label: string): HTMLInputElement =>
    el('input', { ...(testid === undefined ? {} : { testid: String(testid) }), attrs: { type: 'number', step: 'any', value, 'aria-label': label, ...attrs }, on: { input: () => { st.dirty.add(section); readForm(); } } });

  const renderForm = (): void => {
    const sc = base();
    formBox.replaceChildren();
    if (!sc) return;
    const applied = applyVariant(sc, st.variant);
    const eff = applied.ok ? applied.scenario : sc;
    const select = el('select', { testid: 'lab-scenario', attrs: { id: 'lab-scenario' } }, ...scenarios.map((s) => el('option', { attrs: { value: s.id, selected: s.id === sc.id } }, s.title[lang()])));
    select.addEventListener('change', () => {
      const next = scenarios.find((s) => s.id === select.value);
      if (!next) return;
      st.scenarioId = next.id;
      st.variant = emptyVariant(next);
      st.dirty.clear();
      renderForm();
    });
    const lib = el('select', { testid: 'lab-library', attrs: { id: 'lab-library' } }, el('option', { attrs: { value: '' } }, lt('lab.library.none')), ...LIBRARY.filter((v) => v.scenario === sc.id).map((v) => el('option', { attrs: { value: v.id, selected: v.id === st.variant.id } }, v.title[lang()])));
    lib.addEventListener('change', () => {
      st.variant = LIBRARY.find((v) => v.id === lib.value && v.scenario === sc.id) ?? emptyVariant(sc);
      st.dirty.clear();
      renderForm();
    });
    const question = st.variant.question?.[lang()];
    formBox.append(
      el('h2', { attrs: { id: 'lab-variant-h' } }, lt('lab.changes')),
      el('div', { class: 'lab-field' }, el('label', { attrs: { for: 'lab-scenario' } }, lt('lab.scenario')), select),
      el('div', { class: 'lab-field' }, el('label', { attrs: { for: 'lab-library' } }, lt('lab.library')), lib),
      question ? el('p', { class: 'muted lab-question', testid: 'lab-question' }, question) : '',
      el('div', { class: 'lab-field' }, el('label', { attrs: { for: 'lab-title-input' } }, lt('lab.variantTitle')), el('input', { testid: 'lab-title', attrs: { id: 'lab-title-input', type: 'text', maxlength: 80, value: st.variant.title[lang()], 'data-field': 'title' }, on: { input: () => { st.dirty.add('title'); readForm(); } } })),
    );
    // Export rules: one fieldset each.
    const rulesBox = el('details', { class: 'lab-group', attrs: { open: true } }, el('summary', {}, lt('lab.rules')));
    for (const rule of sc.exportRules) {
      const r = eff.exportRules.find((x) => x.id === rule.id);
      rulesBox.append(ruleFieldset(sc, rule, r, numInput, () => {
        st.dirty.add('rules');
        readForm();
      }));
    }
    if (sc.exportRules.length === 0) rulesBox.append(el('p', { class: 'faint' }, '–'));
    // Supply, budgets, demand and the deck: the change shown is what the current variant does.
    const ratio = (a: number[], b: number[]) => {
      const sa = a.reduce((x, y) => x + y, 0);
      const sb = b.reduce((x, y) => x + y, 0);
      return sb > 0 ? Math.round((sa / sb - 1) * 1000) / 10 : 0;
    };
    const grid = (...rows: HTMLElement[]) => el('div', { class: 'lab-pct-grid' }, ...rows);
    const pctRow = (label: Node | string, input: HTMLInputElement) => el('label', { class: 'lab-pct' }, el('span', {}, label), input);
    const supplyBox = el('details', { class: 'lab-group', testid: 'lab-group-supply' }, el('summary', {}, lt('lab.supply')), grid(
      ...sc.skus.map((k) => pctRow(k.name, numInput({ 'data-supply': k.id, testid: `lab-supply-${k.id}`, min: -100, max: 1000 }, ratio(eff.skus.find((x) => x.id === k.id)?.supply ?? [], k.supply), 'supply', k.name))),
      pctRow(lt('lab.foundry'), numInput({ 'data-field': 'foundry', min: -100, max: 1000 }, ratio(eff.silicon.foundryPool, sc.silicon.foundryPool), 'supply', lt('lab.foundry'))),
    ));
    const budgetsBox = el('details', { class: 'lab-group', testid: 'lab-group-budgets' }, el('summary', {}, lt('lab.budgets')), grid(
      ...sc.companies.map((c) => pctRow(companyBadge(c), numInput({ 'data-budget': c.id, testid: `lab-budget-${c.id}`, min: -100, max: 1000 }, ratio(eff.companies.find((x) => x.id === c.id)?.budget ?? [], c.budget), 'budgets', c.name))),
    ));
    const demandAll = (s: Scenario) => s.otherDemand.flatMap((d) => d.quantity);
    const demandBox = el('details', { class: 'lab-group', testid: 'lab-group-demand' }, el('summary', {}, lt('lab.demand')), grid(pctRow(lt('lab.demand'), numInput({ 'data-field': 'demand', min: -100, max: 1000 }, ratio(demandAll(eff), demandAll(sc)), 'demand', lt('lab.demand')))));
    const deckBox = el('details', { class: 'lab-group', testid: 'lab-group-deck' }, el('summary', {}, lt('lab.deck')), grid(
      pctRow(lt('lab.deck.drawPct'), numInput({ 'data-field': 'drawPct', min: 0, max: 100 }, eff.eventDeck.drawPct, 'deck', lt('lab.deck.drawPct'))),
      ...sc.eventDeck.cards.map((c) => pctRow(c.headline[lang()], numInput({ 'data-card': c.id, min: 0, max: 1000, title: lt('lab.deck.weight') }, eff.eventDeck.cards.find((x) => x.id === c.id)?.weight ?? 0, 'deck', `${c.headline[lang()]}: ${lt('lab.deck.weight')}`))),
    ));
    const applyJson = el('button', { class: 'btn btn-small', testid: 'lab-json-apply', attrs: { type: 'button' }, on: { click: () => {
      const r = parseVariantText(jsonArea.value, 'JSON');
      if (!r.ok) {
        errorsBox.replaceChildren(...r.errors.map((e) => el('li', {}, `${e.path}: ${e.message}`)));
        errorsBox.hidden = false;
        root.dataset.valid = 'false';
        return;
      }
      if (!scenarios.some((s) => s.id === r.variant.scenario)) {
        errorsBox.replaceChildren(el('li', {}, `$.scenario: "${r.variant.scenario}" is not a scenario of this build`));
        errorsBox.hidden = false;
        return;
      }
      st.scenarioId = r.variant.scenario;
      st.variant = r.variant;
      st.dirty.clear();
      renderForm();
    } } }, lt('lab.jsonApply'));
    formBox.append(
      rulesBox, supplyBox, budgetsBox, demandBox, deckBox,
      el('h3', {}, lt('lab.changes')), changesBox, errorsBox,
      el('details', { class: 'lab-group', testid: 'lab-group-json' }, el('summary', {}, lt('lab.json')), el('p', { class: 'faint' }, lt('lab.jsonHint')), jsonArea, applyJson),
    );
    showVariant();
  };

  // ------------------------------------------------------------ running
  const progress = el('progress', { testid: 'lab-progress', attrs: { max: 1, value: 0, 'aria-label': lt('lab.run.start') } });
  const status = el('p', { class: 'lab-status', testid: 'lab-status', attrs: { role: 'status' } });
  const gamesInput = el('input', { testid: 'lab-games', attrs: { id: 'lab-games', type: 'number', min: PAGE_MIN_GAMES, max: MAX_GAMES, step: 100, value: st.games } });
  const botsSelect = el('select', { testid: 'lab-bots', attrs: { id: 'lab-bots' } },
    ...(st.seatBots ? [el('option', { attrs: { value: 'seats', selected: true } }, st.seatBots.join(','))] : []),
    ...BOT_LEVELS.map((b) => el('option', { attrs: { value: b, selected: st.seatBots === null && b === st.bots } }, b)));
  const seedInput = el('input', { testid: 'lab-seed', attrs: { id: 'lab-seed', type: 'text', value: st.seed, maxlength: 40, spellcheck: 'false', autocomplete: 'off' } });
  const startBtn = el('button', { class: 'btn btn-primary', testid: 'lab-run', attrs: { type: 'button' } }, lt('lab.run.start'));
  const cancelBtn = el('button', { class: 'btn', testid: 'lab-cancel', attrs: { type: 'button', disabled: true } }, lt('lab.run.cancel'));
  const workers = poolSize();

  const start = (): void => {
    const sc = base();
    if (!sc || st.run) return;
    const games = Number(gamesInput.value);
    if (!Number.isInteger(games) || games < PAGE_MIN_GAMES || games > MAX_GAMES) {
      status.textContent = lt('lab.run.gamesRange');
      return;
    }
    const checked = parseVariant(st.variant, 'variant');
    const r = checked.ok ? labScenarios(sc, checked.variant) : null;
    if (!checked.ok || !r || !r.ok) {
      status.textContent = lt('lab.run.invalid');
      return;
    }
    st.games = games;
    const perSeat = botsSelect.value === 'seats' && st.seatBots?.length === sc.companies.length ? st.seatBots : null;
    if (!perSeat) st.bots = botsSelect.value as BotLevel;
    st.seed = seedInput.value.trim() || 'lab';
    const bots = perSeat ? [...perSeat] : sc.companies.map(() => st.bots);
    const started = performance.now();
    const total = games * 2;
    progress.max = total;
    progress.value = 0;
    status.textContent = lt('lab.run.progress', { done: 0, total, left: '…' });
    root.dataset.run = 'running';
    root.dataset.done = '0';
    const run = runInPool(r.scenarios, bots, st.seed, games, (done) => {
      progress.value = done;
      const secs = (performance.now() - started) / 1000;
      status.textContent = lt('lab.run.progress', { done, total, left: Math.max(0, Math.round((secs / done) * (total - done))) });
      root.dataset.done = String(done);
    }, workers);
    st.run = run;
    startBtn.disabled = true;
    cancelBtn.disabled = false;
    run.done.then(
      (res) => {
        st.run = null;
        st.summary = summarise({ variant: checked.variant, bots, seed: st.seed }, r.scenarios, res.base, res.variant);
        st.metricId = null;
        progress.value = total;
        status.textContent = lt('lab.run.done', { total, secs: ((performance.now() - started) / 1000).toFixed(1), workers });
        root.dataset.run = 'done';
        root.dataset.seconds = ((performance.now() - started) / 1000).toFixed(2);
        cancelBtn.disabled = true;
        startBtn.disabled = false;
        renderResults();
      },
      (e: unknown) => {
        st.run = null;
        cancelBtn.disabled = true;
        startBtn.disabled = false;
        root.dataset.run = e instanceof Cancelled ? 'cancelled' : 'failed';
        status.textContent = e instanceof Cancelled ? lt('lab.run.cancelled', { done: progress.value, total }) : lt('lab.run.failed', { why: e instanceof Error ? e.message : String(e) });
      },
    );
  };
  startBtn.addEventListener('click', start);
  cancelBtn.addEventListener('click', () => st.run?.cancel());

  const renderRun = (): void => {
    runBox.replaceChildren(
      el('div', { class: 'lab-run-fields' },
        el('label', { attrs: { for: 'lab-games' } }, lt('lab.run.games'), gamesInput),
        el('label', { attrs: { for: 'lab-bots' } }, lt('lab.run.bots'), botsSelect),
        el('label', { attrs: { for: 'lab-seed' } }, lt('lab.run.seed'), seedInput),
      ),
      el('div', { class: 'row' }, startBtn, cancelBtn),
      progress,
      status,
    );
    startBtn.textContent = lt('lab.run.start');
    cancelBtn.textContent = lt('lab.run.cancel');
    if (!status.textContent) status.textContent = lt('lab.run.idle', { workers });
  };

  // ------------------------------------------------------------ results
  const fmtOf = (m: Pick<MetricRow, 'kind'>) => (x: number) => metricValue(m.kind, x, lang());

  const drawCharts = (): void => {
    destroyPlots();
    const s = st.summary;
    if (!s) return;
    for (const fig of Array.from(resultsBox.querySelectorAll<HTMLElement>('[data-chart]'))) {
      const m = s.metrics.find((x) => x.id === fig.dataset.chart);
      const box = fig.querySelector<HTMLElement>('.lab-plot');
      if (!m || !box) continue;
      box.replaceChildren();
      const width = Math.max(260, Math.floor(box.clientWidth || 420));
      plots.push(drawHistogram(m, box, width, 190, { base: lt('lab.chart.base'), variant: lt('lab.chart.variant'), games: lt('lab.chart.games') }, fmtOf(m)));
      box.dataset.drawn = 'true';
    }
    resultsBox.dataset.charts = String(plots.length);
  };

  const renderResults = (): void => {
    destroyPlots();
    const s = st.summary;
    const sc = base();
    resultsBox.replaceChildren(el('h2', { attrs: { id: 'lab-results-h' } }, lt('lab.results')));
    if (!s || !sc) {
      resultsBox.append(el('p', { class: 'faint' }, linkError ? lt('lab.linkError', { why: linkError }) : lt('lab.results.none')));
      return;
    }
    const L = lang();
    const name = (m: MetricRow) => metricName(m, sc, s.primaryVendor, L);
    const check = summaryCheck(s);
    resultsBox.append(
      el('p', { class: 'muted', testid: 'lab-meta' }, `${s.variant.title[L]} · ${lt('lab.results.meta', { games: s.games, bots: s.bots.every((b) => b === s.bots[0]) ? (s.bots[0] ?? '') : s.bots.join(','), seed: s.seed, last: s.games - 1 })}`),
      el('section', { class: 'lab-summary', testid: 'lab-summary', attrs: { 'data-check': check } }, el('h3', {}, lt('lab.summary')), el('ul', {}, ...s.summary[L].map((line) => el('li', {}, line)))),
    );
    if (st.check) resultsBox.append(el('p', { class: st.check === check ? 'lab-check ok' : 'lab-check differs', testid: 'lab-check', attrs: { 'data-same': String(st.check === check) } }, st.check === check ? lt('lab.check.same') : lt('lab.check.differs')));
    resultsBox.append(...labActions(s, check));
    // Charts: a chosen measure (at first the largest effect), the wall and the primary vendor.
    const clear = s.metrics.filter((m) => m.effect.clear && m.kind !== 'margin');
    const pick = st.metricId ?? clear.sort((a, b) => Math.abs(b.effect.rel ?? 0) - Math.abs(a.effect.rel ?? 0))[0]?.id ?? s.metrics[0]?.id ?? '';
    st.metricId = pick;
    const metricSel = el('select', { testid: 'lab-metric', attrs: { id: 'lab-metric' } }, ...s.metrics.map((m) => el('option', { attrs: { value: m.id, selected: m.id === pick } }, name(m))));
    metricSel.addEventListener('change', () => {
      st.metricId = metricSel.value;
      renderResults();
    });
    const figure = (m: MetricRow | undefined) => m ? el('figure', { class: 'lab-chart', attrs: { 'data-chart': m.id } },
      el('figcaption', {}, el('span', { class: 'lab-chart-title' }, name(m)), el('span', { class: 'faint' }, effectText(m, L))),
      el('div', { class: 'lab-plot', attrs: { role: 'img', 'aria-label': lt('lab.chart.summary', { metric: name(m), base: fmtOf(m)(m.base.mean), variant: fmtOf(m)(m.variant.mean) }) } }),
    ) : null;
    const fixed = ['wallShare', 'vendorRevenue'].filter((id) => id !== pick).map((id) => s.metrics.find((m) => m.id === id));
    resultsBox.append(
      el('h3', {}, lt('lab.charts')),
      el('div', { class: 'lab-field' }, el('label', { attrs: { for: 'lab-metric' } }, lt('lab.chart.metric')), metricSel),
      el('div', { class: 'lab-charts', testid: 'lab-charts' }, figure(s.metrics.find((m) => m.id === pick)), ...fixed.map(figure)),
      el('p', { class: 'lab-legend faint' }, el('span', { class: 'lab-swatch', attrs: { 'data-side': 'base' } }), lt('lab.chart.base'), ' ', el('span', { class: 'lab-swatch', attrs: { 'data-side': 'variant' } }), lt('lab.chart.variant')),
    );
    resultsBox.append(...labTables(s, sc, name));
    // Any game in the replay viewer.
    const gameNo = el('input', { testid: 'lab-replay-game', attrs: { id: 'lab-replay-game', type: 'number', min: 0, max: s.games - 1, step: 1, value: 0 } });
    const sideSel = el('select', { testid: 'lab-replay-side', attrs: { id: 'lab-replay-side' } }, ...(['base', 'variant'] as const).map((x) => el('option', { attrs: { value: x, selected: x === 'variant' } }, lt(`lab.side.${x}`))));
    const openReplay = () => {
      const i = Number(gameNo.value);
      if (!Number.isInteger(i) || i < 0 || i >= s.games) return;
      const r = labScenarios(sc, s.variant);
      if (!r.ok) return;
      const side = sideSel.value as Side;
      const record = labGameRecord(side === 'base' ? r.scenarios.base : r.scenarios.variant, s.bots, s.seed, i);
      const label = `${lt('lab.title')}: ${s.variant.title[L]}, ${lt(`lab.side.${side}`)} #${i}`;
      close();
      store.getState().importRecordText(JSON.stringify(record), label);
    };
    resultsBox.append(
      el('h3', {}, lt('lab.replay')),
      el('div', { class: 'row lab-replay' },
        el('label', { attrs: { for: 'lab-replay-game' } }, lt('lab.replay.game'), gameNo),
        el('label', { attrs: { for: 'lab-replay-side' } }, lt('lab.replay.side'), sideSel),
        el('button', { class: 'btn btn-small', testid: 'lab-open-replay', attrs: { type: 'button' }, on: { click: openReplay } }, lt('lab.replay.open')),
      ),
    );
    requestAnimationFrame(drawCharts);
  };

  // ------------------------------------------------------------ the page
  const closeBtn = el('button', { class: 'btn', testid: 'lab-close', attrs: { type: 'button' } }, lt('lab.close'));
  const render = (): void => {
    root.replaceChildren(
      el('header', { class: 'lab-head' },
        el('div', {}, el('h1', { attrs: { id: 'lab-title' } }, lt('lab.title')), el('p', { class: 'muted' }, lt('lab.intro'))),
        closeBtn,
      ),
      el('div', { class: 'lab-body' }, el('div', { class: 'lab-left' }, runBox, formBox), resultsBox),
    );
    closeBtn.textContent = lt('lab.close');
    renderRun();
    renderForm();
    renderResults();
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !(e.target instanceof HTMLTextAreaElement)) close();
  };
  let resizeTimer = 0;
  const onResize = () => {
    clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(drawCharts, 150);
  };
  const unsubLang = onLangChange(() => render());
  const close = (): void => {
    st.run?.cancel();
    destroyPlots();
    unsubLang();
    document.removeEventListener('keydown', onKey);
    window.removeEventListener('resize', onResize);
    root.remove();
    document.body.classList.remove('lab-open');
    if (app) app.inert = false;
    if (location.hash.startsWith(`#lab=`)) history.replaceState(null, '', location.pathname + location.search);
    onClose();
    opener?.focus?.({ preventScroll: true });
  };
  closeBtn.addEventListener('click', close);
  document.addEventListener('keydown', onKey);
  window.addEventListener('resize', onResize);
  render();
  root.focus({ preventScroll: true });
  if (autoRun) start();
  return { root, close };
}
