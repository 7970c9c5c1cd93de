/**
 * The reveal's bid notes wrap inside the panel. Playing the base scenario as Microsoft, a newcomer who bid for
 * 50,000 H100 and 50,000 MI300X at $45k saw a tie at the H100's clearing price among the other buyers: the note
 * "partly filled · tie on price: better vendor relationship first, then a draw" stayed on one line, the table
 * grew to 696 px in a 426 px panel at 1280×720 and the panel scrolled sideways, the Paid column off screen. In
 * English and German, at 1280×720 and on a phone, where the tables fit their box: the German one was 358.6 px in a
 * 358 px box (the outside buyer's word "Unternehmen" set its name column) and scrolled sideways by a fraction of a
 * pixel.
 */
import { describe, expect, inject, it } from 'vitest';
import { SHOTS } from './harness';
import { cutOff, startGame, tid, useSession } from './helpers';

for (const [lang, tie] of [
  ['en', /tie on price/],
  ['de', /gleichstand/i],
] as const) {
  describe(`the reveal's notes, ${lang}`, () => {
    const s = useSession({ width: 1280, height: 720 });

    it(`wrap inside the panel in ${lang}`, async () => {
      const { page, errors } = s();
      await page.goto(`${inject('baseUrl')}?lang=${lang}`);
      await startGame(page, '2024-hopper-scramble', { humans: ['microsoft'], bots: 'bot:normal', seed: 'newcomer-1' });
      await tid(page, 'orders-panel').waitFor();
      for (const sku of ['H100', 'MI300X']) {
        await tid(page, `bid-quantity-${sku}`).fill('50000');
        await tid(page, `bid-price-${sku}`).fill('45000');
      }
      await expect.poll(() => page.locator('#orders-problems li').count()).toBe(0);
      await tid(page, 'submit-orders').click();
      const notes = tid(page, 'reveal-table').locator('td .note');
      await expect.poll(() => notes.allTextContents(), { timeout: 20_000 }).toContainEqual(expect.stringMatching(tie));
      const cells = '[data-testid="reveal-table"] td, [data-testid="reveal-table"] th';
      expect(await cutOff(page, '#panel', cells)).toEqual([]);
      expect(await page.evaluate(() => document.querySelector('#panel')!.scrollWidth - document.querySelector('#panel')!.clientWidth)).toBe(0);
      await notes.filter({ hasText: tie }).first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/reveal-notes-${lang}-1280x720.png` });
      // On a phone the tables fit their box: it does not scroll sideways, not even by a fraction of a pixel (the
      // German one was 0.6 px too wide with or without a tie, and scrolled); the tie's note wraps inside it and the
      // page never scrolls sideways.
      await page.setViewportSize({ width: 390, height: 844 });
      await expect.poll(() => cutOff(page, '#panel', '[data-testid="tie-note"]')).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      const box = await tid(page, 'reveal-table').evaluate((e) => ({
        sideways: e.scrollWidth - e.clientWidth,
        table: Math.max(...[...e.querySelectorAll('table')].map((t) => t.getBoundingClientRect().width)),
        box: e.getBoundingClientRect().width,
      }));
      expect(
        box.sideways,
        `390x844: the reveal's tables (${box.table} px) in their box (${box.box} px) scroll sideways`,
      ).toBeLessThanOrEqual(0);
      await notes.filter({ hasText: tie }).first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/reveal-notes-${lang}-390x844.png` });
      expect(errors).toEqual([]);
    });
  });
}
