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
import { quarterLabel, ruleModes, type ExportRule, type RuleMode, type Scenario } from '../../engine';
import { describeVariant } from '../../lab/describe';
import { decodeLabLink, encodeLabLink, summaryCheck } from '../../lab/link';
import { labGameRecord, labScenarios, summarise, MAX_GAMES, type LabSummary, type MetricRow, type Side } from '../../lab/run';
import { effectText, labCsv, metricName, metricValue } from '../../lab/table';
import { applyVariant, emptyVariant, parseVariant, parseVariantText, VARIANT_FORMAT, type Variant } from '../../lab/variant';
import type { GameStore } from '../../store/game-store';
import { companyBadge, download, el } from '../dom';
import { lang, onLangChange } from '../../text/i18n';
import { drawHistogram } from './lab-charts';
import { Cancelled, poolSize, runInPool, type PoolRun } from './pool';
import { lt } from './strings';
// oxlint-disable-next-line import/no-unassigned-import -- the lab's stylesheet, loaded with it
import './lab.css';

/** Fewest games a side the page runs (the CLI allows fewer). */
export const PAGE_MIN_GAMES = 100;

type Section = 'title' | 'rules' | 'supply' | 'budgets' | 'demand' | 'deck';

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

const modeValue = (m: RuleMode): number => (m.kind === 'licence' ? m.approvalPct : m.kind === 'revenueShare' ? m.pct : m.kind === 'cap' ? m.unitsPerQuarter : 0);

function modeOf(kind: string, value: number): RuleMode {
  if (kind === 'licence') return { kind, approvalPct: Math.max(0, Math.min(100, value)) };
  if (kind === 'revenueShare') return { kind, pct: Math.max(0, Math.min(100, value)) };
  if (kind === 'cap') return { kind, unitsPerQuarter: Math.max(0, Math.round(value)) };
  return { kind: 'banned' };
}

const codes = (text: string): string[] => text.split(/[\s,;]+/).map((s) => s.trim().toUpperCase()).filter((s) => s.length > 0);

/** "4800; 1600/5.92" as thresholds, or null if it does not read. */
export function parseThresholds(text: string): ExportRule['catches']['thresholds'] | null {
  const out: ExportRule['catches']['thresholds'] = [];
  for (const part of text.split(';').map((s) => s.trim()).filter((s) => s.length > 0)) {
    const [a, b, extra] = part.split('/').map((s) => s.trim());
    const tpp = Number(a);
    if (extra !== undefined || a === '' || !Number.isFinite(tpp) || tpp < 0) return null;
    if (b === undefined) out.push({ tppMin: tpp });
    else {
      const d = Number(b);
      if (b === '' || !Number.isFinite(d) || d < 0) return null;
      out.push({ tppMin: tpp, densityMin: d });
    }
  }
  return out;
}

