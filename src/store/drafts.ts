import type { Orders, Scenario } from '../engine/types';

/** One SKU's bid as typed: raw text, parsed on use so half-typed values never crash. */
export interface DraftBid {
  quantity: string;
  maxPrice: string;
}

/** A human seat's orders as typed into the panel. */
export interface DraftOrders {
  bids: Record<string, DraftBid>;
  /**
   * Further bids (tranches 2, 3, ...) per SKU below the first, each at its own max price: a demand curve.
   * Absent in drafts saved before tranches existed.
   */
  tranches?: Record<string, DraftBid[]>;
  siliconInvestment: string;
  customOrder: string;
  powerBuild: string;
  /** On-site generation MW (absent in drafts saved before it existed = none). */
  powerFast?: string;
}

/** Which input a problem belongs to (so the panel can mark it). */
export type DraftField =
  | { kind: 'bidQuantity'; sku: string; tranche?: number }
  | { kind: 'bidPrice'; sku: string; tranche?: number }
  | { kind: 'siliconInvestment' }
  | { kind: 'customOrder' }
  | { kind: 'powerBuild' }
  | { kind: 'powerFast' }
  | { kind: 'general' };

/** A problem found in a draft before it reaches the engine. */
export interface DraftProblem {
  field: DraftField;
  /** Why, as data: a typing problem of parseAmount, or a quantity without a max price. */
  reason: AmountProblem | 'enterPrice';
  /** The text as typed (for notNumber). */
  text?: string;
  /** English, for logs and tests; the UI words the reason itself. */
  message: string;
}

/** The orders a draft stands for, the SKU of each bid index, and any typing problems. */
export interface DraftResult {
  orders: Orders;
  /** bidSkus[i] is the SKU of orders.bids[i], to map engine error paths back to inputs. */
  bidSkus: string[];
  /** bidTranches[i] is the tranche (1 = the first bid of its SKU) of orders.bids[i]. */
  bidTranches: number[];
  problems: DraftProblem[];
}

/** An empty draft. */
export function emptyDraft(): DraftOrders {
  return { bids: {}, siliconInvestment: '', customOrder: '', powerBuild: '', powerFast: '' };
}

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

/** Result of reading an amount the player typed. */
export type ParsedAmount = { ok: true; value: number; empty: boolean } | { ok: false; reason: AmountProblem; text: string; message: string };

/** Why typed text is not an amount. */
export type AmountProblem = 'notNumber' | 'negative' | 'whole' | 'tooLarge';

/** How a language writes numbers: English "32,000.5", German "32.000,5" (and Tsd./Mio./Mrd. for k/M/B). */
export type NumberStyle = 'en' | 'de';

/** German number text in the English form parseAmount reads: "30.000" -> "30000", "2,5 Mio." -> "2.5m". */
function fromGerman(t: string): string {
  const s = t.replace(/tsd\.?$/i, 'k').replace(/mio\.?$/i, 'm').replace(/mrd\.?$/i, 'b').replace(/bio\.?$/i, 't');
  const m = /^(-?)([\d.,]*)([kmbtKMBT]?)$/.exec(s);
  if (!m) return s;
  let n = m[2] ?? '';
  // A decimal comma (dots are then thousands), or dots grouping thousands ("1.250.000"); a lone dot with
  // other than three digits after it is read as a decimal point, as an English "1.5M" would be.
  if (n.includes(',')) n = n.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(n)) n = n.replace(/\./g, '');
  return `${m[1] ?? ''}${n}${m[3] ?? ''}`;
}

/**
 * Reads a non-negative whole amount as people type it: "32000", "32,000", "$32k", "1.5B" (German style:
 * "32.000", "32.000 $", "32 Tsd.", "1,5 Mrd."). Empty text is zero. Fractions of the base unit and negative
 * numbers are refused with a reason.
 */
export function parseAmount(text: string, style: NumberStyle = 'en'): ParsedAmount {
  const bare = text.trim().replace(/[\s_$\u00a0\u202f]/g, '');
  const t = style === 'de' ? fromGerman(bare) : bare.replace(/,/g, '');
  if (t === '') return { ok: true, value: 0, empty: true };
  const m = /^(-?)(\d+(?:\.\d+)?|\.\d+)([kmbtKMBT]?)$/.exec(t);
  const typed = text.trim();
  if (!m) return { ok: false, reason: 'notNumber', text: typed, message: `"${typed}" is not a number` };
  if (m[1] === '-') return { ok: false, reason: 'negative', text: typed, message: 'cannot be negative' };
  const base = Number(m[2]);
  const mult = m[3] ? (SUFFIX[m[3].toLowerCase()] ?? 1) : 1;
  const value = Math.round(base * mult * 1000) / 1000;
  if (!Number.isInteger(value)) return { ok: false, reason: 'whole', text: typed, message: 'must be a whole number' };
  if (!Number.isSafeInteger(value)) return { ok: false, reason: 'tooLarge', text: typed, message: 'is too large' };
  return { ok: true, value, empty: false };
}

