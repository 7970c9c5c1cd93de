/**
 * The orders panel's "Silicon and power" section (moved out of orders-panel.ts): the silicon investment with a
 * line that follows what is typed (how far the stage gets, and whether it moves on when the quarter resolves),
 * the foundry booking in a few short lines (the units shared among the companies booking in the same quarter, the
 * share booked last quarter, a cut on the seat's region), and grid and on-site power, each with a warning right
 * under it when the power would come online after the game ends (the engine accepts such an order; the player is told first).
 */
import { bookingCap, bookingRules, capacityPlan, deliveryQuarter, depositPerUnit, foundryFree, onsiteRules, quarterLabel } from '../../engine';
import { fundedStage, nextStageCost, powerNeededMw } from '../../engine/queries';
import type { GameState, Orders, SiliconStage } from '../../engine/types';
import { companyOf } from '../../store/selectors';
import * as f from '../../text/format';
import { lang, t } from '../../text/i18n';
import { scenarioName } from '../../text/scenario-names';
import { el } from '../dom';
import { stageName } from '../notes';
import { lateText } from './capacity-plan';
import { foundryCutText } from './foundry-cut';
import type { FieldMaker } from './offer-sections';

/** The stage a finished stage moves on to (the engine's order of stages). */
const AFTER: Record<SiliconStage, SiliconStage> = { none: 'design', design: 'tapeout', tapeout: 'ramp', ramp: 'volume', volume: 'volume' };

/**
 * The silicon line for `typed` dollars of investment this quarter: the stage's progress with it and what
 * happens when the quarter resolves (a stage reached moves on one stage, unless a setback holds it a quarter;
 * what is left over counts towards the next stage, or buys nothing once volume production is reached).
 */
export function siliconText(game: GameState, playerId: string, typed: number): string {
  const player = game.players.find((p) => p.id === playerId);
  const company = companyOf(game.scenario, playerId);
  if (!player || !company) return '';
  const chip = scenarioName(company.silicon.name);
  const stage = player.silicon.stage;
  const funded = fundedStage(stage);
  if (funded === null) return t('orders.siliconVolume', { chip });
  const cost = nextStageCost(game, stage);
  const total = player.silicon.progress + Math.max(0, typed);
  if (total < cost) {
    if (typed <= 0) return t('orders.siliconProgress', { chip, stage: stageName(stage), progress: f.money(player.silicon.progress), cost: f.money(cost) });
    return t('lo.silicon.typed', { chip, stage: stageName(funded), total: f.money(total), cost: f.money(cost), left: f.money(cost - total), next: stageName(AFTER[funded]) });
  }
  const next = AFTER[funded];
  const head = t('lo.silicon.advances', { chip, total: f.money(total), cost: f.money(cost), stage: stageName(funded), next: stageName(next), pct: game.scenario.silicon.setbackPct });
  const extra = total - cost;
  if (extra <= 0) return head;
  return head + t(next === 'volume' ? 'lo.silicon.wasted' : 'lo.silicon.carry', { extra: f.money(extra) });
}

/**
 * What the seat's own chip is, so it can be set against the vendors' chips in the bid table (a tester could not
 * find its H100e or watts anywhere): its H100e and watts a chip, its unit cost in volume and that cost per H100e.
 */
export function ownChipSpecText(game: GameState, playerId: string): string {
  const c = companyOf(game.scenario, playerId);
  if (!c) return '';
  const s = c.silicon;
  const value = new Intl.NumberFormat(lang() === 'de' ? 'de-DE' : 'en-US', { maximumFractionDigits: 2 }).format(s.h100e);
  const perH100e = s.h100e > 0 ? f.money(s.unitCost / s.h100e) : '–';
  return t('lo.silicon.spec', { chip: scenarioName(s.name), h100e: t('unit.h100e', { value }), watts: f.exact(s.watts), cost: f.money(s.unitCost), perH100e });
}

/** The foundry units every company asked for last quarter, and the share of them the foundry booked (null if nobody asked). */
export function lastBookingShare(game: GameState): { asked: number; share: number } | null {
  const rec = game.history[game.history.length - 1];
  if (!rec) return null;
  const asked = rec.orders.reduce((a, o) => a + o.orders.customOrder, 0);
  if (asked <= 0) return null;
  const booked = rec.notes.reduce((a, n) => a + (n.code === 'foundryBooked' ? Number(n.values['units']) || 0 : 0), 0);
  return { asked, share: booked / asked };
}

