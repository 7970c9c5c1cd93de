/**
 * Engine and store errors for people, in the current language. An ActionError is data (src/engine/errors.ts):
 * its code picks the sentence (src/text/i18n/errors.ts, one per code and language) and its values fill it in,
 * ids shown by their names and numbers in the game's format. Nothing here reads the engine's English.
 */
import { depositPerUnit, onsiteRules, quarterLabel } from '../engine';
import { scenarioName } from '../text/scenario-names';
import type { ActionError, GameState, Orders } from '../engine/types';
import { greyCost } from '../engine/queries';
import type { AmountProblem, DraftProblem } from '../store/drafts';
import { companyOf } from '../store/selectors';
import * as f from '../text/format';
import { lang, t, type Key } from '../text/i18n';
import { regionNameIn } from '../text/scenario-words';
import { stageName } from './notes';
import { chipName } from './chip-name';
import { overBudgetText } from './play/budget-text';
import { entityListText } from './play/export-status';
import { capAcrossText } from './play/export-cap';

/** What the UI knows around an error: the game, whose orders, and which SKU each bid/grey index is. */
export interface ErrorContext {
  game?: GameState | null;
  playerId?: string;
  orders?: Orders;
  bidSkus?: readonly string[];
  greySkus?: readonly string[];
}

/**
 * What these orders spend, term by term, in the game's money format ("bids at their max price $3.85B,
 * on-site power $125B"); only the terms that are not zero. Without the orders: the bids term's name alone.
 */
function spendTerms(ctx: ErrorContext): string {
  const { game, orders, playerId } = ctx;
  const company = game && playerId ? companyOf(game.scenario, playerId) : undefined;
  if (!game || !orders || !company) return t('err.term.bidsOnly');
  const sc = game.scenario;
  const spec = orders.partnership ? sc.partnerships.find((p) => p.id === orders.partnership) : undefined;
  const terms: [Key, number][] = [
    ['err.term.bids', orders.bids.reduce((a, b) => a + b.quantity * b.maxPrice, 0)],
    ['err.term.silicon', orders.siliconInvestment],
    ['err.term.booking', orders.customOrder * depositPerUnit(game, company.silicon.unitCost)],
    ['err.term.grid', orders.powerBuild * sc.power.costPerMw],
    ['err.term.onsite', (orders.powerFast ?? 0) * onsiteRules(game).costPerMw],
    ['err.term.grey', greyCost(game, orders.greyMarket).total],
    ['err.term.prepay', spec?.kind === 'chipmaker' ? spec.prepayment : 0],
    ['err.term.dealBid', orders.partnership ? (orders.dealBid ?? 0) : 0],
  ];
  const shown = terms.filter(([, v]) => v > 0).map(([k, v]) => t(k, { amount: f.money(v) }));
  return shown.length ? shown.join(', ') : t('err.term.bidsOnly');
}

/** The name of the field an error path points at ("orders.bids[0].maxPrice" -> "A max price"). */
function fieldLabel(path: string | undefined): string {
  if (!path) return t('err.field.orders');
  if (path.includes('greyMarket')) return t('err.field.grey');
  if (path.endsWith('maxPrice')) return t('err.field.maxPrice');
  if (path.endsWith('quantity')) return t('err.field.quantity');
  if (path.endsWith('siliconInvestment')) return t('err.field.silicon');
  if (path.endsWith('customOrder')) return t('err.field.custom');
  if (path.endsWith('powerBuild')) return t('err.field.power');
  if (path.endsWith('powerFast')) return t('err.field.powerFast');
  if (path.endsWith('dealBid')) return t('orders.dealBid');
  return path;
}

/** Money values (by their name in ErrorValues); every other number is a count. */
const MONEY_VALUES: ReadonlySet<string> = new Set(['spend', 'running', 'cash']);
/** Quarter values (0-based quarter indexes), shown as the calendar quarter. */
const QUARTER_VALUES: ReadonlySet<string> = new Set(['quarter', 'until']);