/**
 * Turns a draft into engine Orders (numbers read in `style`). A SKU with no quantity is no bid; a quantity with no price is a problem.
 * The engine's validateOrders then checks the money, the rules and the export controls.
 */
export function draftToOrders(draft: DraftOrders, scenario: Pick<Scenario, 'skus'>, style: NumberStyle = 'en'): DraftResult {
  const problems: DraftProblem[] = [];
  const orders: Orders = { bids: [], siliconInvestment: 0, customOrder: 0, powerBuild: 0, powerFast: 0, greyMarket: [], partnership: null };
  const bidSkus: string[] = [];
  const bidTranches: number[] = [];
  for (const sku of scenario.skus) {
    const rows: (DraftBid | undefined)[] = [draft.bids[sku.id], ...(draft.tranches?.[sku.id] ?? [])];
    rows.forEach((d, i) => {
      if (!d) return;
      const n = i + 1;
      const at = n === 1 ? {} : { tranche: n };
      const name = n === 1 ? sku.name : `${sku.name} tranche ${n}`;
      const q = parseAmount(d.quantity, style);
      const p = parseAmount(d.maxPrice, style);
      if (!q.ok) problems.push({ field: { kind: 'bidQuantity', sku: sku.id, ...at }, reason: q.reason, text: q.text, message: `${name} quantity ${q.message}.` });
      if (!p.ok) problems.push({ field: { kind: 'bidPrice', sku: sku.id, ...at }, reason: p.reason, text: p.text, message: `${name} max price ${p.message}.` });
      if (!q.ok || !p.ok) return;
      if (q.value === 0) return;
      if (p.empty) {
        problems.push({ field: { kind: 'bidPrice', sku: sku.id, ...at }, reason: 'enterPrice', message: `Enter a max price per ${sku.name} chip.` });
        return;
      }
      orders.bids.push({ sku: sku.id, quantity: q.value, maxPrice: p.value });
      bidSkus.push(sku.id);
      bidTranches.push(n);
    });
  }
  const single = (text: string, field: DraftField, label: string): number => {
    const r = parseAmount(text, style);
    if (!r.ok) {
      problems.push({ field, reason: r.reason, text: r.text, message: `${label} ${r.message}.` });
      return 0;
    }
    return r.value;
  };
  orders.siliconInvestment = single(draft.siliconInvestment, { kind: 'siliconInvestment' }, 'Silicon investment');
  orders.customOrder = single(draft.customOrder, { kind: 'customOrder' }, 'Foundry booking');
  orders.powerBuild = single(draft.powerBuild, { kind: 'powerBuild' }, 'Grid power build');
  orders.powerFast = single(draft.powerFast ?? '', { kind: 'powerFast' }, 'Fast power build');
  return { orders, bidSkus, bidTranches, problems };
}

/** Maps an engine error path ("orders.bids[1].maxPrice") back to the input it concerns. */
export function fieldOfPath(path: string | undefined, bidSkus: readonly string[], bidTranches: readonly number[] = []): DraftField {
  if (!path) return { kind: 'general' };
  const bid = /bids\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (bid) {
    const sku = bidSkus[Number(bid[1])];
    if (sku === undefined) return { kind: 'general' };
    const n = bidTranches[Number(bid[1])] ?? 1;
    const at = n > 1 ? { tranche: n } : {};
    return bid[2] === 'maxPrice' ? { kind: 'bidPrice', sku, ...at } : { kind: 'bidQuantity', sku, ...at };
  }
  if (path.endsWith('siliconInvestment')) return { kind: 'siliconInvestment' };
  if (path.endsWith('customOrder')) return { kind: 'customOrder' };
  if (path.endsWith('powerBuild')) return { kind: 'powerBuild' };
  if (path.endsWith('powerFast')) return { kind: 'powerFast' };
  return { kind: 'general' };
}
