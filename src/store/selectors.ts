/** Read-only views of the store's game for panels and scenes. Nothing here changes state. */
import { activeRules, finalStandings, quarterLabel } from '../engine';
import { effectiveSupply } from '../engine/market';
import { sourceNameIn } from '../text/source-name-table';
import { TUTORIAL_SCENARIO } from './tutorial';
import type { CompanySpec, GameState, LocalizedText, PlayerMetrics, PlayerState, QuarterRecord, Scenario, SkuClearing, SkuSpec } from '../engine/types';

/** The company spec of a player id. */
export function companyOf(scenario: Scenario, id: string): CompanySpec | undefined {
  return scenario.companies.find((c) => c.id === id);
}

/** The last resolved quarter's record. */
export function lastRecord(game: GameState): QuarterRecord | undefined {
  return game.history[game.history.length - 1];
}

/** The most recent clearing of a SKU, if it ever traded. */
export function lastClearing(game: GameState, skuId: string): { clearing: SkuClearing; quarter: number } | undefined {
  for (let i = game.history.length - 1; i >= 0; i--) {
    const rec = game.history[i] as QuarterRecord;
    const c = rec.clearing.find((x) => x.sku === skuId);
    // A quarter where nothing sold set no price (its "clearing price" is the list price): it is not the last trade.
    if (c && c.sold > 0) return { clearing: c, quarter: rec.quarter };
  }
  return undefined;
}

/** Units of a SKU on sale this quarter (after events). */
export function supplyNow(game: GameState, sku: SkuSpec): number {
  return effectiveSupply(game, sku);
}

/** A company's chips: totals and H100e, deployed and idle (custom silicon counted with its own factor). */
export function fleetSummary(game: GameState, player: PlayerState): { units: number; deployed: number; idle: number; deployedH100e: number; idleH100e: number; customUnits: number } {
  const company = companyOf(game.scenario, player.id);
  let units = 0;
  let deployed = 0;
  let deployedH100e = 0;
  let idleH100e = 0;
  for (const [key, n] of Object.entries(player.fleet)) {
    const d = Math.min(n, player.deployed[key] ?? 0);
    const factor = key === 'custom' ? (company?.silicon.h100e ?? 0) : (game.scenario.skus.find((s) => s.id === key)?.h100e ?? 0);
    units += n;
    deployed += d;
    deployedH100e += d * factor;
    idleH100e += (n - d) * factor;
  }
  return { units, deployed, idle: units - deployed, deployedH100e, idleH100e, customUnits: player.fleet.custom ?? 0 };
}


/** One row of the standings shown during the game. */
export interface StandingRow {
  playerId: string;
  rank: number;
  score: number | null;
  /** Score minus par (tenths) when the scenario sets a par and a quarter has been scored, else null. */
  margin: number | null;
  par: number | null;
  metrics: PlayerMetrics | null;
}

/** Standings after the last resolved quarter (scenario order with no score before the first). */
export function standingsNow(game: GameState): StandingRow[] {
  const rec = lastRecord(game);
  if (!rec) return game.scenario.companies.map((c, i) => ({ playerId: c.id, rank: i + 1, score: null, margin: null, par: null, metrics: null }));
  return finalStandings(game).map((s) => ({ playerId: s.playerId, rank: s.rank, score: s.score, margin: s.margin, par: s.par, metrics: rec.metrics.find((m) => m.playerId === s.playerId) ?? null }));
}

/** A news feed entry, newest first when listed. */
export interface NewsEntry {
  quarter: number;
  when: string;
  source: string;
  /** The full citation (publisher, title, date). */
  sourceFull: string;
  /** The event's ISO date (yyyy-mm-dd), if it has one; `when` is then that date, else the quarter label. */
  date: string | null;
  /** The source is the game scenario itself (kind A): the UI names it in its own language. */
  scenarioSource: boolean;
  headline: string;
  body: string;
  kind: 'scheduled' | 'deck' | 'injected';
}

