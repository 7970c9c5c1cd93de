/**
 * `npm run par -- --scenario FILE [--games N] [--seed S] [--write] [--yardstick] [--json] [--seats LIST]`
 *
 * Measures each seat's par: the mean score (in points) of that company after each quarter in a real field — a
 * third of the seats hard bots, rotated game by game, the rest normal bots — counting every game, those where a
 * hard bot plays the seat too (one in three), so exploiting the normal bot's blind spots does not count as
 * beating par: par is what the field scores from the seat, and the hard bot plays around those blind spots.
 * Measured (README, *Balance*): counting only the normal seats, a script beat par by more than a point in more
 * than 40% of games in 39 of the sweep's cells; counting every seat, 22. The standings rank by score minus par, so
 * Tencent, shut out of the best chips, can win by beating its par by more than Google beats its own.
 * The same games measure the leading company per quarter: a scenario that scores against a yardstick
 * (`scoring.reference`) gets it from there.
 * `--write` puts the measured par (and, when the file has one or with `--yardstick`, the yardstick, then the
 * par measured again against it) into the scenario file's `scoring` (those objects, nothing else) and checks
 * the file still parses. `--seats` measures in another field (levels or `file:` strategies, as for tournament). */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { botOrders } from '../ai';
import type { GameState, Scenario, ScoreReference } from '../engine';
import { playGame } from '../replay/session';
import { MAX_SCENARIO_BYTES, parseScenarioText, formatIssues } from '../scenario';
import { CliError, int, parseArgs, parseSeats, printedHelp, runMain, scenarioArg, str } from './args';
import { seatDeciders, type SeatDecide } from './bot-file';
import { loadScenario, readText } from './load';

const USAGE = 'usage: npm run par -- --scenario FILE [--games N] [--seed S] [--write] [--yardstick] [--json] [--seats normal,hard,file:x.mjs,...]';

/** Games `npm run par` plays by default (the par test replays exactly these). */
export const PAR_GAMES = 96;
/** Auction simulations a hard bot of the par field may run per decision (fewer than in play, to keep the measurement quick). */
export const PAR_HARD_ITERATIONS = 2_000;

/** Whether seat `seat` is a hard bot in par game `game` (1-based): every third seat, shifted each game. */
export function parSeatIsHard(seat: number, game: number): boolean {
  return (seat + game) % 3 === 0;
}

