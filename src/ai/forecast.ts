/**
 * Clearing-price forecasts from the public record: past quarters' revealed clearings, the announced supply
 * (schedule and active event modifiers) and the other-demand blocks.
 */
import { exportStatus, type SkuClearing } from '../engine';
import type { BotContext, SkuInfo } from './context';
import type { Reason } from './types';

/** A price forecast and the reasons behind it. */
export interface PriceForecast {
  price: number;
  reasons: Reason[];
}

/** Revealed clearings of a SKU, oldest first, with the quarter. */
export function clearingsOf(ctx: BotContext, sku: string): (SkuClearing & { quarter: number })[] {
  const out: (SkuClearing & { quarter: number })[] = [];
  for (const h of ctx.view.history) {
    const c = h.clearing.find((x) => x.sku === sku);
    if (c) out.push({ ...c, quarter: h.quarter });
  }
  return out;
}

/** Player demand for a SKU with no history yet, from public capex plans: a share of each eligible budget. */
export function budgetDemand(ctx: BotContext, info: SkuInfo): number {
  const sc = ctx.view.scenario;
  let units = 0;
  for (const c of sc.companies) {
    if (c.id === ctx.view.me.id) continue;
    const eligible = sc.skus.filter((s) => s.availableFrom <= ctx.q && exportStatus({ scenario: sc, quarter: ctx.q }, c.id, s.id).allowed);
    if (!eligible.some((s) => s.id === info.spec.id)) continue;
    units += ((c.budget[ctx.q] ?? 0) * 0.4) / info.spec.listPrice / Math.max(1, eligible.length);
  }
  return units;
}

/**
 * The clearing price a SKU is likely to fetch this quarter. With history: the last clearing, moved by the
 * change in supply and the recent trend (an undersubscribed market clears at list). Without: list price,
 * raised by how far public demand (other buyers, rivals' capex) exceeds the supply.
 */
export function forecastClearing(ctx: BotContext, info: SkuInfo): PriceForecast {
  const list = info.spec.listPrice;
  const past = clearingsOf(ctx, info.spec.id);
  const reasons: Reason[] = [];
  let price: number;
  const last = past[past.length - 1];
  if (last) {
    reasons.push({ code: 'lastClearing', values: { price: last.clearingPrice, quarter: last.quarter } });
    const undersold = last.sold < last.supply;
    price = undersold ? list : last.clearingPrice;
    if (!undersold && last.supply > 0 && info.supply > 0) {
      const ratio = Math.min(1.25, Math.max(0.8, Math.sqrt(last.supply / info.supply)));
      if (Math.abs(ratio - 1) > 0.01) reasons.push({ code: 'supplyChange', values: { pct: Math.round((info.supply / last.supply - 1) * 100) } });
      price *= ratio;
      const prev = past[past.length - 2];
      if (prev && prev.clearingPrice > 0) price *= Math.sqrt(Math.min(1.2, Math.max(0.85, last.clearingPrice / prev.clearingPrice)));
    }
  } else {
    reasons.push({ code: 'listPrice', values: { price: list } });
    const demand = info.otherQty + budgetDemand(ctx, info);
    const pressure = info.supply > 0 ? demand / info.supply : 0;
    price = list * (1 + 0.15 * Math.min(2, Math.max(0, pressure - 1)));
    if (info.otherQty > 0) reasons.push({ code: 'otherDemand', values: { units: info.otherQty, price: info.otherPrice } });
  }
  if (info.otherQty >= info.supply && info.otherPrice > price) price = info.otherPrice + 1;
  price = Math.max(list, Math.round(price));
  reasons.unshift({ code: 'forecastClearing', values: { price } });
  return { price, reasons };
}
