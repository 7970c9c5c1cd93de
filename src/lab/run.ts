/**
 * The policy lab's runner: base and variant games played headless by the existing bots and engine, measured
 * per game, and summarised (means, distributions, the difference of means with a 95% interval, the largest
 * effects in words). Pure: no DOM, no Node API, no clock, no unseeded randomness. Game i of a run plays the
 * seed `labSeed(seed, i)` on both sides, so the two sides are paired game by game and any game can be played
 * again (`labGameRecord`) and opened in the replay viewer. The same inputs give the same numbers everywhere:
 * the results are sorted by game before anything is summed.
 */
import { BOT_LEVELS, botOrders, type BotLevel } from '../ai';
import { ENGINE_VERSION, relationshipVendor, finalStandings, quarterLabel, scenarioHash, type Scenario } from '../engine';
import { type GameRecord } from '../replay/record';
import { playGame } from '../replay/session';
import { describeVariant, type LabLang } from './describe';
import { compact, fmt, money } from './format';
import { applyVariant, type Variant } from './variant';

/** The `format` field of a lab result. */
export const LAB_FORMAT = 'gpurace-lab';
/** Fewest and most games a run may have (per side). */
export const MIN_GAMES = 1;
export const MAX_GAMES = 10_000;

/** A side of the comparison. */
export type Side = 'base' | 'variant';

/** What a run plays: the base scenario, the variant, how many games, the bots (one level per seat), the seed. */
export interface LabSetup {
  base: Scenario;
  variant: Variant;
  games: number;
  bots: BotLevel[];
  seed: string;
}

/** The seed of game i of a run whose base seed is `seed` (both sides play it). */
export function labSeed(seed: string, i: number): string {
  return `${seed}-${i}`;
}

/** The bots of every seat: one level for all (`normal`) or one per company in scenario order (`hard,normal,...`). */
export function parseBots(text: string, companies: number): { ok: true; bots: BotLevel[] } | { ok: false; error: string } {
  const parts = text.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  for (const p of parts) if (!(BOT_LEVELS as readonly string[]).includes(p)) return { ok: false, error: `unknown bot level "${p}" (use ${BOT_LEVELS.join(', ')})` };
  if (parts.length === 1) return { ok: true, bots: Array.from({ length: companies }, () => parts[0] as BotLevel) };
  if (parts.length !== companies) return { ok: false, error: `${parts.length} bot levels for ${companies} companies: give one level, or one per company` };
  return { ok: true, bots: parts as BotLevel[] };
}

/** Both scenarios of a run: the base, and the base with the variant applied. */
export interface LabScenarios {
  base: Scenario;
  variant: Scenario;
  /** Company indices behind an export wall: bound by a rule's destinations (region or tier) on either side. */
  wall: number[];
}

/** The wall: companies any export rule binds, by its destinations, in the base or the variant. */
export function wallOf(base: Scenario, variant: Scenario): number[] {
  const rules = [...base.exportRules, ...variant.exportRules];
  const out: number[] = [];
  base.companies.forEach((c, i) => {
    if (rules.some((r) => r.destinations.regions.includes(c.region) || r.destinations.tiers.includes(c.tier))) out.push(i);
  });
  return out;
}

/** Applies the variant and works out the wall; the error lists every problem with its path. */
export function labScenarios(base: Scenario, variant: Variant): { ok: true; scenarios: LabScenarios } | { ok: false; error: string } {
  const r = applyVariant(base, variant);
  if (!r.ok) return { ok: false, error: r.errors.map((e) => `${e.path}: ${e.message}`).join('\n') };
  return { ok: true, scenarios: { base, variant: r.scenario, wall: wallOf(base, r.scenario) } };
}

