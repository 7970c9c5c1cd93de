/**
 * Does money bind? (issue #11: the median normal or hard bot ends the base game with at most 15% of its total
 * budget unspent.) Plays games with one bot level in every seat and measures, per company, the share of its
 * total budget (starting cash plus every quarter's budget) it never spent: (total budget − everything spent) /
 * total budget, floored at 0. Revenue earned is income, not budget, so it is not counted as unspent; the end
 * cash (which holds that revenue) is reported beside it. `npm run calibrate -- --money`.
 */
import { botOrders, type BotLevel } from '../ai';
import type { Scenario } from '../engine';
import { playGame } from '../replay/session';

export interface MoneyRow {
  id: string;
  name: string;
  /** Median over the games of the unspent share of the total budget, percent. */
  unspentPct: number;
  /** Median over the games of end cash (revenue included) as a share of the total budget, percent. */
  endCashPct: number;
}

export interface MoneyResult {
  level: BotLevel;
  games: number;
  rows: MoneyRow[];
  /** Median over the companies of their unspent share, percent. */
  medianUnspentPct: number;
  medianEndCashPct: number;
  rejectedOrders: number;
}

/** The median (mean of the middle two when even; 0 when empty). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** Plays `games` games (seeds `money-0`...) with `level` bots in every seat and measures unspent budgets. */
export function moneyRun(scenario: Scenario, level: BotLevel, games: number, iterations?: number): MoneyResult {
  const unspent = new Map<string, number[]>(scenario.companies.map((c) => [c.id, []]));
  const cash = new Map<string, number[]>(scenario.companies.map((c) => [c.id, []]));
  let rejectedOrders = 0;
  const opts = iterations === undefined ? {} : { iterations };
  for (let g = 0; g < games; g++) {
    const played = playGame(scenario, `money-${g}`, (s, id) => botOrders(s, id, level, opts), { record: false });
    rejectedOrders += played.rejected.length;
    for (const c of scenario.companies) {
      const p = played.state.players.find((x) => x.id === c.id);
      if (!p) continue;
      const total = Math.max(1, c.cash + c.budget.reduce((a, b) => a + b, 0));
      unspent.get(c.id)?.push((100 * Math.max(0, total - p.totals.spend)) / total);
      cash.get(c.id)?.push((100 * Math.max(0, p.cash)) / total);
    }
  }
  const rows = scenario.companies.map((c) => ({ id: c.id, name: c.name, unspentPct: r1(median(unspent.get(c.id) ?? [])), endCashPct: r1(median(cash.get(c.id) ?? [])) }));
  return { level, games, rows, medianUnspentPct: r1(median(rows.map((r) => r.unspentPct))), medianEndCashPct: r1(median(rows.map((r) => r.endCashPct))), rejectedOrders };
}

/** A markdown table of one or more runs, one column pair per run. */
export function formatMoney(runs: readonly MoneyResult[]): string {
  const first = runs[0];
  if (!first) return '';
  const head = `| company | ${runs.map((r) => `${r.level}: unspent budget (${r.games} games) | ${r.level}: end cash`).join(' | ')} |`;
  const sep = `|---|${runs.map(() => '---:|---:').join('|')}|`;
  const lines = first.rows.map((row, i) => `| ${row.name} | ${runs.map((r) => `${r.rows[i]?.unspentPct ?? 0}% | ${r.rows[i]?.endCashPct ?? 0}%`).join(' | ')} |`);
  const med = `| **median** | ${runs.map((r) => `**${r.medianUnspentPct}%** | ${r.medianEndCashPct}%`).join(' | ')} |`;
  return [head, sep, ...lines, med, '', `rejected orders: ${runs.map((r) => `${r.level} ${r.rejectedOrders}`).join(', ')}`].join('\n');
}
