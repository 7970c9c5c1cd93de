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
import { chartOptions, chartSpecs, ruleTags } from '../../src/ui/debrief-charts';
import { ruleMarkers } from '../../src/ui/debrief-data';
import { neverInForce } from '../../src/engine/export-rules';
import { TAG_GAP_PX, chartRuleMarkers, placeRuleTags, tagBandPx, tagRows } from '../../src/ui/rule-markers';

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

/**
 * The ByteDance play-test (debrief, 1280x720): "R3", "R3 endet" and "R4" crowded each other at the top of the
 * plot and Amazon's bar crossed "R3 endet". The tags now sit in a band above the plot, and a tag closer than a
 * gap to the one before it goes a row up.
 */
describe('placing the rule tags', () => {
  const overlapping = (placed: { left: number; row: number }[], widths: number[], gap: number): string[] => {
    const bad: string[] = [];
    placed.forEach((a, i) =>
      placed.forEach((b, j) => {
        if (i >= j || a.row !== b.row) return;
        const [l, r] = a.left <= b.left ? [i, j] : [j, i];
        const lp = placed[l] as { left: number };
        const rp = placed[r] as { left: number };
        if (lp.left + (widths[l] as number) + gap > rp.left) bad.push(`${l} and ${r} in row ${a.row}`);
      }),
    );
    return bad;
  };

  it('the base scenario\'s R3, "R3 endet" and R4 at a quarter apart: R3 and "R3 endet" in the row by the plot, R4 above', () => {
    // A quarter is about 62 px on the 1280x720 debrief; "R3 endet" is about 50 px wide, "R3" and "R4" about 16.
    const placed = placeRuleTags([{ x: 404, width: 16 }, { x: 466, width: 50 }, { x: 466, width: 16 }], 560);
    expect(placed).toEqual([
      { left: 408, row: 0 },
      { left: 470, row: 0 },
      { left: 470, row: 1 },
    ]);
  });

  it('a tag closer than the gap to the one before goes up a row; one at the right edge moves left only as far as it must', () => {
    // "R3" ends at 104 + 16 = 120; a tag starting at 124 is closer than the gap (10): before, it shared the row.
    expect(placeRuleTags([{ x: 100, width: 16 }, { x: 120, width: 40 }], 500).map((p) => p.row)).toEqual([0, 1]);
    expect(placeRuleTags([{ x: 490, width: 40 }], 500)).toEqual([{ left: 460, row: 0 }]);
    expect(placeRuleTags([{ x: 440, width: 40 }], 500)).toEqual([{ left: 444, row: 0 }]);
  });

  it('never lets two tags in a row overlap or come closer than the gap, for any spread of markers', () => {
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let n = 0; n < 300; n++) {
      const boxes = Array.from({ length: 1 + Math.floor(rnd() * 8) }, () => ({ x: Math.round(rnd() * 600), width: 10 + Math.round(rnd() * 60) }));
      const placed = placeRuleTags(boxes, 600);
      expect(overlapping(placed, boxes.map((b) => b.width), TAG_GAP_PX), JSON.stringify(boxes)).toEqual([]);
      expect(tagRows(placed)).toBeLessThanOrEqual(boxes.length);
    }
  });

  it('the charts with markers keep a band above the plot for the tags, the others none', () => {
    const all = ruleMarkers(scenario);
    const quarters = Array.from({ length: scenario.quarters }, (_, i) => i);
    const specs = chartSpecs(scenario, quarters, { companies: [], prices: [], regions: [], rules: all }, 'print');
    const compute = specs.find((s) => s.id === 'compute');
    const spend = specs.find((s) => s.id === 'spendRevenue');
    if (!compute || !spend) throw new Error('charts missing');
    // Before: no padding given, the tags drawn inside the plot where the data runs.
    const top = chartOptions(compute, 'dark', 600, 260).padding?.[0];
    expect(typeof top === 'number' && top >= 2 * 13).toBe(true);
    expect(chartOptions(spend, 'dark', 600, 260).padding).toBeUndefined();
    expect(tagBandPx([], [0, 1], 500, () => 10)).toBeNull();
  });
});
