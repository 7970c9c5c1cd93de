/**
 * The orders form for one human seat: per SKU a quantity and a max price, silicon investment, a foundry
 * booking for own chips, grid power and fast on-site power, grey-market purchases of export-denied chips and a partnership offer. Budget left updates as
 * you type (engine committedCost); problems are explained before submit (engine validateOrders); a locked
 * SKU shows the export rule that locks it (engine exportStatus).
 * The planner, the price history, the preview above Submit and the export status live in src/ui/play/.
 */
import { budgetNotes, committedHint } from './play/running-costs';
import { committedCost, greyCatchPct, quarterLabel, spareUnitsFor, validateOrders } from '../engine';
import type { Orders } from '../engine/types';
import type { GameStore } from '../store/game-store';
import { draftToOrders, emptyDraft, fieldOfPath, parseAmount, type DraftField, type DraftOrders, type DraftProblem } from '../store/drafts';
import { companyOf, lastClearing, supplyNow } from '../store/selectors';
import { companyBadge, el, num, wrapUnit } from './dom';
import * as f from '../text/format';
import { lang, t } from '../text/i18n';
import { dealBidParseText, draftProblemText, greyParseText, orderErrorText } from './error-text';
import { computeLine, lastDemandText, maxPricePlaceholder, pricingRuleText } from './play/bid-hints';
import { createCapacityPlan } from './play/capacity-plan';
import { chipNote, exportStatusLive } from './play/export-status';
import { keepClearOfFoot } from './play/foot';
import { greySection, partnershipSection } from './play/offer-sections';
import { greySkus, offerTerms, openOffers } from './play/offers';
import { createOrderPreview } from './play/order-preview';
import { priceSparkline } from './play/price-history';
import { siliconPowerSection } from './play/silicon-power';
// oxlint-disable-next-line import/no-unassigned-import -- the planner's and preview's stylesheet is a side effect by design
import './play/play.css';

function fieldKey(field: DraftField): string {
  switch (field.kind) {
    case 'bidQuantity':
      return field.tranche ? `bid-quantity-${field.sku}-${field.tranche}` : `bid-quantity-${field.sku}`;
    case 'bidPrice':
      return field.tranche ? `bid-price-${field.sku}-${field.tranche}` : `bid-price-${field.sku}`;
    case 'siliconInvestment':
      return 'silicon-investment';
    case 'customOrder':
      return 'foundry-booking';
    case 'powerBuild':
      return 'power-grid';
    case 'powerFast':
      return 'power-fast';
    case 'general':
      return 'general';
    default: {
      const never: never = field;
      return never;
    }
  }
}

/**
 * The draft as this panel keeps it: the store's DraftOrders plus the grey-market quantities (raw text per
 * SKU) and the partnership chosen ('' = none). The store keeps the whole object as given.
 */
interface PanelDraft extends DraftOrders {
  greyMarket: Record<string, string>;
  partnership: string;
  /** The sealed deal bid as typed ('' = none). */
  dealBid?: string;
}

