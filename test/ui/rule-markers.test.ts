/**
 * The debrief's charts draw no start or end marker for an export rule lifted by the quarter it was due. In the
 * base scenario the AI Diffusion Rule is due from Q2 2025 and rescinded that quarter (effectiveQuarter 5,
 * endQuarter 5): the charts drew "R2" and "R2 ends" on the same line, as if it had been in force there. The rules
 * list keeps its tag R2 (and says it was never in force); the other rules keep theirs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine';
import { parseScenarioText } from '../../src/scenario';
import { chartSpecs, ruleTags } from '../../src/ui/debrief-charts';
import { ruleMarkers } from '../../src/ui/debrief-data';
import { neverInForce } from '../../src/engine/export-rules';
import { chartRuleMarkers } from '../../src/ui/rule-markers';

function load(id: string): Scenario {
  const file = join(import.meta.dirname, '../../scenarios', `${id}.json`);
  const r = parseScenarioText(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(`${id} does not parse`);
  return r.scenario;
}

const scenario = load('2024-hopper-scramble');

describe('rule markers on the debrief charts', () => {
  it('a rule lifted by the quarter it was due was never in force; one lifted later was', () => {
    expect(neverInForce({ effectiveQuarter: 5, endQuarter: 5 })).toBe(true);
    expect(neverInForce({ effectiveQuarter: 5, endQuarter: 4 })).toBe(true);
    expect(neverInForce({ effectiveQuarter: 5, endQuarter: 6 })).toBe(false);
    expect(neverInForce({ effectiveQuarter: 5 })).toBe(false);
    expect(scenario.exportRules.filter(neverInForce).map((r) => r.id)).toEqual(['diffusion-2025']);
  });

  it('the base scenario: no marker for the AI Diffusion Rule, the others as before, tags as in the rules list', () => {
    const all = ruleMarkers(scenario);
    const drawn = chartRuleMarkers(scenario, all);
    expect(drawn.some((m) => m.id === 'diffusion-2025')).toBe(false);
    expect(drawn).toEqual(all.filter((m) => m.id !== 'diffusion-2025'));
    const tags = ruleTags(all);
    expect(tags.get('diffusion-2025')).toBe('R2');
    const quarters = Array.from({ length: scenario.quarters }, (_, i) => i);
    const spec = chartSpecs(scenario, quarters, { companies: [], prices: [], regions: [], rules: all }, 'print').find((s) => s.id === 'compute');
    expect(spec?.markers).toEqual([
      { x: -0.5, tag: 'R1' },
      { x: 4.5, tag: 'R3' },
      { x: 5.5, tag: 'R3 ends' },
      { x: 5.5, tag: 'R4' },
    ]);
  });
});