/** What one game measured (every number from the engine's own records). */
export interface GameResult {
  game: number;
  /** Final score per company (scenario order), tenths of a point. */
  score: number[];
  /** Score minus par per company, tenths of a point; null without a par. */
  margin: (number | null)[];
  /** Deployed compute per company at the end, H100e. */
  deployed: number[];
  /** Cash per company at the end, dollars. */
  cash: number[];
  /** Share of all deployed compute held by the companies behind the wall at the end (0..1); null without a wall. */
  wallShare: number | null;
  /** Sum paid for the primary vendor's SKUs over the game (every buyer), dollars. */
  vendorRevenue: number;
  /** Clearing price per SKU (scenario order) and quarter; null when nothing sold. */
  prices: (number | null)[][];
  /** Units bought on the grey market over the game, all companies. */
  grey: number;
  /** Index of the winner (rank 1 of the final standings). */
  winner: number;
  /** Orders the engine rejected (0 for the bots). */
  rejected: number;
}

const decider = (scenario: Scenario, bots: readonly BotLevel[]) => {
  const level = new Map(scenario.companies.map((c, i) => [c.id, bots[i] ?? 'normal']));
  return (state: Parameters<typeof botOrders>[0], playerId: string) => botOrders(state, playerId, level.get(playerId) ?? 'normal');
};

/** Plays game i on a scenario and measures it. */
export function playLabGame(scenario: Scenario, bots: readonly BotLevel[], seed: string, i: number, wall: readonly number[]): GameResult {
  const played = playGame(scenario, labSeed(seed, i), decider(scenario, bots), { record: false });
  const st = played.state;
  const last = st.history[st.history.length - 1];
  const metrics = scenario.companies.map((c) => last?.metrics.find((m) => m.playerId === c.id));
  const standings = finalStandings(st);
  const deployed = metrics.map((m) => m?.deployedH100e ?? 0);
  const total = deployed.reduce((a, b) => a + b, 0);
  const walled = wall.reduce((a, w) => a + (deployed[w] ?? 0), 0);
  const vendorSkus = new Set(scenario.skus.filter((k) => k.vendor === relationshipVendor(scenario).vendor).map((k) => k.id));
  let vendorRevenue = 0;
  let grey = 0;
  const prices = scenario.skus.map(() => Array.from({ length: scenario.quarters }, (): number | null => null));
  for (const rec of st.history) {
    for (const cl of rec.clearing) {
      if (vendorSkus.has(cl.sku)) for (const b of cl.bids) vendorRevenue += b.paid;
      const k = scenario.skus.findIndex((x) => x.id === cl.sku);
      const line = prices[k];
      if (line && cl.sold > 0) line[rec.quarter] = cl.clearingPrice;
    }
    for (const m of rec.metrics) grey += m.greyUnits;
  }
  const winnerId = standings.find((s) => s.rank === 1)?.playerId;
  return {
    game: i,
    score: scenario.companies.map((c) => standings.find((s) => s.playerId === c.id)?.score ?? 0),
    margin: scenario.companies.map((c) => standings.find((s) => s.playerId === c.id)?.margin ?? null),
    deployed,
    cash: metrics.map((m) => m?.cash ?? 0),
    wallShare: wall.length === 0 ? null : total > 0 ? walled / total : 0,
    vendorRevenue,
    prices,
    grey,
    winner: Math.max(0, scenario.companies.findIndex((c) => c.id === winnerId)),
    rejected: played.rejected.length,
  };
}

/** Plays games [from, to) of one side. */
export function playLabGames(sc: LabScenarios, side: Side, bots: readonly BotLevel[], seed: string, from: number, to: number): GameResult[] {
  const scenario = side === 'base' ? sc.base : sc.variant;
  const out: GameResult[] = [];
  for (let i = from; i < to; i++) out.push(playLabGame(scenario, bots, seed, i, sc.wall));
  return out;
}

/**
 * Game i as a full record for the replay viewer (the same game the run measured: same scenario, seed and
 * bots). It carries the scenario it was played on, so a variant game opens although no shipped file has it.
 */
