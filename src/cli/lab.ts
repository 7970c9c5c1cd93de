/**
 * `npm run lab -- --scenario FILE --variant V.json --games N [--bots LEVELS] [--seed S] [--json] [--workers W] [--lang de] [--record-game I --side base|variant --out FILE]`
 *
 * The policy lab on the command line: plays N seeded games of the base scenario and N of the variant (game i
 * of each side on the seed `S-i`) on a piscina worker pool over all cores, shows progress on stderr and prints
 * the table (or with --json exactly the LabSummary the browser shows). `--record-game I` instead writes game
 * I of a side as a record file the replay viewer opens (it carries the scenario it was played on), and that
 * scenario beside it, so `npm run replay:verify -- FILE --scenario FILE.scenario.json` checks it.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { scenarioHash, type Scenario } from '../engine';
import { formatIssues } from '../scenario';
import { chunks, labGameRecord, labScenarios, parseBots, summarise, MAX_GAMES, MIN_GAMES, type GameResult, type LabSummary } from '../lab/run';
import { formatLabTable } from '../lab/table';
import { parseVariantText, type Variant } from '../lab/variant';
import type { BotLevel } from '../ai';
import { CliError, int, parseArgs, printedHelp, runMain, scenarioArg, str } from './args';
import { loadScenario, readText } from './load';
import { progressBar } from './report';
import type { LabTask } from './lab-worker';

const USAGE = 'usage: npm run lab -- --scenario FILE --variant V.json --games N [--bots normal|easy,normal,...] [--seed S] [--json] [--workers W] [--lang en|de] [--record-game I --side base|variant --out FILE]';

/** Reads and checks a variant file, or throws a CliError listing every problem with its JSON path. */
export function loadVariant(file: string): Variant {
  const r = parseVariantText(readText(file), file);
  if (!r.ok) throw new CliError(`${file} is not a valid variant:\n${formatIssues(r.errors)}`);
  return r.variant;
}

/** Chunk size: small enough for an even spread and a lively progress line, large enough to amortise a message. */
export const CHUNK = 10;

/**
 * Runs both sides on a piscina pool of `workers` threads; `onProgress` gets the games done (both sides).
 * The pool is destroyed when the run ends or fails.
 */
export async function runLabPool(base: Scenario, variant: Variant, games: number, bots: BotLevel[], seed: string, workers: number, onProgress: (done: number, total: number) => void = () => {}): Promise<LabSummary> {
  const r = labScenarios(base, variant);
  if (!r.ok) throw new CliError(`the variant does not apply:\n${r.error}`);
  const sc = r.scenarios;
  const pool = new Piscina<LabTask, GameResult[]>({ filename: new URL('./lab-worker.mjs', import.meta.url).href, minThreads: workers, maxThreads: workers, idleTimeout: 1000 });
  const setupId = `${scenarioHash(sc.base)}:${scenarioHash(sc.variant)}:${seed}:${bots.join(',')}`;
  const out = { base: [] as GameResult[], variant: [] as GameResult[] };
  let done = 0;
  try {
    await Promise.all(
      chunks(games, CHUNK).map(async (c) => {
        const res = await pool.run({ setupId, scenarios: sc, bots, seed, side: c.side, from: c.from, to: c.to });
        out[c.side].push(...res);
        done += res.length;
        onProgress(done, games * 2);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return summarise({ variant, bots, seed }, sc, out.base, out.variant);
}

function progress(started: number): (done: number, total: number) => void {
  return (done, total) => progressBar(done, total, started);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['json', 'help']);
  if (printedHelp(args, USAGE)) return 0;
  const base = loadScenario(scenarioArg(args));
  const vfile = args.flags.get('variant');
  if (typeof vfile !== 'string') throw new CliError(`--variant FILE is required\n${USAGE}`);
  const variant = loadVariant(vfile);
  const bots = parseBots(str(args, 'bots', 'normal'), base.companies.length);
  if (!bots.ok) throw new CliError(bots.error);
  const seed = str(args, 'seed', 'lab');
  const lang = str(args, 'lang', 'en');
  if (lang !== 'en' && lang !== 'de') throw new CliError('--lang takes en or de');
  if (args.flags.has('record-game')) {
    const i = int(args, 'record-game', 0);
    const side = str(args, 'side', 'variant');
    if (side !== 'base' && side !== 'variant') throw new CliError('--side takes base or variant');
    const r = labScenarios(base, variant);
    if (!r.ok) throw new CliError(`the variant does not apply:\n${r.error}`);
    const record = labGameRecord(side === 'base' ? r.scenarios.base : r.scenarios.variant, bots.bots, seed, i);
    const out = str(args, 'out', `lab-${variant.id}-${side}-${i}.gpurace.json`);
    writeFileSync(out, `${JSON.stringify(record)}\n`);
    const scenarioOut = `${out.replace(/\.json$/, '')}.scenario.json`;
    writeFileSync(scenarioOut, `${JSON.stringify(record.scenarioSnapshot, null, 1)}\n`);
    process.stderr.write(`wrote ${out} (game ${i}, ${side}, seed ${record.seed}) and its scenario ${scenarioOut}\ncheck it: npm run replay:verify -- ${out} --scenario ${scenarioOut}\n`);
    return 0;
  }
  const games = int(args, 'games', 100);
  if (games < MIN_GAMES || games > MAX_GAMES) throw new CliError(`--games takes ${MIN_GAMES} to ${MAX_GAMES}`);
  const workers = Math.max(1, int(args, 'workers', cpus().length));
  const summary = await runLabPool(base, variant, games, bots.bots, seed, workers, progress(performance.now()));
  process.stdout.write(args.flags.has('json') ? `${JSON.stringify(summary)}\n` : `${formatLabTable(summary, base, lang)}\n`);
  return summary.rejected.base + summary.rejected.variant === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runMain(main);
