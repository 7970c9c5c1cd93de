import { computeOf, type Compute } from './compute';
import { clonePlayer, copyState, newLedger, type Ledger } from './draft';
import { effectivePool, sharePool } from './economy';
import { stateHash } from './hash';
import { clampPlayer } from './limits';
import { countOf, indexOf } from './lookup';
import { relationshipVendor, runMarket } from './market';
import { emptyOrders } from './orders';
import { buildPower, deploy, mwNeeded, payPowerBill } from './power';
import { labReserved, resolvePartnerships, settleLabs } from './partnerships';
import { runGreyMarket } from './grey';
import { openRng } from './rng';
import { DEFAULT_ASSET_LIFE_QUARTERS, depreciation, profitOf, scoreAll, type ScoreInput } from './scoring';
import { advanceSilicon, produceCustom } from './silicon';
import type { GameState, Orders, PlayerMetrics, QuarterRecord, ResolutionNote } from './types';


/** Units bought from the primary vendor this quarter: the open market only (grey-market chips that arrived are in `bought` too). */
function vendorUnits(state: GameState, ledger: Ledger, orders: Orders): number {
  let n = 0;
  const { vendor } = relationshipVendor(state.scenario);
  for (const s of state.scenario.skus) if (s.vendor === vendor) n += countOf(ledger.bought, s.id);
  if (ledger.greyUnits > 0) for (const g of orders.greyMarket) if (indexOf(state.scenario).sku.get(g.sku)?.vendor === vendor) n -= g.quantity;
  return n;
}

/**
 * Resolves the quarter from the sealed orders: partnerships, silicon, the auctions, the grey market, custom
 * production, power and deployment, revenue and running costs, then the metrics snapshot. Returns the state in
 * the reveal phase with the quarter's record appended.
 */
export function resolveQuarter(state: GameState): GameState {
  const rng = openRng(state.rng);
  const q = state.quarter;
  const draft = copyState(state);
  const players = state.players.map(clonePlayer);
  const orders = state.pending.map((o) => o ?? emptyOrders());
  const ledgers = players.map(() => newLedger());
  const notes: ResolutionNote[] = [];

  resolvePartnerships(draft, players, orders, ledgers, rng, notes);
  advanceSilicon(draft, players, orders, ledgers, rng, notes);
  const clearing = runMarket(draft, players, orders, ledgers, rng, notes);
  runGreyMarket(draft, players, orders, ledgers, rng, notes);
  produceCustom(draft, players, orders, ledgers, notes);
  buildPower(draft, players, orders, ledgers, notes);
  deploy(draft, players);

  const computes = players.map((p, i) => computeOf(draft, i, p));
  const reserved = players.map((p) => labReserved(draft, p));
  const pool = effectivePool(draft);
  const weights = computes.map((c, i) => {
    const r = Math.min(reserved[i] as number, c.total);
    return c.total > 0 ? c.weighted * (1 - r / c.total) : 0;
  });
  const shares = sharePool(pool, weights);
  const life = draft.scenario.scoring.assetLifeQuarters ?? DEFAULT_ASSET_LIFE_QUARTERS;
  players.forEach((p, i) => {
    const ledger = ledgers[i] as Ledger;
    const c = computes[i] as Compute;
    const share = shares[i] as number;
    p.cash += share;
    ledger.revenue += share;
    p.totals.revenue += share;
    settleLabs(draft, p, ledger, Math.min(reserved[i] as number, c.total), notes);
    payPowerBill(draft, p, ledger, notes);
    p.totals.spend += ledger.spend;
    p.totals.running += ledger.expensed;
    p.totals.capex += ledger.spend - ledger.expensed;
    p.totals.writtenOff += depreciation(p.totals.capex, p.totals.writtenOff, life);
    p.totals.computeQuarters += Math.round(c.total);
    const gained = Math.floor(vendorUnits(draft, ledger, orders[i] as Orders) / relationshipVendor(draft.scenario).unitsPerPoint);
    p.relationship = Math.min(100, p.relationship + gained);
    clampPlayer(p);
  });

  const fleetMw = players.map((p, i) => Math.ceil(mwNeeded(draft, i, p.fleet)));
  const inputs: ScoreInput[] = players.map((p, i) => {
    const c = computes[i] as Compute;
    return { computeQuarters: p.totals.computeQuarters, profit: profitOf(p.totals), deployedH100e: Math.round(c.total), ownSiliconH100e: Math.round(c.own), fleetMw: fleetMw[i] as number, powerMw: p.powerMw };
  });
  const scores = scoreAll(draft, inputs);
  const metrics: PlayerMetrics[] = players.map((p, i) => {
    const c = computes[i] as Compute;
    const l = ledgers[i] as Ledger;
    const s = scores[i] as { score: number; parts: PlayerMetrics['parts'] };
    return {
      playerId: p.id,
      cash: p.cash,
      revenue: l.revenue,
      spend: l.spend,
      opex: l.opex,
      profit: profitOf(p.totals),
      fleetMw: fleetMw[i] as number,
      units: c.units,
      deployedUnits: c.deployedUnits,
      idleUnits: c.units - c.deployedUnits,
      deployedH100e: Math.round(c.total),
      ownSiliconH100e: Math.round(c.own),
      powerMw: p.powerMw,
      boughtUnits: l.bought,
      greyUnits: l.greyUnits,
      caught: l.caught,
      siliconStage: p.silicon.stage,
      score: s.score,
      parts: s.parts,
    };
  });

  const record: QuarterRecord = {
    quarter: q,
    clearing,
    orders: players.map((p, i) => ({ playerId: p.id, orders: orders[i] as Orders })),
    metrics,
    notes,
    revenuePool: pool,
    revenuePaid: shares.reduce((a, b) => a + b, 0),
    stateHash: '',
  };
  const next = copyState(draft);
  next.players = players;
  next.pending = state.pending.map(() => null);
  next.phase = 'reveal';
  next.rng = rng.save();
  next.history = [...state.history, record];
  record.stateHash = stateHash(next);
  return next;
}