export function labGameRecord(scenario: Scenario, bots: readonly BotLevel[], seed: string, i: number): GameRecord {
  const seats = scenario.companies.map((c, k) => ({ playerId: c.id, kind: 'bot' as const, level: bots[k] ?? 'normal' }));
  const played = playGame(scenario, labSeed(seed, i), decider(scenario, bots), { seats });
  return { ...played.record, scenarioSnapshot: scenario };
}

// ---------------------------------------------------------------- statistics

/** Summary statistics of one side's values. */
export interface Stats {
  n: number;
  mean: number;
  sd: number;
  min: number;
  median: number;
  max: number;
}

/** The variant minus the base, paired by game: mean difference with its 95% interval, and relative to the base mean. */
export interface Effect {
  diff: number;
  lo: number;
  hi: number;
  /** diff / |base mean| (null when the base mean is 0). */
  rel: number | null;
  relLo: number | null;
  relHi: number | null;
  /** True when the interval excludes zero. */
  clear: boolean;
}

/** A histogram of both sides over the same bins. */
export interface Dist {
  lo: number;
  hi: number;
  base: number[];
  variant: number[];
}

/** What a metric measures (the UI and CLI name it from this). */
export type MetricKind = 'score' | 'margin' | 'deployed' | 'cash' | 'wallShare' | 'vendorRevenue' | 'grey';

/** One measured quantity on both sides. */
export interface MetricRow {
  id: string;
  kind: MetricKind;
  /** The company for per-company metrics. */
  company?: string;
  base: Stats;
  variant: Stats;
  effect: Effect;
  dist: Dist;
}

/** A run's result: what the CLI's --json prints and the browser shows and exports. */
export interface LabSummary {
  format: typeof LAB_FORMAT;
  engineVersion: number;
  scenario: { id: string; hash: string };
  variantHash: string;
  variant: Variant;
  games: number;
  bots: BotLevel[];
  seed: string;
  /** The seed of game i is `${seed}-${i}` on both sides. */
  seedRule: string;
  lastQuarter: string;
  wall: { companies: string[] };
  primaryVendor: string;
  metrics: MetricRow[];
  winners: { company: string; base: number; variant: number }[];
  prices: { sku: string; base: (number | null)[]; variant: (number | null)[] }[];
  rejected: { base: number; variant: number };
  changes: Record<LabLang, string[]>;
  summary: Record<LabLang, string[]>;
}

const BINS = 20;
const Z95 = 1.96;

function stats(xs: readonly number[]): Stats {
  const n = xs.length;
  if (n === 0) return { n: 0, mean: 0, sd: 0, min: 0, median: 0, max: 0 };
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / n;
  let ss = 0;
  for (const x of xs) ss += (x - mean) ** 2;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { n, mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : 0, min: sorted[0] as number, median, max: sorted[n - 1] as number };
}

/** Paired difference of means with a normal 95% interval (games are paired by seed). */
export function effectOf(base: readonly number[], variant: readonly number[]): Effect {
  const n = Math.min(base.length, variant.length);
  const d: number[] = [];
  for (let i = 0; i < n; i++) d.push((variant[i] as number) - (base[i] as number));
  const s = stats(d);
  const half = n > 1 ? (Z95 * s.sd) / Math.sqrt(n) : 0;
  const bm = stats(base).mean;
  const rel = (x: number) => (bm === 0 ? null : x / Math.abs(bm));
  const lo = s.mean - half;
  const hi = s.mean + half;
  return { diff: s.mean, lo, hi, rel: rel(s.mean), relLo: rel(lo), relHi: rel(hi), clear: n > 1 && (lo > 0 || hi < 0) };
}

