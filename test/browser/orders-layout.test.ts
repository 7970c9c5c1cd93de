/**
 * The orders panel and the reveal as a whole, with every new field in use at once (two bid tranches, a
 * foundry booking, grid and on-site power, a deal with a sealed bid): on a phone (390x844) in English and
 * German the page never scrolls sideways, every control of the form lies inside the screen and the budget's
 * amounts fit their columns (at 360 px too); at 1280x720 the partnership select stays inside the panel; the
 * reveal says which of a buyer's tranches each row is.
 * Screenshots into the screenshots folder.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOTS } from './harness';
import { playToTheEnd, settleBoard, tid, useFreshSession, openGame } from './helpers';

const SCENARIO = '2024-hopper-scramble';

async function type(page: Page, id: string, text: string): Promise<void> {
  const input = tid(page, id);
  await input.fill(text);
  await input.dispatchEvent('input');
}

/** Microsoft's first quarter with every new field filled: two H100 tranches, a booking, both kinds of power, a deal bid. */
async function fillEverything(page: Page, de: boolean): Promise<void> {
  await type(page, 'bid-quantity-H100', '30000');
  await type(page, 'bid-price-H100', de ? '32.000' : '32000');
  await tid(page, 'add-tranche-H100').click();
  await type(page, 'bid-quantity-H100-2', '20000');
  await type(page, 'bid-price-H100-2', de ? '29.000' : '29000');
  await type(page, 'foundry-booking', '5000');
  await type(page, 'power-grid', '60');
  await type(page, 'power-fast', '15');
  await tid(page, 'partnership-select').selectOption('frontier-lab');
  await type(page, 'deal-bid', de ? '50 Mio.' : '$50M');
}

/** The page's sideways overflow and the form's controls that stick out of the screen (both should be empty/0). */
async function sideways(page: Page): Promise<{ scroll: number; outside: string[] }> {
  return page.evaluate(() => {
    const se = document.scrollingElement as HTMLElement;
    const vw = document.documentElement.clientWidth;
    const form = document.querySelector<HTMLElement>('[data-testid="orders-panel"]')!;
    const outside = [...form.querySelectorAll<HTMLElement>('input, select, button, label, .hint, h3, .budget')]
      .filter((e) => e.offsetParent !== null)
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.left < -0.5 || r.right > vw + 0.5;
      })
      .map((e) => e.dataset.testid ?? e.id ?? e.className);
    return { scroll: se.scrollWidth - se.clientWidth, outside };
  });
}

/**
 * The budget box's amounts (cash, committed, left) whose text runs past their column or out of the box's
 * padding, as "Restbudget "16,3 Mrd. $" at 270-386 outside 255-364" (an empty list when each fits its column).
 * The text's own extent (a Range), not its element's box: a column squeezed narrower than its text keeps the
 * element's box inside while the text spills out.
 */
async function budgetOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('.budget')!;
    const b = box.getBoundingClientRect();
    const cs = getComputedStyle(box);
    const inner = [b.left + Number.parseFloat(cs.paddingLeft), b.right - Number.parseFloat(cs.paddingRight)];
    const out: string[] = [];
    for (const col of box.querySelectorAll<HTMLElement>(':scope > div')) {
      const c = col.getBoundingClientRect();
      const left = Math.max(inner[0]!, c.left);
      const right = Math.min(inner[1]!, c.right);
      const amount = col.querySelector<HTMLElement>('.num')!;
      const range = document.createRange();
      range.selectNodeContents(amount);
      for (const r of range.getClientRects()) {
        if (r.left < left - 0.5 || r.right > right + 0.5)
          out.push(`${col.querySelector('.label')?.textContent} "${amount.textContent}" at ${Math.round(r.left)}-${Math.round(r.right)} outside ${Math.round(left)}-${Math.round(right)}`);
      }
      if (amount.scrollWidth > amount.clientWidth + 1 && getComputedStyle(amount).overflowX !== 'visible') out.push(`"${amount.textContent}" cut off`);
    }
    return out;
  });
}

/** Pairs of visible rows of the bids table whose boxes overlap (should be none). */
async function rowOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll<HTMLElement>('.sku-table tbody tr')].filter((r) => !r.hidden).map((r) => ({ id: r.dataset.testid ?? '', b: r.getBoundingClientRect() }));
    const out: string[] = [];
    for (let i = 0; i < rows.length; i++)
      for (let j = i + 1; j < rows.length; j++) if (rows[i]!.b.top < rows[j]!.b.bottom - 1 && rows[j]!.b.top < rows[i]!.b.bottom - 1) out.push(`${rows[i]!.id} / ${rows[j]!.id}`);
    return out;
  });
}

