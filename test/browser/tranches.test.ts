/**
 * Bid tranches and the deal bid in the orders panel (headless Chromium): up to three price/quantity rows per
 * chip, added and removed by keyboard, every tranche counted in budget left and submitted as its own bid; a
 * sealed deal bid that moves budget left; English and German labels; screenshots at 1280x720 and 390x844
 * with no overlapping inputs.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openSession, type Session, SHOTS } from './harness';
import { startGame, tid } from './helpers';

async function budgetLeft(page: Page): Promise<number> {
  const exact = (await page.locator('.budget .left').getAttribute('aria-label')) ?? '';
  const n = Number(exact.replace(/[^\d]/g, ''));
  return exact.startsWith('−') ? -n : n;
}

/** Pairs of the form's visible inputs whose boxes overlap (should be none). */
async function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('[data-testid="orders-panel"] input, [data-testid="orders-panel"] button, [data-testid="orders-panel"] select')]
      .filter((e) => e.offsetParent !== null)
      // The foot (Submit, problems, preview) is sticky: it floats over the scrolling form by design and is checked
      // pair by pair among its own controls; a field scrolled into view must not sit under it (see coveredByFoot).
      .map((e) => ({ id: e.dataset.testid ?? e.id, foot: e.closest('.orders-foot') !== null, r: e.getBoundingClientRect() }));
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        if (boxes[i]!.foot !== boxes[j]!.foot) continue;
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) out.push(`${boxes[i]!.id} / ${boxes[j]!.id}`);
      }
    return out;
  });
}

/** Bring a field into view (as the browser does for Tab; a field of a chip not yet sold can't take focus) and say
 * whether the sticky foot still covers its centre. */
async function coveredByFoot(page: Page, testId: string): Promise<boolean> {
  await tid(page, testId).evaluate((e) => e.scrollIntoView({ block: 'nearest' }));
  return footCovers(page, testId);
}

/** Whether the sticky foot covers the centre of a field. */
function footCovers(page: Page, testId: string): Promise<boolean> {
  return page.evaluate((id) => {
    const e = document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
    const r = e.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return top !== e && !!top?.closest('.orders-foot');
  }, testId);
}

/** Scroll the panel so an enabled field lower in the form sits under the sticky foot, then focus it as Tab would:
 * whether the foot covered it before the focus and after. */
async function focusUnderFoot(page: Page, testId: string): Promise<{ before: boolean; after: boolean }> {
  await page.evaluate((id) => {
    const e = document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
    const panel = e.closest<HTMLElement>('.panel')!;
    const foot = panel.querySelector<HTMLElement>('.orders-foot')!;
    panel.scrollTop += e.getBoundingClientRect().top - foot.getBoundingClientRect().top + 4;
  }, testId);
  const before = await footCovers(page, testId);
  await tid(page, testId).focus();
  return { before, after: await footCovers(page, testId) };
}

