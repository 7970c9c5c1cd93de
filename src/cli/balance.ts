/**
 * `npm run balance -- [--scenario F] [--games N] [--hard-games N] [--json] [--fields normal,hard]
 *   [--strategies a,b] [--workers W] [--seed S] [--iterations K] [--futures F]`
 *
 * The balance sweep: every scripted strategy in strategies/ (and the normal and hard bots, as reference rows) plays
 * every seat of every shipped scenario, the other seats filled by a field of normal bots or of hard bots.
 * Each cell reports the margin against the seat's par (mean in points, 95% interval), the win share (rank 1
 * in the standings, Wilson 95% interval) and the share of games that beat par by more than 1 point, and the
 * sweep judges issue #11's three goals. Games of one scenario and field share their seeds across cells, so
 * strategies are compared on the same deals of the cards. Runs on every core in worker threads (the
 * tournament's pattern: each worker registers tsx and imports this file), one game per message so the
 * cores stay busy to the end. The CLI always exits 0: it reports, it does not judge the build.
 */
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { botOrders, DEFAULT_FUTURES, type BotLevel } from '../ai';
import { scriptedOrders, type ScriptedDecide } from '../ai/script';
import { finalStandings, type GameState, type Scenario } from '../engine';
import { playGame } from '../replay/session';
import { BASE_SCENARIO, CliError, int, parseArgs, printedHelp, runMain, str } from './args';
import { loadBotFile } from './bot-file';
import { loadScenario } from './load';
import { evaluateGoals, FIELDS, formatSweep, GOALS, HARD_ROW, isBotRow, NORMAL_ROW, type BalanceCell, type Field, type SweepSummary } from './balance-report';

export { evaluateGoals, FIELDS, flaggedCells, formatSweep, GOALS, HARD_ROW, hardVersusBest, isBotRow, NORMAL_ROW, normalRowFlagged, SENSIBLE } from './balance-report';
export type { BalanceCell, Field, GoalVerdict, SweepSummary } from './balance-report';

const USAGE =
  'usage: npm run balance -- [--scenario FILE] [--games N] [--hard-games N] [--json] [--fields normal,hard] [--strategies a,b] [--workers W] [--seed S] [--iterations K] [--futures F]';

/** Defaults: a hard game is about ten times a normal one, so the hard field gets fewer games. */
export const DEFAULTS = { games: 20, hardGames: 10, iterations: 2000, seed: 'balance', strategiesDir: 'strategies' } as const;

/** One game of the sweep, as sent to a worker. */
export interface BalanceTask {
  id: number;
  scenarioFile: string;
  seat: number;
  /** A strategy name (file `${strategiesDir}/${name}.mjs`) or HARD_ROW. */
  strategy: string;
  strategiesDir: string;
  field: Field;
  seed: string;
  iterations: number;
  /** Imagined futures per plan of the hard bot in the tested seat (absent: the bot's default). */
  futures?: number;
  /** Imagined futures per plan of the field's hard bots (absent: the bot's default). */
  fieldFutures?: number;
}

