/** The "Your quarter" box's words the play-tester found wrong: the own chip's id, advice that cannot work, spare power blamed for a rise, idle chips left out. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Cause } from '../../src/engine/score-story';
import type { GameState } from '../../src/engine/types';
import { setLang } from '../../src/text/i18n';
import { causeText, idleNote, powerCanStillArrive } from '../../src/ui/play/score-words';
import { company, sku } from '../helpers/scenario';
import { newGame, playQuarter, resolveWith } from '../helpers/game';

afterEach(() => setLang('en'));

/** Four quarters from Q1 2025, grid power 1 quarter ahead; amzn's own chip is "Trainium". */
const game = newGame({
  startYear: 2025,
  companies: [company({ id: 'amzn', silicon: { name: 'Trainium', h100e: 0.7, watts: 500, unitCost: 6_000, mig: false, startStage: 'volume', startProgress: 0, startFleet: 0 } }), company({ id: 'b' })],
  skus: [sku({ id: 'H100', name: 'NVIDIA H100 SXM' })],
});
const ownIdle: Cause = { code: 'idle', values: { idle: 26_500, sku: 'custom', skuIdle: 26_500, building: 0, readyQuarter: -1 } };

describe('the "Your quarter" box', () => {
  it('names the own chip, never its id "custom"', () => {
    // Before: "26.5k custom sit idle and no power is being built for them: …"
    expect(causeText(game, ownIdle, -10, 'amzn')).toBe('26.5k of your own Trainium sit idle and no power is being built for them: build power or buy fewer chips.');
    expect(causeText(game, { ...ownIdle, values: { ...ownIdle.values, building: 10_000, readyQuarter: 2 } }, -10, 'amzn')).toBe('26.5k of your own Trainium sit idle: the power you are building runs 10k more from Q3 2025.');
    // Without the player known: plain "chips", still not the id.
    expect(causeText(game, ownIdle, -10)).toMatch(/^26\.5k chips sit idle/);
    setLang('de');
    expect(causeText(game, ownIdle, -10, 'amzn')).toBe('26,5\u00a0Tsd. deiner eigenen Trainium stehen still, und für sie wird kein Strom gebaut: baue Strom oder kaufe weniger Chips.');
    for (const l of ['en', 'de'] as const) {
      setLang(l);
      expect(causeText(game, ownIdle, -10, 'amzn')).not.toMatch(/custom/);
    }
  });

  it('gives no power advice when no power ordered now can come online before the end', () => {
    // Grid and on-site power both take a quarter here: power ordered after Q2's reveal (for Q3) runs from Q4.
    let g: GameState = playQuarter(game);
    expect(powerCanStillArrive(resolveWith(g))).toBe(true);
    // Ordered after Q3's reveal (for Q4) it would come after the game; the last quarter's reveal likewise.
    g = playQuarter(g);
    expect(powerCanStillArrive(resolveWith(g))).toBe(false);
    const last = resolveWith(playQuarter(g));
    expect(last.history.at(-1)?.quarter).toBe(3);
    expect(powerCanStillArrive(last)).toBe(false);
    // Before: "… build power or buy fewer chips" in the last quarter.
    expect(causeText(last, ownIdle, -10, 'amzn')).toBe('26.5k of your own Trainium sit idle, and no power ordered now can come online before the game ends: they stay idle to the end.');
    // Power being built that arrives only after the end is no answer either.
    expect(causeText(last, { ...ownIdle, values: { ...ownIdle.values, building: 30_000, readyQuarter: 4 } }, -10, 'amzn')).toMatch(/stay idle to the end\.$/);
    setLang('de');
    expect(causeText(last, ownIdle, -10, 'amzn')).toBe('26,5\u00a0Tsd. deiner eigenen Trainium stehen still, und kein Strom, den du jetzt bestellst, kommt vor Spielende ans Netz: sie bleiben bis zum Ende ungenutzt.');
  });

  it('does not blame spare power when efficiency rose, and still does when it fell', () => {
    // ByteDance Q1: 37 MW for chips that need 33 MW (12% over), efficiency +12.0.
    const bytd: Cause = { code: 'efficiency', values: { powerMw: 37, fleetMw: 33, yardstick: true } };
    // Before: "Your power (37 MW) is more than your chips need (33 MW): …"
    expect(causeText(game, bytd, 120)).toBe('Efficiency rose: all your chips run, and your compute per MW gained on the yardstick (what the most efficient company typically reaches).');
    expect(causeText(game, bytd, -30)).toBe('Your power (37 MW) is more than your chips need (33 MW): efficiency counts compute per MW.');
    setLang('de');
    expect(causeText(game, bytd, 120)).toMatch(/^Effizienz gestiegen: alle deine Chips laufen/);
    expect(causeText(game, bytd, -30)).toBe('Dein Strom (37 MW) ist mehr, als deine Chips brauchen (33 MW): Effizienz zählt Rechenleistung je MW.');
  });

  it('names idle chips in a line of their own when over a fifth of the fleet', () => {
    // Meta Q1: 105k of 337k idle (31%), the box spoke only of capability.
    expect(idleNote(105_000, 337_000)).toBe('105k of your 337k chips sit idle for lack of power: they earn nothing.');
    expect(idleNote(60_000, 337_000)).toBeNull();
    expect(idleNote(0, 0)).toBeNull();
    setLang('de');
    expect(idleNote(105_000, 337_000)).toBe('105\u00a0Tsd. deiner 337\u00a0Tsd. Chips stehen mangels Strom still: sie verdienen nichts.');
  });
});
