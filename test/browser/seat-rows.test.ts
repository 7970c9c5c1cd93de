/**
 * The new-game screen on a phone with the 2025 scenario: the seat row "Gulf Sovereign Cloud (Tier 2, composite)
 * · par 10.8 · [Bot: normal]" made the page 504 px wide at 390 px, its seat dropdown off the screen, and a tap
 * on "Start game" landed on the paragraph above. Each seat row now wraps within the viewport: the page does not
 * scroll sideways, every seat dropdown is on screen, and Start game is the element under its own centre.
 */
import { describe, expect, it } from 'vitest';
import { gameUrl, tid, useFreshSession } from './helpers';

const SCENARIO = '2025-diffusion-rule';

describe('seat rows of the new-game screen on a phone', () => {
  const open = useFreshSession();
  for (const [width, height] of [
    [390, 844],
    [360, 740],
  ] as const) {
    for (const lang of ['en', 'de']) {
      it(`fit ${width}x${height} (${lang}) with the 2025 scenario`, async () => {
        const { page } = await open({ width, height });
        await page.goto(gameUrl(lang));
        await tid(page, 'new-game').click();
        await tid(page, 'scenario-select').selectOption(SCENARIO);
        await page.locator('select[data-testid="seat-gulf-cloud"]').waitFor();
        const m = await page.evaluate(() => {
          const sels = [...document.querySelectorAll<HTMLSelectElement>('select[data-testid^="seat-"]')];
          return {
            scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
            innerWidth: window.innerWidth,
            selectRights: sels.map((s) => Math.round(s.getBoundingClientRect().right)),
          };
        });
        expect(m.scrollWidth, `page ${m.scrollWidth} px wide in a ${m.innerWidth} px window`).toBeLessThanOrEqual(m.innerWidth);
        for (const r of m.selectRights) expect(r).toBeLessThanOrEqual(m.innerWidth);
        const start = tid(page, 'start-game');
        await start.scrollIntoViewIfNeeded();
        const hit = await start.evaluate((b) => {
          const r = b.getBoundingClientRect();
          const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return at === b || b.contains(at);
        });
        expect(hit, 'Start game is the element under its own centre').toBe(true);
        await page.screenshot({ path: `/tmp/phone-cap-shots/seats-${width}x${height}-${lang}.png`, fullPage: true });
      });
    }
  }
});
