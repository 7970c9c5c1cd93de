/**
 * Engine and store errors for people, in the current language. The engine's ActionError.message is English
 * (it is also what the CLI and the tests read); here it is translated by its code, path and rule id, with the
 * numbers taken from the game or, failing that, read back out of the English text. A message this module does
 * not recognise is shown as the engine wrote it.
 */
import { depositPerUnit, greyFine, greyPrice, onsiteRules } from '../engine';
import { scenarioName } from '../text/scenario-names';
import type { ActionError, GameState, Orders } from '../engine/types';
import type { DraftProblem } from '../store/drafts';
import { companyOf } from '../store/selectors';
import * as f from '../text/format';
import { lang, t } from '../text/i18n';
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
  const grey = orders.greyMarket.reduce((a, g) => {
    const sku = sc.skus.find((k) => k.id === g.sku);
    if (!sku) return a;
    const spend = g.quantity * greyPrice(sku.listPrice, sc.greyMarket.premiumPct);
    return a + spend + greyFine(sc.greyMarket, spend);
  }, 0);
  const spec = orders.partnership ? sc.partnerships.find((p) => p.id === orders.partnership) : undefined;
  const terms: [Parameters<typeof t>[0], number][] = [
    ['err.term.bids', orders.bids.reduce((a, b) => a + b.quantity * b.maxPrice, 0)],
    ['err.term.silicon', orders.siliconInvestment],
    ['err.term.booking', orders.customOrder * depositPerUnit(game, company.silicon.unitCost)],
    ['err.term.grid', orders.powerBuild * sc.power.costPerMw],
    ['err.term.onsite', (orders.powerFast ?? 0) * onsiteRules(game).costPerMw],
    ['err.term.grey', grey],
    ['err.term.prepay', spec?.kind === 'chipmaker' ? spec.prepayment : 0],
    ['err.term.dealBid', orders.partnership ? (orders.dealBid ?? 0) : 0],
  ];
  const shown = terms.filter(([, v]) => v > 0).map(([k, v]) => t(k, { amount: f.money(v) }));
  return shown.length ? shown.join(', ') : t('err.term.bidsOnly');
}

/** "12,345" (as the engine writes numbers) to 12345; NaN if absent. */
function numAt(m: RegExpExecArray | null, i: number): number {
  const s = m?.[i];
  return s === undefined ? Number.NaN : Number(s.replace(/,/g, ''));
}

function skuOfPath(path: string | undefined, ctx: ErrorContext): string | undefined {
  if (!path) return undefined;
  const bid = /bids\[(\d+)\]/.exec(path);
  if (bid) return ctx.bidSkus?.[Number(bid[1])] ?? ctx.orders?.bids[Number(bid[1])]?.sku;
  const grey = /greyMarket\[(\d+)\]/.exec(path);
  if (grey) return ctx.greySkus?.[Number(grey[1])] ?? ctx.orders?.greyMarket[Number(grey[1])]?.sku;
  return undefined;
}

function fieldLabel(path: string | undefined): string {
  if (!path) return t('err.field.orders');
  if (path.includes('greyMarket')) return t('err.field.grey');
  if (path.endsWith('maxPrice')) return t('err.field.maxPrice');
  if (path.endsWith('quantity')) return t('err.field.quantity');
  if (path.endsWith('siliconInvestment')) return t('err.field.silicon');
  if (path.endsWith('customOrder')) return t('err.field.custom');
  if (path.endsWith('powerBuild')) return t('err.field.power');
  if (path.endsWith('powerFast')) return t('err.field.powerFast');
  return t('err.field.orders');
}

