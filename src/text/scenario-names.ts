/**
 * Scenario names in the language shown (issue 13: no English left in German): the shipped scenarios' outside
 * buyers, partnership offers and own chips by the table in src/text/scenario-name-table.ts; a name it does not
 * know, as in a player's own scenario file, is shown as written.
 */
import { lang } from './i18n';
import { scenarioNameIn } from './scenario-name-table';

/** A scenario's name (outside buyer, partnership offer, own chip) in the language shown. */
export function scenarioName(name: string, language: string = lang()): string {
  return scenarioNameIn(name, language);
}