/**
 * The news that has reached the feed, newest first, headlines and bodies in `lng` (English by default). The
 * tutorial's news are its lessons ("Welcome", "Your first bid", ..., "Seal your orders"): there each quarter's
 * are listed in the order they are read, oldest first, the newest quarter's still on top.
 */
export function newsFeed(game: GameState, lng: keyof LocalizedText = 'en'): NewsEntry[] {
  const feed = newsNewestFirst(game, lng);
  if (game.scenario.id !== TUTORIAL_SCENARIO) return feed;
  // The quarters newest first; within one, oldest first (the feed lists them newest first: the later index).
  return feed.map((n, i) => ({ n, i })).sort((a, b) => b.n.quarter - a.n.quarter || b.i - a.i).map((x) => x.n);
}

function newsNewestFirst(game: GameState, lng: keyof LocalizedText = 'en'): NewsEntry[] {
  const sc = game.scenario;
  const out: NewsEntry[] = [];
  for (let k = game.news.length - 1; k >= 0; k--) {
    const item = game.news[k];
    if (!item) continue;
    const ev = sc.events.find((e) => e.id === item.eventId) ?? sc.eventDeck.cards.find((c) => c.id === item.eventId);
    if (!ev) continue;
    const date = 'date' in ev && typeof ev.date === 'string' ? ev.date : null;
    const label = sourceLabel(sc, ev.source, lng);
    out.push({
      quarter: item.quarter,
      when: date ?? quarterLabel(sc, item.quarter),
      source: label.short,
      sourceFull: label.full,
      date,
      scenarioSource: sc.sources.find((x) => x.id === ev.source)?.kind === 'A',
      headline: ev.headline[lng],
      body: ev.body[lng],
      kind: item.kind,
    });
  }
  return out;
}

/** Quarters that have news scheduled or drawn, for the timeline markers. */
export function eventQuarters(game: GameState): Set<number> {
  const qs = new Set<number>(game.scenario.events.map((e) => e.quarter));
  for (const n of game.news) qs.add(n.quarter);
  return qs;
}

/** How many export rules are in force now (the wall's height), names in `lng` (English by default). */
export function wallLevel(game: GameState, lng: keyof LocalizedText = 'en'): { active: number; total: number; names: string[] } {
  const rules = activeRules(game);
  return { active: rules.length, total: game.scenario.exportRules.length, names: rules.map((r) => r.name[lng]) };
}

/** The label of the game's current quarter ("Q1 2024"). */
export function currentQuarterLabel(game: GameState): string {
  return quarterLabel(game.scenario, game.quarter);
}

/** A SKU's name without its vendor prefix or a parenthesis: "NVIDIA H20 (China)" -> "H20". For tight spaces. */
export function shortSkuName(sku: Pick<SkuSpec, 'name' | 'vendor'>): string {
  let n = sku.name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (n.toLowerCase().startsWith(sku.vendor.toLowerCase() + ' ')) n = n.slice(sku.vendor.length + 1);
  n = n.replace(/^Instinct\s+/i, '');
  return n || sku.name;
}

/**
 * A short name for a cited source id: its publisher up to the first comma or parenthesis, in `lng` (a generic
 * description such as "NVIDIA specifications" in German, a proper name as written: src/text/source-name-table.ts).
 * The full citation stays as the scenario file writes it.
 */
export function sourceLabel(scenario: Scenario, sourceId: string, lng: keyof LocalizedText = 'en'): { short: string; full: string } {
  const src = scenario.sources.find((x) => x.id === sourceId);
  if (!src) return { short: sourceId, full: sourceId };
  const full = `${src.publisher}: ${src.title}${src.date ? ` (${src.date})` : ''}`;
  if (src.kind === 'A') return { short: 'game scenario', full };
  const short = src.publisher.split(/[,(]/)[0]?.trim() || src.publisher;
  return { short: sourceNameIn(short, lng), full };
}