/** One finished game: the tested seat's margin against par (points) and rank, and rejected orders (all seats). */
export interface BalanceResult {
  id: number;
  margin: number;
  rank: number;
  rejected: number;
  /** Rejection messages of the tested seat (its file, seat and quarter). */
  rejections: string[];
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Wilson score interval for k successes in n trials (z = 1.96 for 95%): stays inside [0, 1] and is sensible
 * at 0% and 100%, unlike the normal approximation.
 */
export function wilson(k: number, n: number, z = 1.96): [number, number] {
  if (n <= 0) return [0, 1];
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Mean and 95% interval of the mean (normal approximation: mean ± 1.96 sample sd / √n). */
export function meanInterval(xs: readonly number[]): { mean: number; ci95: [number, number] } {
  const n = xs.length;
  if (n === 0) return { mean: 0, ci95: [0, 0] };
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
  const half = (1.96 * sd) / Math.sqrt(n);
  return { mean, ci95: [mean - half, mean + half] };
}

/** Strategy names in a directory: its .mjs files, except helpers whose name starts with "_". */
export function listStrategies(dir: string = DEFAULTS.strategiesDir): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mjs') && !f.startsWith('_'))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** The shipped scenarios: scenarios/*.json except the JSON schema. */
export function listScenarios(dir = 'scenarios'): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .sort()
    .map((f) => join(dir, f));
}

export interface SweepOptions {
  scenarios: string[];
  strategies: string[];
  fields: Field[];
  games: number;
  hardGames: number;
  seed: string;
  iterations: number;
  /** The hard bots' imagined futures per plan (absent: the bot's default; 0: the planner alone). */
  futures?: number;
  /** The field's hard bots' imagined futures, if not `futures` (the reduced sweep's field thinks without them). */
  fieldFutures?: number;
  strategiesDir?: string;
  /** Include the hard bot and the normal bot as reference rows in each seat (default true). */
  hardRow?: boolean;
}

/** The seed of game g of a scenario and field: shared by every cell of that scenario and field. */
export function sweepSeed(seed: string, scenarioId: string, field: Field, g: number): string {
  return `${seed}/${scenarioId}/${field}/${g}`;
}

/** Every game of the sweep, cell by cell. */
export function planSweep(opts: SweepOptions, scenarios: ReadonlyMap<string, Scenario>): BalanceTask[] {
  const tasks: BalanceTask[] = [];
  const rows = opts.hardRow === false ? opts.strategies : [...opts.strategies, NORMAL_ROW, HARD_ROW];
  for (const file of opts.scenarios) {
    const sc = scenarios.get(file);
    if (!sc) throw new CliError(`scenario ${file} was not loaded`);
    for (const field of opts.fields) {
      const games = field === 'hard' ? opts.hardGames : opts.games;
      for (let seat = 0; seat < sc.companies.length; seat++) {
        for (const strategy of rows) {
          for (let g = 0; g < games; g++) {
            tasks.push({
              id: tasks.length,
              scenarioFile: file,
              seat,
              strategy,
              strategiesDir: opts.strategiesDir ?? DEFAULTS.strategiesDir,
              field,
              seed: sweepSeed(opts.seed, sc.id, field, g),
              iterations: opts.iterations,
              ...(opts.futures === undefined ? {} : { futures: opts.futures }),
              ...((opts.fieldFutures ?? opts.futures) === undefined ? {} : { fieldFutures: opts.fieldFutures ?? opts.futures }),
            });
          }
        }
      }
    }
  }
  return tasks;
}

/** The file of a strategy name. */
export function strategyFile(dir: string, name: string): string {
  return join(dir, `${name}.mjs`);
}

/**
 * Plays one game of the sweep: the field's level in every seat but `task.seat`, which plays the strategy (or
 * the hard bot). Hard bots (field or row) think with `task.iterations`.
 */
export function playBalanceGame(scenario: Scenario, task: BalanceTask, script: ScriptedDecide | null): BalanceResult {
  const tested = scenario.companies[task.seat]?.id;
  const opts = { iterations: task.iterations, ...(task.futures === undefined ? {} : { futures: task.futures }) };
  const fieldOpts = { iterations: task.iterations, ...(task.fieldFutures === undefined ? {} : { futures: task.fieldFutures }) };
  const label = script ? strategyFile(task.strategiesDir, task.strategy) : task.strategy;
  const decide = (state: GameState, playerId: string) => {
    if (playerId === tested) {
      if (script) return { orders: scriptedOrders(state, playerId, script, label) };
      return botOrders(state, playerId, task.strategy === NORMAL_ROW ? 'normal' : 'hard', opts);
    }
    return botOrders(state, playerId, task.field as BotLevel, fieldOpts);
  };
  const played = playGame(scenario, task.seed, decide, { record: false });
  const st = finalStandings(played.state).find((s) => s.playerId === tested);
  const rejections = played.rejected
    .filter((r) => r.playerId === tested)
    .map((r) => `${label} (seat ${r.playerId}, quarter ${r.quarter + 1}, game ${task.seed}): orders rejected, the seat passes: ${r.message}`);
  return {
    id: task.id,
    margin: (st?.margin ?? st?.score ?? 0) / 10,
    rank: st?.rank ?? scenario.companies.length,
    rejected: played.rejected.length,
    rejections,
  };
}

/** Caches of one process (or worker): scenarios by file, strategies by name. */
class Players {
  private scenarios = new Map<string, Scenario>();
  private scripts = new Map<string, ScriptedDecide>();