/**
 * The foundry booking's hint in at most four short lines: delivery, deposit, balance and the cap; the units for that
 * quarter shared pro rata by every booking (deposits lost on units not booked); last quarter's share; and a cut on
 * the seat's region. One line when a booking now would arrive after the game ends. The cap's rule is bookingCapRule.
 */
export function bookingLines(game: GameState, playerId: string): string[] {
  const sc = game.scenario;
  const player = game.players.find((p) => p.id === playerId);
  const company = companyOf(sc, playerId);
  if (!player || !company) return [];
  const due = deliveryQuarter(game, game.quarter);
  const dueLabel = quarterLabel(sc, due);
  if (due >= sc.quarters) return [t('orders.bookingTooLate', { due: dueLabel })];
  const deposit = depositPerUnit(game, company.silicon.unitCost);
  const last = lastBookingShare(game);
  const cut = foundryCutText(game, playerId);
  return [
    t('orders.bookingHint', { due: dueLabel, deposit: f.money(deposit), balance: f.money(Math.max(0, company.silicon.unitCost - deposit)) }) + t('orders.bookingCap', { max: f.exact(bookingCap(game, player)) }),
    t('lo.booking.shared', { free: f.exact(foundryFree(game, due)), due: dueLabel }),
    ...(last === null ? [] : [t('lo.booking.lastShare', { asked: f.exact(last.asked), pct: Math.floor(last.share * 100) })]),
    ...(cut ? [cut] : []),
  ];
}

/** The booking cap's rule, for the hint's tooltip: the ramp cap while ramping, in volume a growth on the largest booking. */
export function bookingCapRule(game: GameState, playerId: string): string {
  const player = game.players.find((p) => p.id === playerId);
  return player ? t('lo.booking.capRule', { max: f.exact(bookingCap(game, player)), pct: bookingRules(game).growthPct }) : '';
}

/** Warnings for what the order as typed brings online only after the game ends, by field key (power-grid, power-fast, foundry-booking). */
export function lateWarnings(game: GameState, playerId: string, orders: Orders): { key: string; message: string }[] {
  const plan = capacityPlan(game, playerId, orders);
  if (!plan) return [];
  const key = { grid: 'power-grid', onsite: 'power-fast', foundry: 'foundry-booking' } as const;
  return plan.late.filter((a) => a.fromOrder).map((a) => ({ key: key[a.kind], message: lateText(game, playerId, a) }));
}

/**
 * The power line above the power fields, in the capacity plan's terms: what is online now (before this quarter's
 * builds arrive), then the power online at each quarter's resolution as the builds under construction come online
 * (the plan's rows), then any that arrive only after the game ends, and what the fleet needs now.
 */
export function powerStatusText(game: GameState, playerId: string): string {
  const sc = game.scenario;
  const player = game.players.find((p) => p.id === playerId);
  if (!player) return '';
  const parts = [t('lo.power.now', { mw: f.mw(player.powerMw) })];
  const byQuarter = new Map<number, number>();
  for (const pr of player.projects) {
    // A build due this quarter (or overdue) comes online at this quarter's resolution, as the plan counts it.
    const q = Math.max(pr.readyQuarter, game.quarter);
    byQuarter.set(q, (byQuarter.get(q) ?? 0) + pr.mw);
  }
  let total = player.powerMw;
  for (const [q, mw] of [...byQuarter].sort((a, b) => a[0] - b[0])) {
    total += mw;
    const args = { mw: f.mw(mw), total: f.mw(total), quarter: quarterLabel(sc, q) };
    parts.push(t(q >= sc.quarters ? 'lo.power.afterEnd' : q === game.quarter ? 'lo.power.thisQuarter' : 'lo.power.later', args));
  }
  return t('lo.power.status', { parts: parts.join('; '), need: f.mw(Math.ceil(powerNeededMw(game, player.id))) });
}

/** When a power build ordered now comes online: its quarter, and that it never runs a chip when that is after the game ends. */
export function readyText(game: GameState, leadQuarters: number): string {
  const q = game.quarter + leadQuarters;
  return quarterLabel(game.scenario, q) + (q >= game.scenario.quarters ? t('lo.power.neverRuns') : '');
}