/** Renders the orders form for `playerId` into root. */
export function renderOrders(root: HTMLElement, store: GameStore, playerId: string): void {
  const s0 = store.getState();
  const game = s0.game;
  if (!game) return;
  const company = companyOf(game.scenario, playerId);
  const player = game.players.find((p) => p.id === playerId);
  if (!company || !player) return;
  const stored = (s0.ui.drafts[playerId] ?? emptyDraft()) as Partial<PanelDraft> & DraftOrders;
  const draft: PanelDraft = { ...structuredClone(stored), greyMarket: { ...stored.greyMarket }, partnership: stored.partnership ?? '', dealBid: stored.dealBid ?? '' };
  const maxBids = game.scenario.market.maxBidsPerSku;
  const greyList = greySkus(game, playerId);
  const offers = openOffers(game, playerId);
  let partnershipSelect: HTMLSelectElement | null = null;
  let partnershipTerms: HTMLElement | null = null;
  let dealBidField: HTMLElement | null = null;
  let riskNow: HTMLElement | null = null;
  const inputs = new Map<string, HTMLInputElement>();
  const spareEls = new Map<string, HTMLElement>();
  const computeLines = new Map<string, ReturnType<typeof computeLine>>();
  const planner = createCapacityPlan(game, playerId);
  const preview = createOrderPreview(game, playerId);
  const exportLive = exportStatusLive(game, playerId);
  const fieldErrors = new Map<string, HTMLElement>();

  const form = el('form', { class: 'stack', testid: 'orders-panel', attrs: { 'aria-labelledby': 'orders-title', novalidate: true } });
  root.append(form);
  form.append(
    el('div', { class: 'spread' }, el('h2', { attrs: { id: 'orders-title' } }, t('orders.title')), companyBadge(company)),
    el('p', { class: 'muted' }, t('orders.sealedNote')),
    exportLive.line,
  );

  // Budget
  const committedEl = el('span', { class: 'num' });
  const leftEl = el('span', { class: 'num left' });
  form.append(
    el(
      'div',
      { class: 'budget', attrs: { role: 'group', 'aria-label': t('orders.budget') } },
      el('div', {}, el('span', { class: 'label' }, t('tables.cash')), wrapUnit(num(f.money(player.cash), f.moneyExact(player.cash)), f.money(player.cash))),
      el('div', {}, el('span', { class: 'label' }, t('orders.committed')), committedEl),
      el('div', { attrs: { 'aria-live': 'polite' } }, el('span', { class: 'label' }, t('orders.budgetLeft')), leftEl),
    ),
    ...budgetNotes(game, playerId),
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
    // A live region: the error is announced as it appears, not only when the field is next focused.
    const e = el('div', { class: 'field-error', attrs: { id: `err-${key}`, 'aria-live': 'polite' } });
    fieldErrors.set(key, e);
    return e;
  };

  // Bids
  const table = el('table', { class: 'sku-table' });
  table.append(
    el('caption', { class: 'sr-only' }, t('orders.bidsCaption')),
    el('thead', {}, el('tr', {}, el('th', { attrs: { scope: 'col' } }, t('orders.chip')), el('th', { attrs: { scope: 'col' } }, t('orders.units')), el('th', { attrs: { scope: 'col' } }, t('orders.maxPrice')))),
  );
  const body = el('tbody');
  table.append(body);
  for (const sku of game.scenario.skus) {
    const lock = chipNote(game, playerId, sku);
    const supply = supplyNow(game, sku);
    const last = lastClearing(game, sku.id);
    const d = draft.bids[sku.id] ?? { quantity: '', maxPrice: '' };
    const meta = el('div', { class: 'sku-meta' });
    meta.append(
      num(t('orders.list', { price: f.money(sku.listPrice) }), t('orders.listExact', { price: f.moneyExact(sku.listPrice) }), 'num'),
      ' · ',
      num(t('orders.onSale', { n: f.count(supply) }), t('orders.onSaleExact', { n: f.exact(supply) }), 'num'),
    );
    // The last price and its sparkline wrap as one ("last" never apart from its price, the line beside it).
    const lastPrice = last ? num(t('orders.last', { price: f.money(last.clearing.clearingPrice) }), t('orders.lastExact', { price: f.moneyExact(last.clearing.clearingPrice), quarter: quarterLabel(game.scenario, last.quarter) }), 'num') : null;
    meta.append(last ? ' · ' : ' ', el('span', { class: 'last-price' }, lastPrice, lastPrice ? ' ' : null, priceSparkline(game, sku)));
    const demand = lastDemandText(game, sku);
    if (demand) meta.append(el('br'), el('span', { class: 'last-demand', testid: `last-demand-${sku.id}` }, demand));
    if (!lock.locked && supply > 0) {
      const spare = el('span', { class: 'spare', testid: `spare-${sku.id}` });
      spareEls.set(sku.id, spare);
      meta.append(el('br'), spare);
    }
    const vendorShown = sku.name.toLowerCase().includes(sku.vendor.toLowerCase()) ? null : el('span', { class: 'faint' }, ` ${sku.vendor}`);
    const compute = computeLine(game, sku, playerId);
    computeLines.set(sku.id, compute);
    const nameCell = el('td', {}, el('div', { class: 'sku-name' }, sku.name, vendorShown ?? ''), compute.element, meta);
    if (lock.text) nameCell.append(exportLive.rowNote(sku, lock));
    const qKey = `bid-quantity-${sku.id}`;
    const pKey = `bid-price-${sku.id}`;
    const disabled = lock.locked || supply === 0;
    body.append(
      el(
        'tr',
        { testid: `bid-tranche-${sku.id}-1` },
        nameCell,
        el('td', { class: 'inp' }, textInput(qKey, t('orders.quantityLabel', { sku: sku.name }), d.quantity, '0', disabled), errorSlot(qKey)),
        el('td', { class: 'inp' }, textInput(pKey, t('orders.priceLabel', { sku: sku.name }), d.maxPrice, maxPricePlaceholder(), disabled), errorSlot(pKey)),
      ),
    );
    // Tranches 2..maxBids: lower bids for more units (a demand curve), shown once added or when they hold text.
    if (maxBids < 2 || disabled) continue;
    const extra = draft.tranches?.[sku.id] ?? [];
    const rows: HTMLElement[] = [];
    const add = el('button', { class: 'btn btn-small add-tranche', testid: `add-tranche-${sku.id}`, attrs: { type: 'button', 'aria-label': t('orders.addTrancheLabel', { sku: sku.name }) } }, t('orders.addTranche'));
    const refreshAdd = (): void => {
      add.hidden = rows.every((r) => !r.hidden);
    };
    for (let n = 2; n <= maxBids; n++) {
      const td = extra[n - 2] ?? { quantity: '', maxPrice: '' };
      const tq = `${qKey}-${n}`;
      const tp = `${pKey}-${n}`;
      const remove = el('button', { class: 'btn btn-small btn-link tranche-remove', testid: `remove-tranche-${sku.id}-${n}`, attrs: { type: 'button', 'aria-label': t('orders.removeTrancheLabel', { n, sku: sku.name }) } }, t('orders.removeTranche'));
      const row = el(
        'tr',
        { class: 'tranche-row', testid: `bid-tranche-${sku.id}-${n}` },
        el('td', { class: 'tranche-name' }, el('span', { class: 'faint' }, t('orders.tranche', { n }))),
        el('td', { class: 'inp' }, textInput(tq, t('orders.trancheQuantityLabel', { sku: sku.name, n }), td.quantity, '0'), errorSlot(tq)),
        el('td', { class: 'inp' }, textInput(tp, t('orders.tranchePriceLabel', { sku: sku.name, n }), td.maxPrice, maxPricePlaceholder()), errorSlot(tp), remove),
      );
      row.hidden = td.quantity === '' && td.maxPrice === '';
      remove.addEventListener('click', () => {
        for (const k of [tq, tp]) {
          const input = inputs.get(k);
          if (input) input.value = '';
        }
        row.hidden = true;
        refreshAdd();
        onEdit();
        add.focus();
      });
      rows.push(row);
    }
    add.addEventListener('click', () => {
      const next = rows.find((r) => r.hidden);
      if (!next) return;
      next.hidden = false;
      refreshAdd();
      next.querySelector('input')?.focus();
    });
    refreshAdd();
    // In the DOM (so in tab order) a tranche's Remove after its price, the add button after the bids: quantity, price, Remove, "+ Lower bid".
    body.append(...rows, el('tr', { class: 'tranche-add-row' }, el('td', { attrs: { colspan: 3 } }, el('div', { class: 'tranche-add' }, add))));
  }
  const bidSection = el('div', { class: 'section' }, el('h3', {}, t('orders.sealedBids')), el('p', { class: 'hint bid-rule', testid: 'bid-rule' }, pricingRuleText(game)), table);
  if (maxBids > 1) bidSection.append(el('div', { class: 'hint' }, t('orders.trancheHint', { max: maxBids })));
  form.append(bidSection, planner.element);

  // Silicon, custom chips, power (src/ui/play/silicon-power.ts); grey market and partnership offers (offer-sections.ts).
  const siliconPower = siliconPowerSection(game, playerId, draft, { textInput, errorSlot });
  form.append(siliconPower.element);

  const gm = game.scenario.greyMarket;
  const grey = greySection(game, playerId, greyList, draft.greyMarket, { textInput, errorSlot });
  if (grey) {
    form.append(grey.element);
    riskNow = grey.riskNow;
  }
  const deal = partnershipSection(game, playerId, offers, draft, { textInput, errorSlot });
  if (deal) {
    form.append(deal.element);
    dealBidField = deal.dealBidField;
    partnershipSelect = deal.select;
    partnershipTerms = deal.terms;
  }

  const problems = el('ul', { class: 'problems', attrs: { 'aria-live': 'polite', id: 'orders-problems' } });
  const submit = el('button', { class: 'btn btn-primary btn-wide', testid: 'submit-orders', attrs: { type: 'submit', 'aria-describedby': 'orders-problems' } }, t('orders.submit'));
  // Submit, the problems and the preview stay in view at the panel's foot (sticky) so orders seal without scrolling.
  const foot = el('div', { class: 'orders-foot', testid: 'orders-foot' }, preview.element, problems, submit);
  form.append(foot);

  const readDraft = (): PanelDraft => {
    const next: PanelDraft = { bids: {}, siliconInvestment: '', customOrder: '', powerBuild: '', powerFast: '', greyMarket: {}, partnership: partnershipSelect?.value ?? '', dealBid: inputs.get('deal-bid')?.value ?? '' };
    for (const sku of greyList) {
      const v = inputs.get(`grey-quantity-${sku.id}`)?.value ?? '';
      if (v !== '') next.greyMarket[sku.id] = v;
    }
    for (const sku of game.scenario.skus) {
      const q = inputs.get(`bid-quantity-${sku.id}`)?.value ?? '';
      const p = inputs.get(`bid-price-${sku.id}`)?.value ?? '';
      if (q !== '' || p !== '') next.bids[sku.id] = { quantity: q, maxPrice: p };
      const rows: { quantity: string; maxPrice: string }[] = [];
      for (let n = 2; n <= maxBids; n++) rows.push({ quantity: inputs.get(`bid-quantity-${sku.id}-${n}`)?.value ?? '', maxPrice: inputs.get(`bid-price-${sku.id}-${n}`)?.value ?? '' });
      if (rows.some((r) => r.quantity !== '' || r.maxPrice !== '')) (next.tranches ??= {})[sku.id] = rows;
    }
    next.siliconInvestment = inputs.get('silicon-investment')?.value ?? '';
    next.customOrder = inputs.get('foundry-booking')?.value ?? '';
    next.powerBuild = inputs.get('power-grid')?.value ?? '';
    next.powerFast = inputs.get('power-fast')?.value ?? '';
    return next;
  };

  /** The draft as engine Orders (bids etc. by the store's rules, then grey market and partnership). */
  const build = (d: PanelDraft): { orders: Orders; bidSkus: string[]; bidTranches: number[]; greySkus: string[]; problems: { key: string; message: string }[] } => {
    const res = draftToOrders(d, game.scenario, lang());
    const found = res.problems.map((p: DraftProblem) => ({ key: fieldKey(p.field), message: draftProblemText(p, game) }));
    const greyOrder: string[] = [];
    for (const sku of greyList) {
      const r = parseAmount(d.greyMarket[sku.id] ?? '', lang());
      if (!r.ok) found.push({ key: `grey-quantity-${sku.id}`, message: greyParseText(sku.name, r) });
      else if (r.value > 0) {
        res.orders.greyMarket.push({ sku: sku.id, quantity: r.value });
        greyOrder.push(sku.id);
      }
    }
    res.orders.partnership = d.partnership || null;
    if (res.orders.partnership && d.dealBid) {
      const r = parseAmount(d.dealBid, lang());
      if (!r.ok) found.push({ key: 'deal-bid', message: dealBidParseText(r) });
      else if (r.value > 0) res.orders.dealBid = r.value;
    }
    return { orders: res.orders, bidSkus: res.bidSkus, bidTranches: res.bidTranches, greySkus: greyOrder, problems: found };
  };

  /** The input an engine error path points at. */
  const keyOfPath = (path: string | undefined, bidSkus: string[], bidTranches: number[], greyOrder: string[]): string => {
    const g = path ? /greyMarket\[(\d+)\]/.exec(path) : null;
    if (g) {
      const sku = greyOrder[Number(g[1])];
      return sku ? `grey-quantity-${sku}` : 'grey-market';
    }
    if (path?.endsWith('greyMarket')) return 'grey-market';
    if (path?.endsWith('partnership')) return 'partnership-select';
    if (path?.endsWith('dealBid')) return 'deal-bid';
    return fieldKey(fieldOfPath(path, bidSkus, bidTranches));
  };

  /** Re-checks the draft; returns the problems (empty = ready to submit). */
  const check = (): { key: string; message: string }[] => {
    const d = readDraft();
    const res = build(d);
    const found = res.problems;
    if (partnershipTerms) {
      const spec = offers.find((o) => o.id === d.partnership);
      partnershipTerms.textContent = spec ? offerTerms(game, spec) : t('orders.noDeal');
    }
    if (dealBidField) dealBidField.hidden = !d.partnership;
    if (riskNow) {
      const units = res.orders.greyMarket.reduce((a, g) => a + g.quantity, 0);
      riskNow.textContent = t('orders.riskNow', { pct: (Math.round(greyCatchPct(gm, units) * 10) / 10).toLocaleString(lang() === 'de' ? 'de-DE' : 'en-US') });
    }
    const cost = committedCost(game, playerId, res.orders);
    wrapUnit(committedEl, f.money(cost));
    committedEl.title = committedHint(game, playerId, cost);
    committedEl.setAttribute('aria-label', f.moneyExact(cost));
    const left = player.cash - cost;
    wrapUnit(leftEl, f.money(left));
    leftEl.title = f.moneyExact(left);
    leftEl.setAttribute('aria-label', f.moneyExact(left));
    leftEl.classList.toggle('neg', left < 0);
    planner.update(res.orders);
    preview.update(res.orders);
    exportLive.update(res.orders);
    const warnings = siliconPower.update(res.orders);
    for (const [id, line] of computeLines) line.update(d.bids[id]?.maxPrice ?? '');
    for (const [id, spareEl] of spareEls) {
      const n = spareUnitsFor(game, playerId, res.orders, id);
      spareEl.textContent = n > 0 ? t('lo.row.spare', { n: f.count(n) }) : t('lo.row.spareNone');
      spareEl.title = t('lo.row.spareExact', { n: f.exact(n) });
      spareEl.classList.toggle('warn', n === 0);
    }
    if (found.length === 0) {
      const err = validateOrders(game, playerId, res.orders);
      if (err) {
        const text = orderErrorText(err, { game, playerId, orders: res.orders, bidSkus: res.bidSkus, greySkus: res.greySkus });
        const msg = text.charAt(0).toUpperCase() + text.slice(1);
        found.push({ key: keyOfPath(err.code === 'EXPORT_CAP' ? undefined : err.path, res.bidSkus, res.bidTranches, res.greySkus), message: msg.endsWith('.') ? msg : `${msg}.` });
      }
    }
    for (const [key, slot] of fieldErrors) {
      const mine = found.filter((p) => p.key === key);
      slot.textContent = mine.map((p) => p.message).join(' ');
      (key === 'partnership-select' ? partnershipSelect : inputs.get(key))?.setAttribute('aria-invalid', mine.length ? 'true' : 'false');
    }
    // Problems block Submit; warnings (power online only after the game ends) do not: the engine accepts such orders.
    problems.replaceChildren(...found.filter((p) => !fieldErrors.has(p.key)).map((p) => el('li', {}, p.message)), ...warnings.map((w) => el('li', { class: 'warn', testid: `warning-${w.key}` }, w.message)));
    keepClearOfFoot(form, foot);
    return found;
  };

  const onEdit = (): void => {
    store.getState().setDraft(playerId, readDraft());
    check();
  };
  form.addEventListener('input', onEdit);
  // A select fires change (and, in most browsers, input too); both lead to the same check.
  form.addEventListener('change', (e) => {
    if (e.target instanceof HTMLSelectElement) onEdit();
  });
  // A held Enter sends the orders once: its auto-repeats never submit, and a sent form sends nothing more.
  let sent = false;
  form.addEventListener('keydown', (e) => {
    if (e.repeat && (e.key === 'Enter' || e.key === ' ')) e.preventDefault();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (sent) return;
    const found = check();
    if (found.length > 0) {
      const first = found[0];
      (first ? (first.key === 'partnership-select' ? partnershipSelect : inputs.get(first.key)) : undefined)?.focus();
      if (first && !inputs.has(first.key)) problems.querySelector('li')?.setAttribute('tabindex', '-1');
      return;
    }
    const res = build(readDraft());
    const err = store.getState().submitHuman(playerId, res.orders);
    sent = err === null;
    if (err) problems.replaceChildren(el('li', {}, orderErrorText(err, { game, playerId, orders: res.orders, bidSkus: res.bidSkus, greySkus: res.greySkus })));
  });
  check();
  // After Continue (or a new game) the clicked button is gone and the focus fell to <body>: put it on the
  // first order field, a frame later (as the reveal does) so a key still held does not type into it.
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (form.isConnected && (active === null || active === document.body)) form.querySelector<HTMLInputElement>('input:not([disabled])')?.focus({ preventScroll: true });
  });
}
