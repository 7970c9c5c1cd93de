/**
 * Which export rules the debrief's charts mark. A rule lifted by the quarter it was due (endQuarter at or before
 * effectiveQuarter: the base scenario's AI Diffusion Rule, due Q2 2025 and rescinded that quarter) never applied:
 * the charts draw no start or end line for it (both sat on the same quarter, as if it had been in force there).
 * The rules list beside the charts keeps its tag and says "never in force in this game".
 */
import type { ExportRule, Scenario } from '../engine/types';
import type { RuleMarker } from './debrief-data';

/** A rule lifted by the quarter it was due: never in force. */
export function neverInForce(rule: Pick<ExportRule, 'effectiveQuarter' | 'endQuarter'>): boolean {
  return rule.endQuarter !== undefined && rule.endQuarter <= rule.effectiveQuarter;
}

/** The markers the charts draw: all but those of rules that were never in force. */
export function chartRuleMarkers(scenario: Pick<Scenario, 'exportRules'>, markers: readonly RuleMarker[]): RuleMarker[] {
  const never = new Set(scenario.exportRules.filter(neverInForce).map((r) => r.id));
  return markers.filter((m) => !never.has(m.id));
}
