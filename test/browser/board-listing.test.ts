/**
 * A company's entity listing on the board says until when, on a phone too. In the base scenario (seed
 * newcomer-1, Microsoft bidding for 50,000 H100 and MI300X at $45k) Tencent is caught on the grey market in the
 * first quarter; at 390x844 its card read "Entity List bis Q…" (German) and "Entity list to Q2…" (English): the
 * quarter the listing ends was cut. Shorter wordings with the short quarter ("Sperre bis Q2 '25", "Listed to
 * Q2 '25") come before the ellipsis now.
 */
import { describe, expect, inject, it } from 'vitest';
import { SHOTS } from './harness';
import { boardLabels, resizeAndSettle, startGame, tid, useSession } from './helpers';

for (const [lang, listing] of [
  ['en', /^(Entity list|Listed) to /],
  ['de', /^(Entity List|Sperre) bis /],
] as const) {
  describe(`an entity listing on the board, ${lang}`, () => {
    const s = useSession({ width: 390, height: 844 });

    it(`names the quarter it ends at 390x844 and 1280x720 in ${lang}`, async () => {
      const { page, errors } = s();
      await page.goto(`${inject('baseUrl')}?lang=${lang}`);
      await startGame(page, '2024-hopper-scramble', { humans: ['microsoft'], bots: 'bot:normal', seed: 'newcomer-1' });
      for (const sku of ['H100', 'MI300X']) {
        await tid(page, `bid-quantity-${sku}`).fill('50000');
        await tid(page, `bid-price-${sku}`).fill('45000');
      }
      await expect.poll(() => page.locator('#orders-problems li').count()).toBe(0);
      await tid(page, 'submit-orders').click();
      await tid(page, 'reveal-continue').waitFor();
      for (const [w, h] of [
        [390, 844],
        [1280, 720],
      ] as const) {
        await resizeAndSettle(page, w, h, { errors });
        const listed = (await boardLabels(page)).filter((l) => listing.test(l.text)).map((l) => l.text);
        expect(listed, `${w}x${h}`).toHaveLength(1);
        expect(listed[0], `${w}x${h}`).toMatch(/ Q2 (2025|'25)$/);
        if (w === 390) await page.screenshot({ path: `${SHOTS}/board-listing-${lang}-390x844.png` });
      }
      expect(errors).toEqual([]);
    });
  });
}
