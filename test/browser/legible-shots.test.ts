/**
 * Screenshots of issue 13's new views, each at 1280x720 and 1920x1080 (`<view>-<w>x<h>.png`), and the phone
 * (390x844) board, orders, reveal and game over, played in headless Chromium against the built game. Each view
 * is scrolled into its panel with the screen around it. Every shot also checks what can be measured: the view
 * is on screen, the page does not scroll sideways, and the view is not wider than its panel.
 * `SCREENSHOTS_DIR=docs/screenshots` writes the committed ones (see the README's "What the player sees").
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOTS } from './harness';
import { boardLabels, useSession, tid, settleBoard, startGame, playToTheEnd } from './helpers';

const SIZES = [
  [1280, 720],
  [1920, 1080],
] as const;

/** Bids on every open chip's first row: a big first chip, small others. */
async function bidAndSubmit(page: Page): Promise<void> {
  await tid(page, 'orders-panel').waitFor();
  await fillBids(page);
  await tid(page, 'submit-orders').click();
}

async function fillBids(page: Page): Promise<void> {
  const qty = page.locator('tr:not(.tranche-row) input[data-testid^="bid-quantity-"]:not([disabled])');
  const k = await qty.count();
  for (let i = 0; i < k; i++) {
    const sku = ((await qty.nth(i).getAttribute('data-testid')) ?? '').replace('bid-quantity-', '');
    await qty.nth(i).fill(i === 0 ? '60000' : '5000');
    await qty.nth(i).dispatchEvent('input');
    await tid(page, `bid-price-${sku}`).fill(i === 0 ? '40000' : '30000');
    await tid(page, `bid-price-${sku}`).dispatchEvent('input');
  }
  await expect.poll(() => page.locator('#orders-problems li').count()).toBe(0);
}

/** What a shot must satisfy: the view visible in the window, no sideways scroll, the view inside its panel. */
async function layout(page: Page, selector: string): Promise<{ visible: boolean; sideways: number; overflowRight: number }> {
  return page.evaluate((sel) => {
    const e = document.querySelector<HTMLElement>(sel)!;
    const b = e.getBoundingClientRect();
    const se = document.scrollingElement as HTMLElement;
    const holder = (e.closest('.panel') ?? document.documentElement).getBoundingClientRect();
    return {
      visible: b.width > 0 && b.height > 0 && b.top < innerHeight && b.bottom > 0,
      sideways: se.scrollWidth - se.clientWidth,
      overflowRight: Math.max(0, Math.round(b.right - Math.min(holder.right, innerWidth))),
    };
  }, selector);
}

/** Whether the supply stacks start under the stacks' legend ("units on sale · last clearing price"), read from the board's own summary. */
async function stacksUnderLegend(page: Page): Promise<{ legendBottom: number; below: boolean }> {
  const raw = await page.locator('#board canvas').getAttribute('data-board');
  const board = JSON.parse(raw ?? '{}') as { labels?: { text: string; y: number; h: number }[]; stacksTop?: number };
  const legend = board.labels?.find((l) => l.text === 'units on sale · last clearing price');
  const legendBottom = legend ? legend.y + legend.h : NaN;
  return { legendBottom, below: board.stacksTop !== undefined && board.stacksTop >= legendBottom - 1 };
}

/**
 * The news ticker scrolls in from the right edge over a minute, so a shot would catch wherever it happens to be
 * (often a few letters at the right). Each shot pauses it with its first item at the left, as a reader sees it.
 */
async function holdTicker(page: Page): Promise<void> {
  await page.evaluate(() => {
    const items = document.querySelector<HTMLElement>('.ticker-items.scrolling');
    if (!items || items.offsetWidth === 0) return;
    const pad = parseFloat(getComputedStyle(items).paddingLeft);
    for (const a of items.getAnimations()) {
      const span = Number(a.effect?.getComputedTiming().duration);
      if (!Number.isFinite(span)) continue;
      a.pause();
      a.currentTime = (span * pad) / items.offsetWidth;
    }
  });
}

/** Scrolls the view into its panel (the page itself stays at the top on the desktop) and saves one shot. */
async function shotAt(
  page: Page,
  name: string,
  selector: string,
  w: number,
  h: number,
  block: 'start' | 'center' = 'start',
): Promise<void> {
  await page.setViewportSize({ width: w, height: h });
  await settleBoard(page);
  await page
    .locator(selector)
    .first()
    .evaluate((e, b) => {
      e.scrollIntoView({ block: b });
      if (b === 'start') {
        // A little room above the view, so its heading is not flush with the panel's top edge.
        for (let p = e.parentElement; p; p = p.parentElement) {
          if (p.scrollTop > 0 && /auto|scroll/.test(getComputedStyle(p).overflowY)) {
            p.scrollTop -= 12;
            break;
          }
        }
      }
      if (innerWidth > 900) window.scrollTo(0, 0);
    }, block);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await holdTicker(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await layout(page, selector), `${name} at ${w}x${h}`).toEqual({ visible: true, sideways: 0, overflowRight: 0 });
  expect(await stacksUnderLegend(page), `${name} at ${w}x${h}`).toEqual({ legendBottom: expect.any(Number), below: true });
  await page.screenshot({ path: `${SHOTS}/${name}-${w}x${h}.png` });
}

