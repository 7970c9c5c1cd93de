/**
 * Two scripted newcomers, written as a first-time player would play after reading the rules (no bot code):
 * - `sensibleNewcomer` plays the theme: it buys the chips it can power (power online or coming by the time
 *   they would run) and builds power ahead for what it means to buy next, bidding 10% over the last clearing
 *   price it saw in the reveal (list before any);
 * - `naiveNewcomer` buys the most chips its cash allows (the most units per dollar, 5% over the last clearing
 *   price) and builds no power.
 */
import { emptyOrders, exportStatus, mwNeeded, runningCosts, validateOrders, type GameState, type Orders } from '../../src/engine';

/**
 * What a newcomer reads off the last reveal: the SKU's last clearing price (list before any), raised a
 * further 15% if its own bid for the SKU went (partly) unfilled.
 */
function lastPrice(state: GameState, playerId: string, skuId: string, list: number): number {
  const c = state.history[state.history.length - 1]?.clearing.find((x) => x.sku === skuId);
  if (!c || c.sold === 0) return list;
  const mine = c.bids.find((b) => b.bidder === playerId);
  return Math.max(list, c.clearingPrice) * (mine && mine.filled < mine.quantity ? 1.15 : 1);
}

function biddable(state: GameState, playerId: string) {
  const q = state.quarter;
  return state.scenario.skus.filter((s) => s.availableFrom <= q && (s.supply[q] ?? 0) > 0 && exportStatus(state, playerId, s.id).allowed && exportStatus(state, playerId, s.id).mode !== 'revenueShare');
}

/** Shrinks bids until the engine takes the orders (a newcomer fixes what the orders panel flags). */
function legal(state: GameState, playerId: string, o: Orders): Orders {
  for (let k = 0; k < 60 && validateOrders(state, playerId, o); k++) {
    if (o.bids.length > 0) o.bids = o.bids.map((b) => ({ ...b, quantity: Math.floor(b.quantity * 0.9) })).filter((b) => b.quantity > 0);
    else o.powerBuild = Math.floor(o.powerBuild * 0.9);
  }
  return validateOrders(state, playerId, o) ? emptyOrders() : o;
}

export function sensibleNewcomer(state: GameState, playerId: string): { orders: Orders } {
  const i = state.scenario.companies.findIndex((c) => c.id === playerId);
  const p = state.players[i];
  if (!p) return { orders: emptyOrders() };
  const power = state.scenario.power;
  const money = Math.max(0, p.cash - runningCosts(state, playerId));
  const planned = p.powerMw + p.projects.reduce((a, x) => a + x.mw, 0);
  const fleetMw = mwNeeded(state, i, p.fleet);
  // Half the money for chips that fit the power online or coming, half for power built ahead.
  const price = (s: { id: string; listPrice: number }) => Math.round(lastPrice(state, playerId, s.id, s.listPrice) * 1.1);
  const skus = biddable(state, playerId).sort((a, b) => b.h100e / price(b) - a.h100e / price(a));
  const o = emptyOrders();
  const last = state.quarter + power.leadQuarters >= state.scenario.quarters;
  let chipMoney = last ? money : money * 0.6;
  let freeMw = Math.max(0, planned - fleetMw);
  for (const s of skus.slice(0, 3)) {
    const mwPer = (s.watts * power.overhead) / 1e6;
    const n = Math.floor(Math.min(chipMoney / price(s), freeMw / mwPer, (s.supply[state.quarter] ?? 0) * 0.4));
    if (n <= 0) continue;
    o.bids.push({ sku: s.id, quantity: n, maxPrice: price(s) });
    chipMoney -= n * price(s);
    freeMw -= n * mwPer;
  }
  // Power ahead: what the rest of the money would buy next quarter at list, if it comes online in time.
  if (!last) {
    const s = skus[0];
    const spend = money - o.bids.reduce((a, b) => a + b.quantity * b.maxPrice, 0);
    if (s) {
      const mwPer = (s.watts * power.overhead) / 1e6;
      const perUnit = price(s) + mwPer * power.costPerMw;
      o.powerBuild = Math.max(0, Math.floor((spend / perUnit) * mwPer));
    }
  }
  return { orders: legal(state, playerId, o) };
}

export function naiveNewcomer(state: GameState, playerId: string): { orders: Orders } {
  const p = state.players.find((x) => x.id === playerId);
  if (!p) return { orders: emptyOrders() };
  const money = Math.max(0, p.cash - runningCosts(state, playerId));
  const price = (s: { id: string; listPrice: number }) => Math.round(lastPrice(state, playerId, s.id, s.listPrice) * 1.05);
  const s = biddable(state, playerId).sort((a, b) => price(a) - price(b))[0];
  const o = emptyOrders();
  if (s) {
    const p1 = price(s);
    o.bids.push({ sku: s.id, quantity: Math.floor(Math.min(money / p1, (s.supply[state.quarter] ?? 0) * 0.4)), maxPrice: p1 });
  }
  return { orders: legal(state, playerId, o) };
}
