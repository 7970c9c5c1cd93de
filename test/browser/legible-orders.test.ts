/**
 * The orders panel made legible (issue 13 items 3, 7 and the orders layout of 8), in Chromium against the
 * built game: the capacity planner, the price history of each chip, the preview above Submit, export status
 * after a grey-market bust (on the panel, the chip rows and in the errors), Submit in view without scrolling at
 * 1280x720 and 1920x1080, and the focus on the first order field after Continue. Screenshots of each view.
 */
import { describe, expect, it } from 'vitest';
import { botOrders } from '../../src/ai';
import { loadScenario } from '../../src/cli/load';
import { emptyOrders, type Orders } from '../../src/engine';
import { GameSession, playQuarter } from '../../src/replay/session';
import { SHOTS, type Page } from './harness';
import { settleBoard, tid, useFreshSession, openGame } from './helpers';

const SCENARIO = '2024-hopper-scramble';
const GREY: Orders = { ...emptyOrders(), greyMarket: [{ sku: 'H100', quantity: 10_000 }] };

/**
 * A seed on which ByteDance, buying 10,000 H100 on the grey market in quarter `at` (and nothing else, ever)
 * against easy bots, is caught: found by playing the same game in Node (the browser plays it the same way).
 */
function bustSeed(at: number): string {
  const scenario = loadScenario(`scenarios/${SCENARIO}.json`);
  const seats = scenario.companies.map((c) => (c.id === 'bytedance' ? { playerId: c.id, kind: 'human' as const } : { playerId: c.id, kind: 'bot' as const, level: 'easy' }));
  for (let i = 0; i < 40; i++) {
    const seed = `bust-${at}-${i}`;
    const session = GameSession.start(scenario, seed, { seats });
    for (let q = 0; q <= at; q++) playQuarter(session, (s, p) => (p === 'bytedance' ? { orders: q === at ? GREY : emptyOrders() } : botOrders(s, p, 'easy')));
    if ((session.state.players.find((p) => p.id === 'bytedance')?.entityListUntil ?? 0) > 0) return seed;
  }
  throw new Error(`no seed in 40 where the grey purchase in quarter ${at} is caught`);
}

async function type(page: Page, id: string, text: string): Promise<void> {
  const input = tid(page, id);
  await input.fill(text);
  await input.dispatchEvent('input');
}

/** Where Submit is: inside the window, and the element actually at its centre (nothing covers it). */
async function submitInView(page: Page): Promise<{ inside: boolean; hit: boolean; pageScroll: number }> {
  return page.evaluate(() => {
    const b = document.querySelector<HTMLElement>('[data-testid="submit-orders"]')!.getBoundingClientRect();
    const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
    const se = document.scrollingElement as HTMLElement;
    return {
      inside: b.width > 0 && b.top >= 0 && b.left >= 0 && b.bottom <= innerHeight && b.right <= innerWidth,
      hit: hit?.closest('[data-testid="submit-orders"]') !== null,
      pageScroll: se.scrollHeight - se.clientHeight,
    };
  });
}

/** The test id of the focused element, and of the first enabled field of the orders form. */
async function focusAndFirst(page: Page): Promise<{ focused: string | null; first: string | null }> {
  return page.evaluate(() => ({
    focused: (document.activeElement as HTMLElement | null)?.dataset.testid ?? document.activeElement?.tagName ?? null,
    first: document.querySelector<HTMLElement>('[data-testid="orders-panel"] input:not([disabled])')?.dataset.testid ?? null,
  }));
}

