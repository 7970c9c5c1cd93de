/**
 * The debrief's data, shaped from a finished (or partly played) game's history: series per company, prices
 * per SKU, compute per region, the export rules' dates, the key moments, and the CSV and JSON exports.
 * Pure functions of plain data (no DOM, no strings for people: the screen translates codes with t()).
 */
import { teamsPart } from '../replay/team-name';
import { badgeOf, regionGroups, type RegionGroup } from '../store/scenario-look';
import { quarterLabel } from '../engine/time';
import { parTenths } from '../engine/scoring';
import type { BotRationale } from '../ai/types';
import type { GameState, LocalizedText, QuarterRecord, Scenario, SiliconStage } from '../engine/types';

/** One company's numbers per resolved quarter (index i = history[i]). */
export interface CompanySeries {
  id: string;
  name: string;
  initial: string;
  color: string;
  region: string;
  /** Deployed compute at the end of the quarter, H100e. */
  computeH100e: number[];
  /** Units won in the auction (every SKU). */
  unitsWon: number[];
  /** Paid in the auction, USD. */
  paid: number[];
  /** Everything spent in the quarter (chips, power, silicon, opex, fines), USD. */
  spend: number[];
  /** AI revenue earned in the quarter, USD. */
  revenue: number[];
  /** Cash at the end of the quarter, USD. */
  cash: number[];
  /** Score 0..1000 (tenths of a point). */
  score: number[];
  /** Score minus that quarter's par, tenths of a point (null when the scenario sets no par). */
  margin: (number | null)[];
}

/** Clearing prices of one SKU per quarter (null where nothing sold). */
export interface PriceSeries {
  sku: string;
  name: string;
  vendor: string;
  prices: (number | null)[];
}

/** Deployed compute summed over the companies of one region. */
export interface RegionSeries {
  /** The region code, or "bloc:<i>" for a bloc the scenario names (src/store/scenario-look.ts regionGroups). */
  region: string;
  group: RegionGroup;
  computeH100e: number[];
}

/** An export rule's start (or end) on the time axis. */
export interface RuleMarker {
  id: string;
  name: LocalizedText;
  quarter: number;
  edge: 'start' | 'end';
}

/** The quarters the history covers (quarter indices, 0-based). */
export function historyQuarters(game: Pick<GameState, 'history'>): number[] {
  return game.history.map((r) => r.quarter);
}

/** Units a player won in a quarter's auction (all SKUs) and what it paid. */
export function wonIn(rec: QuarterRecord, playerId: string): { units: number; paid: number } {
  let units = 0;
  let paid = 0;
  for (const c of rec.clearing) for (const b of c.bids) if (!b.other && b.bidder === playerId) {
    units += b.filled;
    paid += b.paid;
  }
  return { units, paid };
}

/** Every company's series, in scenario order. */
export function companySeries(game: Pick<GameState, 'scenario' | 'history'>): CompanySeries[] {
  return game.scenario.companies.map((c) => {
    const s: CompanySeries = { id: c.id, name: c.name, initial: badgeOf(c), color: c.color, region: c.region, computeH100e: [], unitsWon: [], paid: [], spend: [], revenue: [], cash: [], score: [], margin: [] };
    for (const rec of game.history) {
      const m = rec.metrics.find((x) => x.playerId === c.id);
      const w = wonIn(rec, c.id);
      s.computeH100e.push(m?.deployedH100e ?? 0);
      s.unitsWon.push(w.units);
      s.paid.push(w.paid);
      s.spend.push(m?.spend ?? 0);
      s.revenue.push(m?.revenue ?? 0);
      s.cash.push(m?.cash ?? 0);
      s.score.push(m?.score ?? 0);
      const par = game.scenario.scoring.par?.[c.id]?.[rec.quarter];
      s.margin.push(par === undefined ? null : (m?.score ?? 0) - parTenths(par));
    }
    return s;
  });
}

/** Clearing prices per SKU that traded at least once, in scenario order. */
export function priceSeries(game: Pick<GameState, 'scenario' | 'history'>): PriceSeries[] {
  const out: PriceSeries[] = [];
  for (const sku of game.scenario.skus) {
    const prices = game.history.map((rec) => {
      const c = rec.clearing.find((x) => x.sku === sku.id);
      return c && c.sold > 0 ? c.clearingPrice : null;
    });
    if (prices.some((p) => p !== null)) out.push({ sku: sku.id, name: sku.name, vendor: sku.vendor, prices });
  }
  return out;
}

