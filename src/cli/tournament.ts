/**
 * `npm run tournament -- --scenario FILE --games N --seats LIST [--json] [--seed S] [--workers W] [--iterations K] [--futures F]`
 *
 * Plays N seeded games of bots against each other. Seats (one level per company, in scenario order) are
 * rotated by one each game so no level keeps a seat; confidence intervals come from whole rotations (blocks of
 * as many games as seats). Games run on every core in worker threads (each worker
 * registers tsx and runs this same file). Prints per level and per seat the mean rank, the win rate and the 95%
 * confidence interval of the mean rank, and the count of rejected orders (must be 0).
 */
import { cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { BOT_LEVELS, botOrders, type BotLevel, type BotOptions } from '../ai';
import { finalStandings, type GameState, type Scenario } from '../engine';
import { playGame } from '../replay/session';
import { scriptedOrders, type ScriptedDecide } from '../ai/script';
import { CliError, int, parseArgs, parseSeats, printedHelp, runMain, scenarioArg, str } from './args';
import { loadBotFile } from './bot-file';
import { loadScenario } from './load';
import { progressBar } from './report';

const USAGE = 'usage: npm run tournament -- --scenario FILE --games N --seats hard,normal,easy,file:strategies/x.mjs,... [--json] [--seed S] [--workers W] [--iterations K] [--futures F]';

/**
 * A seat word of `--seats`: a bot level or `file:path.mjs` (a scripted strategy, docs/bot-api.md). Summaries
 * group by this word, so a strategy file is reported like a level.
 */
export type SeatWord = BotLevel | `file:${string}`;

/** One finished game: the level and rank of each company (scenario order) and the orders the engine rejected. */
export interface GameResult {
  game: number;
  seed: string;
  levels: SeatWord[];
  ranks: number[];
  rejected: number;
}

/** Mean rank, win rate and the 95% confidence interval of the mean rank. */
export interface RankStats {
  n: number;
  meanRank: number;
  winRate: number;
  /** From whole rotations (see `meanCi`): the interval to judge levels by. */
  ci95: [number, number];
  /** Treating single games as the samples (wider: it counts the seat rotation as noise); for comparison. */
  ci95Games?: [number, number];
}

/** The tournament summary (`--json` prints it). */
export interface TournamentSummary {
  scenario: string;
  games: number;
  seats: string[];
  byLevel: Partial<Record<SeatWord, RankStats>>;
  bySeat: Record<string, RankStats & { byLevel: Partial<Record<SeatWord, number>> }>;
  rejectedOrders: number;
}

/** The levels of game g: the seat list rotated by g, so each level visits every company. */
export function seatsFor<T extends string>(seats: readonly T[], g: number): T[] {
  const n = seats.length;
  return seats.map((_, i) => seats[(((i - g) % n) + n) % n] as T);
}

/** The seat words in report order: the built-in levels first (hard to easy as BOT_LEVELS lists them), then files as listed. */
function wordsOf(seats: readonly SeatWord[]): SeatWord[] {
  const files = seats.filter((s, i) => !(BOT_LEVELS as readonly string[]).includes(s) && seats.indexOf(s) === i);
  return [...BOT_LEVELS.filter((l) => seats.includes(l)), ...files];
}

/** The seed of game g. */
export function gameSeed(seed: string, g: number): string {
  return `${seed}-${g}`;
}

/**
 * Plays game g of a tournament and returns each company's level and rank. File seats need their strategy in
 * `scripts` (by seat word; see `loadScripts`).
 */
export function playTournamentGame(scenario: Scenario, seats: readonly SeatWord[], seed: string, g: number, bot?: number | BotOptions, scripts: ReadonlyMap<string, ScriptedDecide> = new Map()): GameResult {
  const levels = seatsFor(seats, g);
  const s = gameSeed(seed, g);
  const opts: BotOptions = typeof bot === 'number' ? { iterations: bot } : (bot ?? {});
  const decideFor = (state: GameState, playerId: string) => {
    const word = levels[scenario.companies.findIndex((c) => c.id === playerId)] as SeatWord;
    if (!word.startsWith('file:')) return botOrders(state, playerId, word as BotLevel, opts);
    const script = scripts.get(word);
    if (!script) throw new CliError(`${word} was not loaded`);
    return { orders: scriptedOrders(state, playerId, script, word.slice(5)) };
  };
  const played = playGame(scenario, s, decideFor, { record: false });
  const ranks = scenario.companies.map((c) => finalStandings(played.state).find((x) => x.playerId === c.id)?.rank ?? scenario.companies.length);
  return { game: g, seed: s, levels, ranks, rejected: played.rejected.length };
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Mean and 95% confidence interval from per-game values. Seats rotate by one each game, so each block of
 * `period` consecutive games puts every level on every seat once: blocks are independent, identically
 * distributed replicates (single games are not: which companies a level plays depends on the game number).
 * The interval is the mean plus or minus 1.96 standard errors of the block means; with fewer than two whole
 * blocks it falls back to treating games as the samples.
 */
export function meanCi(perGame: readonly number[], period: number): { mean: number; ci95: [number, number] } {
  const n = perGame.length;
  const mean = n > 0 ? perGame.reduce((a, b) => a + b, 0) / n : 0;
  const blocks: number[] = [];
  for (let b = 0; b + period <= n; b += period) blocks.push(perGame.slice(b, b + period).reduce((a, x) => a + x, 0) / period);
  const xs = blocks.length >= 2 ? blocks : perGame;
  const m = xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
  const sd = xs.length > 1 ? Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1)) : 0;
  const half = xs.length > 0 ? (1.96 * sd) / Math.sqrt(xs.length) : 0;
  return { mean: r3(mean), ci95: [r3(mean - half), r3(mean + half)] };
}