/** One value of an error as words: ids by their names (rule names in the reader's language), numbers formatted. */
function valueText(key: string, v: unknown, game: GameState | null, playerId?: string): string {
  const sc = game?.scenario;
  if (typeof v === 'number') {
    if (MONEY_VALUES.has(key)) return f.money(v);
    if (QUARTER_VALUES.has(key)) return sc ? quarterLabel(sc, v) : String(v + 1);
    return f.exact(v);
  }
  const s = String(v ?? '');
  if (!sc) return key === 'stage' ? stageName(s) : s;
  switch (key) {
    case 'sku':
      // The fleet key "custom" is the company's own chip: by its name, never the id.
      return chipName(sc, s, playerId);
    case 'playerId':
      return companyOf(sc, s)?.name ?? s;
    case 'missing':
      return s
        .split(', ')
        .map((id) => companyOf(sc, id)?.name ?? id)
        .join(', ');
    case 'rule':
      return sc.exportRules.find((r) => r.id === s)?.name[lang()] ?? s;
    case 'partnership':
      return scenarioName(sc.partnerships.find((p) => p.id === s)?.name ?? s);
    case 'chip':
      return scenarioName(s);
    case 'card':
      return sc.eventDeck.cards.find((c) => c.id === s)?.headline[lang()] ?? s;
    case 'region':
      return regionNameIn(sc, s);
    case 'stage':
      return stageName(s);
    default:
      return s;
  }
}

/** An ActionError as a sentence in the current language: its code's sentence with its values filled in. */
export function actionErrorText(e: ActionError, ctx: ErrorContext = {}): string {
  const game = ctx.game ?? null;
  if (e.code === 'OVER_BUDGET' && game && ctx.playerId && ctx.orders) {
    // Every term named and adding up (src/ui/play/budget-text.ts).
    const all = overBudgetText(game, ctx.playerId, ctx.orders);
    if (all) return all;
  }
  if (e.code === 'ENTITY_LISTED') {
    return entityListText(game, e.values.playerId, valueText('playerId', e.values.playerId, game), e.values.vendor);
  }
  const params: Record<string, string> = { field: fieldLabel(e.path) };
  const who = 'playerId' in e.values ? String(e.values.playerId) : ctx.playerId;
  for (const [k, v] of Object.entries(e.values)) params[k] = valueText(k, v, game, who);
  if (e.code === 'OVER_BUDGET') params.terms = spendTerms(ctx);
  // One cap for every chip its rule catches (the engine sums their bids): the refusal names them.
  if (e.code === 'EXPORT_CAP') params.across = game && who ? capAcrossText(game, who, String(e.values.rule)) : '';
  return t(`error.${e.code}`, params);
}

/** An engine refusal as the orders panel shows it: over an export cap it also says that Submit is refused until the bids fit. */
export function orderErrorText(e: ActionError, ctx: ErrorContext): string {
  const text = actionErrorText(e, ctx);
  return e.code === 'EXPORT_CAP' ? `${text} ${t('lo.export.capRefused')}` : text;
}

const AMOUNT_KEYS: Record<AmountProblem, Key> = {
  notNumber: 'err.parse.notNumber',
  negative: 'err.parse.negative',
  whole: 'err.parse.whole',
  tooLarge: 'err.parse.tooLarge',
};

/** A typing problem of the orders form (store/drafts.ts gives its field and reason as data) in the current language. */
export function draftProblemText(p: DraftProblem, game: { scenario: Pick<GameState['scenario'], 'skus'> } | null | undefined): string {
  const field = p.field;
  const sku = 'sku' in field ? (game?.scenario.skus.find((s) => s.id === field.sku)?.name ?? field.sku) : '';
  const skuLabel = 'tranche' in field && field.tranche !== undefined ? t('err.label.tranche', { sku, n: field.tranche }) : sku;
  if (p.reason === 'enterPrice') return t('err.enterPrice', { sku });
  const label =
    field.kind === 'bidQuantity'
      ? t('err.label.bidQuantity', { sku: skuLabel })
      : field.kind === 'bidPrice'
        ? t('err.label.bidPrice', { sku: skuLabel })
        : field.kind === 'siliconInvestment'
          ? t('err.label.silicon')
          : field.kind === 'customOrder'
            ? t('err.label.custom')
            : field.kind === 'powerBuild'
              ? t('err.label.power')
              : field.kind === 'powerFast'
                ? t('err.label.powerFast')
                : t('err.field.orders');
  return t(AMOUNT_KEYS[p.reason], { field: label, text: p.text ?? '' });
}

/** A grey-market quantity that does not parse, in the current language. */
export function greyParseText(skuName: string, r: { reason: AmountProblem; text: string }): string {
  return t(AMOUNT_KEYS[r.reason], { field: t('err.label.grey', { sku: skuName }), text: r.text });
}

/** A typing problem in the deal bid, in the reader's language. */
export function dealBidParseText(r: { reason: AmountProblem; text: string }): string {
  return t(AMOUNT_KEYS[r.reason], { field: t('orders.dealBid'), text: r.text });
}
