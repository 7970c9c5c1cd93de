/**
 * Tab order in the orders panel: a keyboard user reaches a bid's quantity and maximum price before the button
 * that adds another (lower) bid for that chip, and after adding one, that tranche's fields, then its Remove (it came
 * before the tranche's quantity), before the button again; Shift+Tab walks the same way back. Order from the DOM, no positive tabindex.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startGame, tid, useSession } from './helpers';

const focused = (page: Page): Promise<string | undefined> => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid);

describe('tab order of a bid and its "+ Lower bid" button', () => {
  const s = useSession();

  it('goes quantity, max price, then "+ Lower bid"; an added tranche likewise, with its Remove after its fields; no positive tabindex', async () => {
    const { page, errors } = s();
    await page.goto(inject('baseUrl'));
    await startGame(page, '2024-hopper-scramble', { humans: ['microsoft'], seed: 'tab-order-1' });
    await tid(page, 'orders-panel').waitFor();
    expect(await page.locator('[data-testid="orders-panel"] [tabindex]:not([tabindex="0"]):not([tabindex="-1"])').count()).toBe(0);

    await tid(page, 'bid-quantity-H100').focus();
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page), 'before the quantity').not.toBe('add-tranche-H100');
    await tid(page, 'bid-quantity-H100').focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('bid-price-H100');
    await page.keyboard.press('Tab');
    expect(await focused(page), 'after the max price').toBe('add-tranche-H100');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('bid-price-H100');

    // Enter adds tranche 2 and focuses its quantity; its price, its Remove, then the button again (a third may be added).
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('bid-quantity-H100-2');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page), 'before tranche 2\'s quantity').toBe('bid-price-H100');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('bid-price-H100-2');
    await page.keyboard.press('Tab');
    expect(await focused(page), 'after tranche 2\'s max price').toBe('remove-tranche-H100-2');
    await page.keyboard.press('Tab');
    expect(await focused(page), 'after tranche 2').toBe('add-tranche-H100');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('remove-tranche-H100-2');
    expect(errors).toEqual([]);
  });
});