/** Deployed compute per region (US, CN, ...) in the order companies first name them, or per bloc the scenario names. */
export function regionSeries(game: Pick<GameState, 'scenario' | 'history'>): RegionSeries[] {
  const regionOf = new Map(game.scenario.companies.map((c) => [c.id, c.region]));
  return regionGroups(game.scenario).map((group) => ({
    region: group.key,
    group,
    computeH100e: game.history.map((rec) => rec.metrics.reduce((sum, m) => (group.regions.includes(regionOf.get(m.playerId) ?? '') ? sum + m.deployedH100e : sum), 0)),
  }));
}

/** Export rules' start and end quarters that fall inside the game (a rule in force from quarter 0 is marked at 0). */
export function ruleMarkers(scenario: Pick<Scenario, 'exportRules' | 'quarters'>): RuleMarker[] {
  const out: RuleMarker[] = [];
  for (const r of scenario.exportRules) {
    if (r.effectiveQuarter < scenario.quarters) out.push({ id: r.id, name: r.name, quarter: Math.max(0, r.effectiveQuarter), edge: 'start' });
    if (r.endQuarter !== undefined && r.endQuarter < scenario.quarters && r.endQuarter >= 0) out.push({ id: r.id, name: r.name, quarter: r.endQuarter, edge: 'end' });
  }
  return out.sort((a, b) => a.quarter - b.quarter);
}

/** Ids of the rules in force in quarter q. */
export function rulesInForce(scenario: Pick<Scenario, 'exportRules'>, q: number): string[] {
  return scenario.exportRules.filter((r) => r.effectiveQuarter <= q && (r.endQuarter === undefined || q < r.endQuarter)).map((r) => r.id);
}

// ---------------------------------------------------------------- key moments

/** A moment worth talking about, as a code with values (the screen words it). */
export type KeyMoment =
  | { kind: 'ruleLands'; quarter: number; ruleId: string }
  | { kind: 'ruleEnds'; quarter: number; ruleId: string }
  | { kind: 'priceJump'; quarter: number; sku: string; from: number; to: number; pct: number }
  | { kind: 'greyCaught'; quarter: number; playerId: string; units: number; fine: number }
  | { kind: 'siliconVolume'; quarter: number; playerId: string }
  | { kind: 'largestWin'; quarter: number; playerId: string; sku: string; units: number; paid: number }
  | { kind: 'leadChange'; quarter: number; playerId: string; previous: string; h100e: number }
  /** A company won a deal (an AI lab's compute contract or a chipmaker's priority), with its sealed bid (0: none). */
  | { kind: 'dealWon'; quarter: number; playerId: string; partnership: string; bid: number }
  /** A company put its first money into its own silicon. */
  | { kind: 'siliconStart'; quarter: number; playerId: string; amount: number }
  /** A company's worst quarter for chips it owned but could not power (at least a tenth of its chips idle). */
  | { kind: 'idleChips'; quarter: number; playerId: string; idle: number; units: number };

const KIND_ORDER: KeyMoment['kind'][] = ['largestWin', 'dealWon', 'siliconStart', 'greyCaught', 'idleChips', 'siliconVolume', 'leadChange', 'priceJump', 'ruleLands', 'ruleEnds'];