/** Per company: the par after each quarter (mean score, points to one decimal) and the final spread. */
export interface ParRow {
  id: string;
  par: number[];
  /** Standard deviation, minimum and maximum of the final score over the games. */
  sd: number;
  min: number;
  max: number;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Plays `games` games (seeds `${seed}-1`...) in the par field — every third seat a hard bot (`hardIterations`
 * auction simulations a decision), rotated each game, the rest normal bots — and returns each seat's par: its
 * mean score after each quarter over all the games, whoever played it. `deciders` (scenario order) replaces
 * the par field by another one in which every seat counts (`--seats`: levels or `file:` strategies).
 */
export function measurePar(scenario: Scenario, games: number, seed = 'par', deciders?: readonly SeatDecide[], hardIterations = PAR_HARD_ITERATIONS): ParRow[] {
  return measureParField(scenario, games, seed, deciders, hardIterations).rows;
}

/**
 * As `measurePar`, and the scoring yardstick measured in the same games: per quarter, the mean over the games
 * of the leading company's H100e-quarters so far, profit so far and deployed H100e per MW (every seat counts,
 * hard ones too: the yardstick is what the field's leader reaches).
 */
export function measureParField(scenario: Scenario, games: number, seed = 'par', deciders?: readonly SeatDecide[], hardIterations = PAR_HARD_ITERATIONS): { rows: ParRow[]; reference: ScoreReference } {
  const n = scenario.quarters;
  const lead = { capability: Array.from({ length: n }, () => 0), market: Array.from({ length: n }, () => 0), efficiency: Array.from({ length: n }, () => 0) };
  const seats = scenario.companies.map((c) => c.id);
  const sums = new Map(seats.map((id) => [id, Array.from({ length: n }, () => 0)]));
  const finals = new Map(seats.map((id) => [id, [] as number[]]));
  for (let g = 1; g <= games; g++) {
    const hard = new Set(deciders ? [] : seats.filter((_, i) => parSeatIsHard(i, g)));
    const decide = (state: GameState, playerId: string) => {
      const d = deciders?.[scenario.companies.findIndex((c) => c.id === playerId)];
      if (d) return d(state, playerId);
      return hard.has(playerId) ? botOrders(state, playerId, 'hard', { iterations: hardIterations }) : botOrders(state, playerId, 'normal');
    };
    const played = playGame(scenario, `${seed}-${g}`, decide, { record: false });
    const run = new Map<string, number>();
    for (const rec of played.state.history) {
      let cap = 0;
      let market = 0;
      let eff = 0;
      for (const m of rec.metrics) {
        const sofar = (run.get(m.playerId) ?? 0) + m.deployedH100e;
        run.set(m.playerId, sofar);
        cap = Math.max(cap, sofar);
        market = Math.max(market, m.profit);
        const mw = Math.max(m.powerMw, m.fleetMw);
        if (mw > 0) eff = Math.max(eff, m.deployedH100e / mw);
      }
      lead.capability[rec.quarter] = (lead.capability[rec.quarter] ?? 0) + cap / games;
      lead.market[rec.quarter] = (lead.market[rec.quarter] ?? 0) + market / games;
      lead.efficiency[rec.quarter] = (lead.efficiency[rec.quarter] ?? 0) + eff / games;
    }
    for (const rec of played.state.history) {
      for (const m of rec.metrics) {
        const row = sums.get(m.playerId);
        if (row) row[rec.quarter] = (row[rec.quarter] ?? 0) + m.score / 10;
        if (rec.quarter === n - 1) finals.get(m.playerId)?.push(m.score / 10);
      }
    }
  }
  const rows = seats.map((id) => {
    const xs = finals.get(id) ?? [];
    const k = Math.max(1, games);
    const mean = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const sd = xs.length > 1 ? Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1)) : 0;
    return { id, par: (sums.get(id) ?? []).map((x) => r1(x / k)), sd: r1(sd), min: r1(Math.min(...xs)), max: r1(Math.max(...xs)) };
  });
  // Rounded to what matters (a thousand H100e-quarters, a million dollars, a tenth of an H100e per MW); never
  // below the smallest positive step, as the scenario schema asks.
  const reference: ScoreReference = {
    capability: lead.capability.map((x) => Math.max(1000, Math.round(x / 1000) * 1000)),
    market: lead.market.map((x) => Math.max(1e6, Math.round(x / 1e6) * 1e6)),
    efficiency: lead.efficiency.map((x) => Math.max(0.1, r1(x))),
  };
  return { rows, reference };
}

/** The `"reference": {...}` JSON text for a scenario file. */
export function referenceJson(ref: ScoreReference, indent = '    '): string {
  return `"reference": {\n${indent}  "capability": [${ref.capability.join(', ')}],\n${indent}  "market": [${ref.market.join(', ')}],\n${indent}  "efficiency": [${ref.efficiency.join(', ')}]\n${indent}}`;
}

/** The `"par": {...}` JSON text for a scenario file: one company a line, in scenario order. */
export function parJson(rows: readonly ParRow[], indent = '    '): string {
  const lines = rows.map((r) => `${indent}  ${JSON.stringify(r.id)}: [${r.par.join(', ')}]`);
  return `"par": {\n${lines.join(',\n')}\n${indent}}`;
}

/** The index just past the JSON object that opens at `open` (a "{"), skipping strings. */
function objectEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i + 1;
  }
  throw new CliError('the "scoring" object is not closed');
}

/**
 * The scenario text with `scoring.par` set and nothing else changed: replaces the `"par": {...}` object inside
 * "scoring", or adds one after its one-line "weights". Throws a CliError when the file is laid out otherwise.
 */
export function withPar(text: string, rows: readonly ParRow[], reference?: ScoreReference): string {
  const withRows = withParRows(text, rows);
  return reference ? withReference(withRows, reference) : withRows;
}

