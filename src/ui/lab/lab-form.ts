/**
 * The policy lab's variant form: reading the edited sections back into a variant, and one export rule's
 * fieldset. Kept apart from lab.ts (the page) so each stays short; pure DOM in, data out.
 */
import { quarterLabel, ruleModes, type ExportRule, type RuleMode, type Scenario } from '../../engine';
import { describeVariant } from '../../lab/describe';
import { VARIANT_FORMAT, type Variant } from '../../lab/variant';
import { lang } from '../../text/i18n';
import { el } from '../dom';
import { lt } from './strings';

/** A section of the form; only edited ("dirty") sections replace the loaded variant's fields. */
export type Section = 'title' | 'rules' | 'supply' | 'budgets' | 'demand' | 'deck';

/** Builds a number input that marks its section edited. */
export type NumInput = (attrs: Record<string, string | number>, value: number, section: Section, label: string) => HTMLInputElement;

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

/** The variant the form shows, from `current` with every edited section read back; errors name the field. */
export function readVariantForm(formBox: HTMLElement, sc: Scenario, current: Variant, dirty: ReadonlySet<Section>): { variant: Variant; errors: string[] } {
  const v: Variant = { ...current, format: VARIANT_FORMAT, scenario: sc.id };
  const errors: string[] = [];
  if (dirty.has('title')) {
    const text = formBox.querySelector<HTMLInputElement>('[data-field="title"]')?.value.trim() ?? '';
    v.title = { en: text || 'Variant', de: text || 'Variante' };
    v.id = (text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'variant').slice(0, 60);
  }
  if (dirty.has('rules')) {
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
  if (dirty.has('supply')) {
    const supply = sc.skus.map((k) => ({ skus: [k.id], pct: pctOf(`[data-supply="${CSS.escape(k.id)}"]`) })).filter((x) => x.pct !== 0);
    if (supply.length) v.supply = supply;
    else delete v.supply;
    const f = pctOf('[data-field="foundry"]');
    if (f !== 0) v.foundryPct = f;
    else delete v.foundryPct;
  }
  if (dirty.has('budgets')) {
    const budgets = sc.companies.map((c) => ({ company: c.id, pct: pctOf(`[data-budget="${CSS.escape(c.id)}"]`) })).filter((x) => x.pct !== 0);
    if (budgets.length) v.budgets = budgets;
    else delete v.budgets;
  }
  if (dirty.has('demand')) {
    const d = pctOf('[data-field="demand"]');
    if (d !== 0) v.outsideDemand = [{ pct: d }];
    else delete v.outsideDemand;
  }
  if (dirty.has('deck')) {
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
  if (!dirty.has('title') && v.id === 'unchanged' && describeVariant(sc, v, 'en').length > 0 && (v.rules ?? v.supply ?? v.budgets ?? v.outsideDemand ?? v.deck ?? v.foundryPct) !== undefined) {
    v.id = 'variant';
    v.title = { en: 'Variant', de: 'Variante' };
    const titleInput = formBox.querySelector<HTMLInputElement>('[data-field="title"]');
    if (titleInput) titleInput.value = v.title[lang()];
  }
  return { variant: v, errors };
}

/** One export rule's fieldset: on/off, from/until, mode and value, regions, tiers, thresholds. */
export function ruleFieldset(sc: Scenario, rule: ExportRule, r: ExportRule | undefined, numInput: NumInput, onChange: () => void): HTMLElement {
  const qOptions = (selected: number | null, withNever: boolean, upTo: number) => [
    ...(withNever ? [el('option', { attrs: { value: '', selected: selected === null } }, lt('lab.rule.never'))] : []),
    ...Array.from({ length: upTo }, (_, q) => el('option', { attrs: { value: q, selected: selected === q } }, quarterLabel(sc, q))),
  ];
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
      onChange();
    });
    const text = (field: string, v: string, label: string) => el('input', { attrs: { type: 'text', value: v, 'data-field': field, 'aria-label': label, spellcheck: 'false' }, on: { change: () => { onChange(); } } });
    const sel = (field: string, label: string, ...opts: HTMLOptionElement[]) => el('select', { attrs: { 'data-field': field, 'aria-label': label }, on: { change: () => { onChange(); } } }, ...opts);
    return (
      el(
        'fieldset',
        { class: 'lab-rule', attrs: { 'data-rule': rule.id } },
        el('legend', {}, el('label', { class: 'lab-rule-on' }, el('input', { testid: `${id}-on`, attrs: { type: 'checkbox', checked: on, 'data-field': 'on' }, on: { change: () => { onChange(); } } }), ` ${rule.name[lang()]}`)),
        el('div', { class: 'lab-rule-grid' },
          el('label', {}, lt('lab.rule.from'), sel('from', lt('lab.rule.from'), ...qOptions(cur.effectiveQuarter, false, sc.quarters))),
          el('label', {}, lt('lab.rule.until'), sel('until', lt('lab.rule.until'), ...qOptions(cur.endQuarter ?? null, true, sc.quarters + 1))),
          el('label', {}, lt('lab.rule.mode'), modeSel),
          el('label', {}, lt('lab.rule.value'), value),
          el('label', {}, lt('lab.rule.regions'), text('regions', cur.destinations.regions.join(', '), lt('lab.rule.regions'))),
          el('label', {}, lt('lab.rule.tiers'), text('tiers', cur.destinations.tiers.join(', '), lt('lab.rule.tiers'))),
          cur.catches.skus.length === 0 ? el('label', { class: 'wide' }, lt('lab.rule.thresholds'), text('thresholds', thresholdsText(cur.catches.thresholds), lt('lab.rule.thresholds'))) : el('p', { class: 'faint wide' }, cur.catches.skus.join(', ')),
        ),
      )
    );
}
