/**
 * The score as you play, in headless Chromium: the standings' score parts (bar, points, change since last
 * quarter), "your quarter" first in the reveal, and the game-over line under the final standings and in the
 * debrief; hot seat gets one named summary per team. Screenshots at 1280×720 and 1920×1080 go to docs/screenshots/.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOTS } from './harness';
import { useSession, tid, settleBoard, startGame } from './helpers';

const SCENARIO = 'classroom-sprint';

/** Bids on every open chip (first row only): a large H100-class order that outruns the power, so chips sit idle. */
async function bidAndSubmit(page: Page): Promise<void> {
  await tid(page, 'orders-panel').waitFor();
  const qty = page.locator('tr:not(.tranche-row) input[data-testid^="bid-quantity-"]:not([disabled])');
  const k = await qty.count();
  for (let i = 0; i < k; i++) {
    const sku = ((await qty.nth(i).getAttribute('data-testid')) ?? '').replace('bid-quantity-', '');
    await qty.nth(i).fill(i === 0 ? '60000' : '5000');
    await tid(page, `bid-price-${sku}`).fill(i === 0 ? '40000' : '30000');
  }
  await expect.poll(() => page.locator('#orders-problems li').count()).toBe(0);
  await tid(page, 'submit-orders').click();
}

/** Each company's score parts as shown: the points and change of each part, and the row's score. */
async function shownParts(page: Page): Promise<{ player: string; points: number[]; changes: number[] }[]> {
  return tid(page, 'score-parts').evaluateAll((boxes) =>
    boxes.map((b) => {
      const lis = Array.from(b.querySelectorAll('li[data-part]'));
      return { player: b.getAttribute('data-player') ?? '', points: lis.map((li) => Number(li.getAttribute('data-points'))), changes: lis.map((li) => Number(li.getAttribute('data-change'))) };
    }),
  );
}

/** The score (tenths) in each standings row, by company id, read from the rows' text. */
async function shownScores(page: Page): Promise<Map<string, number>> {
  const rows = await tid(page, 'standings').locator('tr.has-parts').evaluateAll((trs) =>
    trs.map((tr) => {
      const parts = tr.nextElementSibling?.querySelector('[data-testid="score-parts"]')?.getAttribute('data-player') ?? '';
      return [parts, tr.querySelectorAll('td')[2]?.textContent ?? ''] as const;
    }),
  );
  return new Map(rows.map(([id, text]) => [id, Math.round(Number(text.replace(',', '.')) * 10)]));
}

