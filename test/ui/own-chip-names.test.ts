/**
 * The player's own chip by its name, never the raw fleet key "custom": a resolution note (src/ui/notes.ts), an
 * engine refusal (src/ui/error-text.ts) and the quarter's idle cause (src/ui/play/score-words.ts) that name the
 * company's chip say "Maia 100", or in German "ByteDance-Beschleuniger (hypothetisch)" (src/text/scenario-names.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { validateOrders, type ResolutionNote } from '../../src/engine';
import type { Cause } from '../../src/engine/score-story';
import { setLang } from '../../src/text/i18n';
import { actionErrorText } from '../../src/ui/error-text';
import { noteText } from '../../src/ui/notes';
import { causeText } from '../../src/ui/play/score-words';
import { newGame, orders } from '../helpers/game';
import { company, makeScenario, sku } from '../helpers/scenario';

afterEach(() => setLang('en'));

const silicon = (name: string) => ({ name, h100e: 0.5, watts: 300, unitCost: 5_000, mig: false, startStage: 'none' as const, startProgress: 0, startFleet: 0 });
const game = newGame(
  makeScenario({
    companies: [company({ id: 'ms', name: 'Microsoft', silicon: silicon('Maia 100') }), company({ id: 'bd', name: 'ByteDance', silicon: silicon('ByteDance accelerator (hypothetical)') })],
    skus: [sku({ id: 'H100', name: 'NVIDIA H100 SXM' })],
  }),
);

/** The texts naming `playerId`'s own chip, in the language set. */
function texts(playerId: string): string[] {
  const note: ResolutionNote = { code: 'licenceDenied', playerId, values: { sku: 'custom', rule: '' } };
  const refusal = validateOrders(game, playerId, orders({ bids: [{ sku: 'custom', quantity: 10, maxPrice: 1_000 }] }));
  if (!refusal) throw new Error('expected a refusal');
  const cause = { code: 'idle', values: { idle: 500, sku: 'custom', skuIdle: 500, building: 0, readyQuarter: -1 } } as Cause;
  return [noteText(game, note), actionErrorText(refusal, { game, playerId }), causeText(game, cause, 0, playerId)];
}

describe("the player's own chip by name", () => {
  it('in English', () => {
    for (const line of texts('ms')) {
      expect(line).not.toMatch(/\bcustom\b/);
      expect(line).toContain('Maia 100');
    }
  });

  it('in German, by its German name', () => {
    setLang('de');
    for (const line of texts('bd')) {
      expect(line).not.toMatch(/\bcustom\b/);
      expect(line).toContain('ByteDance-Beschleuniger (hypothetisch)');
    }
  });
});
