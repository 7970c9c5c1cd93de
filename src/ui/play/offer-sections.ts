/**
 * The orders panel's grey-market and partnership sections (moved out of orders-panel.ts). The grey market is
 * offered only for chips an export rule denies this buyer, and not at all while it is on the entity list (a
 * note says why); a partnership offer comes with its terms and a sealed deal bid, and a chipmaker deal with what its
 * credit can buy this seat under the export rules now.
 */
import { entityListing } from '../../engine';
import { greyUnitCost } from '../../engine/queries';
import { scenarioName } from '../../text/scenario-names';
import type { GameState, PartnershipSpec, SkuSpec } from '../../engine/types';
import { creditReach, offerOptionLabel } from './offers';
import * as f from '../../text/format';
import { t } from '../../text/i18n';
import { el, num } from '../dom';

/** How the panel makes its inputs and error slots (so every field is read and checked in one place). */
export interface FieldMaker {
  textInput(key: string, label: string, value: string, placeholder: string, disabled?: boolean): HTMLInputElement;
  errorSlot(key: string): HTMLElement;
}

/** The grey-market section (null when nothing is offered and nothing needs saying). */
export function greySection(game: GameState, playerId: string, greyList: SkuSpec[], typed: Record<string, string>, fields: FieldMaker): { element: HTMLElement; riskNow: HTMLElement | null } | null {
  const gm = game.scenario.greyMarket;
  if (gm.enabled && entityListing(game, playerId)) return { element: el('p', { class: 'section hint grey-closed', testid: 'grey-closed' }, t('lo.grey.listed')), riskNow: null };
  if (greyList.length === 0) return null;
  const { textInput, errorSlot } = fields;
  let riskNow: HTMLElement | null = null;
  const riskId = 'grey-risk';
  const grey = el('div', { class: 'section stack grey-market', attrs: { role: 'group', 'aria-labelledby': 'grey-title' } }, el('h3', { attrs: { id: 'grey-title' } }, t('orders.grey')));
  const consequences = { fine: gm.finePct, loss: gm.relationshipLoss, quarters: t('orders.quarters', { count: gm.entityListQuarters }) };
  if (gm.catchRefUnits !== undefined) {
    // The chance grows with the units (the engine's greyCatchPct): the rule, then the chance for what is typed.
    riskNow = el('span', { testid: 'grey-risk-now', attrs: { 'aria-live': 'polite' } });
    grey.append(
      el(
        'p',
        { class: 'risk', attrs: { id: riskId } },
        el('strong', {}, t('orders.risk')),
        t('orders.riskScale', { catch: gm.catchPct, ref: f.exact(gm.catchRefUnits), max: gm.catchMaxPct ?? 100 }),
        riskNow,
        ' ',
        t('orders.riskCaught', consequences),
      ),
    );
  } else {
    grey.append(el('p', { class: 'risk', attrs: { id: riskId } }, el('strong', {}, t('orders.risk')), t('orders.riskText', { catch: gm.catchPct, ...consequences })));
  }
  for (const sku of greyList) {
    const key = `grey-quantity-${sku.id}`;
    const { price, fine } = greyUnitCost(game.scenario, sku.listPrice);
    const input = textInput(key, t('orders.greyAria', { sku: sku.name }), typed[sku.id] ?? '', '0');
    input.setAttribute('aria-describedby', `err-${key} hint-${key} ${riskId}`);
    grey.append(
      el(
        'div',
        { class: 'field' },
        el('label', { attrs: { for: `in-${key}` } }, t('orders.greyLabel', { sku: sku.name })),
        input,
        el(
          'div',
          { class: 'hint', attrs: { id: `hint-${key}` } },
          num(t('orders.each', { price: f.money(price) }), t('orders.perChip', { price: f.moneyExact(price) })),
          t('orders.greyHint', { list: f.money(sku.listPrice), premium: gm.premiumPct, fine: f.money(fine) }),
        ),
        errorSlot(key),
      ),
    );
  }
  grey.append(el('div', { class: 'hint' }, t('orders.greyMax', { max: f.exact(gm.maxUnitsPerQuarter) })), errorSlot('grey-market'));
  return { element: grey, riskNow };
}

/**
 * The partnership section: the offers, their terms and the deal bid (null when no offer is open); under the offers,
 * for a chipmaker deal whose credit export rules or the entity list keep from some of the vendor's chips, what it buys you.
 */
export function partnershipSection(game: GameState, playerId: string, offers: PartnershipSpec[], draft: { partnership: string; dealBid?: string }, fields: FieldMaker): { element: HTMLElement; select: HTMLSelectElement; terms: HTMLElement; dealBidField: HTMLElement } | null {
  if (offers.length === 0) return null;
  const { textInput, errorSlot } = fields;
  const box = el('div', { class: 'section stack' }, el('h3', {}, t('orders.partnership')));
  const reach = offers.flatMap((o) => {
    const text = creditReach(game, playerId, o);
    return text ? [el('div', { class: 'credit-reach', testid: `credit-reach-${o.id}` }, el('strong', {}, `${scenarioName(o.name)}: `), text)] : [];
  });
  const select = el('select', { testid: 'partnership-select', attrs: { id: 'in-partnership-select', 'aria-describedby': `partnership-terms${reach.length ? ' credit-reach' : ''} err-partnership-select` } });
  select.append(el('option', { attrs: { value: '' } }, t('orders.noPartnership')));
  for (const o of offers) select.append(el('option', { attrs: { value: o.id, selected: draft.partnership === o.id } }, offerOptionLabel(o)));
  if (!offers.some((o) => o.id === draft.partnership)) select.value = '';
  const terms = el('div', { class: 'hint', attrs: { id: 'partnership-terms', 'aria-live': 'polite' } });
  const bidInput = textInput('deal-bid', t('orders.dealBidLabel'), draft.dealBid ?? '', f.money(0));
  bidInput.setAttribute('aria-describedby', 'err-deal-bid hint-deal-bid');
  const dealBidField = el(
    'div',
    { class: 'field' },
    el('label', { attrs: { for: 'in-deal-bid' } }, t('orders.dealBid')),
    bidInput,
    el('div', { class: 'hint', attrs: { id: 'hint-deal-bid' } }, t('orders.dealBidHint')),
    errorSlot('deal-bid'),
  );
  box.append(
    el(
      'div',
      { class: 'field field-wide' },
      el('label', { attrs: { for: 'in-partnership-select' } }, t('orders.takeOffer')),
      select,
      reach.length ? el('div', { class: 'hint', attrs: { id: 'credit-reach' } }, ...reach) : null,
      terms,
      el('div', { class: 'hint' }, t('orders.offerRule')),
      errorSlot('partnership-select'),
    ),
    dealBidField,
  );
  return { element: box, select, terms, dealBidField };
}
