/**
 * The board and the side panel at the window sizes people use (1280×720, 1920×1080, a narrow window, a
 * phone) and one squeezed to almost nothing: it redraws at each size without a page error, and the standings
 * fit beside the orders. Screenshots go to docs/screenshots/.
 */
import { describe, expect, inject, it } from 'vitest';
import { SHOTS } from './harness';
import { useSession, tid, settleBoard, startGame, resizeAndSettle } from './helpers';

describe('the board at every window size', () => {
  const s = useSession();

  it('redraws at 1280×720, 1920×1080, 900 wide, a phone and 120×90 without an error; the standings fit', async () => {
    const { page, errors } = s();
    await page.goto(inject('baseUrl'));
    await startGame(page, '2024-hopper-scramble', { humans: ['microsoft'], seed: 'board-sizes-1' });
    await tid(page, 'orders-panel').waitFor();
    await settleBoard(page, { errors });
    // The first board paints every label: it is drawn in several tasks (one per campus and more), not one long one.
    expect(Number(await page.locator('#board canvas').getAttribute('data-draw-tasks'))).toBeGreaterThan(6);
    await page.screenshot({ path: `${SHOTS}/board-1280x720.png` });
    await resizeAndSettle(page, 1920, 1080, { errors });
    await page.screenshot({ path: `${SHOTS}/board-1920x1080.png` });
    await resizeAndSettle(page, 900, 1100, { errors });
    await page.screenshot({ path: `${SHOTS}/board-900-narrow.png`, fullPage: true });
    await resizeAndSettle(page, 360, 740, { errors });
    await page.screenshot({ path: `${SHOTS}/board-360-phone.png`, fullPage: true });
    await resizeAndSettle(page, 120, 90, { errors });
    await resizeAndSettle(page, 1280, 720, { errors });

    // The standings beside the orders: score against par, and nothing wider than the panel.
    const standings = tid(page, 'standings');
    await standings.scrollIntoViewIfNeeded();
    expect(await standings.locator('th').allTextContents()).toContain('±\u00a0par so far');
    await page.screenshot({ path: `${SHOTS}/standings-1280x720.png` });
    const fits = await page.locator('#panel').evaluate((p) => p.scrollWidth <= p.clientWidth);
    expect(fits, 'the standings fit the side panel').toBe(true);
    expect(errors).toEqual([]);
  });
});
