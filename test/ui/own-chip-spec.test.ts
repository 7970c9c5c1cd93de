/**
 * The seat's own chip in the orders panel's silicon section (src/ui/play/silicon-power.ts ownChipSpecText): a
 * German play-tester as ByteDance found its H100e and watts on no screen, so could not see that it was the least
 * compute per watt of the fleet (and the first to stand idle). Now the section opens with what the chip is, its
 * cost per H100e set like the bid table's, EN and DE.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load';
import { createGame } from '../../src/engine/setup';
import { setLang } from '../../src/text/i18n';
import { ownChipSpecText } from '../../src/ui/play/silicon-power';

afterEach(() => setLang('en'));

const game = createGame(loadScenario('scenarios/2024-hopper-scramble.json'), 'own-chip-spec');

describe('the own chip named with what it gives', () => {
  it('gives H100e and watts a chip, its unit cost and its cost per H100e', () => {
    // ByteDance accelerator: 0.3 H100e, 400 W, $6,000 a chip -> $20k per H100e.
    expect(ownChipSpecText(game, 'bytedance')).toBe('Your own chip, ByteDance accelerator (hypothetical): 0.3 H100e and 400 W a chip, $6,000 each once in volume ($20k per H100e).');
    expect(ownChipSpecText(game, 'microsoft')).toBe('Your own chip, Maia 100: 0.6 H100e and 500 W a chip, $10k each once in volume ($16.7k per H100e).');
    setLang('de');
    expect(ownChipSpecText(game, 'bytedance')).toBe('Dein eigener Chip, ByteDance-Beschleuniger (hypothetisch): 0,3 H100e und 400 W pro Stück, 6.000\u00a0$ das Stück in der Serienfertigung (20\u00a0Tsd.\u00a0$ je H100e).');
  });

  it('says nothing for a seat that is not in the game', () => {
    expect(ownChipSpecText(game, 'nobody')).toBe('');
  });
});
