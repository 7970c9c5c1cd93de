/**
 * "Your quarter" says why each bid won what it did. Playing the base scenario as Microsoft, a newcomer bid for
 * 3,000 H100 at $35k and 3,000 MI300X at $28k: the reveal's box said "Won 3,000 chips, Paid $82.5M" and nothing
 * on why the MI300X bid came back empty or why the H100 cost $27.5k a chip, not the $35k bid; the answers sat in
 * a table of sixteen rows per chip further down. In English and German, at 1280×720 and on a phone.
 */
import { describe, expect, inject, it } from 'vitest';
import { SHOTS } from './harness';
import { settleBoard, startGame, tid, useSession } from './helpers';

for (const [lang, h100, mi300x] of [
  [
    'en',
    /^NVIDIA H100 SXM: all 3,000 won\. You pay the clearing price, \$27\.5k a chip, not your \$35k\.$/,
    /^AMD Instinct MI300X: none of 3,000 won\. The price cleared at \$\d+(\.\d)?k, above your \$28k\.$/,
  ],
  [
    'de',
    /^NVIDIA H100 SXM: alle 3\.000 ersteigert\. Du zahlst den Zuschlagspreis, 27,5\sTsd\.\s\$ pro Chip/,
    /^AMD Instinct MI300X: keiner von 3\.000 ersteigert\. Der Zuschlagspreis lag bei /,
  ],
] as const) {
  describe(`your bids in the reveal, ${lang}`, () => {
    const s = useSession({ width: 1280, height: 720 });

    it(`says in ${lang} why each bid won what it did`, async () => {
      const { page, errors } = s();
      await page.goto(`${inject('baseUrl')}?lang=${lang}`);
      await startGame(page, '2024-hopper-scramble', { humans: ['microsoft'], bots: 'bot:normal', seed: 'explore-1' });
      await tid(page, 'orders-panel').waitFor();
      await tid(page, 'bid-quantity-H100').fill('3000');
      await tid(page, 'bid-price-H100').fill('35000');
      await tid(page, 'bid-quantity-MI300X').fill('3000');
      await tid(page, 'bid-price-MI300X').fill('28000');
      await tid(page, 'submit-orders').click();
      await tid(page, 'reveal-continue').waitFor();
      const lines = tid(page, 'quarter-summary').locator('[data-testid="bid-outcomes"] li');
      expect(await lines.evaluateAll((ls) => ls.map((l) => l.getAttribute('data-sku')))).toEqual(['H100', 'MI300X']);
      expect(await lines.nth(0).textContent()).toMatch(h100);
      expect(await lines.nth(1).textContent()).toMatch(mi300x);
      await settleBoard(page, { errors });
      await tid(page, 'quarter-summary').screenshot({ path: `${SHOTS}/bid-outcomes-${lang}-1280x720.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await tid(page, 'quarter-summary').scrollIntoViewIfNeeded();
      await tid(page, 'quarter-summary').screenshot({ path: `${SHOTS}/bid-outcomes-${lang}-390x844.png` });
      expect(errors).toEqual([]);
    });
  });
}