/** The German (or other non-English) text of an error, or null to show the engine's English. */
function translated(e: ActionError, ctx: ErrorContext): string | null {
  const msg = e.message;
  const game = ctx.game ?? null;
  const sc = game?.scenario;
  const company = sc && ctx.playerId ? companyOf(sc, ctx.playerId) : undefined;
  const player = game && ctx.playerId ? game.players.find((p) => p.id === ctx.playerId) : undefined;
  const skuId = skuOfPath(e.path, ctx);
  const sku = skuId ? sc?.skus.find((s) => s.id === skuId) : undefined;
  const skuName = sku?.name ?? skuId ?? '';
  const who = company?.name ?? ctx.playerId ?? '';
  switch (e.code) {
    case 'WRONG_PHASE':
      return t('err.wrongPhase');
    case 'ALREADY_SUBMITTED':
      return t('err.alreadySubmitted');
    case 'UNKNOWN_PLAYER':
      return t('err.unknownPlayer');
    case 'UNKNOWN_SKU':
      return t('err.unknownSku');
    case 'NOT_AVAILABLE':
      return sku ? t('err.notAvailable', { sku: skuName }) : null;
    case 'EXPORT_BANNED': {
      if (!sku || !company) return null;
      if (e.ruleId === 'entity-list') return entityListText(game, ctx.playerId, who, sku.vendor);
      if (e.ruleId) {
        const rule = sc?.exportRules.find((r) => r.id === e.ruleId);
        return t('err.exportBanned', { sku: skuName, company: who, rule: rule ? rule.name[lang()] : e.ruleId });
      }
      return t('err.notSold', { vendor: sku.vendor, sku: skuName, region: company.region });
    }
    case 'EXPORT_CAP': {
      const m = /at ([\d,]+) units a quarter; these bids ask for ([\d,]+)/.exec(msg);
      const rule = sc?.exportRules.find((r) => r.id === e.ruleId);
      if (!m || !company) return null;
      return t('err.exportCap', { rule: rule ? rule.name[lang()] : (e.ruleId ?? ''), company: who, cap: f.exact(numAt(m, 1)), asked: f.exact(numAt(m, 2)) });
    }
    case 'BAD_AMOUNT': {
      const grey = /at most ([\d,]+) units a quarter per buyer; asked ([\d,]+)/.exec(msg);
      if (grey) return t('err.greyCap', { max: f.exact(numAt(grey, 1)), asked: f.exact(numAt(grey, 2)) });
      const m = /from 0 to ([\d,]+)/.exec(msg);
      return m ? t('err.badAmount', { field: fieldLabel(e.path), max: f.exact(numAt(m, 1)) }) : null;
    }
    case 'TOO_MANY_BIDS':
      return t('err.tooManyBids');
    case 'DUPLICATE_SKU':
      return t('err.duplicateSku', { sku: skuName });
    case 'OVER_BUDGET': {
      // Every term named and adding up (src/ui/play/budget-text.ts); the older wording without the orders.
      const all = game && ctx.playerId && ctx.orders ? overBudgetText(game, ctx.playerId, ctx.orders) : null;
      if (all) return all;
      const m = /up to \$([\d,]+) .*need \$([\d,]+), but .* has \$([\d,]+)/.exec(msg);
      if (!m) return null;
      return t('err.overBudget', { spend: f.money(numAt(m, 1)), terms: spendTerms(ctx), running: f.money(numAt(m, 2)), company: who, cash: f.money(numAt(m, 3)) });
    }
    case 'SILICON_NOT_READY': {
      const chip = company ? scenarioName(company.silicon.name) : t('note.customChip');
      if (e.path?.endsWith('siliconInvestment')) return t('err.siliconDone', { chip });
      const ramp = /at most ([\d,]+) units a quarter/.exec(msg);
      if (ramp) return t('err.siliconRamp', { chip, max: f.exact(numAt(ramp, 1)) });
      if (/after the game's last quarter/.test(msg)) return t('err.bookingTooLate');
      const growth = /can book at most ([\d,]+) units this quarter: bookings grow at most (\d+)%/.exec(msg);
      if (growth) return t('err.bookingGrowth', { chip, max: f.exact(numAt(growth, 1)), pct: numAt(growth, 2) });
      return t('err.siliconEarly', { chip, stage: stageName(player?.silicon.stage ?? '') });
    }
    case 'GREY_MARKET_CLOSED':
      return t('err.greyClosed');
    case 'GREY_NOT_NEEDED':
      if (!sku) return null;
      return /does not sell/.test(msg) ? t('err.greyNotSold', { vendor: sku.vendor, sku: skuName, region: company?.region ?? '' }) : t('err.greyOpen', { sku: skuName, company: who });
    case 'UNKNOWN_PARTNERSHIP':
      return t('err.unknownPartnership');
    case 'PARTNERSHIP_UNAVAILABLE': {
      const name = sc?.partnerships.find((p) => p.id === ctx.orders?.partnership)?.name ?? '';
      return /already partnered/.test(msg) ? t('err.partnershipHeld', { name }) : t('err.partnershipClosed', { name });
    }
    case 'ORDERS_MISSING':
      return t('err.ordersMissing');
    case 'UNKNOWN_CARD':
      return t('err.unknownCard');
    case 'CARD_PLAYED':
      return t('err.cardPlayed');
    case 'GAME_OVER':
      return /step back to branch/.test(msg) ? t('replay.branchOver') : t('err.gameOver');
    case 'MALFORMED': {
      if (msg === 'No game is running.') return t('err.noGame');
      if (msg === 'No replay is open.') return t('err.noReplay');
      const sc2 = /^Unknown scenario "(.*)"\.$/.exec(msg);
      if (sc2) return t('err.unknownScenario', { id: sc2[1] ?? '' });
      return null;
    }
    default:
      return null;
  }
}

/** An ActionError as a sentence in the current language (the engine's English text if it cannot be translated). */
export function actionErrorText(e: ActionError, ctx: ErrorContext = {}): string {
  // Over budget is rewritten in English too: money in the game's format and every term that spends named.
  if (lang() === 'en' && e.code !== 'OVER_BUDGET' && e.ruleId !== 'entity-list') return e.message;
  return translated(e, ctx) ?? e.message;
}

const PARSE_REASONS: readonly [RegExp, 'err.parse.notNumber' | 'err.parse.negative' | 'err.parse.whole' | 'err.parse.tooLarge'][] = [
  [/"(.*)" is not a number\.$/, 'err.parse.notNumber'],
  [/cannot be negative\.$/, 'err.parse.negative'],
  [/must be a whole number\.$/, 'err.parse.whole'],
  [/is too large\.$/, 'err.parse.tooLarge'],
];

/** A typing problem of the orders form (store/drafts.ts writes English) in the current language. */
export function draftProblemText(p: DraftProblem, game: GameState | null | undefined): string {
  if (lang() === 'en') return p.message;
  const field = p.field;
  const sku = 'sku' in field ? (game?.scenario.skus.find((s) => s.id === field.sku)?.name ?? field.sku) : '';
  if (field.kind === 'bidPrice' && p.message.startsWith('Enter a max price')) return t('err.enterPrice', { sku });
  const label =
    field.kind === 'bidQuantity'
      ? t('err.label.bidQuantity', { sku })
      : field.kind === 'bidPrice'
        ? t('err.label.bidPrice', { sku })
        : field.kind === 'siliconInvestment'
          ? t('err.label.silicon')
          : field.kind === 'customOrder'
            ? t('err.label.custom')
            : field.kind === 'powerBuild'
              ? t('err.label.power')
              : field.kind === 'powerFast'
                ? t('err.label.powerFast')
                : '';
  return (label ? parseReason(label, p.message) : null) ?? p.message;
}

/** A grey-market quantity that does not parse, in the current language (`reason` is parseAmount's English). */
export function greyParseText(skuName: string, reason: string): string {
  const en = `${skuName} grey-market quantity ${reason}.`;
  if (lang() === 'en') return en;
  return parseReason(t('err.label.grey', { sku: skuName }), `${reason}.`) ?? en;
}

/** A typing problem in the deal bid (English reason from parseAmount), in the reader's language. */
export function dealBidParseText(reason: string): string {
  const label = t('orders.dealBid');
  const en = `${label} ${reason}.`;
  if (lang() === 'en') return en;
  return parseReason(label, `${reason}.`) ?? en;
}

function parseReason(label: string, message: string): string | null {
  for (const [re, key] of PARSE_REASONS) {
    const m = re.exec(message);
    if (m) return t(key, { field: label, text: m[1] ?? '' });
  }
  return null;
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