function dist(base: readonly number[], variant: readonly number[]): Dist {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of base) if (x < lo) lo = x;
  for (const x of base) if (x > hi) hi = x;
  for (const x of variant) if (x < lo) lo = x;
  for (const x of variant) if (x > hi) hi = x;
  if (!Number.isFinite(lo)) return { lo: 0, hi: 0, base: [], variant: [] };
  const bins = hi > lo ? BINS : 1;
  const count = (xs: readonly number[]) => {
    const c = Array.from({ length: bins }, () => 0);
    for (const x of xs) {
      const k = hi > lo ? Math.min(bins - 1, Math.floor(((x - lo) / (hi - lo)) * bins)) : 0;
      c[k] = (c[k] as number) + 1;
    }
    return c;
  };
  return { lo, hi, base: count(base), variant: count(variant) };
}

function row(id: string, kind: MetricKind, base: readonly number[], variant: readonly number[], company?: string): MetricRow {
  return { id, kind, ...(company === undefined ? {} : { company }), base: stats(base), variant: stats(variant), effect: effectOf(base, variant), dist: dist(base, variant) };
}

const nonNull = (xs: readonly (number | null)[]): number[] => xs.filter((x): x is number => x !== null);

function meanOrNull(xs: readonly (number | null)[]): number | null {
  const v = nonNull(xs);
  return v.length === 0 ? null : stats(v).mean;
}

// ---------------------------------------------------------------- the summary in words

function sentence(m: MetricRow, sc: Scenario, title: string, lastQ: string, vendor: string, wallNames: string, lang: LabLang): string {
  const de = lang === 'de';
  const e = m.effect;
  const up = e.diff > 0;
  const name = sc.companies.find((c) => c.id === m.company)?.name ?? m.company ?? '';
  const relPct = fmt(Math.abs((e.rel ?? 0) * 100), lang, 0);
  const relHalf = fmt((((e.relHi ?? 0) - (e.relLo ?? 0)) / 2) * 100, lang, 0);
  const range = (f: (x: number) => string) => (de ? ` (${f(m.base.mean)} → ${f(m.variant.mean)} im Mittel)` : ` (${f(m.base.mean)} → ${f(m.variant.mean)} on average)`);
  const pts = (x: number) => fmt(x / 10, lang, 1);
  switch (m.kind) {
    case 'deployed':
      return de
        ? `${title}: ${name} setzt bis ${lastQ} ${relPct}% ± ${relHalf}% ${up ? 'mehr' : 'weniger'} Rechenleistung ein${range((x) => `${compact(x, lang)} H100e`)}`
        : `${title}: ${name} deploys ${relPct}% ± ${relHalf}% ${up ? 'more' : 'less'} compute by ${lastQ}${range((x) => `${compact(x, lang)} H100e`)}`;
    case 'cash':
      return de ? `${title}: ${name} endet mit ${relPct}% ± ${relHalf}% ${up ? 'mehr' : 'weniger'} Bargeld${range((x) => money(x, lang))}` : `${title}: ${name} ends with ${relPct}% ± ${relHalf}% ${up ? 'more' : 'less'} cash${range((x) => money(x, lang))}`;
    case 'score':
    case 'margin': {
      const half = fmt((e.hi - e.lo) / 20, lang, 1);
      const what = m.kind === 'score' ? (de ? 'Punkte' : 'points') : de ? 'Punkte gegenüber Par' : 'points against par';
      return de ? `${title}: ${name} erzielt ${fmt(Math.abs(e.diff) / 10, lang, 1)} ± ${half} ${what} ${up ? 'mehr' : 'weniger'}${range(pts)}` : `${title}: ${name} scores ${fmt(Math.abs(e.diff) / 10, lang, 1)} ± ${half} ${what} ${up ? 'more' : 'less'}${range(pts)}`;
    }
    case 'wallShare': {
      const p = (x: number) => `${fmt(x * 100, lang, 1)}%`;
      const half = fmt(((e.hi - e.lo) / 2) * 100, lang, 1);
      return de
        ? `${title}: Der Anteil der Rechenleistung hinter der Exportmauer (${wallNames}) ${up ? 'steigt' : 'fällt'} bis ${lastQ} um ${fmt(Math.abs(e.diff) * 100, lang, 1)} ± ${half} Prozentpunkte (${p(m.base.mean)} → ${p(m.variant.mean)})`
        : `${title}: the share of compute behind the export wall (${wallNames}) ${up ? 'rises' : 'falls'} by ${fmt(Math.abs(e.diff) * 100, lang, 1)} ± ${half} points by ${lastQ} (${p(m.base.mean)} → ${p(m.variant.mean)})`;
    }
    case 'vendorRevenue':
      return de ? `${title}: ${vendor} nimmt ${relPct}% ± ${relHalf}% ${up ? 'mehr' : 'weniger'} ein${range((x) => money(x, lang))}` : `${title}: ${vendor}'s revenue is ${relPct}% ± ${relHalf}% ${up ? 'higher' : 'lower'}${range((x) => money(x, lang))}`;
    case 'grey':
      return de ? `${title}: ${relPct}% ± ${relHalf}% ${up ? 'mehr' : 'weniger'} Chips über den Graumarkt${range((x) => compact(x, lang))}` : `${title}: ${relPct}% ± ${relHalf}% ${up ? 'more' : 'fewer'} chips bought on the grey market${range((x) => compact(x, lang))}`;
    default: {
      const never: never = m.kind;
      return never;
    }
  }
}