  async play(task: BalanceTask): Promise<BalanceResult> {
    let sc = this.scenarios.get(task.scenarioFile);
    if (!sc) {
      sc = loadScenario(task.scenarioFile);
      this.scenarios.set(task.scenarioFile, sc);
    }
    let script: ScriptedDecide | null = null;
    if (!isBotRow(task.strategy)) {
      const file = strategyFile(task.strategiesDir, task.strategy);
      script = this.scripts.get(file) ?? null;
      if (!script) {
        script = await loadBotFile(file);
        this.scripts.set(file, script);
      }
    }
    return playBalanceGame(sc, task, script);
  }
}

/** Groups results into cells and computes each cell's statistics. */
export function summariseSweep(tasks: readonly BalanceTask[], results: readonly BalanceResult[], scenarios: ReadonlyMap<string, Scenario>, seconds = 0): SweepSummary {
  const byId = new Map(results.map((r) => [r.id, r]));
  const groups = new Map<string, { task: BalanceTask; rs: BalanceResult[] }>();
  for (const t of tasks) {
    const key = `${t.scenarioFile}|${t.field}|${t.seat}|${t.strategy}`;
    const g = groups.get(key) ?? { task: t, rs: [] };
    const r = byId.get(t.id);
    if (r) g.rs.push(r);
    groups.set(key, g);
  }
  const cells: BalanceCell[] = [];
  for (const { task, rs } of groups.values()) {
    const sc = scenarios.get(task.scenarioFile);
    const n = rs.length;
    const m = meanInterval(rs.map((r) => r.margin));
    const wins = rs.filter((r) => r.rank === 1).length;
    const beats = rs.filter((r) => r.margin > GOALS.beatBy).length;
    const wi = wilson(wins, n);
    const bi = wilson(beats, n);
    cells.push({
      scenario: sc?.id ?? basename(task.scenarioFile),
      seat: sc?.companies[task.seat]?.id ?? String(task.seat),
      strategy: task.strategy,
      field: task.field,
      games: n,
      margin: r3(m.mean),
      winShare: r3(n > 0 ? wins / n : 0),
      beatParShare: r3(n > 0 ? beats / n : 0),
      ci95: { margin: [r3(m.ci95[0]), r3(m.ci95[1])], winShare: [r3(wi[0]), r3(wi[1])], beatParShare: [r3(bi[0]), r3(bi[1])] },
      rejected: rs.reduce((a, r) => a + r.rejected, 0),
    });
  }
  const scripted = cells.filter((c) => !isBotRow(c.strategy));
  let worst: BalanceCell | null = null;
  for (const c of scripted) if (!worst || c.beatParShare > worst.beatParShare || (c.beatParShare === worst.beatParShare && c.margin > worst.margin)) worst = c;
  const rejections = results.flatMap((r) => r.rejections);
  return {
    games: results.length,
    seconds: Math.round(seconds * 10) / 10,
    cells,
    worst,
    goals: evaluateGoals(cells),
    rejectedOrders: results.reduce((a, r) => a + r.rejected, 0),
    rejections: rejections.slice(0, 50),
  };
}

function bootstrap(): string {
  const api = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); });`;
}

/**
 * Plays the tasks: in this thread when `workers` <= 1, else on that many worker threads, handing out one game
 * at a time. `onGame` is called after each game with the count done.
 */
export async function runSweepTasks(tasks: readonly BalanceTask[], workers: number, onGame: (done: number) => void = () => {}): Promise<BalanceResult[]> {
  const results: BalanceResult[] = [];
  if (workers <= 1 || tasks.length <= 1) {
    const players = new Players();
    for (const t of tasks) {
      results.push(await players.play(t));
      onGame(results.length);
    }
    return results;
  }
  let next = 0;
  const n = Math.min(workers, tasks.length);
  await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(bootstrap(), { eval: true, workerData: { balance: true } });
          const feed = () => {
            // A worker_threads Worker, not a window: there is no target origin.
            // oxlint-disable-next-line unicorn/require-post-message-target-origin
            if (next < tasks.length) worker.postMessage(tasks[next++]);
            else void worker.terminate().then(() => resolve());
          };
          worker.on('message', (m: { ready?: true; result?: BalanceResult; error?: string }) => {
            if (m.error !== undefined) {
              // Stop handing out games: every worker ends at its next message.
              next = tasks.length;
              reject(new CliError(m.error));
              void worker.terminate();
              return;
            }
            if (m.result) {
              results.push(m.result);
              onGame(results.length);
            }
            feed();
          });
          worker.on('error', reject);
          feed();
          worker.on('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`balance worker exited with code ${code}`))));
        }),
    ),
  );
  if (results.length !== tasks.length) throw new CliError(`the sweep finished ${results.length} of ${tasks.length} games`);
  return results.sort((a, b) => a.id - b.id);
}

/** Loads the scenarios, plans and plays the sweep, and summarises it. */
export async function runSweep(opts: SweepOptions, workers: number, onGame?: (done: number, total: number) => void): Promise<SweepSummary> {
  const started = performance.now();
  const scenarios = new Map(opts.scenarios.map((f) => [f, loadScenario(f)]));
  // Load every strategy here first, so a broken file fails once, with its own message, before any game.
  for (const s of opts.strategies) await loadBotFile(strategyFile(opts.strategiesDir ?? DEFAULTS.strategiesDir, s));
  const tasks = planSweep(opts, scenarios);
  const results = await runSweepTasks(tasks, workers, (d) => onGame?.(d, tasks.length));
  return summariseSweep(tasks, results, scenarios, (performance.now() - started) / 1000);
}

let lastProgress = 0;
function progress(done: number, total: number, cellsDone: number, cells: number, started: number): void {
  const now = performance.now();
  if (done < total && now - lastProgress < 500) return;
  lastProgress = now;
  const secs = (now - started) / 1000;
  const rate = secs > 0 ? done / secs : 0;
  const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
  process.stderr.write(`\r${cellsDone}/${cells} cells, ${done}/${total} games, ${rate.toFixed(1)} games/s, ~${eta}s left   `);
  if (done === total) process.stderr.write('\n');
}

function listFlag(args: ReturnType<typeof parseArgs>, name: string): string[] | null {
  const v = args.flags.get(name);
  if (v === undefined) return null;
  if (v === true) throw new CliError(`--${name} needs a comma-separated list`);
  return v
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['json', 'help']);
  if (printedHelp(args, USAGE)) return 0;
  const scenarios = args.flags.has('scenario') ? [str(args, 'scenario', BASE_SCENARIO)] : listScenarios();
  const all = listStrategies();
  const strategies = listFlag(args, 'strategies') ?? all;
  for (const s of strategies) if (!all.includes(s)) throw new CliError(`unknown strategy "${s}" (strategies/ has ${all.join(', ')})`);
  const fields = (listFlag(args, 'fields') ?? [...FIELDS]) as Field[];
  for (const f of fields) if (!(FIELDS as readonly string[]).includes(f)) throw new CliError(`unknown field "${f}" (use ${FIELDS.join(', ')})`);
  const games = int(args, 'games', DEFAULTS.games);
  if (games < 1) throw new CliError('--games must be at least 1');
  const hardGames = int(args, 'hard-games', Math.min(games, DEFAULTS.hardGames));
  const iterations = int(args, 'iterations', DEFAULTS.iterations);
  if (iterations < 1) throw new CliError('--iterations must be at least 1');
  const futures = args.flags.has('futures') ? int(args, 'futures', DEFAULT_FUTURES) : undefined;
  const workers = Math.max(1, int(args, 'workers', cpus().length));
  const opts: SweepOptions = { scenarios, strategies, fields, games, hardGames, iterations, ...(futures === undefined ? {} : { futures }), seed: str(args, 'seed', DEFAULTS.seed) };
  const started = performance.now();
  const rows = strategies.length + 1;
  let cellsTotal = 0;
  for (const f of scenarios) cellsTotal += loadScenario(f).companies.length * rows * fields.length;
  // Games are handed out cell by cell, so the count of whole cells done is about games done / games a cell.
  const cellsDone = (done: number, total: number) => Math.min(cellsTotal, Math.floor((done * cellsTotal) / Math.max(1, total)));
  const summary = await runSweep(opts, workers, (done, total) => progress(done, total, cellsDone(done, total), cellsTotal, started));
  process.stdout.write(args.flags.has('json') ? `${JSON.stringify(summary)}\n` : `${formatSweep(summary)}\n`);
  process.stderr.write(`balance: ${summary.games} games on ${workers} worker(s) in ${summary.seconds} s\n`);
  return 0;
}

if (!isMainThread && parentPort && (workerData as { balance?: boolean } | null)?.balance) {
  const port = parentPort;
  const players = new Players();
  port.on('message', (task: BalanceTask) => {
    players.play(task).then(
      // A worker_threads port, not a window: there is no target origin.
      // oxlint-disable-next-line unicorn/require-post-message-target-origin
      (result) => port.postMessage({ result }),
      // oxlint-disable-next-line unicorn/require-post-message-target-origin
      (e: unknown) => port.postMessage({ error: e instanceof Error ? e.message : String(e) }),
    );
  });
} else if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runMain(main);
}
