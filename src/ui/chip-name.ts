/**
 * A chip's name for the player from the id a note, an error or a record carries: a scenario SKU by its name, and
 * the fleet key "custom" (the company's own chip) by that company's chip in the language shown ("Maia 100",
 * "ByteDance-Beschleuniger (hypothetisch)"), never the raw id "custom". An id the scenario does not know is shown as is.
 */
import type { Scenario } from '../engine/types';
import { companyOf } from '../store/selectors';
import { t } from '../text/i18n';
import { scenarioName } from '../text/scenario-names';

/** The fleet key of a company's own chip (src/engine/lookup.ts). */
const OWN_CHIP = 'custom';

/** The chip `id` names, for `playerId`'s eyes when it is the company's own chip. */
export function chipName(scenario: Scenario, id: string, playerId: string | undefined): string {
  const sku = scenario.skus.find((k) => k.id === id);
  if (sku) return sku.name;
  if (id !== OWN_CHIP) return id;
  const company = playerId ? companyOf(scenario, playerId) : undefined;
  return company ? scenarioName(company.silicon.name) : t('note.customChip');
}
