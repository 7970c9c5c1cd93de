/**
 * The classroom team phone's partnership dropdown names each offer in the language shown: a shipped scenario's
 * offers in German as src/text/scenario-names.ts reads them (as the orders panel and the reveal do), a name the
 * table does not know (a player's own scenario file) as written, an unknown id as itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { shippedScenario } from '../helpers/scenario';
import type { Scenario } from '../../src/engine';
import { setLang } from '../../src/text/i18n';
import { partnershipName } from '../../src/ui/classroom-net/team-names';

function load(id: string): Scenario {
  const scenario = shippedScenario(id);
  if (!scenario) throw new Error(`${id} does not parse`);
  return scenario;
}
const scenario = load('classroom-sprint');

afterEach(() => setLang('en'));

describe('the team phone names partnership offers', () => {
  it('in English as written', () => {
    expect(partnershipName(scenario, 'frontier-lab')).toBe('Frontier AI lab: reserved training compute');
    expect(partnershipName(scenario, 'inference-startup')).toBe('AI start-up: inference capacity');
  });

  it('in German with the names the rest of the German UI uses', () => {
    setLang('de');
    expect(partnershipName(scenario, 'frontier-lab')).toBe('Frontier-KI-Labor: reservierte Trainingsrechenleistung');
    expect(partnershipName(scenario, 'inference-startup')).toBe('KI-Start-up: Inferenzkapazität');
  });

  it("a player's own offer as written, an unknown id as itself", () => {
    setLang('de');
    const own = { ...scenario, partnerships: [{ ...scenario.partnerships[0], id: 'own', name: 'Our own lab deal' }] } as Scenario;
    expect(partnershipName(own, 'own')).toBe('Our own lab deal');
    expect(partnershipName(scenario, 'no-such-offer')).toBe('no-such-offer');
  });
});