/** The scenario text with `scoring.reference` set (replaced, or added after the par) and nothing else changed. */
export function withReference(text: string, reference: ScoreReference): string {
  const scoring = /"scoring"\s*:\s*\{/.exec(text);
  if (!scoring) throw new CliError('found no "scoring" object to put the reference in');
  const from = scoring.index;
  const to = objectEnd(text, from + scoring[0].length - 1);
  const block = text.slice(from, to);
  const indent = /\n([ \t]*)"weights"/.exec(block)?.[1] ?? '    ';
  const existing = /"reference"\s*:\s*\{[^{}]*\}/.exec(block);
  const par = /"par"\s*:\s*\{[^{}]*\}/.exec(block);
  let next: string;
  if (existing) next = block.slice(0, existing.index) + referenceJson(reference, indent) + block.slice(existing.index + existing[0].length);
  else if (par) {
    const end = par.index + par[0].length;
    next = `${block.slice(0, end)},\n${indent}${referenceJson(reference, indent)}${block.slice(end)}`;
  } else throw new CliError('found no "par" object in "scoring" to put the reference after');
  return text.slice(0, from) + next + text.slice(to);
}

function withParRows(text: string, rows: readonly ParRow[]): string {
  const scoring = /"scoring"\s*:\s*\{/.exec(text);
  if (!scoring) throw new CliError('found no "scoring" object to put the par in');
  const from = scoring.index;
  const to = objectEnd(text, from + scoring[0].length - 1);
  const block = text.slice(from, to);
  const existing = /"par"\s*:\s*\{[^{}]*\}/.exec(block);
  const weights = /"weights"\s*:\s*\{[^{}]*\}/.exec(block);
  const indent = /\n([ \t]*)"weights"/.exec(block)?.[1] ?? '    ';
  let next: string;
  if (existing) next = block.slice(0, existing.index) + parJson(rows, indent) + block.slice(existing.index + existing[0].length);
  else if (weights) {
    const end = weights.index + weights[0].length;
    next = `${block.slice(0, end)},\n${indent}${parJson(rows, indent)}${block.slice(end)}`;
  } else throw new CliError('found no one-line "weights" object in "scoring" to put the par after');
  return text.slice(0, from) + next + text.slice(to);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['json', 'write', 'yardstick', 'help']);
  if (printedHelp(args, USAGE)) return 0;
  const file = scenarioArg(args);
  const games = int(args, 'games', PAR_GAMES);
  if (games < 3) throw new CliError('--games must be at least 3 (the par field rotates its hard bots over three games)');
  const scenario = loadScenario(file);
  const seatsText = args.flags.get('seats');
  if (seatsText === true) throw new CliError('--seats needs a list, e.g. normal,hard,normal,...');
  const seats = seatsText === undefined ? null : parseSeats(seatsText, scenario.companies.length);
  const seed = str(args, 'seed', 'par');
  const deciders = seats ? await seatDeciders(seats) : undefined;
  // A file that scores against a yardstick keeps one (measured anew); --yardstick gives one to a file without.
  const yardstick = scenario.scoring.reference !== undefined || args.flags.has('yardstick');
  const first = measureParField(scenario, games, seed, deciders);
  const reference = yardstick ? first.reference : undefined;
  // The par is what a seat scores against the yardstick it will be judged by: with --write, measured again with
  // the new yardstick in place (the bots value capability and profit against it too), so the file is consistent.
  const rows = args.flags.has('write') && reference ? measureParField({ ...scenario, scoring: { ...scenario.scoring, reference } }, games, seed, deciders).rows : first.rows;
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify({ scenario: scenario.id, games, rows, reference: first.reference, current: scenario.scoring.par ?? null, currentReference: scenario.scoring.reference ?? null })}\n`);
  } else {
    const field = seats ? `seats ${seats.map((x) => x.label).join(',')}` : 'the bots of the par field in that seat (normal bots, every third seat a hard bot, rotated; every game counts)';
    process.stdout.write(`Par of each seat: mean score with ${field}, ${games} games (${scenario.id})\n\n`);
    process.stdout.write('| company | final par | sd | min–max | in file | par by quarter |\n|---|---:|---:|---:|---:|---|\n');
    for (const r of rows) process.stdout.write(`| ${r.id} | ${r.par.at(-1)} | ${r.sd} | ${r.min}–${r.max} | ${scenario.scoring.par?.[r.id]?.at(-1) ?? '—'} | ${r.par.join(' ')} |\n`);
    process.stdout.write(`\n${parJson(rows)}\n`);
    process.stdout.write(`\nthe leading company in these games (${yardstick ? 'the scoring yardstick' : 'the file scores against the best of each game; --yardstick would score against this'}):\n${referenceJson(first.reference)}\n`);
  }
  if (args.flags.has('write')) {
    const text = withPar(readText(file, MAX_SCENARIO_BYTES, 'scenario file'), rows, reference);
    const check = parseScenarioText(text, file);
    if (!check.ok) throw new CliError(`the file would not parse with the new par, left as it was:\n${formatIssues(check.errors)}`);
    writeFileSync(file, text);
    process.stderr.write(`wrote scoring.par${reference ? ' and scoring.reference' : ''} to ${file}\n`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runMain(main);