describe('the orders panel and the reveal with every new field', () => {
  const open = useFreshSession();

  for (const lang of ['en', 'de'] as const) {
    it(`at 390x844 in ${lang}: no sideways scroll, every control on screen, tranches labelled in the reveal`, async () => {
      const { page, errors } = await open({ width: 390, height: 844 });
      await openGame(page, SCENARIO, { lang, humans: ['microsoft'], seed: 'orders-layout-1' });
      await tid(page, 'orders-panel').waitFor();
      expect(await sideways(page)).toEqual({ scroll: 0, outside: [] });
      await fillEverything(page, lang === 'de');
      expect(await page.locator('.field-error:not(:empty), #orders-problems li').allTextContents()).toEqual([]);
      expect(await sideways(page)).toEqual({ scroll: 0, outside: [] });
      expect(await rowOverlaps(page)).toEqual([]);
      // The submit button is reachable without scrolling sideways.
      const submit = await tid(page, 'submit-orders').boundingBox();
      expect(submit && submit.x >= 0 && submit.x + submit.width <= 390.5).toBe(true);
      // The budget's amounts fit their columns ("16,3 Mrd. $" ran past the box's right edge in German), on a
      // narrower phone too.
      expect(await budgetOverflow(page)).toEqual([]);
      await tid(page, 'bid-tranche-H100-2').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/orders-phone-${lang}-390x844.png` });
      await page.setViewportSize({ width: 360, height: 780 });
      expect(await budgetOverflow(page), '360x780').toEqual([]);
      await page.locator('.budget').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/orders-budget-${lang}-360x780.png` });
      await page.setViewportSize({ width: 390, height: 844 });

      await tid(page, 'submit-orders').click();
      await tid(page, 'reveal-continue').waitFor();
      // Microsoft's two H100 bids are its tranches 1 and 2, highest price first.
      const h100 = page.locator('[data-testid="reveal-table"] table').first();
      const mine = h100.locator('tr.me');
      await expect.poll(() => mine.count()).toBe(2);
      const labels = await mine.locator('[data-testid="tranche-of"]').allTextContents();
      expect(labels).toEqual(lang === 'de' ? ['Gebot 1 von 2', 'Gebot 2 von 2'] : ['bid 1 of 2', 'bid 2 of 2']);
      expect(await mine.first().locator('td.bid').textContent()).toMatch(/32/);
      const page2 = await page.evaluate(() => (document.scrollingElement as HTMLElement).scrollWidth - (document.scrollingElement as HTMLElement).clientWidth);
      expect(page2).toBe(0);
      expect(errors).toEqual([]);
    });
  }

  it('at 1280x720: the partnership select and the deal bid stay inside the panel', async () => {
    const { page, errors } = await open();
    await openGame(page, SCENARIO, { humans: ['microsoft'], seed: 'orders-layout-1' });
    await tid(page, 'orders-panel').waitFor();
    await fillEverything(page, false);
    const out = await page.evaluate(() => {
      const panel = document.querySelector<HTMLElement>('#panel')!.getBoundingClientRect();
      return ['partnership-select', 'deal-bid', 'power-fast', 'foundry-booking', 'bid-price-H100-2', 'submit-orders']
        .map((id) => ({ id, r: document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!.getBoundingClientRect() }))
        .filter(({ r }) => r.width === 0 || r.left < panel.left || r.right > panel.right)
        .map(({ id }) => id);
    });
    expect(out).toEqual([]);
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('#panel')!.scrollWidth - document.querySelector<HTMLElement>('#panel')!.clientWidth)).toBe(0);
    // Too much on-site power: the budget message names what spends, in game money (no raw dollars).
    await type(page, 'power-fast', '5000');
    const over = page.locator('#orders-problems li');
    await expect.poll(() => over.count()).toBe(1);
    const text = (await over.textContent()) ?? '';
    expect(text).toMatch(/^These orders can spend up to \$[\d.]+[MBT] \(bids at their max price \$[\d.]+[MB], .*fast on-site power \$125B, deal bid \$50M\)/);
    expect(text).not.toMatch(/\d{1,3}(,\d{3}){2,}/);
    await type(page, 'power-fast', '15');
    await expect.poll(() => over.count()).toBe(0);
    await tid(page, 'bid-tranche-H100-2').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/orders-tranches-1280x720.png` });
    await tid(page, 'power-fast').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/orders-power-deal-1280x720.png` });
    await tid(page, 'submit-orders').click();
    await tid(page, 'reveal-continue').waitFor();
    await expect.poll(() => page.locator('[data-testid="reveal-table"] table').first().locator('tr.me [data-testid="tranche-of"]').count()).toBe(2);
    await settleBoard(page, { errors });
    await page.screenshot({ path: `${SHOTS}/reveal-tranches-1280x720.png` });
    expect(errors).toEqual([]);
  });

  it('at 390x844 in German: the game-over table fits the screen, the page never scrolls sideways', async () => {
    const { page, errors } = await open({ width: 390, height: 844 });
    await openGame(page, 'tutorial', { lang: 'de', humans: ['microsoft'], seed: 'orders-layout-end' });
    // The shared loop, not Submit then Continue clicked blind: that lost a click on a loaded machine.
    await playToTheEnd(page);
    await tid(page, 'game-over').waitFor();
    const widths = await page.evaluate(() => {
      const se = document.scrollingElement as HTMLElement;
      const table = document.querySelector<HTMLElement>('[data-testid="final-standings"]')!;
      return { page: se.scrollWidth - se.clientWidth, table: table.getBoundingClientRect().width };
    });
    // The final table fits a phone (its score parts go on a line under each company; game-over-table.test.ts
    // checks every cell) and the page never scrolls sideways.
    expect(widths.table).toBeLessThanOrEqual(390 - 2 * 16);
    expect(widths.page).toBe(0);
    const button = await tid(page, 'new-game').boundingBox();
    expect(button && button.x >= 0 && button.x + button.width <= 390.5).toBe(true);
    await page.screenshot({ path: `${SHOTS}/game-over-de-390x844.png` });
    expect(errors).toEqual([]);
  });
});
