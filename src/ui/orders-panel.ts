/**
 * The orders form for one human seat: per SKU a quantity and a max price, silicon investment, custom chips,
 * power build. Budget left updates as you type (engine committedCost); problems are explained before
 * submit (engine validateOrders); a locked SKU shows the export rule that locks it (engine exportStatus).
 */
import { committedCost, exportStatus, quarterLabel, validateOrders } from '../engine';
import type { GameState, SkuSpec } from '../engine/types';
import type { GameStore } from '../store/game-store';
import { draftToOrders, emptyDraft, fieldOfPath, type DraftField, type DraftOrders } from '../store/drafts';
import { companyOf, lastClearing, supplyNow } from '../store/selectors';
import { companyBadge, el, num } from './dom';
import * as f from './format';

function fieldKey(field: DraftField): string {
  switch (field.kind) {
    case 'bidQuantity':
      return `bid-quantity-${field.sku}`;
    case 'bidPrice':
      return `bid-price-${field.sku}`;
    case 'siliconInvestment':
      return 'silicon-investment';
    case 'customOrder':
      return 'custom-order';
    case 'powerBuild':
      return 'power-build';
    case 'general':
      return 'general';
    default: {
      const never: never = field;
      return never;
    }
  }
}

function lockText(game: GameState, playerId: string, sku: SkuSpec): { locked: boolean; text: string | null } {
  if (sku.availableFrom > game.quarter) return { locked: true, text: `On sale from ${quarterLabel(game.scenario, sku.availableFrom)}` };
  const st = exportStatus(game, playerId, sku.id);
  const company = companyOf(game.scenario, playerId);
  const rule = st.ruleName?.en ?? st.ruleId ?? '';
  switch (st.mode) {
    case 'free':
      return { locked: false, text: null };
    case 'notSold':
      return { locked: true, text: `${sku.vendor} does not sell it to ${company?.region ?? 'you'}` };
    case 'banned':
      return { locked: true, text: `Locked by export rule: ${rule}` };
    case 'licence':
      return { locked: false, text: `Licence needed (${st.value}% approval): ${rule}` };
    case 'revenueShare':
      return { locked: false, text: `${st.value}% share to the US government: ${rule}` };
    case 'cap':
      return { locked: false, text: `Capped at ${f.exact(st.value)} units a quarter: ${rule}` };
    default:
      return { locked: false, text: null };
  }
}

