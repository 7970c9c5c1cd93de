/**
 * A chip row closed because its vendor does not sell to the buyer's region names the region as buyers, in both
 * languages. Playing Microsoft in the base scenario, the Huawei row read "Huawei does not sell it to US" and in
 * German "Huawei verkauft ihn nicht nach US" (the region is the scenario's code, not a country name).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load';
import { createGame } from '../../src/engine/setup';
import { setLang } from '../../src/text/i18n';
import { chipNote } from '../../src/ui/play/export-status';

afterEach(() => setLang('en'));

describe("a chip its vendor does not sell to the buyer's region", () => {
  const scenario = loadScenario('scenarios/2024-hopper-scramble.json');
  const game = createGame(scenario, 'export-words-1');
  const ascend = scenario.skus.find((s) => s.id === 'ASCEND910B');
  if (!ascend) throw new Error('no Ascend 910B in the base scenario');

  it('says whose buyers it is closed to, in English and German', () => {
    expect(chipNote(game, 'microsoft', ascend)).toEqual({ locked: true, text: 'Huawei does not sell it to US buyers' });
    setLang('de');
    expect(chipNote(game, 'microsoft', ascend)).toEqual({ locked: true, text: 'Huawei verkauft ihn nicht an US-Käufer' });
  });
});
