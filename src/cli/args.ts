/** Tiny argument parser for the CLIs: --flag value, --flag (boolean), positional. */
export interface Args {
  flags: Map<string, string | true>;
  positional: string[];
}

/** Parses argv (without node and script): `--k v`, `--k=v`, `--bool`. */
export function parseArgs(argv: readonly string[], booleans: readonly string[] = []): Args {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    if (eq > 0) {
      flags.set(a.slice(2, eq), a.slice(eq + 1));
    } else if (booleans.includes(a.slice(2)) || i + 1 >= argv.length || (argv[i + 1] as string).startsWith('--')) {
      flags.set(a.slice(2), true);
    } else {
      flags.set(a.slice(2), argv[++i] as string);
    }
  }
  return { flags, positional };
}

/** A string flag or the default. */
export function str(args: Args, name: string, dflt: string): string {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : dflt;
}

/** A whole-number flag (error text if it isn't one). */
export function int(args: Args, name: string, dflt: number): number {
  const v = args.flags.get(name);
  if (v === undefined) return dflt;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isSafeInteger(n) || n < 0) throw new CliError(`--${name} takes a whole number, got "${String(v)}"`);
  return n;
}

/** An error meant for the user: printed as one line, no stack trace. */
export class CliError extends Error {}

/** The scenario a CLI plays when `--scenario` is not given. */
export const BASE_SCENARIO = 'scenarios/2024-hopper-scramble.json';

/** The `--scenario FILE` argument, or the base scenario. */
export function scenarioArg(args: Args): string {
  return str(args, 'scenario', BASE_SCENARIO);
}

/** Prints the usage line if `--help` was given; true when it was (the CLI then exits 0). */
export function printedHelp(args: Args, usage: string): boolean {
  if (!args.flags.has('help')) return false;
  process.stdout.write(`${usage}\n`);
  return true;
}

/** Runs a CLI main, printing CliError (and any other error) as a line without a stack trace. */
export function runMain(main: () => Promise<number> | number): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (e: unknown) => {
        process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 2;
      },
    );
}

/** Who plays a seat in a CLI game: a built-in bot level or a scripted strategy file (`file:path.mjs`). */
export type SeatSpec = { kind: 'level'; level: 'easy' | 'normal' | 'hard'; label: string } | { kind: 'file'; path: string; label: string };

const LEVELS = ['easy', 'normal', 'hard'] as const;

/** One seat word: `easy`, `normal`, `hard` or `file:path.mjs` (resolved against the cwd when loaded). */
export function parseSeat(word: string): SeatSpec {
  const w = word.trim();
  if (w.startsWith('file:')) {
    const path = w.slice(5);
    if (path === '') throw new CliError('"file:" in --seats needs a path, e.g. file:strategies/never-bid.mjs');
    return { kind: 'file', path, label: `file:${path}` };
  }
  if ((LEVELS as readonly string[]).includes(w)) return { kind: 'level', level: w as (typeof LEVELS)[number], label: w };
  throw new CliError(`unknown seat "${w}" in --seats (use ${LEVELS.join(', ')} or file:path.mjs)`);
}

/** A `--seats` list: one seat word per company, in scenario order. */
export function parseSeats(text: string, companies: number): SeatSpec[] {
  const seats = text.split(',').map(parseSeat);
  if (seats.length !== companies) throw new CliError(`--seats lists ${seats.length} seats but the scenario has ${companies} companies`);
  return seats;
}
