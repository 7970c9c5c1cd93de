/**
 * The balance sweep's vocabulary and its judgement: the fields, the reference rows, issue #11's goal
 * thresholds, the cell and summary shapes, the goals' verdicts and the tables for people. Split from
 * `balance.ts` (which plans and plays the sweep) so neither grows past the source-length guard.
 */

/** The fields a strategy is tested in: every other seat plays this bot level. */
export const FIELDS = ['normal', 'hard'] as const;
export type Field = (typeof FIELDS)[number];

/** The name of the reference row: the hard bot itself in the seat. */
export const HARD_ROW = 'hard-bot';
/**
 * The reference row of the normal bot itself in the seat (the bot par measures, here in the sweep's field): it
 * shows how far the field alone moves a seat's margin, so a flagged cell can be read against it. Not a
 * scripted strategy: no goal judges it.
 */
export const NORMAL_ROW = 'normal-bot';
/** Whether a row is one of the built-in bots' reference rows rather than a scripted strategy. */
export const isBotRow = (strategy: string): boolean => strategy === HARD_ROW || strategy === NORMAL_ROW;
/** The strategy the second goal is about. */
export const SENSIBLE = 'sensible-buyer';
/** Goal thresholds (issue #11). */
export const GOALS = { beatBy: 1, maxBeatShare: 0.4, sensibleWithin: 3, hardBeatsBestFrom: 5 } as const;

/** One cell of the sweep. */
export interface BalanceCell {
  scenario: string;
  seat: string;
  strategy: string;
  field: Field;
  games: number;
  /** Mean margin against par, points. */
  margin: number;
  /** Share of games at rank 1. */
  winShare: number;
  /** Share of games beating par by more than GOALS.beatBy points. */
  beatParShare: number;
  ci95: { margin: [number, number]; winShare: [number, number]; beatParShare: [number, number] };
  rejected: number;
}

/** A goal's verdict with the cells or seats that decide it. */
export interface GoalVerdict {
  pass: boolean;
  detail: string;
}

