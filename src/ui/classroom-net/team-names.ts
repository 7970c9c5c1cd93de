import type { Scenario } from '../../engine/types';
import { scenarioName } from '../../text/scenario-names';

/** A company's name in the scenario (its id when the scenario is not known yet or has no such company). */
export function companyName(scenario: Scenario | null, id: string): string {
  return scenario?.companies.find((c) => c.id === id)?.name ?? id;
}

/** A partnership offer's name in the language shown (the German names the orders panel and the reveal use). */
export function partnershipName(scenario: Scenario, id: string): string {
  return scenarioName(scenario.partnerships.find((p) => p.id === id)?.name ?? id);
}
