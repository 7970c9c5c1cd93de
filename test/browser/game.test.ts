/**
 * Plays a whole game in headless Chromium against the built page: Microsoft is the human seat, five bots
 * play the rest. Bids are typed, orders submitted, every reveal continued to the final standings. Any
 * console error or page error fails the test. The board at other window sizes is checked in
 * board-sizes.test.ts. Screenshots go to docs/screenshots/.
 */
import { describe, expect, inject, it } from 'vitest';
import { SHOTS } from './harness';
import { useSession, tid, settleBoard, startGame, resizeAndSettle, playToTheEnd } from './helpers';

const SCENARIO = '2024-hopper-scramble';

describe('a whole game in the browser', () => {
  const s = useSession();

  it('starts against five bots, bids by typing, plays every quarter to the final standings', async () => {
    const { page, errors } = s();
    await page.goto(inject('baseUrl'));
    await tid(page, 'new-game').waitFor();
    await page.waitForSelector('#board canvas');
    await settleBoard(page, { errors });
    await page.screenshot({ path: `${SHOTS}/menu-1280x720.png` });

    await tid(page, 'new-game').click();
    const select = tid(page, 'scenario-select');
    await select.waitFor();
    const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(values).toContain(SCENARIO);
    await select.selectOption(SCENARIO);

    // Seats: Microsoft human, everyone else a bot.
    const seats = page.locator('select[data-testid^="seat-"]');
    const n = await seats.count();
    expect(n).toBe(6);
    let humans = 0;
    for (let i = 0; i < n; i++) {
      const seat = seats.nth(i);
      const label = (await seat.getAttribute('aria-label')) ?? '';
      const human = label.startsWith('Microsoft');
      humans += human ? 1 : 0;
      await seat.selectOption(human ? 'human' : 'bot:normal');
    }
    expect(humans).toBe(1);
    // Each seat shows its par, and the menu says the standings rank by it.
    expect(await page.locator('.seat-par').count()).toBe(6);
    expect(await tid(page, 'seats-par-hint').textContent()).toMatch(/Every company can win/);
    await page.screenshot({ path: `${SHOTS}/setup-1280x720.png` });
    const seed = tid(page, 'seed-input');
    expect(await seed.inputValue()).toMatch(/^[a-z0-9]{8}$/);
    await seed.fill('');
    await seed.pressSequentially('browser-test-1');
    await tid(page, 'start-game').click();

    let quarters = 0;
    let revealShot = false;
    await playToTheEnd(page, {
      orders: async () => {
        const label = await tid(page, 'quarter-label').textContent();
        expect(label).toMatch(/^Q[1-4] 20\d\d$/);
        // Bid on every open SKU: a modest quantity at 10% over list, typed key by key.
        const qtyInputs = page.locator('tr:not(.tranche-row) input[data-testid^="bid-quantity-"]:not([disabled])');
        const k = await qtyInputs.count();
        expect(k).toBeGreaterThan(0);
        for (let i = 0; i < k; i++) {
          const q = qtyInputs.nth(i);
          const sku = ((await q.getAttribute('data-testid')) ?? '').replace('bid-quantity-', '');
          await q.pressSequentially('5000');
          await tid(page, `bid-price-${sku}`).pressSequentially(i === 0 ? '40k' : '30000');
        }
        await tid(page, 'power-grid').pressSequentially('50');
        const silicon = tid(page, 'silicon-investment');
        if (await silicon.isEnabled()) await silicon.pressSequentially('100M');
        // Budget left is shown and there is nothing to fix before submitting.
        await expect.poll(() => page.locator('#orders-problems li:not(.warn)').count()).toBe(0);
        expect(await page.locator('.field-error:not(:empty)').count()).toBe(0);
        // The 50 MW of grid power (four quarters to build, eight quarters in all) is warned about, without
        // blocking Submit, exactly from the quarter whose grid power would come online after the game ends.
        const late = quarters + 4 >= 8;
        await expect.poll(() => page.locator('#orders-problems li.warn').count()).toBe(late ? 1 : 0);
        if (late) expect(await tid(page, 'warning-power-grid').textContent()).toMatch(/after the game ends/);
      },
      // Reveal: every sealed bid with clearing prices.
      reveal: async () => {
        quarters++;
        expect(await page.locator('[data-testid="reveal-table"] tbody tr').count()).toBeGreaterThan(0);
        if (quarters === 4 && !revealShot) {
          // Taken as the reveal opens, while its animation plays.
          await page.screenshot({ path: `${SHOTS}/reveal-animating-1280x720.png` });
          await settleBoard(page, { errors });
          await page.screenshot({ path: `${SHOTS}/reveal-1280x720.png` });
          revealShot = true;
        }
      },
    });

    await tid(page, 'game-over').waitFor();
    const rows = tid(page, 'final-standings').locator('[data-testid="standing-row"]');
    expect(await rows.count()).toBe(6);
    const ranks = await rows.evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-rank'))));
    expect(ranks).toEqual([1, 2, 3, 4, 5, 6]);
    const firstCells = await rows.evaluateAll((rs) => rs.map((r) => r.querySelector('td')?.textContent));
    expect(firstCells).toEqual(['1', '2', '3', '4', '5', '6']);
    // Ranked by score against par (the base scenario sets one), best margin first, and the page says so.
    const margins = await rows.evaluateAll((rs) => rs.map((r) => Number(r.querySelector('[data-margin]')?.getAttribute('data-margin'))));
    expect(margins.every(Number.isFinite)).toBe(true);
    expect(margins).toEqual([...margins].sort((a, b) => b - a));
    expect(await tid(page, 'par-note').textContent()).toMatch(/par/);
    expect(quarters).toBeGreaterThanOrEqual(4);
    await settleBoard(page, { errors });
    await page.screenshot({ path: `${SHOTS}/game-over-1280x720.png` });
    // The final standings survive a phone, a window squeezed to almost nothing and the way back.
    for (const [width, height] of [[360, 740], [120, 90], [1280, 720]] as const) await resizeAndSettle(page, width, height, { errors });
    expect(await tid(page, 'final-standings').locator('[data-testid="standing-row"]').count()).toBe(6);

    expect(errors).toEqual([]);
  });

  it('explains an invalid entry before submit and shows locked SKUs with their rule', async () => {
    const { page, errors } = s();
    await page.goto(inject('baseUrl'));
    // Play ByteDance (a Chinese buyer) so export rules bind.
    await startGame(page, SCENARIO, { humans: ['bytedance'] });
    await tid(page, 'orders-panel').waitFor();
    const locked = page.locator('.sku-lock');
    expect(await locked.count()).toBeGreaterThan(0);
    expect(await locked.first().textContent()).toMatch(/\brule\b|does not sell/i);

    const q = page.locator('input[data-testid^="bid-quantity-"]:not([disabled])').first();
    const sku = ((await q.getAttribute('data-testid')) ?? '').replace('bid-quantity-', '');
    await q.pressSequentially('12');
    // A quantity without a price is explained at once, next to the field.
    await expect.poll(() => page.locator(`#err-bid-price-${sku}`).textContent()).toMatch(/max price/i);
    await tid(page, `bid-price-${sku}`).pressSequentially('-3');
    await expect.poll(() => page.locator(`#err-bid-price-${sku}`).textContent()).toMatch(/negative/i);
    // Far over budget: the budget left goes negative and the engine's reason is shown before submit.
    await tid(page, `bid-price-${sku}`).fill('9000000');
    await q.fill('9000000');
    await expect.poll(() => page.locator('#orders-problems').textContent()).toMatch(/up to \$[\d,]+/i);
    await tid(page, 'submit-orders').click();
    expect(await tid(page, 'orders-panel').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
