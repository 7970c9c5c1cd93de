/** The debrief charts' x labels never run together: all when they fit, names shortened, quarters thinned. */
import { describe, expect, it } from 'vitest';
import { fitXLabels } from '../../src/ui/debrief-charts';

describe('x labels', () => {
  const quarters = ['Q1 2024', 'Q2 2024', 'Q3 2024', 'Q4 2024', 'Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025'];
  it('keeps every label when each has room', () => {
    expect(fitXLabels(quarters.slice(0, 4), 274, 'quarters')).toEqual(quarters.slice(0, 4));
  });
  it('thins quarters on a narrow chart so that each shown label has its width', () => {
    const out = fitXLabels(quarters, 274, 'quarters');
    expect(out.filter((l) => l !== '').length).toBeLessThan(quarters.length);
    // Each shown label's share of the width (up to the next shown one) holds its text.
    const per = 274 / quarters.length;
    const shown = out.map((l, i) => (l ? i : -1)).filter((i) => i >= 0);
    for (let k = 1; k < shown.length; k++) expect(((shown[k] as number) - (shown[k - 1] as number)) * per).toBeGreaterThanOrEqual(7 * 7);
  });
  it('shortens names to their share of the width', () => {
    const out = fitXLabels(['Azure Owls', 'Llama Herd', 'Google', 'ByteDance'], 274, 'names');
    for (const l of out) expect(l.length * 7).toBeLessThanOrEqual(274 / 4);
    expect(out[2]).toBe('Google');
    expect(out[0]).toMatch(/^Azure.*…$/);
  });
});
