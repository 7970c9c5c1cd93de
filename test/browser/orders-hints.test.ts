/**
 * The orders panel's hints for a newcomer, in headless Chromium: the pricing rule above the bid table, a
 * max-price prompt that is no number (it read "$27.5k", like a price already typed), the silicon line that
 * follows the investment as it is typed (it stayed at "$0 of $1B" with 1B typed), and grid power that comes
 * online after the game ends: a warning under its field and beside Submit, which still sends the orders.
 * Each laid out without sideways scrolling at 1280x720, 1920x1080 and 390x844 (screenshots into the shots folder).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from './harness';
import { SHOTS } from './harness';
import { openGame, tid, useFreshSession } from './helpers';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
] as const;

async function type(page: Page, id: string, text: string): Promise<void> {
  const input = tid(page, id);
  await input.fill(text);
  await input.dispatchEvent('input');
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const over = await page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('[data-testid="orders-panel"]')?.closest<HTMLElement>('.panel');
    return { page: document.documentElement.scrollWidth - window.innerWidth, panel: panel ? panel.scrollWidth - panel.clientWidth : 0 };
  });
  expect(over.page).toBeLessThanOrEqual(0);
  expect(over.panel).toBeLessThanOrEqual(0);
}

describe('orders panel hints', () => {
  const fresh = useFreshSession();

  for (const size of SIZES) {
    it(`states the pricing rule, prompts for the max price with words and follows the silicon typed, at ${size.width}x${size.height}`, async () => {
      const { page, errors } = await fresh(size);
      await openGame(page, '2024-hopper-scramble', { humans: ['microsoft'], seed: 'orders-hints-1' });
      await tid(page, 'orders-panel').waitFor();
      expect(await tid(page, 'bid-rule').textContent()).toBe('All winners pay one price, not their own max: the highest bid that missed out (at least the list price). A high max costs nothing extra, but your own lower bid can set that price too.');
      expect(await tid(page, 'bid-rule').isVisible()).toBe(true);
      const placeholder = (await tid(page, 'bid-price-H100').getAttribute('placeholder')) ?? '';
      expect(placeholder).toBe('max $');
      expect(placeholder).not.toMatch(/\d/);
      // Maia 100 starts in ramp with $0 of the $1B ramp stage.
      expect(await tid(page, 'silicon-hint').textContent()).toBe('Maia 100: ramp, $0 of $1B towards the next stage.');
      await type(page, 'silicon-investment', '1B');
      await expect.poll(() => tid(page, 'silicon-hint').textContent()).toMatch(/^Maia 100: \$1B of \$1B: moves from ramp to volume production when this quarter resolves \(a 25% chance/);
      await tid(page, 'silicon-hint').evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await noSidewaysScroll(page);
      await page.screenshot({ path: `${SHOTS}/orders-hints-silicon-${size.width}x${size.height}.png` });
      // The next quarter: under each chip sold, what its revealed bids said about the price that won.
      await tid(page, 'submit-orders').click();
      await tid(page, 'reveal-continue').click();
      await tid(page, 'orders-panel').waitFor();
      const demand = (await tid(page, 'last-demand-H100').textContent()) ?? '';
      expect(demand).toMatch(/^Q1 2024: (sold out; only bids above \$[\d.]+k won in full, top bid \$[\d.]+k|[\d.]+k of 495k sold; every bid at list or more won)$/);
      await tid(page, 'bid-rule').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await noSidewaysScroll(page);
      await page.screenshot({ path: `${SHOTS}/orders-hints-bids-${size.width}x${size.height}.png` });
      expect(errors).toEqual([]);
    });
  }

  it('prompts for the max price in German too', async () => {
    const { page, errors } = await fresh({ width: 1280, height: 720 });
    await openGame(page, '2024-hopper-scramble', { humans: ['microsoft'], seed: 'orders-hints-1', lang: 'de' });
    await tid(page, 'orders-panel').waitFor();
    expect(await tid(page, 'bid-price-H100').getAttribute('placeholder')).toBe('max. $');
    expect(await tid(page, 'bid-rule').textContent()).toMatch(/^Alle Gewinner zahlen einen Preis/);
    expect(errors).toEqual([]);
  });

  for (const size of SIZES) {
    it(`warns under the grid field and beside Submit about power after the game ends, and still sends the orders, at ${size.width}x${size.height}`, async () => {
      const { page, errors } = await fresh(size);
      // The classroom sprint is four quarters of 2024; grid power ordered in Q1 comes online in Q1 2025.
      await openGame(page, 'classroom-sprint', { humans: ['microsoft'], seed: 'orders-hints-2' });
      await tid(page, 'orders-panel').waitFor();
      expect(await tid(page, 'late-power-grid').textContent()).toBe('');
      expect(await tid(page, 'warning-power-grid').count()).toBe(0);
      await type(page, 'power-grid', '100');
      const warning = '100 MW of grid power comes online in Q1 2025, after the game ends in Q4 2024: it never runs a chip.';
      await expect.poll(() => tid(page, 'late-power-grid').textContent()).toBe(warning);
      expect(await tid(page, 'warning-power-grid').textContent()).toBe(warning);
      expect(await tid(page, 'late-power-grid').isVisible()).toBe(true);
      await tid(page, 'late-power-grid').evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await noSidewaysScroll(page);
      await page.screenshot({ path: `${SHOTS}/orders-hints-late-grid-${size.width}x${size.height}.png` });
      // Removing it removes the warning; with it, Submit still sends (the engine accepts the order).
      await type(page, 'power-grid', '');
      await expect.poll(() => tid(page, 'warning-power-grid').count()).toBe(0);
      await type(page, 'power-grid', '100');
      await tid(page, 'submit-orders').click();
      await tid(page, 'submit-orders').waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
    });
  }
});
