/**
 * The "Your quarter" box says the player's own setbacks in one line each: a foundry booking cut short (with
 * the deposit lost, in $) and a respin of the own chip. The play-tester found them only in the "Also this
 * quarter" list of everyone's notes ("Microsoft: the foundry booked 52,484 of the 60,000 own chips asked; the
 * deposit on the rest is lost.").
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { GameState, QuarterRecord, ResolutionNote } from '../../src/engine/types';
import { setLang } from '../../src/text/i18n';
import { setbackLines } from '../../src/ui/play/quarter-setbacks';
import { company, sku } from '../helpers/scenario';
import { newGame } from '../helpers/game';

afterEach(() => setLang('en'));

const base = newGame({ startYear: 2024, companies: [company({ id: 'msft', name: 'Microsoft', silicon: { name: 'Maia 100', h100e: 0.8, watts: 500, unitCost: 10_000, mig: false, startStage: 'tapeout', startProgress: 0, startFleet: 0 } }), company({ id: 'meta', name: 'Meta' })], skus: [sku({ id: 'H100' })] });

function withNotes(notes: ResolutionNote[], quarter = 2): GameState {
  return { ...base, history: [{ quarter, clearing: [], orders: [], metrics: [], notes } as unknown as QuarterRecord] };
}

// As the engine notes them (src/engine/silicon.ts): asked, made, and the deposit lost on the rest.
const short: ResolutionNote = { code: 'foundryShort', playerId: 'msft', values: { asked: 60_000, made: 52_484, lost: 37_580_000 } };
const respin: ResolutionNote = { code: 'siliconSetback', playerId: 'msft', values: { stage: 'ramp' } };

describe('your own setbacks of a quarter', () => {
  it('a foundry booking cut short: how many, and the deposit lost in dollars', () => {
    expect(setbackLines(withNotes([short]), 'msft', 2)).toEqual(['The foundry booked 52,484 of the 60,000 own chips you asked for: the deposit on the other 7,516 is lost ($37.6M).']);
    setLang('de');
    expect(setbackLines(withNotes([short]), 'msft', 2)).toEqual(['Die Foundry hat nur 52.484 der 60.000 eigenen Chips gebucht, die du angefragt hast: die Anzahlung auf die übrigen 7.516 ist verloren (37,6\u00a0Mio.\u00a0$).']);
  });

  // Before: "the ramp stage slips a quarter" (read as: the ramp starts a quarter late), while the orders hint had
  // said the chip "moves from ramp to volume" this quarter. Now: which stage it stays in, and when the next comes.
  it('a respin of the own chip, named, with the stage it stays in and when the next one comes at the earliest', () => {
    expect(setbackLines(withNotes([respin]), 'msft', 2)).toEqual(['Your own chip Maia 100 needs a respin: it stays in ramp one quarter longer and moves to volume production when Q4 2024 resolves at the earliest, instead of now with Q3 2024.']);
    setLang('de');
    expect(setbackLines(withNotes([respin]), 'msft', 2)).toEqual(['Dein eigener Chip Maia 100 muss überarbeitet werden: Er bleibt ein Quartal länger in der Stufe „Anlauf“ und wechselt frühestens mit der Auswertung von Q4 2024 zu „Serienfertigung“ statt schon mit der von Q3 2024.']);
  });

  it('a respin in the last quarter says the next stage does not come before the game ends', () => {
    const last = base.scenario.quarters - 1;
    expect(setbackLines(withNotes([respin], last), 'msft', last)).toEqual(['Your own chip Maia 100 needs a respin: it stays in ramp and does not reach volume production before the game ends.']);
  });

  it('only your own, only that quarter, and nothing for good news', () => {
    const theirs: ResolutionNote = { ...short, playerId: 'meta' };
    const good: ResolutionNote = { code: 'siliconAdvanced', playerId: 'msft', values: { stage: 'volume' } };
    const g = withNotes([theirs, good, respin, short]);
    expect(setbackLines(g, 'msft', 2)).toHaveLength(2);
    expect(setbackLines(g, 'meta', 2)).toEqual(['The foundry booked 52,484 of the 60,000 own chips you asked for: the deposit on the other 7,516 is lost ($37.6M).']);
    expect(setbackLines(g, 'msft', 1)).toEqual([]);
    expect(setbackLines(withNotes([good]), 'msft', 2)).toEqual([]);
  });
});
