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
import { overBudgetText } from './play/budget-text';
import { entityListText } from './play/export-status';
import { KEPT_SUFFIX, NOT_RESUMED_MESSAGE, STALE_MESSAGE } from '../store/game-store';
import { SAVING_OFF_FAILED, SAVING_OFF_MISSING } from '../store/saves';

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
function valueText(key: string, v: unknown, game: GameState | null): string {
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
      return sc.skus.find((k) => k.id === s)?.name ?? s;
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
  for (const [k, v] of Object.entries(e.values)) params[k] = valueText(k, v, game);
  if (e.code === 'OVER_BUDGET') params.terms = spendTerms(ctx);
  // The store's own notice (why a record could not be played), in the reader's language where it knows it.
  if (e.code === 'RECORD_REFUSED') params.detail = noticeText(e.values.detail);
  return t(`error.${e.code}`, params);
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

function refusedDetail(detail: string): string {
  return detail === 'the browser refused the write' ? t('safety.refusedWrite') : detail;
}

const NOTICE_EXACT: readonly ['notice.gone' | 'notice.noSave' | 'notice.unreadable' | 'notice.copy' | 'notice.quota', string][] = [
  ['notice.gone', 'That saved game is gone.'],
  ['notice.noSave', 'There is no saved game yet.'],
  ['notice.unreadable', 'That saved game could not be read.'],
  ['notice.copy', 'This game is also open in another tab'],
  ['notice.quota', "The game could not be saved: the browser's storage for this page is full"],
];

const SAFETY_EXACT: readonly [SafetyKey, string][] = [
  ['safety.savingOffMissing', SAVING_OFF_MISSING],
  ['safety.savingOffFailed', SAVING_OFF_FAILED],
  ['safety.stale', STALE_MESSAGE],
  ['safety.notResumed', NOT_RESUMED_MESSAGE],
];
type SafetyKey = 'safety.savingOffMissing' | 'safety.savingOffFailed' | 'safety.stale' | 'safety.notResumed';

/** "shared link", "the game", a file name: the source's name at the start of a sentence. */
function sourceName(raw: string): string {
  if (raw === 'shared link' || raw === 'share link') return t('safety.source.link');
  if (raw === 'the game' || raw === 'the saved game') return t('safety.source.game');
  return raw;
}

/** The replay guard's refusals (src/store/replay-guard.ts, as written by src/store/replay-data.ts). */
function guardText(text: string): string | null {
  let m = /^(.*): the record plays the event card "(.+)" again \(first at action (\d+)\); a card can be played once per game \(action (\d+)\)$/.exec(text);
  if (m) return t('safety.guard.repeatCard', { source: sourceName(m[1] ?? ''), card: m[2] ?? '', first: m[3] ?? '', at: m[4] ?? '' });
  m = /^(.*): one quarter of the record holds more than (\d+) actions \(the replay step budget\) \(action (\d+)\)$/.exec(text);
  if (m) return t('safety.guard.quarterSteps', { source: sourceName(m[1] ?? ''), max: m[2] ?? '', at: m[3] ?? '' });
  m = /^(.*): the record has (\d+) actions; a replay stops after (\d+) \(action \d+\)$/.exec(text);
  if (m) return t('safety.guard.tooMany', { source: sourceName(m[1] ?? ''), n: m[2] ?? '', max: m[3] ?? '' });
  m = /^(.*): action (\d+) \((\w+)\) drives (\S+) past the safe range of numbers \(after (\d+) steps\)$/.exec(text);
  if (m) return t('safety.guard.unsafe', { source: sourceName(m[1] ?? ''), at: m[2] ?? '', type: m[3] ?? '', path: m[4] ?? '', steps: m[5] ?? '' });
  // The record schema's per-quarter cap (src/replay/parse.ts, recordRuleProblem).
  m = /^(.*): \$\.actions\[(\d+)\]: quarter (\d+) has more than (\d+) actions; a quarter of (\d+) seats needs at most \d+ .*$/.exec(text);
  if (m) return t('safety.cap.quarter', { source: sourceName(m[1] ?? ''), at: m[2] ?? '', quarter: m[3] ?? '', max: m[4] ?? '', seats: m[5] ?? '' });
  m = /^(.*): the replay went past its budget of (\d+) steps \(after \d+ steps\)$/.exec(text);
  if (m) return t('safety.guard.budget', { source: sourceName(m[1] ?? ''), max: m[2] ?? '' });
  return null;
}

/** A notice of the store (English) in the current language where it is one the UI knows; else as written. */
export function noticeText(text: string): string {
  if (text.endsWith(KEPT_SUFFIX)) {
    const reason = text.slice(0, -KEPT_SUFFIX.length).replace(/\.$/, '');
    const r = guardText(reason);
    return `${r ?? (lang() === 'en' ? `${reason}.` : noticeText(reason))} ${t('safety.kept')}`;
  }
  const g = guardText(text);
  if (g) return g;
  if (lang() === 'en') return text;
  for (const [key, en] of SAFETY_EXACT) if (text === en) return t(key);
  const timeout = /^Saving is off: the browser did not open its storage within (\d+) seconds/.exec(text);
  if (timeout) return t('safety.savingOffTimeout', { seconds: timeout[1] ?? '' });
  const first = /^The game could not be saved \((.*)\)\. Nothing of this game is saved yet/.exec(text);
  if (first) return t('safety.saveFailedFirst', { detail: refusedDetail(first[1] ?? '') });
  if (text.startsWith("The game could not be saved: the browser's storage for this page is full (QuotaExceededError). Nothing")) return t('safety.quotaFirst');
  for (const [key, en] of NOTICE_EXACT) if (text.startsWith(en)) return t(key);
  const read = /^The saved game could not be read \((.*)\)\.$/.exec(text);
  if (read) return t('notice.readFailed', { detail: read[1] ?? '' });
  const del = /^The saved game could not be deleted \((.*)\)\.$/.exec(text);
  if (del) return t('notice.deleteFailed', { detail: del[1] ?? '' });
  const save = /^The game could not be saved \((.*)\)\. The last save is kept/.exec(text);
  if (save) return t('notice.saveFailed', { detail: refusedDetail(save[1] ?? '') });
  return text;
}