describe('the orders panel made legible', () => {
  const open = useFreshSession();

  for (const [w, h] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`at ${w}x${h}: Submit in view without scrolling, the planner, the price history, the preview, focus after Continue`, async () => {
      const { page, errors } = await open({ width: w, height: h });
      await openGame(page, SCENARIO, { humans: ['microsoft'], seed: 'legible-orders-1' });
      await tid(page, 'orders-panel').waitFor();
      // Sealed without scrolling: Submit is on screen and nothing covers it, before and after typing.
      expect(await submitInView(page)).toEqual({ inside: true, hit: true, pageScroll: 0 });
      // The game starts with the focus on the first order field.
      await expect.poll(async () => (await focusAndFirst(page)).focused).toBe('bid-quantity-H100');

      // The planner: one row a quarter to the end of the game (8 quarters), power online and what it runs.
      const plan = tid(page, 'capacity-plan');
      await expect.poll(() => plan.locator('tbody tr').count()).toBe(8);
      expect(await plan.locator('tbody tr').first().locator('th').textContent()).toBe('Q1 2024');
      expect(await plan.locator('tbody tr').last().locator('th').textContent()).toBe('Q4 2025');
      // Microsoft's 150k chips run on its power with none idle, and the order adds nothing yet.
      expect(await plan.locator('tbody tr').first().locator('td').nth(2).textContent()).toBe('0');
      expect(await tid(page, 'capacity-adds').textContent()).toBe('This order adds no chips this quarter.');
      // Every chip row has its price history (no trades yet: no points) and says how many more its power runs.
      for (const sku of ['H100', 'H200', 'H20', 'B200', 'MI300X', 'ASCEND910B']) await expect.poll(() => tid(page, `price-history-${sku}`).count()).toBe(1);
      expect(await tid(page, 'price-history-H100').getAttribute('data-points')).toBe('0');
      expect(await tid(page, 'price-history-H100').getAttribute('aria-label')).toBe('Clearing prices of NVIDIA H100 SXM: Not sold yet');
      const spare0 = (await tid(page, 'spare-H100').textContent()) ?? '';
      expect(spare0).toMatch(/^power for [\d.]+k more$/);

      // A big bid: more chips than power; the plan and preview show the idle chips, then new power runs them.
      await type(page, 'bid-quantity-H100', '200000');
      await type(page, 'bid-price-H100', '30000');
      await expect.poll(() => tid(page, 'capacity-adds').textContent()).toBe('This order adds up to 200k chips this quarter.');
      const idleNow = Number(((await plan.locator('tbody tr').first().locator('td').nth(2).textContent()) ?? '').replace(/k$/, '')) * 1000;
      expect(idleNow).toBeGreaterThan(0);
      expect(await tid(page, 'spare-H100').textContent()).toBe('no spare power');
      const preview = tid(page, 'order-preview');
      expect(await preview.locator('.preview-title').textContent()).toBe('Projected after Q1 2024, if every bid fills');
      expect(await tid(page, 'preview-idle').textContent()).toBe(await plan.locator('tbody tr').first().locator('td').nth(2).textContent());
      expect(await tid(page, 'preview-cash').textContent()).toMatch(/^\$[\d.]+[MB]$/);
      await type(page, 'power-grid', '400');
      // Grid power takes four quarters in this scenario: it shows in Q1 2025's row, and only there.
      await expect.poll(() => plan.locator('tbody tr[data-quarter="4"] .plan-new').textContent()).toBe(' +400 new');
      expect(await plan.locator('.plan-new').count()).toBe(1);
      expect(await tid(page, 'capacity-adds').textContent()).toBe('This order adds up to 200k chips this quarter, 400 MW grid power in Q1 2025.');
      expect(await submitInView(page)).toEqual({ inside: true, hit: true, pageScroll: 0 });
      await tid(page, 'capacity-plan').scrollIntoViewIfNeeded();
      await settleBoard(page, { errors });
      await page.screenshot({ path: `${SHOTS}/orders-capacity-plan-${w}x${h}.png` });
      // Scrolled half-way down the form, Submit is still in view.
      await page.locator('#panel').evaluate((p) => p.scrollTo(0, p.scrollHeight / 3));
      expect(await submitInView(page)).toEqual({ inside: true, hit: true, pageScroll: 0 });

      // Seal a modest order, Continue: the focus lands on the first order field, not on <body>.
      await type(page, 'bid-quantity-H100', '20000');
      await type(page, 'bid-price-H100', '35000');
      await type(page, 'power-grid', '');
      await tid(page, 'submit-orders').click();
      await tid(page, 'reveal-continue').click();
      await tid(page, 'orders-panel').waitFor();
      await expect.poll(async () => focusAndFirst(page)).toEqual({ focused: 'bid-quantity-H100', first: 'bid-quantity-H100' });
      // Quarter 2: one clearing price in each chip's history that traded.
      expect(await tid(page, 'price-history-H100').getAttribute('data-points')).toBe('1');
      expect(await tid(page, 'price-history-H100').getAttribute('aria-label')).toMatch(/^Clearing prices of NVIDIA H100 SXM: Q1 2024 \$[\d.]+k$/);
      await tid(page, 'submit-orders').click();
      await tid(page, 'reveal-continue').click();
      await tid(page, 'orders-panel').waitFor();
      expect(await tid(page, 'price-history-H100').getAttribute('data-points')).toBe('2');
      expect(await tid(page, 'price-history-H100').locator('polyline').count()).toBe(1);
      await type(page, 'bid-quantity-H100', '30000');
      await type(page, 'bid-price-H100', '33000');
      expect(await submitInView(page)).toEqual({ inside: true, hit: true, pageScroll: 0 });
      await settleBoard(page, { errors });
      await page.screenshot({ path: `${SHOTS}/orders-price-history-preview-${w}x${h}.png` });
      expect(errors).toEqual([]);
    });
  }

  it('after a grey-market bust: the entity listing on the panel, closed chip rows, no grey market; the budget error names every term', async () => {
    const seed = bustSeed(0);
    const { page, errors } = await open();
    await openGame(page, SCENARIO, { humans: ['bytedance'], seed });
    await tid(page, 'orders-panel').waitFor();
    // Before: the October 2023 rule closes the H100 to ByteDance; the grey market is offered.
    const status = tid(page, 'export-status-bytedance');
    expect(await status.textContent()).toBe('Export status: Closed to you: NVIDIA H100 SXM, AMD Instinct MI300X.');
    expect(await tid(page, 'bid-tranche-H100-1').locator('.sku-lock').textContent()).toMatch(/^Closed: October 2023 .* bans its sale to you\.$/);
    await type(page, 'grey-quantity-H100', '10000');
    await tid(page, 'submit-orders').click();
    await tid(page, 'reveal-continue').click();
    await tid(page, 'orders-panel').waitFor();
    // After the bust (caught in Q1 2024, listed for 4 quarters after it): said on the panel, plainly.
    expect(await status.textContent()).toMatch(/^Export status: On the entity list until Q2 2025 after a grey-market bust: no NVIDIA, AMD parts, no grey market\./);
    expect(await tid(page, 'bid-tranche-H20-1').locator('.sku-lock').textContent()).toBe('Closed: you are on the entity list until Q2 2025 after a grey-market bust.');
    expect(await tid(page, 'bid-quantity-H20').isDisabled()).toBe(true);
    expect(await tid(page, 'grey-quantity-H100').count()).toBe(0);
    expect(await tid(page, 'grey-closed').textContent()).toBe('No grey market while you are on the entity list.');
    // The Ascend 910B (Huawei) stays open.
    expect(await tid(page, 'bid-quantity-ASCEND910B').isDisabled()).toBe(false);
    await settleBoard(page, { errors });
    await page.screenshot({ path: `${SHOTS}/orders-export-status-1280x720.png` });
    // Over budget: every term named in game money, running costs too, the total and the shortfall.
    await type(page, 'bid-quantity-ASCEND910B', '400000');
    await type(page, 'bid-price-ASCEND910B', '20000');
    const over = page.locator('#orders-problems li');
    await expect.poll(() => over.count()).toBe(1);
    const text = (await over.textContent()) ?? '';
    expect(text).toMatch(/^These orders can spend up to \$8B \(bids at their max price \$8B\) and running costs need \$[\d.]+M \(power bill \$[\d.]+M\): \$[\d.]+B in all, but ByteDance has \$[\d.]+B, \$[\d.]+B short\.$/);
    expect(text).not.toMatch(/\d{1,3}(,\d{3}){2,}/);
    expect(await submitInView(page)).toEqual({ inside: true, hit: true, pageScroll: 0 });
    // The grown foot does not cover the field being typed in.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const a = document.activeElement as HTMLElement;
          const b = a.getBoundingClientRect();
          return `${a.dataset.testid} ${document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2) === a}`;
        }),
      )
      .toBe('bid-price-ASCEND910B true');
    await page.screenshot({ path: `${SHOTS}/orders-budget-error-1280x720.png` });
    expect(errors).toEqual([]);
  });

  it('a listing that outlasts the game says so; at 390x844 nothing scrolls sideways or overlaps', async () => {
    const seed = bustSeed(3);
    const { page, errors } = await open({ width: 390, height: 844 });
    await openGame(page, SCENARIO, { humans: ['bytedance'], seed });
    for (let q = 0; q < 3; q++) {
      await tid(page, 'orders-panel').waitFor();
      await tid(page, 'submit-orders').click();
      await tid(page, 'reveal-continue').click();
    }
    await tid(page, 'orders-panel').waitFor();
    await type(page, 'grey-quantity-H100', '10000');
    await tid(page, 'submit-orders').click();
    await tid(page, 'reveal-continue').click();
    await tid(page, 'orders-panel').waitFor();
    expect(await tid(page, 'export-status-bytedance').textContent()).toMatch(/^Export status: On the entity list for the rest of the game after a grey-market bust/);
    expect(await tid(page, 'bid-tranche-H20-1').locator('.sku-lock').textContent()).toBe('Closed: you are on the entity list for the rest of the game after a grey-market bust.');
    // Power built now comes online after the game: the planner warns.
    await type(page, 'power-grid', '50');
    await expect.poll(() => tid(page, 'capacity-late').locator('li').allTextContents()).toEqual(['50 MW of grid power comes online in Q1 2026, after the game ends in Q4 2025: it never runs a chip.']);
    const layout = await page.evaluate(() => {
      const se = document.scrollingElement as HTMLElement;
      const boxes = ['export-status-bytedance', 'capacity-plan', 'order-preview', 'orders-problems', 'submit-orders']
        .map((id) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`) ?? document.getElementById(id))
        .filter((e): e is HTMLElement => e !== null)
        .map((e) => e.getBoundingClientRect());
      const overlaps = boxes.some((a, i) => boxes.some((b, j) => j > i && a.height > 0 && b.height > 0 && a.top < b.bottom - 1 && b.top < a.bottom - 1));
      const wide = boxes.some((b) => b.left < -0.5 || b.right > document.documentElement.clientWidth + 0.5);
      return { sideways: se.scrollWidth - se.clientWidth, overlaps, wide };
    });
    expect(layout).toEqual({ sideways: 0, overlaps: false, wide: false });
    await tid(page, 'capacity-plan').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/orders-capacity-plan-390x844.png` });
    await tid(page, 'export-status-bytedance').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/orders-export-status-390x844.png` });
    expect(errors).toEqual([]);
  });
});
