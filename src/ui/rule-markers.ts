/**
 * Which export rules the debrief's charts mark. A rule lifted by the quarter it was due (endQuarter at or before
 * effectiveQuarter: the base scenario's AI Diffusion Rule, due Q2 2025 and rescinded that quarter) never applied:
 * the charts draw no start or end line for it (both sat on the same quarter, as if it had been in force there).
 * The rules list beside the charts keeps its tag and says "never in force in this game".
 */
import { neverInForce } from '../engine/export-rules';
import type { Scenario } from '../engine/types';
import type { RuleMarker } from './debrief-data';

/** The markers the charts draw: all but those of rules that were never in force. */
export function chartRuleMarkers(scenario: Pick<Scenario, 'exportRules'>, markers: readonly RuleMarker[]): RuleMarker[] {
  const never = new Set(scenario.exportRules.filter(neverInForce).map((r) => r.id));
  return markers.filter((m) => !never.has(m.id));
}