async function shot(page: Page, name: string, target: string): Promise<void> {
  for (const [w, h] of [[1280, 720], [1920, 1080]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await settleBoard(page);
    // Scroll the panel (not the page) so the view starts at its section.
    await tid(page, target)
      .first()
      .evaluate((e) => {
        (e.closest('section.section') ?? e).scrollIntoView({ block: 'start' });
        window.scrollTo(0, 0);
      });
    await page.screenshot({ path: `${SHOTS}/${name}-${w}x${h}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await settleBoard(page);
}

describe('the score as you play', () => {
  const s = useSession();

  it('shows score parts, your quarter first in the reveal, and the game-over line', async () => {
    const { page, errors } = s();
    await page.goto(inject('baseUrl'));
    await startGame(page, SCENARIO, { humans: ['microsoft'], bots: 'bot:normal', seed: 'score-story-1' });

    // No score parts before the first quarter is scored.
    await tid(page, 'orders-panel').waitFor();
    expect(await tid(page, 'score-parts').count()).toBe(0);
    // Before any order "Committed" holds only the running costs, and the note under the budget says so.
    const note = (await tid(page, 'running-costs').textContent()) ?? '';
    const committed = (await page.locator('.budget > div').nth(1).locator('.num').textContent()) ?? '';
    expect(committed).toMatch(/\$/);
    expect(note).toBe(`includes ${committed} running costs (power bills, contract payments) due this quarter whatever you order`);

    let previous: Awaited<ReturnType<typeof shownParts>> = [];
    let quarter = 0;
    for (let guard = 0; guard < 10; guard++) {
      await bidAndSubmit(page);
      await tid(page, 'reveal-continue').waitFor();
      quarter++;
      // Your quarter: one box, yours, before the table of every sealed bid.
      const summary = tid(page, 'quarter-summary');
      expect(await summary.count()).toBe(1);
      expect(await summary.getAttribute('data-player')).toBe('microsoft');
      expect(await summary.locator('h3').textContent()).toMatch(/^Your quarter: Q[1-4] 20\d\d$/);
      const before = await summary.evaluate((e) => {
        const table = document.querySelector('[data-testid="reveal-table"]');
        return !!table && (e.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      });
      expect(before).toBe(true);
      const text = (await summary.textContent()) ?? '';
      for (const word of ['Won', 'Paid', 'Idle', 'AI revenue', 'Cash', 'Score']) expect(text).toContain(word);
      expect(await summary.locator('.qs-parts li').count()).toBe(4);
      const cause = (await tid(page, 'quarter-cause').textContent()) ?? '';
      expect(cause.length).toBeGreaterThan(20);
      expect(cause).not.toMatch(/undefined|NaN|\{\{/);
      // The standings: every company's parts, adding up to its score (each part rounded), and the change
      // since last quarter is the difference of what was shown then and now.
      const parts = await shownParts(page);
      expect(parts.length).toBe(4);
      const scores = await shownScores(page);
      for (const p of parts) {
        expect(p.points.length).toBe(4);
        const score = scores.get(p.player);
        expect(score, p.player).toBeDefined();
        expect(Math.abs(p.points.reduce((a, b) => a + b, 0) - (score ?? 0)), p.player).toBeLessThanOrEqual(2);
        const then = previous.find((x) => x.player === p.player);
        if (then) p.changes.forEach((c, i) => expect(c, `${p.player} part ${i}`).toBe((p.points[i] ?? 0) - (then.points[i] ?? 0)));
      }
      previous = parts;
      if (quarter === 2) {
        await shot(page, 'quarter-summary', 'quarter-summary');
        await shot(page, 'score-parts', 'standings');
      }
      await tid(page, 'reveal-continue').click();
      const next = await Promise.race([tid(page, 'orders-panel').waitFor().then(() => 'orders' as const), tid(page, 'game-over').waitFor().then(() => 'over' as const)]);
      if (next === 'over') break;
    }
    expect(quarter).toBe(4);

    // Game over: the line for you, with your place out of four and the part that decided it.
    const why = tid(page, 'game-over-why');
    await why.waitFor();
    const line = (await why.textContent()) ?? '';
    const rank = Number(await why.locator('p').getAttribute('data-rank'));
    expect(rank).toBeGreaterThanOrEqual(1);
    // The score, the seat's par and the difference the standings rank by, before the parts.
    const place = rank === 1 ? 'You won' : `You finished ${rank}(st|nd|rd|th) of 4`;
    expect(line).toMatch(new RegExp(`^${place}: \\d+\\.\\d against Microsoft’s par of \\d+\\.\\d, ([+−]\\d+\\.\\d|on par)\\. `));
    expect(line).not.toMatch(/undefined|NaN|\{\{/);
    await shot(page, 'game-over-why', 'game-over-why');

    // The same words in the debrief.
    await tid(page, 'open-debrief').click();
    const inDebrief = tid(page, 'debrief').locator('[data-testid="game-over-why"]');
    await inDebrief.waitFor();
    expect(await inDebrief.textContent()).toBe(line);
    await tid(page, 'debrief-close').click();

    // The replay viewer: the bots' reasons come first, in words a player reads (chip names, calendar quarters).
    await tid(page, 'replay-this').click();
    await tid(page, 'replay-quarter-2').click();
    const botWhy = tid(page, 'replay-why');
    await expect.poll(() => botWhy.locator('details').count(), { timeout: 20_000 }).toBe(3);
    const first = await botWhy.evaluate((e) => {
      const table = document.querySelector('[data-testid="reveal-table"]');
      return !!table && (e.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(first).toBe(true);
    await botWhy.locator('details').evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
    const reasons = (await botWhy.textContent()) ?? '';
    expect(reasons).toMatch(/Bid for [\d,]+ NVIDIA H100/);
    expect(reasons).toMatch(/Q[1-4] 2024/);
    expect(reasons).not.toMatch(/\bquarter \d|ASCEND910B/);
    await shot(page, 'replay-why', 'replay-why');
    expect(errors).toEqual([]);
  });

  it('hot seat: one named quarter per team, in German too', async () => {
    const { page, errors } = s();
    await page.goto(`${inject('baseUrl')}/?lang=de`);
    await startGame(page, SCENARIO, { humans: ['microsoft', 'meta'], bots: 'bot:easy', seed: 'score-story-2' });
    for (let i = 0; i < 2; i++) {
      await tid(page, 'pass-device').waitFor();
      await tid(page, 'pass-device-continue').click();
      await bidAndSubmit(page);
    }
    await tid(page, 'reveal-continue').waitFor();
    const boxes = tid(page, 'quarter-summary');
    expect(await boxes.count()).toBe(2);
    expect(await boxes.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-player')))).toEqual(['microsoft', 'meta']);
    const titles = await boxes.locator('h3').allTextContents();
    expect(titles[0]).toMatch(/^Quartal von Microsoft: Q[1-4] 20\d\d$/);
    expect(titles[1]).toMatch(/^Quartal von Meta: /);
    const text = (await boxes.first().textContent()) ?? '';
    for (const word of ['Ersteigert', 'Bezahlt', 'Ungenutzt', 'KI-Umsatz', 'Kasse', 'Punkte']) expect(text).toContain(word);
    expect(errors).toEqual([]);
  });
});