const thresholdsText = (t: ExportRule['catches']['thresholds']): string => t.map((x) => (x.densityMin === undefined ? `${x.tppMin}` : `${x.tppMin}/${x.densityMin}`)).join('; ');
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

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
    const v: Variant = { ...st.variant, format: VARIANT_FORMAT, scenario: sc.id };
    const errors: string[] = [];
    if (st.dirty.has('title')) {
      const text = formBox.querySelector<HTMLInputElement>('[data-field="title"]')?.value.trim() ?? '';
      v.title = { en: text || 'Variant', de: text || 'Variante' };
      v.id = (text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'variant').slice(0, 60);
    }
    if (st.dirty.has('rules')) {
      const rules: NonNullable<Variant['rules']> = [];
      for (const rule of sc.exportRules) {
        const box = formBox.querySelector<HTMLElement>(`[data-rule="${CSS.escape(rule.id)}"]`);
        if (!box) continue;
        const get = (f: string) => box.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-field="${f}"]`);
        if (!(get('on') as HTMLInputElement | null)?.checked) {
          rules.push({ id: rule.id, enabled: false });
          continue;
        }
        const p: NonNullable<Variant['rules']>[number] = { id: rule.id };
        const from = Number(get('from')?.value ?? rule.effectiveQuarter);
        if (from !== rule.effectiveQuarter) p.effectiveQuarter = from;
        const untilText = get('until')?.value ?? '';
        const until = untilText === '' ? null : Number(untilText);
        if (until !== (rule.endQuarter ?? null)) p.endQuarter = until;
        const first = ruleModes(rule)[0] ?? { kind: 'banned' as const };
        const mode = modeOf(get('mode')?.value ?? first.kind, Number(get('value')?.value ?? 0));
        if (!same(mode, first)) p.mode = mode;
        const regions = codes(get('regions')?.value ?? '');
        if (!same(regions, rule.destinations.regions)) p.regions = regions;
        const tiers = codes(get('tiers')?.value ?? '');
        if (!same(tiers, rule.destinations.tiers)) p.tiers = tiers;
        const th = parseThresholds(get('thresholds')?.value ?? '');
        if (th === null) errors.push(`${rule.name[lang()]}: ${lt('lab.rule.thresholds')}`);
        else if (!same(th, rule.catches.thresholds)) p.thresholds = th;
        if (Object.keys(p).length > 1) rules.push(p);
      }
      if (rules.length) v.rules = rules;
      else delete v.rules;
    }
    const pctOf = (sel: string): number => {
      const x = Number(formBox.querySelector<HTMLInputElement>(sel)?.value ?? 0);
      return Number.isFinite(x) ? Math.max(-100, x) : 0;
    };
    if (st.dirty.has('supply')) {
      const supply = sc.skus.map((k) => ({ skus: [k.id], pct: pctOf(`[data-supply="${CSS.escape(k.id)}"]`) })).filter((x) => x.pct !== 0);
      if (supply.length) v.supply = supply;
      else delete v.supply;
      const f = pctOf('[data-field="foundry"]');
      if (f !== 0) v.foundryPct = f;
      else delete v.foundryPct;
    }
    if (st.dirty.has('budgets')) {
      const budgets = sc.companies.map((c) => ({ company: c.id, pct: pctOf(`[data-budget="${CSS.escape(c.id)}"]`) })).filter((x) => x.pct !== 0);
      if (budgets.length) v.budgets = budgets;
      else delete v.budgets;
    }
    if (st.dirty.has('demand')) {
      const d = pctOf('[data-field="demand"]');
      if (d !== 0) v.outsideDemand = [{ pct: d }];
      else delete v.outsideDemand;
    }
    if (st.dirty.has('deck')) {
      const deck: NonNullable<Variant['deck']> = {};
      const draw = Number(formBox.querySelector<HTMLInputElement>('[data-field="drawPct"]')?.value ?? sc.eventDeck.drawPct);
      if (Number.isFinite(draw) && draw !== sc.eventDeck.drawPct) deck.drawPct = Math.max(0, Math.min(100, draw));
      const weights: Record<string, number> = {};
      for (const c of sc.eventDeck.cards) {
        const w = Number(formBox.querySelector<HTMLInputElement>(`[data-card="${CSS.escape(c.id)}"]`)?.value ?? c.weight);
        if (Number.isFinite(w) && w !== c.weight) weights[c.id] = Math.max(0, Math.min(1000, w));
      }
      if (Object.keys(weights).length) deck.weights = weights;
      if (Object.keys(deck).length) v.deck = deck;
      else delete v.deck;
    }
    // A variant made in the form gets a neutral name until the user gives one.
    if (!st.dirty.has('title') && v.id === 'unchanged' && describeVariant(sc, v, 'en').length > 0 && (v.rules ?? v.supply ?? v.budgets ?? v.outsideDemand ?? v.deck ?? v.foundryPct) !== undefined) {
      v.id = 'variant';
      v.title = { en: 'Variant', de: 'Variante' };
      const titleInput = formBox.querySelector<HTMLInputElement>('[data-field="title"]');
      if (titleInput) titleInput.value = v.title[lang()];
    }
    st.variant = v;
    showVariant(errors);
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
    const qOptions = (selected: number | null, withNever: boolean, upTo: number) => [
      ...(withNever ? [el('option', { attrs: { value: '', selected: selected === null } }, lt('lab.rule.never'))] : []),
      ...Array.from({ length: upTo }, (_, q) => el('option', { attrs: { value: q, selected: selected === q } }, quarterLabel(sc, q))),
    ];
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
      const on = r !== undefined;
      const cur = r ?? rule;
      // The form edits a rule's first mode (a rule may combine several; changing it replaces them all).
      const curMode: RuleMode = ruleModes(cur)[0] ?? { kind: 'banned' };
      const id = `lab-rule-${rule.id}`;
      const modeSel = el('select', { attrs: { 'data-field': 'mode', 'aria-label': lt('lab.rule.mode') } }, ...(['banned', 'licence', 'revenueShare', 'cap'] as const).map((k) => el('option', { attrs: { value: k, selected: curMode.kind === k } }, lt(`lab.mode.${k}`))));
      const value = numInput({ 'data-field': 'value', min: 0 }, modeValue(curMode), 'rules', lt('lab.rule.value'));
      const syncValue = () => {
        value.disabled = modeSel.value === 'banned';
      };
      syncValue();
      modeSel.addEventListener('change', () => {
        syncValue();
        st.dirty.add('rules');
        readForm();
      });
      const text = (field: string, v: string, label: string) => el('input', { attrs: { type: 'text', value: v, 'data-field': field, 'aria-label': label, spellcheck: 'false' }, on: { change: () => { st.dirty.add('rules'); readForm(); } } });
      const sel = (field: string, label: string, ...opts: HTMLOptionElement[]) => el('select', { attrs: { 'data-field': field, 'aria-label': label }, on: { change: () => { st.dirty.add('rules'); readForm(); } } }, ...opts);
      rulesBox.append(
        el(
          'fieldset',
          { class: 'lab-rule', attrs: { 'data-rule': rule.id } },
          el('legend', {}, el('label', { class: 'lab-rule-on' }, el('input', { testid: `${id}-on`, attrs: { type: 'checkbox', checked: on, 'data-field': 'on' }, on: { change: () => { st.dirty.add('rules'); readForm(); } } }), ` ${rule.name[lang()]}`)),
          el('div', { class: 'lab-rule-grid' },
            el('label', {}, lt('lab.rule.from'), sel('from', lt('lab.rule.from'), ...qOptions(cur.effectiveQuarter, false, sc.quarters))),
            el('label', {}, lt('lab.rule.until'), sel('until', lt('lab.rule.until'), ...qOptions(cur.endQuarter ?? null, true, sc.quarters + 1))),
            el('label', {}, lt('lab.rule.mode'), modeSel),
            el('label', {}, lt('lab.rule.value'), value),
            el('label', {}, lt('lab.rule.regions'), text('regions', cur.destinations.regions.join(', '), lt('lab.rule.regions'))),
            el('label', {}, lt('lab.rule.tiers'), text('tiers', cur.destinations.tiers.join(', '), lt('lab.rule.tiers'))),
            cur.catches.skus.length === 0 ? el('label', { class: 'wide' }, lt('lab.rule.thresholds'), text('thresholds', thresholdsText(cur.catches.thresholds), lt('lab.rule.thresholds'))) : el('p', { class: 'faint wide' }, cur.catches.skus.join(', ')),
          ),
        ),
      );
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
    const shareUrl = el('input', { class: 'lab-share-url', testid: 'lab-share-url', attrs: { type: 'text', readonly: true, 'aria-label': lt('lab.share') } });
    const fileBase = `gpurace-lab-${s.variant.id}-${s.games}`;
    resultsBox.append(
      el('div', { class: 'row lab-actions', testid: 'lab-export' },
        el('button', { class: 'btn btn-small', testid: 'lab-export-csv', attrs: { type: 'button' }, on: { click: () => download(`${fileBase}.csv`, labCsv(s), 'text/csv;charset=utf-8') } }, lt('lab.exportCsv')),
        el('button', { class: 'btn btn-small', testid: 'lab-export-json', attrs: { type: 'button' }, on: { click: () => download(`${fileBase}.json`, `${JSON.stringify(s, null, 1)}\n`, 'application/json') } }, lt('lab.exportJson')),
        el('button', { class: 'btn btn-small', testid: 'lab-share', attrs: { type: 'button', title: lt('lab.shareHint') }, on: { click: () => {
          const frag = encodeLabLink({ variant: s.variant, games: s.games, bots: s.bots, seed: s.seed, check });
          shareUrl.value = `${location.origin}${location.pathname}${location.search}#${frag}`;
          shareUrl.hidden = false;
          shareUrl.select();
          void navigator.clipboard?.writeText(shareUrl.value).then(() => { shareUrl.title = lt('lab.shareCopied'); }, () => {});
        } } }, lt('lab.share')),
      ),
    );
    shareUrl.hidden = true;
    resultsBox.append(shareUrl);
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
    resultsBox.append(el('div', { class: 'table-wrap' }, table), el('div', { class: 'lab-side-by-side' }, el('div', { class: 'table-wrap' }, wins), el('div', { class: 'table-wrap' }, prices)));
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