/** The section; `update` redraws the silicon line and the late-power warnings for the orders as typed. */
export function siliconPowerSection(
  game: GameState,
  playerId: string,
  draft: { siliconInvestment: string; customOrder: string; powerBuild: string; powerFast?: string },
  fields: FieldMaker,
): { element: HTMLElement; update(orders: Orders): { key: string; message: string }[] } {
  const { textInput, errorSlot } = fields;
  const sc = game.scenario;
  const company = companyOf(sc, playerId);
  const player = game.players.find((p) => p.id === playerId);
  const section = el('div', { class: 'section stack' }, el('h3', {}, t('orders.siliconAndPower')));
  if (!company || !player) return { element: section, update: () => [] };
  const chip = scenarioName(company.silicon.name);
  const stage = player.silicon.stage;
  section.append(el('div', { class: 'hint', testid: 'silicon-spec' }, ownChipSpecText(game, playerId)));
  const siliconHint = el('div', { class: 'hint', testid: 'silicon-hint', attrs: { id: 'hint-silicon-investment', 'aria-live': 'polite' } }, siliconText(game, playerId, 0));
  const siliconInput = textInput('silicon-investment', t('orders.siliconInvestmentLabel'), draft.siliconInvestment, f.money(0), stage === 'volume');
  siliconInput.setAttribute('aria-describedby', 'err-silicon-investment hint-silicon-investment');
  section.append(el('div', { class: 'field' }, el('label', { attrs: { for: 'in-silicon-investment' } }, t('orders.siliconInvestment')), siliconInput, siliconHint, errorSlot('silicon-investment')));
  if (stage === 'ramp' || stage === 'volume') {
    // Foundry booking: units booked now arrive (and the balance is paid) `lead` quarters later.
    const tooLate = deliveryQuarter(game, game.quarter) >= sc.quarters;
    const booked = player.bookings.map((b) => t('orders.bookedItem', { n: f.exact(b.units), due: quarterLabel(sc, b.dueQuarter) }));
    const input = textInput('foundry-booking', t('orders.customLabel', { chip }), tooLate ? '' : draft.customOrder, '0', tooLate);
    input.setAttribute('aria-describedby', 'err-foundry-booking hint-foundry-booking');
    section.append(
      el(
        'div',
        { class: 'field' },
        el('label', { attrs: { for: 'in-foundry-booking' } }, t('orders.customLabel', { chip })),
        input,
        el(
          'div',
          { class: 'hint booking-hint', attrs: { id: 'hint-foundry-booking', title: bookingCapRule(game, playerId) } },
          ...[...bookingLines(game, playerId), ...(booked.length ? [t('orders.bookedList', { list: booked.join(', ') })] : [])].map((line) => el('div', {}, line)),
        ),
        errorSlot('foundry-booking'),
      ),
    );
  }
  const onsite = onsiteRules(game);
  section.append(el('div', { class: 'hint', testid: 'power-status', attrs: { id: 'power-status' } }, powerStatusText(game, playerId)));
  const lateSlots = new Map<string, HTMLElement>();
  const powerField = (key: 'power-grid' | 'power-fast', label: string, aria: string, value: string, hint: string): HTMLElement => {
    const input = textInput(key, aria, value, f.mw(0));
    input.setAttribute('aria-describedby', `err-${key} hint-${key} late-${key} power-status`);
    const late = el('div', { class: 'field-late', testid: `late-${key}`, attrs: { id: `late-${key}`, 'aria-live': 'polite' } });
    lateSlots.set(key, late);
    return el('div', { class: 'field' }, el('label', { attrs: { for: `in-${key}` } }, label), input, el('div', { class: 'hint', attrs: { id: `hint-${key}` } }, hint), late, errorSlot(key));
  };
  section.append(
    powerField(
      'power-grid',
      t('orders.powerBuild'),
      t('orders.powerBuildLabel'),
      draft.powerBuild,
      t('orders.powerHint', { cost: f.money(sc.power.costPerMw), ready: readyText(game, sc.power.leadQuarters), opex: f.money(sc.power.opexPerMwPerQuarter) }),
    ),
    powerField(
      'power-fast',
      t('orders.powerFast'),
      t('orders.powerFastLabel'),
      draft.powerFast ?? '',
      t('orders.powerFastHint', { cost: f.money(onsite.costPerMw), ready: readyText(game, onsite.leadQuarters), opex: f.money(onsite.opexPerMwPerQuarter) }),
    ),
  );
  const update = (orders: Orders): { key: string; message: string }[] => {
    siliconHint.textContent = siliconText(game, playerId, orders.siliconInvestment);
    const warnings = lateWarnings(game, playerId, orders);
    for (const [key, slot] of lateSlots) slot.textContent = warnings.filter((w) => w.key === key).map((w) => w.message).join(' ');
    return warnings;
  };
  return { element: section, update };
}
