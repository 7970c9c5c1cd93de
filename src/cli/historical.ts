/**
 * The historical run: normal bots (each company with the scenario's personality) play the scenario over many
 * seeds, and the game's year is measured against sourced real figures: each company's purchases of a SKU
 * group (the scenario's `calibration`), the players' share of that group's shipments, and the vendor's
 * revenue (`scenarios/historical/<id>.json`, see src/scenario/historical.ts). Unlike the feasibility check,
 * nobody is told the answer: the bots play to win, so this tests whether the rules reproduce the year.
 */
import { botOrders } from '../ai';
import { boughtInYear } from '../ai/calibration';
import { quarterOf, type GameState, type Scenario } from '../engine';
import { playGame } from '../replay/session';
import { historicalTargetsPath, parseHistoricalTargets, type HistoricalTargets } from '../scenario/historical';
import { BASE_SCENARIO, CliError } from './args';
import { loadScenario, readText } from './load';

/** One measured figure against its target. */
export interface HistoricalFigure {
  target: number;
  /** Mean over the seeds. */
  game: number;
  min: number;
  max: number;
  /** (game − target) / target, percent, one decimal. */
  diffPct: number;
  tolerancePct: number;
  pass: boolean;
}

export interface HistoricalResult {
  scenario: string;
  year: number;
  group: string;
  seeds: number;
  companies: (HistoricalFigure & { id: string; name: string })[];
  /** The players' share of the group's units sold in the year, percent. */
  share: HistoricalFigure;
  /** What buyers paid for the vendor's chips in the year, USD. */
  revenue: HistoricalFigure & { vendor: string };
  rejectedOrders: number;
  pass: boolean;
  sources: { shipments: string[]; vendorRevenue: string[] };
}

const r1 = (x: number) => Math.round(x * 10) / 10;

function figure(xs: readonly number[], target: number, tolerancePct: number): HistoricalFigure {
  const game = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const diffPct = r1(((game - target) / target) * 100);
  return { target, game: r1(game), min: r1(Math.min(...xs)), max: r1(Math.max(...xs)), diffPct, tolerancePct, pass: Math.abs(diffPct) <= tolerancePct };
}

/** Units of a SKU group sold to anyone (players and outside buyers) in a calendar year, and what buyers paid a vendor. */
export function marketInYear(state: GameState, group: string, year: number, vendor: string): { units: number; vendorRevenue: number } {
  const ids = new Set(state.scenario.skuGroups[group] ?? []);
  const byVendor = new Set(state.scenario.skus.filter((s) => s.vendor === vendor).map((s) => s.id));
  let units = 0;
  let vendorRevenue = 0;
  for (const h of state.history) {
    if (quarterOf(state.scenario, h.quarter).year !== year) continue;
    for (const c of h.clearing) {
      for (const b of c.bids) {
        if (ids.has(c.sku)) units += b.filled;
        if (byVendor.has(c.sku)) vendorRevenue += b.paid;
      }
    }
  }
  return { units, vendorRevenue };
}

/** Loads a scenario's historical targets (by default `scenarios/historical/<id>.json`). */
export function loadHistoricalTargets(scenario: Scenario, file = historicalTargetsPath(scenario.id)): HistoricalTargets {
  const r = parseHistoricalTargets(readText(file), file, scenario);
  if (!r.ok) throw new CliError(r.error);
  return r.targets;
}

/**
 * Plays `seeds` games (seeds `historical-0`...) with normal bots in every seat and measures them against the
 * targets. Returns every figure with its pass mark; `pass` is all of them and no rejected order.
 */