/** How large an effect is, to rank them: relative change, or points of score or share. */
function effectSize(m: MetricRow): number {
  if (m.kind === 'wallShare') return Math.abs(m.effect.diff) * 5;
  if (m.kind === 'score' || m.kind === 'margin') return Math.abs(m.effect.diff) / 200;
  return Math.abs(m.effect.rel ?? 0);
}

/** The largest clear effects in plain words (at most `max`), and how often the winner changed. */
export function summaryLines(s: Omit<LabSummary, 'summary'>, sc: Scenario, lang: LabLang, max = 4): string[] {
  const de = lang === 'de';
  const title = s.variant.title[lang];
  const wallNames = s.wall.companies.map((id) => sc.companies.find((c) => c.id === id)?.name ?? id).join(', ');
  const clear = s.metrics.filter((m) => m.effect.clear && m.kind !== 'margin').sort((a, b) => effectSize(b) - effectSize(a) || a.id.localeCompare(b.id));
  const out = clear.slice(0, max).map((m) => sentence(m, sc, title, s.lastQuarter, s.primaryVendor, wallNames, lang));
  const shift = [...s.winners].sort((a, b) => Math.abs(b.variant - b.base) - Math.abs(a.variant - a.base) || a.company.localeCompare(b.company))[0];
  if (shift && s.games > 0 && Math.abs(shift.variant - shift.base) / s.games >= 0.05) {
    const name = sc.companies.find((c) => c.id === shift.company)?.name ?? shift.company;
    const p = (x: number) => `${fmt((x / s.games) * 100, lang, 0)}%`;
    out.push(de ? `${title}: ${name} gewinnt ${p(shift.variant)} der Spiele (statt ${p(shift.base)})` : `${title}: ${name} wins ${p(shift.variant)} of games (was ${p(shift.base)})`);
  }
  if (out.length === 0) out.push(de ? `${title}: Bei ${fmt(s.games, lang)} Spielen ist keine Wirkung klar: Jedes 95%-Intervall der Differenz enthält die Null.` : `${title}: no effect is clear at ${fmt(s.games, lang)} games: every difference's 95% interval includes zero.`);
  return out;
}