/**
 * Summarises results: per level the mean rank of its seats, its win rate, and the interval (per game, the
 * mean rank of the level's seats; see `meanCi`); per seat the same over the games, with the mean rank each
 * level reached in that seat.
 */
export function summarise(scenario: Scenario, seats: readonly SeatWord[], results: readonly GameResult[]): TournamentSummary {
  const period = seats.length;
  const byLevel: TournamentSummary['byLevel'] = {};
  const words = wordsOf(seats);
  for (const level of words) {
    const perGame: number[] = [];
    let wins = 0;
    let draws = 0;
    for (const r of results) {
      const ranks = r.ranks.filter((_, i) => r.levels[i] === level);
      if (ranks.length === 0) continue;
      perGame.push(ranks.reduce((a, b) => a + b, 0) / ranks.length);
      wins += ranks.filter((x) => x === 1).length;
      draws += ranks.length;
    }
    const { mean, ci95 } = meanCi(perGame, period);
    const ci95Games = meanCi(perGame, perGame.length + 1).ci95;
    byLevel[level] = { n: draws, meanRank: mean, winRate: r3(draws > 0 ? wins / draws : 0), ci95, ci95Games };
  }
  const bySeat: TournamentSummary['bySeat'] = {};
  scenario.companies.forEach((c, i) => {
    const ranks = results.map((r) => r.ranks[i] as number);
    const lv: Partial<Record<SeatWord, number>> = {};
    for (const level of words) {
      const xs = results.filter((r) => r.levels[i] === level).map((r) => r.ranks[i] as number);
      if (xs.length > 0) lv[level] = r3(xs.reduce((a, b) => a + b, 0) / xs.length);
    }
    const { mean, ci95 } = meanCi(ranks, period);
    bySeat[c.id] = { n: ranks.length, meanRank: mean, winRate: r3(ranks.filter((x) => x === 1).length / Math.max(1, ranks.length)), ci95, byLevel: lv };
  });
  return { scenario: scenario.id, games: results.length, seats: [...seats], byLevel, bySeat, rejectedOrders: results.reduce((a, r) => a + r.rejected, 0) };
}

/** The summary as a table for people. */
export function formatSummary(s: TournamentSummary): string {
  const f = (x: number) => x.toFixed(2);
  const words = wordsOf(s.seats as SeatWord[]);
  const width = Math.max(12, ...words.map((w) => w.length + 2));
  const row = (name: string, st: RankStats, extra = '') =>
    `${name.padEnd(width)}${f(st.meanRank).padStart(10)}${`${(st.winRate * 100).toFixed(1)}%`.padStart(10)}${`[${f(st.ci95[0])}, ${f(st.ci95[1])}]`.padStart(16)}${String(st.n).padStart(8)}${extra}`;
  const out = [`${s.scenario}: ${s.games} games, seats ${s.seats.join(',')} (rotated each game)`, ''];
  out.push(`${'level'.padEnd(width)}${'mean rank'.padStart(10)}${'win rate'.padStart(10)}${'95% CI'.padStart(16)}${'seats'.padStart(8)}`);
  for (const level of words) {
    const st = s.byLevel[level];
    if (st) out.push(row(level, st));
  }
  const games = words.filter((l) => s.byLevel[l]?.ci95Games).map((l) => `${l} [${f(s.byLevel[l]?.ci95Games?.[0] ?? 0)}, ${f(s.byLevel[l]?.ci95Games?.[1] ?? 0)}]`);
  out.push(`(95% CI from whole rotations of ${s.seats.length} games; counting single games as samples instead: ${games.join(', ')})`);
  out.push('');
  out.push(`${'seat'.padEnd(width)}${'mean rank'.padStart(10)}${'win rate'.padStart(10)}${'95% CI'.padStart(16)}${'games'.padStart(8)}   mean rank by level`);
  for (const [id, st] of Object.entries(s.bySeat)) {
    const lv = words.filter((l) => st.byLevel[l] !== undefined).map((l) => `${l} ${f(st.byLevel[l] as number)}`).join(', ');
    out.push(row(id, st, `   ${lv}`));
  }
  out.push('');
  out.push(`rejected orders: ${s.rejectedOrders}`);
  return out.join('\n');
}

