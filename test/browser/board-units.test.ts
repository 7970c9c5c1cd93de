/**
 * The campus cards' power line keeps the unit of the power being built. At 1280x720 in the base scenario every
 * card read "277 MW · 83% · +580": the MW under construction without its unit, a bare number a newcomer cannot
 * place, while "277 MW · +580 MW" fits the same room (the bar beside it already shows the share in use).
 */
import { describe, expect, inject, it } from 'vitest';
import { boardLabels, resizeAndSettle, startGame, tid, useSession } from './helpers';

for (const lang of ['en', 'de'] as const) {
  describe(`the campus cards' power line, ${lang}`, () => {
    const s = useSession({ width: 1280, height: 720 });

    it(`names the MW being built with its unit in ${lang}`, async () => {
      const { page, errors } = s();
      await page.goto(`${inject('baseUrl')}?lang=${lang}`);
      await startGame(page, '2024-hopper-scramble', { humans: ['microsoft'], bots: 'bot:easy', seed: 'units-1' });
      await tid(page, 'orders-panel').waitFor();
      for (const [w, h] of [
        [1280, 720],
        [1366, 768],
        [1920, 1080],
      ] as const) {
        await resizeAndSettle(page, w, h, { errors });
        const building = (await boardLabels(page)).map((l) => l.text).filter((t) => /· \+\d/.test(t));
        expect(building.length, `${w}x${h}: cards with power being built`).toBeGreaterThan(0);
        expect(building.filter((t) => !t.endsWith(' MW')), `${w}x${h}: MW being built without its unit`).toEqual([]);
      }
      expect(errors).toEqual([]);
    });
  });
}