/** Summarises both sides' results (each sorted by game here, so the order they arrived in never matters). */
export function summarise(setup: Pick<LabSetup, 'variant' | 'bots' | 'seed'>, sc: LabScenarios, baseIn: readonly GameResult[], variantIn: readonly GameResult[]): LabSummary {
  const base = [...baseIn].sort((a, b) => a.game - b.game);
  const variant = [...variantIn].sort((a, b) => a.game - b.game);
  const companies = sc.base.companies;
  const metrics: MetricRow[] = [];
  companies.forEach((c, k) => {
    metrics.push(row(`score:${c.id}`, 'score', base.map((g) => g.score[k] ?? 0), variant.map((g) => g.score[k] ?? 0), c.id));
    if (base.some((g) => g.margin[k] !== null)) metrics.push(row(`margin:${c.id}`, 'margin', base.map((g) => g.margin[k] ?? 0), variant.map((g) => g.margin[k] ?? 0), c.id));
    metrics.push(row(`deployed:${c.id}`, 'deployed', base.map((g) => g.deployed[k] ?? 0), variant.map((g) => g.deployed[k] ?? 0), c.id));
    metrics.push(row(`cash:${c.id}`, 'cash', base.map((g) => g.cash[k] ?? 0), variant.map((g) => g.cash[k] ?? 0), c.id));
  });
  if (sc.wall.length > 0) metrics.push(row('wallShare', 'wallShare', base.map((g) => g.wallShare ?? 0), variant.map((g) => g.wallShare ?? 0)));
  metrics.push(row('vendorRevenue', 'vendorRevenue', base.map((g) => g.vendorRevenue), variant.map((g) => g.vendorRevenue)));
  metrics.push(row('grey', 'grey', base.map((g) => g.grey), variant.map((g) => g.grey)));
  const partial: Omit<LabSummary, 'summary'> = {
    format: LAB_FORMAT,
    engineVersion: ENGINE_VERSION,
    scenario: { id: sc.base.id, hash: scenarioHash(sc.base) },
    variantHash: scenarioHash(sc.variant),
    variant: setup.variant,
    games: Math.min(base.length, variant.length),
    bots: [...setup.bots],
    seed: setup.seed,
    seedRule: `${setup.seed}-<game>`,
    lastQuarter: quarterLabel(sc.base, sc.base.quarters - 1),
    wall: { companies: sc.wall.map((i) => companies[i]?.id ?? '') },
    primaryVendor: relationshipVendor(sc.base).vendor,
    metrics,
    winners: companies.map((c, k) => ({ company: c.id, base: base.filter((g) => g.winner === k).length, variant: variant.filter((g) => g.winner === k).length })),
    prices: sc.base.skus.map((sku, k) => ({
      sku: sku.id,
      base: Array.from({ length: sc.base.quarters }, (_, q) => meanOrNull(base.map((g) => g.prices[k]?.[q] ?? null))),
      variant: Array.from({ length: sc.base.quarters }, (_, q) => meanOrNull(variant.map((g) => g.prices[k]?.[q] ?? null))),
    })),
    rejected: { base: base.reduce((a, g) => a + g.rejected, 0), variant: variant.reduce((a, g) => a + g.rejected, 0) },
    changes: { en: describeVariant(sc.base, setup.variant, 'en'), de: describeVariant(sc.base, setup.variant, 'de') },
  };
  return { ...partial, summary: { en: summaryLines(partial, sc.base, 'en'), de: summaryLines(partial, sc.base, 'de') } };
}

/** Plays a whole run in this thread (tests, small runs; the CLI and the page spread it over workers). */
export function runLab(setup: LabSetup): LabSummary {
  const r = labScenarios(setup.base, setup.variant);
  if (!r.ok) throw new Error(r.error);
  const base = playLabGames(r.scenarios, 'base', setup.bots, setup.seed, 0, setup.games);
  const variant = playLabGames(r.scenarios, 'variant', setup.bots, setup.seed, 0, setup.games);
  return summarise(setup, r.scenarios, base, variant);
}

/** Splits a run into chunks of games for a pool of workers (both sides interleaved, so progress is even). */
export function chunks(games: number, size: number): { side: Side; from: number; to: number }[] {
  const out: { side: Side; from: number; to: number }[] = [];
  for (let from = 0; from < games; from += size) {
    const to = Math.min(games, from + size);
    out.push({ side: 'base', from, to }, { side: 'variant', from, to });
  }
  return out;
}