interface Job {
  file: string;
  seats: SeatWord[];
  seed: string;
  games: number[];
  iterations?: number;
  futures?: number;
}

/**
 * The worker's entry: registers tsx through its API, then imports this file. (Node 20 does not apply an
 * `--import tsx` in a worker's execArgv to the worker's own module loading, so the flag alone fails on .ts.)
 */
function bootstrap(): string {
  const api = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); });`;
}

/** Runs the games on `workers` worker threads (each loads this file through tsx) and collects the results. */
export async function runTournament(job: Omit<Job, 'games'> & { games: number }, workers: number, onGame: (done: number) => void = () => {}): Promise<GameResult[]> {
  const n = Math.max(1, Math.min(workers, job.games));
  const results: GameResult[] = [];
  const all = Array.from({ length: job.games }, (_, g) => g);
  const lanes = Array.from({ length: n }, (_lane, w) => all.filter((g) => g % n === w));
  await Promise.all(
    lanes.map(
      (games) =>
        new Promise<void>((resolve, reject) => {
          const data: Job = { ...job, games };
          const worker = new Worker(bootstrap(), { eval: true, workerData: { tournament: data } });
          worker.on('message', (r: GameResult) => {
            results.push(r);
            onGame(results.length);
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tournament worker exited with code ${code}`))));
        }),
    ),
  );
  return results.sort((a, b) => a.game - b.game);
}

/** The strategies of the file seats, by seat word (each file imported once). */
export async function loadScripts(seats: readonly SeatWord[]): Promise<Map<string, ScriptedDecide>> {
  const scripts = new Map<string, ScriptedDecide>();
  for (const w of seats) if (w.startsWith('file:') && !scripts.has(w)) scripts.set(w, await loadBotFile(w.slice(5)));
  return scripts;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['json', 'help']);
  if (printedHelp(args, USAGE)) return 0;
  const file = scenarioArg(args);
  const scenario = loadScenario(file);
  const seats = parseSeats(str(args, 'seats', 'hard,normal,easy,easy,normal,hard'), scenario.companies.length).map((s) => s.label as SeatWord);
  // Load the files here too, so a broken one fails once with its own message before any worker starts.
  await loadScripts(seats);
  const games = int(args, 'games', 30);
  if (games < 1) throw new CliError('--games must be at least 1');
  const workers = int(args, 'workers', cpus().length);
  const seed = str(args, 'seed', 'tournament');
  const iterations = args.flags.has('iterations') ? int(args, 'iterations', 0) : undefined;
  const futures = args.flags.has('futures') ? int(args, 'futures', 0) : undefined;
  const started = performance.now();
  const job = { file, seats, seed, games, ...(iterations === undefined ? {} : { iterations }), ...(futures === undefined ? {} : { futures }) };
  const results = await runTournament(job, Math.max(1, workers), (done) => progressBar(done, games, started));
  const summary = summarise(scenario, seats, results);
  process.stdout.write(args.flags.has('json') ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\n`);
  return summary.rejectedOrders === 0 ? 0 : 1;
}

if (!isMainThread && parentPort && (workerData as { tournament?: Job } | null)?.tournament) {
  const job = (workerData as { tournament: Job }).tournament;
  const scenario = loadScenario(job.file);
  const port = parentPort;
  const scripts = await loadScripts(job.seats);
  // A worker_threads port, not a window: there is no target origin.
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  for (const g of job.games) port.postMessage(playTournamentGame(scenario, job.seats, job.seed, g, { ...(job.iterations === undefined ? {} : { iterations: job.iterations }), ...(job.futures === undefined ? {} : { futures: job.futures }) }, scripts));
} else if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runMain(main);
}