async function shot(page: Page, name: string, selector: string, block: 'start' | 'center' = 'start'): Promise<void> {
  for (const [w, h] of SIZES) await shotAt(page, name, selector, w, h, block);
  await page.setViewportSize({ width: 1280, height: 720 });
  await settleBoard(page);
}

describe("screenshots of what the player sees (issue 13's views)", () => {
  const s = useSession();

  it('score parts, your quarter, the planner, price history, preview, game-over line; the phone', async () => {
    const { page, errors } = s();
    await page.goto(inject('baseUrl'));
    await startGame(page, 'classroom-sprint', { humans: ['microsoft'], bots: 'bot:normal', seed: 'shots-1' });
    await tid(page, 'orders-panel').waitFor();
    await settleBoard(page);
    await shotAt(page, 'board', '#board', 390, 844);
    // The phone's campus cards are narrow: their words take a shorter wording, not an ellipsis.
    expect((await boardLabels(page)).filter((l) => l.text.endsWith('…')).map((l) => l.text)).toEqual([]);
    await shotAt(page, 'orders', '[data-testid="orders-panel"]', 390, 844);
    await page.setViewportSize({ width: 1280, height: 720 });
    await bidAndSubmit(page);
    await tid(page, 'reveal-continue').waitFor();
    await tid(page, 'reveal-continue').click();

    // Quarter 2: a typed order fills the planner and the preview.
    await tid(page, 'orders-panel').waitFor();
    await fillBids(page);
    await shot(page, 'capacity-plan', '[data-testid="capacity-plan"]');
    await shot(page, 'order-preview', '[data-testid="order-preview"]', 'center');
    await tid(page, 'submit-orders').click();
    await tid(page, 'reveal-continue').waitFor();
    await shot(page, 'quarter-summary', '[data-testid="quarter-summary"]');
    await shot(page, 'score-parts', '[data-testid="standings"]');
    await shotAt(page, 'reveal', '[data-testid="quarter-summary"]', 390, 844);
    // On the phone every column of the reveal's bid tables is on screen: no table wider than its box.
    const wide = await tid(page, 'reveal-table').evaluate((box) =>
      Array.from(box.querySelectorAll('table')).map((t) => Math.round(t.getBoundingClientRect().right - box.getBoundingClientRect().right)),
    );
    expect(wide.filter((d) => d > 0)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
    await tid(page, 'reveal-continue').click();
    // Quarter 3: two clearing prices, so each chip's history is a line.
    await tid(page, 'orders-panel').waitFor();
    await fillBids(page);
    await shot(page, 'price-history', '[data-testid^="price-history-"]', 'center');
    await tid(page, 'submit-orders').click();
    await tid(page, 'reveal-continue').click();
    await playToTheEnd(page, { orders: () => fillBids(page) });
    await tid(page, 'game-over-why').waitFor();
    await shot(page, 'game-over-why', '[data-testid="game-over-why"]');
    await shotAt(page, 'game-over', '[data-testid="game-over-why"]', 390, 844);
    // On the phone's short canvas no text of the final bars runs past its foot (the par note used to be cut).
    await page.waitForFunction(() => {
      const c = document.querySelector<HTMLCanvasElement>('#board canvas');
      return !!c?.dataset.gameOver && c.dataset.drawn === `${c.width}x${c.height}`;
    });
    const cut = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('#board canvas');
      const labels = (JSON.parse(c?.dataset.gameOver ?? '{"labels":[]}') as { labels: { text: string; y: number; h: number }[] }).labels;
      return labels.filter((l) => l.y + l.h > (c?.height ?? 0) + 0.5).map((l) => l.text);
    });
    expect(cut).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the export status on the orders panel (ByteDance under the October 2023 rule)', async () => {
    const { page, errors } = s();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(inject('baseUrl'));
    await startGame(page, '2024-hopper-scramble', { humans: ['bytedance'], seed: 'shots-2' });
    await tid(page, 'export-status-bytedance').waitFor();
    await shot(page, 'export-status', '[data-testid="export-status-bytedance"]', 'center');
    expect(errors).toEqual([]);
  });
});