export function historicalRun(opts: { scenarioFile?: string; targetsFile?: string; seeds?: number } = {}): HistoricalResult {
  const scenario = loadScenario(opts.scenarioFile ?? BASE_SCENARIO);
  const t = loadHistoricalTargets(scenario, opts.targetsFile);
  const seeds = Math.max(1, opts.seeds ?? 20);
  const key = `${t.group}${t.year}`;
  const companies = scenario.companies.filter((c) => (c.calibration?.[key] ?? 0) > 0);
  const bought = new Map(companies.map((c) => [c.id, [] as number[]]));
  const shares: number[] = [];
  const revenues: number[] = [];
  let rejected = 0;
  for (let k = 0; k < seeds; k++) {
    const game = playGame(scenario, `historical-${k}`, (s, id) => botOrders(s, id, 'normal'), { record: false });
    rejected += game.rejected.length;
    let players = 0;
    for (const c of scenario.companies) {
      const n = boughtInYear(game.state, c.id, t.group, t.year);
      players += n;
      bought.get(c.id)?.push(n);
    }
    const market = marketInYear(game.state, t.group, t.year, t.vendor);
    shares.push(market.units > 0 ? (players / market.units) * 100 : 0);
    revenues.push(market.vendorRevenue);
  }
  const realPlayers = companies.reduce((a, c) => a + (c.calibration?.[key] ?? 0), 0);
  const rows = companies.map((c) => ({ id: c.id, name: c.name, ...figure(bought.get(c.id) ?? [], c.calibration?.[key] ?? 0, t.tolerancePct.company) }));
  const share = figure(shares, r1((realPlayers / t.shipments) * 100), t.tolerancePct.share);
  const revenue = { vendor: t.vendor, ...figure(revenues, t.vendorRevenue, t.tolerancePct.revenue) };
  return {
    scenario: scenario.id,
    year: t.year,
    group: t.group,
    seeds,
    companies: rows,
    share,
    revenue,
    rejectedOrders: rejected,
    pass: rows.every((r) => r.pass) && share.pass && revenue.pass && rejected === 0,
    sources: t.cite,
  };
}

/** The historical run as tables for people. */
export function formatHistorical(r: HistoricalResult): string {
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  const signed = (x: number) => `${x > 0 ? '+' : ''}${x}%`;
  const mark = (f: HistoricalFigure) => (f.pass ? 'pass' : `MISS (outside ±${f.tolerancePct}%)`);
  const out = [`Historical run: ${r.scenario}, normal bots with the scenario's personalities, ${r.seeds} seeds, calendar ${r.year}`, ''];
  out.push(`| company | Omdia ${r.group} ${r.year} | game (mean) | game (min–max) | diff. | ±${r.companies[0]?.tolerancePct ?? 25}% |`);
  out.push('|---|---:|---:|---:|---:|---|');
  for (const c of r.companies) out.push(`| ${c.name} | ${n(c.target)} | ${n(c.game)} | ${n(c.min)}–${n(c.max)} | ${signed(c.diffPct)} | ${mark(c)} |`);
  out.push('');
  out.push('| market figure | target | game (mean) | game (min–max) | diff. | verdict |');
  out.push('|---|---:|---:|---:|---:|---|');
  out.push(`| the players' share of ${r.year} ${r.group} units sold | ${r.share.target}% | ${r.share.game}% | ${r.share.min}–${r.share.max}% | ${signed(r.share.diffPct)} | ${mark(r.share)} |`);
  const b = (x: number) => `$${(x / 1e9).toFixed(1)}B`;
  out.push(`| ${r.revenue.vendor} revenue from its chips in ${r.year} | ${b(r.revenue.target)} | ${b(r.revenue.game)} | ${b(r.revenue.min)}–${b(r.revenue.max)} | ${signed(r.revenue.diffPct)} | ${mark(r.revenue)} |`);
  out.push('');
  out.push(`sources: share ${r.sources.shipments.join(', ')}; revenue ${r.sources.vendorRevenue.join(', ')} (scenarios/historical/${r.scenario}.json says how each target is derived)`);
  out.push(`rejected orders: ${r.rejectedOrders}; every figure within its tolerance: ${r.pass ? 'yes' : 'NO'}`);
  return out.join('\n');
}