const num = (v: number | string | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** The compute leader of a quarter (first in scenario order on a tie), or null if nobody has compute. */
function leaderOf(game: Pick<GameState, 'scenario'>, rec: QuarterRecord): { id: string; h100e: number } | null {
  let best: { id: string; h100e: number } | null = null;
  for (const c of game.scenario.companies) {
    const m = rec.metrics.find((x) => x.playerId === c.id);
    if (m && m.deployedH100e > 0 && (!best || m.deployedH100e > best.h100e)) best = { id: c.id, h100e: m.deployedH100e };
  }
  return best;
}

/**
 * The key moments of the history, in time order, mostly the companies' own decisions: the largest single
 * auction win, every deal won, every company's first money into its own silicon, every company caught on the
 * grey market, each company's worst quarter of idle chips (a tenth or more of its chips unpowered), every
 * silicon programme reaching volume and each change of the compute leader; then the market's biggest
 * quarter-on-quarter price rise, and an export rule only where it changes the game mid-way (it lands after
 * the first quarter, or ends after having applied; the rules' dates are listed beside the moments anyway).
 */
export function keyMoments(game: Pick<GameState, 'scenario' | 'history'>): KeyMoment[] {
  const out: KeyMoment[] = [];
  const played = new Set(game.history.map((r) => r.quarter));
  for (const m of ruleMarkers(game.scenario)) {
    if (!played.has(m.quarter) || m.quarter === 0) continue;
    const rule = game.scenario.exportRules.find((r) => r.id === m.id);
    // A rule that starts and stops in the same quarter never changed a decision.
    if (rule && rule.endQuarter !== undefined && rule.endQuarter <= Math.max(0, rule.effectiveQuarter)) continue;
    out.push(m.edge === 'start' ? { kind: 'ruleLands', quarter: m.quarter, ruleId: m.id } : { kind: 'ruleEnds', quarter: m.quarter, ruleId: m.id });
  }
  // Each company's first silicon money and its worst idle quarter.
  const started = new Set<string>();
  const idle = new Map<string, Extract<KeyMoment, { kind: 'idleChips' }>>();
  for (const rec of game.history) {
    for (const { playerId, orders } of rec.orders) {
      if (orders.siliconInvestment > 0 && !started.has(playerId)) {
        started.add(playerId);
        out.push({ kind: 'siliconStart', quarter: rec.quarter, playerId, amount: orders.siliconInvestment });
      }
    }
    for (const m of rec.metrics) {
      if (m.idleUnits <= 0 || m.idleUnits * 10 < m.units) continue;
      const worst = idle.get(m.playerId);
      if (!worst || m.idleUnits > worst.idle) idle.set(m.playerId, { kind: 'idleChips', quarter: rec.quarter, playerId: m.playerId, idle: m.idleUnits, units: m.units });
    }
    for (const n of rec.notes) {
      if (n.code === 'partnershipWon') out.push({ kind: 'dealWon', quarter: rec.quarter, playerId: n.playerId, partnership: String(n.values.partnership ?? ''), bid: num(n.values.bid) });
    }
  }
  for (const c of game.scenario.companies) {
    const m = idle.get(c.id);
    if (m) out.push(m);
  }
  // Biggest relative price rise between consecutive quarters that both cleared.
  let jump: Extract<KeyMoment, { kind: 'priceJump' }> | null = null;
  for (const p of priceSeries(game)) {
    for (let i = 1; i < p.prices.length; i++) {
      const a = p.prices[i - 1];
      const b = p.prices[i];
      if (a === null || a === undefined || b === null || b === undefined || a <= 0 || b <= a) continue;
      const pct = Math.round(((b - a) / a) * 100);
      if (!jump || pct > jump.pct) jump = { kind: 'priceJump', quarter: (game.history[i] as QuarterRecord).quarter, sku: p.sku, from: a, to: b, pct };
    }
  }
  if (jump) out.push(jump);
  // Largest single win: most units filled on one company bid.
  let win: Extract<KeyMoment, { kind: 'largestWin' }> | null = null;
  for (const rec of game.history) {
    for (const c of rec.clearing) for (const b of c.bids) {
      if (b.other || b.filled <= 0) continue;
      if (!win || b.filled > win.units) win = { kind: 'largestWin', quarter: rec.quarter, playerId: b.bidder, sku: c.sku, units: b.filled, paid: b.paid };
    }
  }
  if (win) out.push(win);
  for (const rec of game.history) {
    for (const n of rec.notes) {
      if (n.code === 'greyCaught') out.push({ kind: 'greyCaught', quarter: rec.quarter, playerId: n.playerId, units: num(n.values.units), fine: num(n.values.fine) });
      if (n.code === 'siliconAdvanced' && n.values.stage === ('volume' satisfies SiliconStage)) out.push({ kind: 'siliconVolume', quarter: rec.quarter, playerId: n.playerId });
    }
  }
  let prev: { id: string; h100e: number } | null = null;
  for (const rec of game.history) {
    const lead = leaderOf(game, rec);
    if (lead && prev && lead.id !== prev.id) out.push({ kind: 'leadChange', quarter: rec.quarter, playerId: lead.id, previous: prev.id, h100e: lead.h100e });
    if (lead) prev = lead;
  }
  return out.sort((a, b) => a.quarter - b.quarter || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

// ---------------------------------------------------------------- rationales

/** The bots' rationales grouped by quarter, each quarter in scenario order of the companies. */
export function rationalesByQuarter(scenario: Pick<Scenario, 'companies'>, rationales: readonly BotRationale[]): Map<number, BotRationale[]> {
  const order = scenario.companies.map((c) => c.id);
  const by = new Map<number, BotRationale[]>();
  for (const r of rationales) {
    const list = by.get(r.quarter) ?? [];
    // One rationale per company and quarter: the last one given wins.
    const i = list.findIndex((x) => x.playerId === r.playerId);
    if (i >= 0) list[i] = r;
    else list.push(r);
    by.set(r.quarter, list);
  }
  for (const list of by.values()) list.sort((a, b) => order.indexOf(a.playerId) - order.indexOf(b.playerId));
  return new Map([...by.entries()].sort((a, b) => a[0] - b[0]));
}

// ---------------------------------------------------------------- CSV

/** The CSV's columns, in order (documented in docs/debrief-csv.md). */
export const CSV_COLUMNS = [
  'scenario',
  'seed',
  'quarter',
  'quarter_label',
  'company_id',
  'company',
  'region',
  'seat',
  'team',
  'deployed_h100e',
  'own_silicon_h100e',
  'units_owned',
  'units_deployed',
  'units_idle',
  'units_won',
  'auction_paid_usd',
  'spend_usd',
  'opex_usd',
  'revenue_usd',
  'cash_usd',
  'power_mw',
  'grey_units',
  'grey_caught',
  'silicon_stage',
  'score',
  'score_par',
  'score_vs_par',
  'rules_in_force',
] as const;

/** A CSV cell: numbers go out as they are, text is quoted and defused. */
export type CsvCell = string | number;

/**
 * One text cell for a CSV file: a leading =, +, -, @, tab or carriage return gets a ' in front (so a
 * spreadsheet shows it as text instead of running it as a formula), and a cell with a comma, quote or line
 * break is quoted with its quotes doubled (RFC 4180).
 */
export function csvCell(v: CsvCell): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = v;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text: CRLF line ends, a final line end. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Who played a seat, for the CSV: "human", "bot:normal", or "" if unknown. */
export type SeatOf = (playerId: string) => string;

/** The CSV's rows: the header, then one row per resolved quarter per company (quarter order, then scenario order). */
export function csvRows(game: Pick<GameState, 'scenario' | 'history' | 'seed'>, seatOf: SeatOf = () => '', teamOf: (playerId: string) => string | null = () => null): CsvCell[][] {
  const rows: CsvCell[][] = [[...CSV_COLUMNS]];
  const sc = game.scenario;
  for (const rec of game.history) {
    const rules = rulesInForce(sc, rec.quarter).join(';');
    for (const c of sc.companies) {
      const m = rec.metrics.find((x) => x.playerId === c.id);
      if (!m) continue;
      const w = wonIn(rec, c.id);
      const par = sc.scoring.par?.[c.id]?.[rec.quarter];
      rows.push([
        sc.id,
        game.seed,
        rec.quarter + 1,
        quarterLabel(sc, rec.quarter),
        c.id,
        c.name,
        c.region,
        seatOf(c.id),
        teamOf(c.id) ?? '',
        m.deployedH100e,
        m.ownSiliconH100e,
        m.units,
        m.deployedUnits,
        m.idleUnits,
        w.units,
        w.paid,
        m.spend,
        m.opex,
        m.revenue,
        m.cash,
        m.powerMw,
        m.greyUnits,
        m.caught ? 1 : 0,
        m.siliconStage,
        Math.round(m.score) / 10,
        par === undefined ? '' : par,
        par === undefined ? '' : (m.score - parTenths(par)) / 10,
        rules,
      ]);
    }
  }
  return rows;
}

// ---------------------------------------------------------------- JSON

/** Everything the debrief shows, as one JSON document (for spreadsheets and scripts). */
export interface DebriefJson {
  format: 'gpurace-debrief';
  formatVersion: 1;
  scenario: { id: string; title: LocalizedText; startYear: number; startQuarter: number; quarters: number };
  seed: string;
  quarters: { quarter: number; label: string; revenuePool: number; revenuePaid: number; rulesInForce: string[] }[];
  companies: CompanySeries[];
  prices: PriceSeries[];
  regions: RegionSeries[];
  rules: RuleMarker[];
  keyMoments: KeyMoment[];
  rationales: BotRationale[];
}

/** The JSON export. */
export function debriefJson(game: Pick<GameState, 'scenario' | 'history' | 'seed'>, rationales: readonly BotRationale[]): DebriefJson {
  const sc = game.scenario;
  return {
    format: 'gpurace-debrief',
    formatVersion: 1,
    scenario: { id: sc.id, title: sc.title, startYear: sc.startYear, startQuarter: sc.startQuarter, quarters: sc.quarters },
    seed: game.seed,
    quarters: game.history.map((r) => ({ quarter: r.quarter, label: quarterLabel(sc, r.quarter), revenuePool: r.revenuePool, revenuePaid: r.revenuePaid, rulesInForce: rulesInForce(sc, r.quarter) })),
    companies: companySeries(game),
    prices: priceSeries(game),
    regions: regionSeries(game),
    rules: ruleMarkers(sc),
    keyMoments: keyMoments(game),
    rationales: [...rationalesByQuarter(sc, rationales).values()].flat(),
  };
}

/** A file name for the exports: gpurace-debrief-<scenario>-<seed>[-<teams>].<ext> (the class game's team names, if any). */
export function exportFileName(game: Pick<GameState, 'scenario' | 'seed'>, ext: 'csv' | 'json', teams: readonly string[] = []): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 32) || 'x';
  return `gpurace-debrief-${safe(game.scenario.id)}-${safe(game.seed)}${teamsPart(teams)}.${ext}`;
}
