/**
 * The quarter box's efficiency sentence says what moved, with numbers. A play-tester (ByteDance, Q4 2025) read only
 * "Efficiency is compute per MW, measured against the most efficient company, and that has moved." and could not
 * tell whether their own compute per MW or the measure had moved.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Cause } from '../../src/engine/score-story';
import type { GameState, PlayerMetrics, QuarterRecord } from '../../src/engine/types';
import { setLang } from '../../src/text/i18n';
import { causeText } from '../../src/ui/play/score-words';
import { company, sku } from '../helpers/scenario';
import { newGame } from '../helpers/game';

afterEach(() => setLang('en'));

const base = newGame({ startYear: 2025, companies: ['a', 'b', 'c'].map((id) => company({ id })), skus: [sku({ id: 'H100', name: 'NVIDIA H100 SXM' })] });

/** Two quarters of records: each company's deployed H100e and MW (power online; the fleet draws as much). */
function played(rows: Record<string, [number, number][]>, efficiency?: number[]): GameState {
  const history = [0, 1].map((q) => ({
    quarter: q,
    clearing: [],
    orders: [],
    metrics: Object.entries(rows).map(([id, qs]) => ({ playerId: id, deployedH100e: qs[q]?.[0] ?? 0, powerMw: qs[q]?.[1] ?? 0, fleetMw: qs[q]?.[1] ?? 0 }) as PlayerMetrics),
  })) as unknown as QuarterRecord[];
  const scoring = efficiency ? { ...base.scenario.scoring, reference: { capability: [1, 1], market: [1, 1], efficiency } } : base.scenario.scoring;
  return { ...base, quarter: 2, scenario: { ...base.scenario, scoring }, history };
}

const fell = (yardstick: boolean): Cause => ({ code: 'efficiency', values: { powerMw: 500, fleetMw: 500, yardstick } });

describe('the efficiency sentence says what moved', () => {
  it('against the game’s best: your compute per MW and the best company’s, from → to, whichever moved', () => {
    // A stayed at 600 H100e per MW; B, the best, rose from 700 to 800.
    const g = played({ a: [[300_000, 500], [300_000, 500]], b: [[350_000, 500], [400_000, 500]], c: [[100_000, 500], [100_000, 500]] });
    // Before: 'Efficiency is compute per MW against the most efficient company, which moved.'
    expect(causeText(g, fell(false), -12, 'a')).toBe('Efficiency is compute per MW against the most efficient company, now B: yours stayed at 600 H100e per MW; the best’s rose from 700 to 800.');
    setLang('de');
    expect(causeText(g, fell(false), -12, 'a')).toBe('Effizienz ist Rechenleistung je MW, gemessen am effizientesten Unternehmen, jetzt B: deine blieb bei 600 H100e je MW; die des Besten stieg von 700 auf 800.');
  });

  it('against the yardstick: both when both moved', () => {
    // A fell from 620 to 598; the scenario's yardstick rose from 640 to 700.
    const g = played({ a: [[310_000, 500], [299_000, 500]], b: [[100_000, 500], [100_000, 500]] }, [640, 700]);
    expect(causeText(g, fell(true), -12, 'a')).toBe('Efficiency is compute per MW against the yardstick (what the most efficient company typically reaches): yours fell from 620 to 598 H100e per MW; the yardstick rose from 640 to 700.');
    setLang('de');
    expect(causeText(g, fell(true), -12, 'a')).toBe('Effizienz ist Rechenleistung je MW im Vergleich zum Maßstab (was das effizienteste Unternehmen typischerweise erreicht): deine sank von 620 auf 598 H100e je MW; der Maßstab stieg von 640 auf 700.');
  });

  it('shows tenths when whole numbers would hide the move', () => {
    const g = played({ a: [[300_100, 500], [300_000, 500]] }, [700, 700]);
    expect(causeText(g, fell(true), -1, 'a')).toMatch(/: yours fell from 600\.2 to 600\.0 H100e per MW; the yardstick stayed at 700\.0\.$/);
  });
});
