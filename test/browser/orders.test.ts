/**
 * The full orders form in headless Chromium: grey-market purchases (only for export-denied chips, with the
 * price and the risk shown) and a partnership offer, both feeding "budget left" and the engine's checks as
 * you type, and both accepted on submit. Screenshot of the form into docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, type Session, SHOTS } from './harness';
import { tid, startGame } from './helpers';

const SCENARIO = '2024-hopper-scramble';

/** Starts the scenario with `human` (a company id) as the one human seat (every other seat an easy bot). */
async function startAs(page: Page, human: string): Promise<void> {
  await page.goto(inject('baseUrl'));
  await startGame(page, SCENARIO, { humans: [human], seed: 'orders-test-1' });
  await tid(page, 'orders-panel').waitFor();
}

/** Budget left in whole dollars, read from its exact form ("$1,234" or "−$1,234"). */
async function budgetLeft(page: Page): Promise<number> {
  const exact = (await page.locator('.budget .left').getAttribute('aria-label')) ?? '';
  const n = Number(exact.replace(/[^\d]/g, ''));
  return exact.startsWith('−') ? -n : n;
}

describe('the full orders form', () => {
  let s: Session;

  // A fresh profile per test: the game autosaves, and a reload would resume the last one.
  beforeEach(async () => {
    mkdirSync(SHOTS, { recursive: true });
    s = await openSession(inject('chromePath'));
  });

  afterEach(async () => {
    await s?.close();
  });

  it('offers a Chinese buyer the grey market for export-denied chips only, with price, risk and the cost in budget left', async () => {
    const { page, errors } = s;
    await startAs(page, 'bytedance');
    // H100 is denied to ByteDance by the October 2023 rule: it has a grey-market row; the H20 (open) and
    // chips its vendor simply does not sell there have none.
    const h100 = tid(page, 'grey-quantity-H100');
    await expect.poll(() => h100.count()).toBe(1);
    expect(await tid(page, 'grey-quantity-ASCEND910B').count()).toBe(0);
    expect(await page.locator('label[for="in-grey-quantity-H100"]').textContent()).toMatch(/H100.*grey market/i);
    const risk = (await page.locator('.grey-market .risk').textContent()) ?? '';
    // The chance grows with the volume: 20% at 5,000 units a quarter, at most 60%.
    expect(risk).toMatch(/20% at 5,000 units a quarter.*at most 60%/);
    expect(risk).toMatch(/fine of 200%/);
    expect(risk).toMatch(/entity list/);
    // $27.5k list + 40% premium = $38.5k each.
    expect(await page.locator('#hint-grey-quantity-H100').textContent()).toMatch(/\$38\.5k each/);

    // The board renders on demand: once drawn, the canvas loop sleeps (no frame while nothing moves).
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLCanvasElement>('#board canvas')?.dataset.loop), { timeout: 10_000 }).toBe('asleep');

    const before = await budgetLeft(page);
    await h100.pressSequentially('100');
    // 100 × $38,500 = $3.85M spent, and budget left also holds back the 200% fine: $11.55M in all.
    await expect.poll(() => budgetLeft(page)).toBe(before - 11_550_000);
    // 100 units: 20% x 100 / 5,000 = 0.4%, shown live.
    await expect.poll(() => tid(page, 'grey-risk-now').textContent()).toMatch(/0\.4%/);
    expect(await page.locator('.field-error:not(:empty)').count()).toBe(0);

    // More than the grey market moves in a quarter: the engine's reason, before submit.
    await h100.fill('20000');
    await h100.dispatchEvent('input');
    await expect.poll(() => page.locator('#err-grey-market').textContent()).toMatch(/at most 10,000 units/);
    await h100.fill('100');
    await h100.dispatchEvent('input');
    await expect.poll(() => page.locator('.field-error:not(:empty)').count()).toBe(0);

    await page.locator('.grey-market').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/orders-grey-market-1280x720.png` });
    await tid(page, 'submit-orders').click();
    await tid(page, 'reveal-continue').waitFor();
    expect(errors).toEqual([]);
  });

  it('shows no grey market to a US buyer; a partnership choice shows its terms and moves budget left', async () => {
    const { page, errors } = s;
    await startAs(page, 'microsoft');
    expect(await page.locator('[data-testid^="grey-quantity-"]').count()).toBe(0);

    const select = tid(page, 'partnership-select');
    await select.waitFor();
    expect(await page.locator('label[for="in-partnership-select"]').count()).toBe(1);
    const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(values[0]).toBe('');
    expect(values).toContain('amd-volume');
    expect(values).toContain('frontier-lab');

    const before = await budgetLeft(page);
    await select.selectOption('amd-volume');
    // The $750M prepayment is paid now.
    await expect.poll(() => budgetLeft(page)).toBe(before - 750_000_000);
    expect(await page.locator('#partnership-terms').textContent()).toMatch(/Prepay \$750M now.*15,000 AMD units a quarter/);

    // An AI-lab deal costs nothing up front; its terms name the compute, the pay and the penalty.
    await select.selectOption('frontier-lab');
    await expect.poll(() => page.locator('#partnership-terms').textContent()).toMatch(/50k H100e.*\$300M a quarter.*\$150M/);
    expect(await budgetLeft(page)).toBe(before);

    // Keyboard: the select takes focus and arrow keys change the offer.
    await select.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => select.inputValue()).not.toBe('frontier-lab');

    await select.selectOption('amd-volume');
    await tid(page, 'submit-orders').click();
    await tid(page, 'reveal-continue').waitFor();
    expect(errors).toEqual([]);
  });
});