export interface SweepSummary {
  games: number;
  seconds: number;
  cells: BalanceCell[];
  /** The scripted cell with the highest share of games beating par by more than 1 point (null if none). */
  worst: BalanceCell | null;
  goals: { noDominantStrategy: GoalVerdict; sensibleNearPar: GoalVerdict; hardBeatsBest: GoalVerdict };
  rejectedOrders: number;
  rejections: string[];
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const cellName = (c: BalanceCell) => `${c.strategy} from ${c.seat} (${c.scenario}, ${c.field} field)`;

/** Scripted cells beating par by more than GOALS.beatBy points in more than GOALS.maxBeatShare of games (goal 1). */
export function flaggedCells(cells: readonly BalanceCell[]): BalanceCell[] {
  return cells.filter((c) => !isBotRow(c.strategy) && c.beatParShare > GOALS.maxBeatShare);
}

/** Whether the normal bot's own row, from `c`'s seat in its scenario and field, is flagged too (the field, not the strategy). */
export function normalRowFlagged(cells: readonly BalanceCell[], c: BalanceCell): boolean {
  const ref = cells.find((x) => x.strategy === NORMAL_ROW && x.scenario === c.scenario && x.field === c.field && x.seat === c.seat);
  return ref !== undefined && ref.beatParShare > GOALS.maxBeatShare;
}

/**
 * Goal 3 in one field of the cells given: from how many of their seats the hard bot's mean margin beats the best
 * scripted strategy's, of how many seats, and the seats where it does not (with both margins).
 */
export function hardVersusBest(cells: readonly BalanceCell[], field: Field): { beaten: number; seats: number; lost: string[] } {
  const inField = cells.filter((c) => c.field === field);
  const seats = [...new Set(inField.map((c) => c.seat))];
  let beaten = 0;
  const lost: string[] = [];
  for (const seat of seats) {
    const hard = inField.find((c) => c.seat === seat && c.strategy === HARD_ROW);
    const best = inField.filter((c) => c.seat === seat && !isBotRow(c.strategy)).sort((a, b) => b.margin - a.margin)[0];
    if (!hard || !best) continue;
    if (hard.margin > best.margin) beaten++;
    else lost.push(`${seat}: ${best.strategy} ${best.margin.toFixed(1)} ≥ hard ${hard.margin.toFixed(1)}`);
  }
  return { beaten, seats: seats.length, lost };
}

/**
 * Issue #11's goals, judged on the cells swept:
 * 1. no scripted strategy beats par by more than 1 point in more than 40% of games, from any seat, in any field;
 * 2. the sensible buyer's mean margin is within 3 points of par from every seat (every field swept);
 * 3. in the base game, the hard bot's mean margin beats the best scripted strategy's from at least five of
 *    its six seats (in every field swept; judged on the base scenario only, and only if it was swept).
 */
export function evaluateGoals(cells: readonly BalanceCell[], baseScenario = 'hopper-scramble'): SweepSummary['goals'] {
  const scripted = cells.filter((c) => !isBotRow(c.strategy));
  const over = flaggedCells(cells);
  const likeNormal = over.filter((c) => normalRowFlagged(cells, c)).length;
  const noDominantStrategy: GoalVerdict = {
    pass: scripted.length > 0 && over.length === 0,
    detail:
      scripted.length === 0
        ? 'no scripted cells swept'
        : over.length === 0
          ? `every scripted cell beats par by more than ${GOALS.beatBy} point in at most ${pct(GOALS.maxBeatShare)} of games`
          : `${over.length} of ${scripted.length} cells beat par by more than ${GOALS.beatBy} point in more than ${pct(GOALS.maxBeatShare)} of games, e.g. ${over
              .slice()
              .sort((a, b) => b.beatParShare - a.beatParShare)
              .slice(0, 3)
              .map((c) => `${cellName(c)} ${pct(c.beatParShare)}`)
              .join('; ')}${likeNormal > 0 ? `; in ${likeNormal} of them the normal bot itself beats par as often from that seat and field` : ''}`,
  };
  const sensible = cells.filter((c) => c.strategy === SENSIBLE);
  const far = sensible.filter((c) => Math.abs(c.margin) > GOALS.sensibleWithin);
  const sensibleNearPar: GoalVerdict = {
    pass: sensible.length > 0 && far.length === 0,
    detail:
      sensible.length === 0
        ? `${SENSIBLE} was not swept`
        : far.length === 0
          ? `${SENSIBLE} is within ${GOALS.sensibleWithin} points of par in all ${sensible.length} cells`
          : `${SENSIBLE} misses par by more than ${GOALS.sensibleWithin} points in ${far.length} of ${sensible.length} cells: ${far
              .map((c) => `${c.seat}/${c.scenario}/${c.field} ${c.margin.toFixed(1)}`)
              .join(', ')}`,
  };
  const base = cells.filter((c) => c.scenario.includes(baseScenario));
  const parts: string[] = [];
  let pass = base.length > 0;
  for (const field of FIELDS) {
    const { beaten, seats, lost } = hardVersusBest(base, field);
    if (seats === 0) continue;
    if (beaten < Math.min(GOALS.hardBeatsBestFrom, seats)) pass = false;
    parts.push(`${field} field: hard beats the best strategy from ${beaten} of ${seats} seats${lost.length > 0 ? ` (not ${lost.join('; ')})` : ''}`);
  }
  const hardBeatsBest: GoalVerdict = { pass: pass && parts.length > 0, detail: parts.length > 0 ? parts.join('; ') : 'the base scenario was not swept (with the hard row)' };
  return { noDominantStrategy, sensibleNearPar, hardBeatsBest };
}

/** The sweep as tables for people: one per scenario and field, a row per strategy, a column per seat. */
export function formatSweep(s: SweepSummary): string {
  const out: string[] = [];
  const keys = [...new Set(s.cells.map((c) => `${c.scenario}|${c.field}`))];
  for (const key of keys) {
    const [scenario, field] = key.split('|') as [string, string];
    const cells = s.cells.filter((c) => c.scenario === scenario && c.field === field);
    const seats = [...new Set(cells.map((c) => c.seat))];
    const strategies = [...new Set(cells.map((c) => c.strategy))];
    const n = cells[0]?.games ?? 0;
    out.push(`${scenario}, ${field} field, ${n} games a cell: margin vs par in points [95% CI] / win share [Wilson 95%] / beat par by >1`);
    out.push(`| strategy | ${seats.join(' | ')} |`);
    out.push(`|---|${seats.map(() => '---').join('|')}|`);
    for (const st of strategies) {
      const row = seats.map((seat) => {
        const c = cells.find((x) => x.seat === seat && x.strategy === st);
        if (!c) return '–';
        const m = `${c.margin >= 0 ? '+' : ''}${c.margin.toFixed(1)} [${c.ci95.margin[0].toFixed(1)}, ${c.ci95.margin[1].toFixed(1)}]`;
        return `${m} / ${pct(c.winShare)} [${pct(c.ci95.winShare[0])}–${pct(c.ci95.winShare[1])}] / ${pct(c.beatParShare)}`;
      });
      out.push(`| ${st} | ${row.join(' | ')} |`);
    }
    out.push('');
  }
  if (s.worst) out.push(`worst cell: ${cellName(s.worst)}: beats par by >1 point in ${pct(s.worst.beatParShare)} of games, mean ${s.worst.margin.toFixed(1)}, wins ${pct(s.worst.winShare)}`);
  const verdict = (name: string, g: GoalVerdict) => `${g.pass ? 'PASS' : 'FAIL'}  ${name}: ${g.detail}`;
  out.push('goals (issue #11):');
  out.push(verdict('no dominant strategy (no cell beats par by >1 point in >40% of games)', s.goals.noDominantStrategy));
  out.push(verdict('the sensible buyer is within 3 points of par from every seat', s.goals.sensibleNearPar));
  out.push(verdict('the hard bot beats the best scripted strategy from >= 5 of 6 base-game seats', s.goals.hardBeatsBest));
  out.push(`rejected orders: ${s.rejectedOrders}${s.rejections.length > 0 ? `\n  ${s.rejections.slice(0, 10).join('\n  ')}` : ''}`);
  out.push(`${s.games} games in ${s.seconds} s`);
  return out.join('\n');
}