/** Renders the orders form for `playerId` into root. */
export function renderOrders(root: HTMLElement, store: GameStore, playerId: string): void {
  const s0 = store.getState();
  const game = s0.game;
  if (!game) return;
  const company = companyOf(game.scenario, playerId);
  const player = game.players.find((p) => p.id === playerId);
  if (!company || !player) return;
  const draft: DraftOrders = structuredClone(s0.ui.drafts[playerId] ?? emptyDraft());
  const inputs = new Map<string, HTMLInputElement>();
  const fieldErrors = new Map<string, HTMLElement>();

  const form = el('form', { class: 'stack', testid: 'orders-panel', attrs: { 'aria-labelledby': 'orders-title', novalidate: true } });
  root.append(form);
  form.append(
    el('div', { class: 'spread' }, el('h2', { attrs: { id: 'orders-title' } }, 'Your orders'), companyBadge(company)),
    el('p', { class: 'muted' }, 'Sealed bids: rivals see them only after the quarter resolves.'),
  );

  // Budget
  const committedEl = el('span', { class: 'num' });
  const leftEl = el('span', { class: 'num left' });
  form.append(
    el(
      'div',
      { class: 'budget', attrs: { role: 'group', 'aria-label': 'Budget' } },
      el('div', {}, el('span', { class: 'label' }, 'Cash'), num(f.money(player.cash), f.moneyExact(player.cash))),
      el('div', {}, el('span', { class: 'label' }, 'Committed'), committedEl),
      el('div', { attrs: { 'aria-live': 'polite' } }, el('span', { class: 'label' }, 'Budget left'), leftEl),
    ),
  );

  const textInput = (key: string, label: string, value: string, placeholder: string, disabled = false): HTMLInputElement => {
    const input = el('input', {
      testid: key,
      attrs: {
        id: `in-${key}`,
        type: 'text',
        inputmode: 'decimal',
        autocomplete: 'off',
        spellcheck: 'false',
        value,
        placeholder,
        'aria-label': label,
        'aria-describedby': `err-${key}`,
        disabled,
      },
    });
    inputs.set(key, input);
    return input;
  };
  const errorSlot = (key: string): HTMLElement => {
    const e = el('div', { class: 'field-error', attrs: { id: `err-${key}` } });
    fieldErrors.set(key, e);
    return e;
  };

  // Bids
  const table = el('table', { class: 'sku-table' });
  table.append(
    el('caption', { class: 'sr-only' }, 'Bids per chip'),
    el('thead', {}, el('tr', {}, el('th', { attrs: { scope: 'col' } }, 'Chip'), el('th', { attrs: { scope: 'col' } }, 'Units'), el('th', { attrs: { scope: 'col' } }, 'Max $ / chip'))),
  );
  const body = el('tbody');
  table.append(body);
  for (const sku of game.scenario.skus) {
    const lock = lockText(game, playerId, sku);
    const supply = supplyNow(game, sku);
    const last = lastClearing(game, sku.id);
    const d = draft.bids[sku.id] ?? { quantity: '', maxPrice: '' };
    const meta = el('div', { class: 'sku-meta' });
    meta.append(
      num(`list ${f.money(sku.listPrice)}`, `list price ${f.moneyExact(sku.listPrice)} per chip`, 'num'),
      ' · ',
      num(`${f.count(supply)} on sale`, `${f.exact(supply)} units on sale this quarter`, 'num'),
    );
    if (last) meta.append(' · ', num(`last ${f.money(last.clearing.clearingPrice)}`, `last clearing price ${f.moneyExact(last.clearing.clearingPrice)} (${quarterLabel(game.scenario, last.quarter)})`, 'num'));
    const vendorShown = sku.name.toLowerCase().includes(sku.vendor.toLowerCase()) ? null : el('span', { class: 'faint' }, ` ${sku.vendor}`);
    const nameCell = el('td', {}, el('div', { class: 'sku-name' }, sku.name, vendorShown ?? ''), meta);
    if (lock.text) nameCell.append(el('div', { class: lock.locked ? 'sku-lock' : 'sku-note' }, lock.text));
    const qKey = `bid-quantity-${sku.id}`;
    const pKey = `bid-price-${sku.id}`;
    const disabled = lock.locked || supply === 0;
    body.append(
      el(
        'tr',
        {},
        nameCell,
        el('td', { class: 'inp' }, textInput(qKey, `${sku.name} quantity (units)`, d.quantity, '0', disabled), errorSlot(qKey)),
        el('td', { class: 'inp' }, textInput(pKey, `${sku.name} max price per chip (dollars)`, d.maxPrice, f.money(sku.listPrice), disabled), errorSlot(pKey)),
      ),
    );
  }
  form.append(el('div', { class: 'section' }, el('h3', {}, 'Sealed bids'), table));

  // Silicon, custom chips, power
  const sc = game.scenario;
  const stage = player.silicon.stage;
  const stageNames: Record<string, string> = { none: 'not started', design: 'design', tapeout: 'tape-out', ramp: 'ramp', volume: 'volume production' };
  const nextCost = stage === 'none' || stage === 'design' ? sc.silicon.stageCost.design : stage === 'tapeout' ? sc.silicon.stageCost.tapeout : stage === 'ramp' ? sc.silicon.stageCost.ramp : 0;
  const siliconHint =
    stage === 'volume'
      ? `${company.silicon.name} is in volume production.`
      : `${company.silicon.name}: ${stageNames[stage] ?? stage}, ${f.money(player.silicon.progress)} of ${f.money(nextCost)} towards the next stage.`;
  const canOrderCustom = stage === 'ramp' || stage === 'volume';
  const section = el('div', { class: 'section stack' }, el('h3', {}, 'Silicon and power'));
  section.append(
    el(
      'div',
      { class: 'field' },
      el('label', { attrs: { for: 'in-silicon-investment' } }, 'Silicon investment ($)'),
      textInput('silicon-investment', 'Silicon investment (dollars)', draft.siliconInvestment, '$0', stage === 'volume'),
      el('div', { class: 'hint' }, siliconHint),
      errorSlot('silicon-investment'),
    ),
  );
  if (canOrderCustom) {
    section.append(
      el(
        'div',
        { class: 'field' },
        el('label', { attrs: { for: 'in-custom-order' } }, `${company.silicon.name} chips to make (units)`),
        textInput('custom-order', `${company.silicon.name} chips to make (units)`, draft.customOrder, '0'),
        el('div', { class: 'hint' }, `${f.money(company.silicon.unitCost)} each${stage === 'ramp' ? `, at most ${f.exact(sc.silicon.rampCap)} a quarter while ramping` : ''}.`),
        errorSlot('custom-order'),
      ),
    );
  }
  const ready = quarterLabel(sc, game.quarter + sc.power.leadQuarters);
  section.append(
    el(
      'div',
      { class: 'field' },
      el('label', { attrs: { for: 'in-power-build' } }, 'Power to build (MW)'),
      textInput('power-build', 'Power to build (megawatts)', draft.powerBuild, '0 MW'),
      el('div', { class: 'hint' }, `${f.money(sc.power.costPerMw)} per MW, online ${ready}. Now ${f.mw(player.powerMw)} online${player.projects.length ? `, ${f.mw(player.projects.reduce((a, p) => a + p.mw, 0))} under construction` : ''}.`),
      errorSlot('power-build'),
    ),
  );
  form.append(section);

  const problems = el('ul', { class: 'problems', attrs: { 'aria-live': 'polite', id: 'orders-problems' } });
  const submit = el('button', { class: 'btn btn-primary btn-wide', testid: 'submit-orders', attrs: { type: 'submit', 'aria-describedby': 'orders-problems' } }, 'Submit sealed orders');
  form.append(problems, submit);

  const readDraft = (): DraftOrders => {
    const next: DraftOrders = { bids: {}, siliconInvestment: '', customOrder: '', powerBuild: '' };
    for (const sku of game.scenario.skus) {
      const q = inputs.get(`bid-quantity-${sku.id}`)?.value ?? '';
      const p = inputs.get(`bid-price-${sku.id}`)?.value ?? '';
      if (q !== '' || p !== '') next.bids[sku.id] = { quantity: q, maxPrice: p };
    }
    next.siliconInvestment = inputs.get('silicon-investment')?.value ?? '';
    next.customOrder = inputs.get('custom-order')?.value ?? '';
    next.powerBuild = inputs.get('power-build')?.value ?? '';
    return next;
  };

  /** Re-checks the draft; returns the problems (empty = ready to submit). */
  const check = (): { key: string; message: string }[] => {
    const d = readDraft();
    const res = draftToOrders(d, game.scenario);
    const found = res.problems.map((p) => ({ key: fieldKey(p.field), message: p.message }));
    const cost = committedCost(game, playerId, res.orders);
    committedEl.textContent = f.money(cost);
    committedEl.title = f.moneyExact(cost);
    committedEl.setAttribute('aria-label', f.moneyExact(cost));
    const left = player.cash - cost;
    leftEl.textContent = f.money(left);
    leftEl.title = f.moneyExact(left);
    leftEl.setAttribute('aria-label', f.moneyExact(left));
    leftEl.classList.toggle('neg', left < 0);
    if (found.length === 0) {
      const err = validateOrders(game, playerId, res.orders);
      if (err) {
        const msg = err.message.charAt(0).toUpperCase() + err.message.slice(1);
        found.push({ key: fieldKey(fieldOfPath(err.path, res.bidSkus)), message: msg.endsWith('.') ? msg : `${msg}.` });
      }
    }
    for (const [key, slot] of fieldErrors) {
      const mine = found.filter((p) => p.key === key);
      slot.textContent = mine.map((p) => p.message).join(' ');
      inputs.get(key)?.setAttribute('aria-invalid', mine.length ? 'true' : 'false');
    }
    problems.replaceChildren(...found.filter((p) => !fieldErrors.has(p.key)).map((p) => el('li', {}, p.message)));
    return found;
  };

  form.addEventListener('input', () => {
    store.getState().setDraft(playerId, readDraft());
    check();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const found = check();
    if (found.length > 0) {
      const first = found[0];
      (first ? inputs.get(first.key) : undefined)?.focus();
      if (first && !inputs.has(first.key)) problems.querySelector('li')?.setAttribute('tabindex', '-1');
      return;
    }
    const res = draftToOrders(readDraft(), game.scenario);
    const err = store.getState().submitHuman(playerId, res.orders);
    if (err) problems.replaceChildren(el('li', {}, err.message));
  });
  check();
}
