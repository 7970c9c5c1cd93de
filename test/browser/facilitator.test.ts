/**
 * The facilitator view in headless Chromium: the toggle puts the page in projector mode with the class seed
 * large; an event injected from the deck reaches the news; pause covers the page; the quarter is revealed
 * chip by chip. Screenshots of the facilitator view into docs/screenshots/.
 */
import { describe, expect, inject, it } from 'vitest';
import { SHOTS } from './harness';
import { useSession, tid, settleBoard, startGame, resizeAndSettle } from './helpers';

const SEED = 'class-7b';


describe('facilitator view', () => {
  const s = useSession();

  it('toggles projector mode, shows the seed, injects an event, pauses, and reveals chip by chip', async () => {
    const { page, errors } = s();
    await page.goto(inject('baseUrl'));
    await startGame(page, '2024-hopper-scramble', { humans: ['microsoft'], seed: SEED });
    await tid(page, 'orders-panel').waitFor();

    // Toggle on: projector mode, the class seed large.
    const toggle = tid(page, 'facilitator-view');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await tid(page, 'facilitator-bar').waitFor();
    expect(await page.evaluate(() => document.body.classList.contains('facilitator'))).toBe(true);
    expect(await tid(page, 'facilitator-view').getAttribute('aria-pressed')).toBe('true');
    expect(await tid(page, 'class-seed').textContent()).toBe(SEED);
    const seedPx = await tid(page, 'class-seed').evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
    expect(seedPx).toBeGreaterThanOrEqual(32);

    // Inject an event from the deck: it is in the news feed and the ticker.
    const select = tid(page, 'fac-inject-select');
    const headline = ((await select.locator('option').first().textContent()) ?? '').trim();
    expect(headline.length).toBeGreaterThan(3);
    await select.selectOption({ index: 0 });
    await tid(page, 'fac-inject').click();
    await expect.poll(() => tid(page, 'news-feed').textContent()).toContain(headline);
    await expect.poll(() => page.locator('#ticker').textContent()).toContain(headline);
    expect(await tid(page, 'fac-status').textContent()).toBe(`Injected: ${headline}`);
    expect(await select.locator('option').allTextContents()).not.toContain(headline);
    await page.locator('#panel').evaluate((p) => p.scrollTo(0, 0));
    await settleBoard(page);
    await page.screenshot({ path: `${SHOTS}/facilitator-orders-1280x720.png` });

    // Pause covers the page; resume brings it back.
    await tid(page, 'fac-pause').click();
    await tid(page, 'fac-paused').waitFor();
    expect(await page.evaluate(() => (document.getElementById('app') as HTMLElement).inert)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/facilitator-paused-1280x720.png` });
    await tid(page, 'fac-resume').click();
    expect(await tid(page, 'fac-paused').count()).toBe(0);
    expect(await page.evaluate(() => (document.getElementById('app') as HTMLElement).inert)).toBe(false);

    // Seal a bid; the reveal starts hidden and goes chip by chip.
    await tid(page, 'bid-quantity-H100').pressSequentially('5000');
    await tid(page, 'bid-price-H100').pressSequentially('40k');
    await tid(page, 'submit-orders').click();
    await tid(page, 'reveal-continue').waitFor();
    const stage = tid(page, 'facilitator-stage');
    await stage.waitFor();
    expect(await stage.textContent()).toContain('The sealed bids are in.');
    expect(await page.locator('#panel [data-testid="reveal-table"] table').count()).toBe(0);
    const progress = async () => (await tid(page, 'fac-reveal-progress').textContent()) ?? '';
    const total = Number(/of (\d+)/.exec(await progress())?.[1]);
    expect(total).toBeGreaterThan(1);
    expect(await progress()).toBe(`0 of ${total} chips revealed`);
    // Continue stays disabled until every chip is revealed: a stray click cannot skip the reveal.
    expect(await tid(page, 'reveal-continue').isDisabled()).toBe(true);

    await tid(page, 'fac-reveal-next').click();
    await expect.poll(progress).toBe(`1 of ${total} chips revealed`);
    expect(await stage.locator('.stage-sku').textContent()).toBe('NVIDIA H100 SXM');
    expect(await page.locator('#panel [data-testid="reveal-table"] table').count()).toBe(1);
    await settleBoard(page);
    await page.screenshot({ path: `${SHOTS}/facilitator-reveal-1280x720.png` });
    await resizeAndSettle(page, 1920, 1080);
    await page.screenshot({ path: `${SHOTS}/facilitator-reveal-1920x1080.png` });
    await page.setViewportSize({ width: 1280, height: 720 });

    await tid(page, 'fac-reveal-next').click();
    await expect.poll(progress).toBe(`2 of ${total} chips revealed`);
    expect(await tid(page, 'reveal-continue').isDisabled()).toBe(total > 2);
    await tid(page, 'fac-reveal-all').click();
    await expect.poll(progress).toBe(`${total} of ${total} chips revealed`);
    expect(await page.locator('#panel [data-testid="reveal-table"] table').count()).toBe(total);
    expect(await tid(page, 'standings').count()).toBe(1);
    expect(await tid(page, 'reveal-continue').isDisabled()).toBe(false);

    // Toggle off: the ordinary page, everything revealed.
    await tid(page, 'facilitator-view').click();
    expect(await page.evaluate(() => document.body.classList.contains('facilitator'))).toBe(false);
    expect(await tid(page, 'facilitator-bar').count()).toBe(0);
    expect(await stage.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
