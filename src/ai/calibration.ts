import { emptyOrders, exportStatus, mwNeeded, quarterOf, viewFor, type Bid, type GameState, type Orders } from '../engine';
import { makeLegal } from './baseline';

/** The calendar year a quarter index falls in. */
const yearOf = (state: GameState, q: number): number => quarterOf(state.scenario, q).year;

/**
 * The calibration bot: bids for a company's real purchases of a SKU group in a year (the scenario's
 * `calibration` figure, e.g. hopper2024), spread over the quarters in proportion to the supply it may buy,
 * at 15% over list, and builds the power to run them. It exists to check the scenario against reality.
 */
export function calibrationOrders(state: GameState, playerId: string, group = 'hopper', year = 2024): Orders {
  const view = viewFor(state, playerId);
  const ci = state.scenario.companies.findIndex((c) => c.id === playerId);
  const company = state.scenario.companies[ci];
  if (!view || !company) return emptyOrders();
  const target = company.calibration?.[`${group}${year}`] ?? 0;
  const skuIds = state.scenario.skuGroups[group] ?? [];
  const skus = state.scenario.skus.filter((s) => skuIds.includes(s.id));
  const q = state.quarter;
  const orders = emptyOrders();
  const bought = { ...view.me.fleet };
  if (yearOf(state, q) === year && target > 0) {
    // Supply this company may buy, quarter by quarter, for the rest of the year.
    const allowedSupply = (qq: number) =>
      skus.filter((s) => s.availableFrom <= qq && exportStatus({ scenario: state.scenario, quarter: qq }, playerId, s.id).allowed).reduce((a, s) => a + (s.supply[qq] ?? 0), 0);
    let rest = 0;
    for (let qq = q; qq < state.scenario.quarters && yearOf(state, qq) === year; qq++) rest += allowedSupply(qq);
    const already = state.history.filter((h) => yearOf(state, h.quarter) === year).reduce((a, h) => a + skuIds.reduce((b, id) => b + (h.metrics[ci]?.boughtUnits[id] ?? 0), 0), 0);
    const now = allowedSupply(q);
    const want = rest > 0 ? Math.round(((target - already) * now) / rest) : 0;
    const bids: Bid[] = [];
    for (const s of skus) {
      if (s.availableFrom > q || !exportStatus(state, playerId, s.id).allowed || now === 0) continue;
      const quantity = Math.max(0, Math.round((want * (s.supply[q] ?? 0)) / now));
      if (quantity > 0) {
        bids.push({ sku: s.id, quantity, maxPrice: Math.round(s.listPrice * 1.15) });
        bought[s.id] = (bought[s.id] ?? 0) + quantity;
      }
    }
    orders.bids = bids;
  }
  const planned = view.me.powerMw + view.me.projects.reduce((a, p) => a + p.mw, 0);
  orders.powerBuild = Math.max(0, Math.ceil(mwNeeded(state, ci, bought) * 1.1 - planned));
  return makeLegal(view, orders);
}

/** Units of a SKU group a company bought in a calendar year of a finished game. */
export function boughtInYear(state: GameState, playerId: string, group: string, year: number): number {
  const ids = state.scenario.skuGroups[group] ?? [];
  let n = 0;
  for (const h of state.history) {
    if (yearOf(state, h.quarter) !== year) continue;
    const m = h.metrics.find((x) => x.playerId === playerId);
    for (const id of ids) n += m?.boughtUnits[id] ?? 0;
  }
  return n;
}

