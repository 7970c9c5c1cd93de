/**
 * No English in German (issue 13 item 8): a chip programme's stage in the bots' reasons is worded, not the
 * engine's code ("Stufe ramp"), and the shipped scenarios' outside buyers, partnership offers and hypothetical
 * own chips have German names (src/text/scenario-names.ts); names it does not know stay as written.
 */
import { describe, expect, it } from 'vitest';
import { explainReason } from '../../src/ai';
import { loadScenario } from '../../src/cli/load';
import { scenarioName } from '../../src/text/scenario-names';

describe('German names', () => {
  it('words the stage a bot funds', () => {
    expect(explainReason({ code: 'siliconFund', values: { stage: 'ramp', amount: 1e9, need: 1e9 } }, 'de')).toBe(
      'die Anlaufphase mit 1,0 Mrd. $ finanzieren (nötig: 1,0 Mrd. $)',
    );
    expect(explainReason({ code: 'siliconFund', values: { stage: 'tapeout', amount: 5e8, need: 5e8 } }, 'en')).toBe(
      'fund the tape-out stage with $500M (needs $500M)',
    );
    for (const stage of ['none', 'design', 'tapeout', 'ramp', 'volume'])
      expect(explainReason({ code: 'siliconFund', values: { stage, amount: 1, need: 1 } }, 'de')).not.toContain(stage);
  });

  it('has a German name for every outside buyer, offer and hypothetical chip of the shipped base scenario', () => {
    const sc = loadScenario('scenarios/2024-hopper-scramble.json');
    const names = [...sc.otherDemand.map((o) => o.name), ...sc.partnerships.map((p) => p.name), ...sc.companies.map((c) => c.silicon.name)];
    for (const n of names) {
      const de = scenarioName(n, 'de');
      expect(de, n).not.toMatch(/\b(and|other|agreement|prepaid|accelerator|hypothetical|reserved|capacity|next|expansion)\b/);
      expect(scenarioName(n, 'en')).toBe(n);
    }
    expect(scenarioName('ByteDance accelerator (hypothetical)', 'de')).toBe('ByteDance-Beschleuniger (hypothetisch)');
    expect(scenarioName('A buyer of my own file', 'de')).toBe('A buyer of my own file');
  });
});
