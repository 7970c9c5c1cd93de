import type { Scenario } from './types';

/** "Q3 2024" for quarter index q of a scenario. */
export function quarterLabel(scenario: Pick<Scenario, 'startYear' | 'startQuarter'>, q: number): string {
  const { year, quarter } = quarterOf(scenario, q);
  return `Q${quarter} ${year}`;
}

/** The calendar year and quarter (1..4) of quarter index q. */
export function quarterOf(scenario: Pick<Scenario, 'startYear' | 'startQuarter'>, q: number): { year: number; quarter: number } {
  const abs = scenario.startQuarter - 1 + q;
  return { year: scenario.startYear + Math.floor(abs / 4), quarter: (abs % 4) + 1 };
}