describe('bid tranches and the deal bid', () => {
  let s: Session;
  beforeEach(async () => {
    mkdirSync(SHOTS, { recursive: true });
  });
  afterEach(async () => {
    await s?.close();
  });

  it('adds up to three tranches per chip by keyboard, counts them all in budget left, and submits a demand curve', async () => {
    s = await openSession(inject('chromePath'));
    const { page, errors } = s;
    await page.goto(inject('baseUrl'));
    await startGame(page, '2024-hopper-scramble', { humans: ['microsoft'], seed: 'tranche-test-1' });
    await tid(page, 'orders-panel').waitFor();
    expect(await tid(page, 'bid-tranche-H100-2').isHidden()).toBe(true);
    const before = await budgetLeft(page);
    await tid(page, 'bid-quantity-H100').fill('20000');
    await tid(page, 'bid-price-H100').fill('38000');
    await tid(page, 'bid-price-H100').dispatchEvent('input');
    await expect.poll(() => budgetLeft(page)).toBe(before - 20_000 * 38_000);

    // Keyboard: focus the add button, Enter opens tranche 2 and focuses its quantity.
    const add = tid(page, 'add-tranche-H100');
    await add.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => tid(page, 'bid-tranche-H100-2').isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('bid-quantity-H100-2');
    await page.keyboard.type('20000');
    await page.keyboard.press('Tab');
    await page.keyboard.type('34000');
    await expect.poll(() => budgetLeft(page)).toBe(before - 20_000 * 38_000 - 20_000 * 34_000);

    await add.focus();
    await page.keyboard.press('Enter');
    await tid(page, 'bid-quantity-H100-3').fill('20000');
    await tid(page, 'bid-price-H100-3').fill('31000');
    await tid(page, 'bid-price-H100-3').dispatchEvent('input');
    await expect.poll(() => budgetLeft(page)).toBe(before - 20_000 * (38_000 + 34_000 + 31_000));
    // Three is the scenario's limit: no more add button for the H100.
    expect(await add.isHidden()).toBe(true);
    expect(await page.locator('.field-error:not(:empty)').count()).toBe(0);
    expect(await overlaps(page)).toEqual([]);
    expect(await coveredByFoot(page, 'bid-quantity-B200')).toBe(false);
    expect(await coveredByFoot(page, 'bid-price-B200')).toBe(false);
    // Tab to a field hidden under the foot: the panel's scroll-padding brings it clear.
    expect(await focusUnderFoot(page, 'power-grid')).toEqual({ before: true, after: false });
    await tid(page, 'bid-tranche-H100-3').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/orders-tranches-1280x720.png` });

    // A bad price in tranche 3 is marked on that input.
    await tid(page, 'bid-price-H100-3').fill('31k.5x');
    await tid(page, 'bid-price-H100-3').dispatchEvent('input');
    await expect.poll(() => page.locator('#err-bid-price-H100-3').textContent()).not.toBe('');
    // Remove tranche 3 by keyboard: its row hides, its money leaves the budget, focus returns to the add button.
    await tid(page, 'remove-tranche-H100-3').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => tid(page, 'bid-tranche-H100-3').isHidden()).toBe(true);
    await expect.poll(() => budgetLeft(page)).toBe(before - 20_000 * (38_000 + 34_000));
    expect(await add.isVisible()).toBe(true);

    await tid(page, 'submit-orders').click();
    await tid(page, 'reveal-continue').waitFor();
    expect(errors).toEqual([]);
  });

  it('a deal bid moves budget left, is checked as typed and is explained', async () => {
    s = await openSession(inject('chromePath'));
    const { page, errors } = s;
    await page.goto(inject('baseUrl'));
    await startGame(page, '2024-hopper-scramble', { humans: ['microsoft'], seed: 'deal-bid-test-1' });
    await tid(page, 'orders-panel').waitFor();
    expect(await tid(page, 'deal-bid').isHidden()).toBe(true);
    const before = await budgetLeft(page);
    await tid(page, 'partnership-select').selectOption('frontier-lab');
    await expect.poll(() => tid(page, 'deal-bid').isVisible()).toBe(true);
    expect(await page.locator('#partnership-terms').locator('xpath=..').textContent()).toMatch(/highest bid wins/);
    await tid(page, 'deal-bid').fill('$25M');
    await tid(page, 'deal-bid').dispatchEvent('input');
    await expect.poll(() => budgetLeft(page)).toBe(before - 25_000_000);
    await tid(page, 'deal-bid').fill('-5');
    await tid(page, 'deal-bid').dispatchEvent('input');
    await expect.poll(() => page.locator('#err-deal-bid').textContent()).toBe('Your bid for the deal cannot be negative.');
    await tid(page, 'deal-bid').fill('25000000');
    await tid(page, 'deal-bid').dispatchEvent('input');
    await tid(page, 'submit-orders').click();
    await tid(page, 'reveal-continue').waitFor();
    expect(errors).toEqual([]);
  });

  it('in German at 390x844: tranche rows and the deal bid are labelled in German and nothing overlaps', async () => {
    s = await openSession(inject('chromePath'), { width: 390, height: 844 });
    const { page, errors } = s;
    await page.goto(new URL('?lang=de', inject('baseUrl')).toString());
    await startGame(page, '2024-hopper-scramble', { humans: ['microsoft'], seed: 'tranche-test-de' });
    await tid(page, 'orders-panel').waitFor();
    const add = tid(page, 'add-tranche-H100');
    expect(await add.textContent()).toBe('+ Niedrigeres Gebot');
    await add.click();
    await add.click();
    expect(await tid(page, 'bid-quantity-H100-2').getAttribute('aria-label')).toBe('NVIDIA H100 SXM, Tranche 2: Stückzahl');
    await tid(page, 'bid-quantity-H100').fill('20000');
    await tid(page, 'bid-price-H100').fill('38.000');
    await tid(page, 'bid-quantity-H100-2').fill('20000');
    await tid(page, 'bid-price-H100-2').fill('34.000');
    await tid(page, 'bid-quantity-H100-3').fill('20000');
    await tid(page, 'bid-price-H100-3').fill('31.000');
    await tid(page, 'bid-price-H100-3').dispatchEvent('input');
    await tid(page, 'partnership-select').selectOption('frontier-lab');
    expect(await page.locator('label[for="in-deal-bid"]').textContent()).toBe('Dein Gebot für den Vertrag');
    expect(await page.locator('.field-error:not(:empty)').count()).toBe(0);
    expect(await overlaps(page)).toEqual([]);
    // The orders form's own content fits its width (nothing pushed past the panel's right edge).
    const wide = await page.evaluate(() => {
      const form = document.querySelector<HTMLElement>('[data-testid="orders-panel"]')!;
      const right = form.getBoundingClientRect().right;
      return [...form.querySelectorAll<HTMLElement>('tr, .field, button, input')].filter((e) => e.offsetParent !== null && e.getBoundingClientRect().right > right + 1).map((e) => e.dataset.testid ?? e.className);
    });
    expect(wide).toEqual([]);
    await tid(page, 'bid-tranche-H100-1').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/orders-tranches-390x844-de.png` });
    expect(errors).toEqual([]);
  });
});
