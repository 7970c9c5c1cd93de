/**
 * The coached tutorial (issue 13 item 4), in Chromium against the built game: each step's card sits beside
 * the part of the screen it talks about (outlined), outside the news feed, and waits for the player's action
 * (typing the advised order moves it on, without taking the focus from the field) or for Next; the steps come
 * in order through three quarters to a review of what went well and what to try; in German too; screenshots
 * at 1280x720 and 1920x1080. On a phone (390x844) the review starts folded below the result, so that it hides
 * neither the game-over heading nor the winner nor your own line, and opens on request.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, SHOTS, type Page, type Session } from './harness';
import { botsIdle, settleBoard, startGame, tid } from './helpers';

async function type(page: Page, id: string, text: string): Promise<void> {
  const input = tid(page, id);
  await input.fill(text);
  await input.dispatchEvent('input');
}

const step = (page: Page) => tid(page, 'tutorial-step').getAttribute('data-step');

/**
 * Where the card is against its target: beside it (overlapping its rows or columns), and not on top of it. A
 * panel may be rebuilt a task after a step shows (the bots' reasons arrive from the
 * worker, the board redraws); the coach marks the new element on the next frame, so the tests poll this rather
 * than sample one instant.
 */
async function anchored(
  page: Page,
): Promise<{ target: string | null; outlined: boolean; beside: boolean; covers: boolean; inNews: boolean }> {
  return page.evaluate(() => {
    const card = document.querySelector<HTMLElement>('[data-testid="tutorial-step"]')!;
    const id = card.dataset.target ?? '';
    const target =
      document.querySelector<HTMLElement>(`[data-testid="${id}"][data-player="microsoft"]`) ??
      document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    if (!target) return { target: null, outlined: false, beside: false, covers: false, inNews: false };
    const c = card.getBoundingClientRect();
    const r = target.getBoundingClientRect();
    const rows = c.top < r.bottom && c.bottom > r.top;
    const cols = c.left < r.right && c.right > r.left;
    // Beside the target, or beside the side panel that holds it (the card then hides none of the form).
    const p = target.closest('#panel')?.getBoundingClientRect();
    const near =
      Math.min(
        Math.abs(c.right - r.left),
        Math.abs(r.right - c.left),
        Math.abs(c.bottom - r.top),
        Math.abs(r.bottom - c.top),
        p ? Math.abs(c.right - p.left) : Infinity,
      ) <= 24;
    return {
      target: id,
      outlined: target.classList.contains('tut-target'),
      beside: (rows || cols) && near,
      covers: rows && cols,
      inNews: card.closest('.news, #ticker') !== null,
    };
  });
}

const focused = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? null);

describe('the coached tutorial', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  for (const [w, h] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`at ${w}x${h}: steps in order, beside their target, waiting for the action, to the review`, async () => {
      s = await openSession(inject('chromePath'), { width: w, height: h });
      const { page, errors } = s;
      await page.goto(inject('baseUrl'));
      await startGame(page, 'tutorial', { humans: ['microsoft'], bots: 'bot:normal', seed: '1' });
      await tid(page, 'orders-panel').waitFor();
      await expect.poll(() => step(page)).toBe('q1-welcome');
      expect(await anchored(page)).toEqual({ target: 'quarter-label', outlined: true, beside: true, covers: false, inNews: false });
      expect(await tid(page, 'tutorial-step').textContent()).toContain('Step 1 of 19');
      // An explaining step waits for Next; an action step has no Next.
      await tid(page, 'tutorial-next').click();
      await expect.poll(() => step(page)).toBe('q1-score');
      expect((await anchored(page)).target).toBe('standings');
      await tid(page, 'tutorial-next').click();
      await expect.poll(() => step(page)).toBe('q1-quantity');
      expect(await tid(page, 'tutorial-next').count()).toBe(0);
      expect(await tid(page, 'tutorial-step').textContent()).toContain('Type 30,000 in the H100 units field');
      expect(await anchored(page)).toEqual({ target: 'bid-quantity-H100', outlined: true, beside: true, covers: false, inNews: false });
      await settleBoard(page, { errors });
      await page.screenshot({ path: `${SHOTS}/tutorial-step-${w}x${h}.png` });
      // Typing the advised quantity moves it on, and the focus stays in the field.
      await tid(page, 'bid-quantity-H100').focus();
      await type(page, 'bid-quantity-H100', '30,000');
      await expect.poll(() => step(page)).toBe('q1-price');
      expect(await focused(page)).toBe('bid-quantity-H100');
      expect((await anchored(page)).target).toBe('bid-price-H100');
      // A max price under list does not count.
      await type(page, 'bid-price-H100', '20000');
      await expect.poll(() => step(page)).toBe('q1-price');
      await type(page, 'bid-price-H100', '30000');
      await expect.poll(() => step(page)).toBe('q1-silicon');
      // The card advises leaving the ramp unfinished: it waits for Next, pointing at the field.
      expect((await anchored(page)).target).toBe('silicon-investment');
      expect(await tid(page, 'tutorial-step').textContent()).toContain('Leave your own chip’s money at 0');
      await tid(page, 'tutorial-next').click();
      await expect.poll(() => step(page)).toBe('q1-maia');
      await type(page, 'foundry-booking', '100000');
      await expect.poll(() => step(page)).toBe('q1-plan');
      await expect.poll(() => anchored(page)).toMatchObject({ target: 'capacity-plan', outlined: true, covers: false });
      await tid(page, 'tutorial-next').click();
      await expect.poll(() => step(page)).toBe('q1-submit');
      expect((await anchored(page)).target).toBe('submit-orders');
      await tid(page, 'submit-orders').click();
      // The reveal: your quarter first, then Continue.
      await expect.poll(() => step(page), { timeout: 20_000 }).toBe('q1-summary');
      await expect.poll(() => anchored(page)).toMatchObject({ target: 'quarter-summary', outlined: true, covers: false });
      await settleBoard(page, { errors });
      await page.screenshot({ path: `${SHOTS}/tutorial-reveal-${w}x${h}.png` });
      await tid(page, 'tutorial-next').click();
      await expect.poll(() => step(page)).toBe('q1-continue');
      await tid(page, 'reveal-continue').click();
      // Q2: the bid in one step (quantity and price), then Maia, the preview, Submit.
      await expect.poll(() => step(page)).toBe('q2-bids');
      expect(await tid(page, 'tutorial-step').textContent()).toContain('100,000 H100 at $30,000');
      await type(page, 'bid-quantity-H100', '100000');
      await type(page, 'bid-price-H100', '30000');
      await expect.poll(() => step(page)).toBe('q2-maia');
      expect(await tid(page, 'tutorial-step').textContent()).toContain('Book 100,000 Maia 100 again');
      await type(page, 'foundry-booking', '100000');
      await expect.poll(() => step(page)).toBe('q2-preview');
      await expect.poll(() => anchored(page)).toMatchObject({ target: 'order-preview', outlined: true, covers: false });
      await tid(page, 'tutorial-next').click();
      await tid(page, 'submit-orders').click();
      await expect.poll(() => step(page), { timeout: 20_000 }).toBe('q2-continue');
      await tid(page, 'reveal-continue').click();
      await expect.poll(() => step(page)).toBe('q3-bids');
      expect(await tid(page, 'tutorial-step').textContent()).toContain('130,000 H100 at $30,000');
      await type(page, 'bid-quantity-H100', '130000');
      await type(page, 'bid-price-H100', '30000');
      await expect.poll(() => step(page)).toBe('q3-submit');
      await tid(page, 'submit-orders').click();
      await expect.poll(() => step(page), { timeout: 20_000 }).toBe('q3-continue');
      await tid(page, 'reveal-continue').click();
      // The review: the advice followed beats par; what went well and what to try.
      await expect.poll(() => step(page)).toBe('review');
      await expect.poll(() => anchored(page)).toMatchObject({ target: 'game-over-why', outlined: true, covers: false });
      const well = await tid(page, 'tutorial-well')
        .locator('li')
        .evaluateAll((ls) => ls.map((l) => l.getAttribute('data-code')));
      expect(well).toContain('beatPar');
      expect(well).toContain('followed');
      expect(await tid(page, 'tutorial-try').locator('li').count()).toBeGreaterThan(0);
      // Beside the result there is room: the review is open from the start.
      expect(await tid(page, 'tutorial-well').isVisible()).toBe(true);
      await settleBoard(page, { errors });
      await page.screenshot({ path: `${SHOTS}/tutorial-review-${w}x${h}.png` });
      await tid(page, 'tutorial-next').click();
      await expect.poll(() => tid(page, 'tutorial-step').count()).toBe(0);
      expect(errors).toEqual([]);
    }, 120_000);
  }

  for (const lang of ['de', 'en'] as const) {
    it(`at 390x844 in ${lang}: the review starts folded, below the result it hides none of, and opens on request`, async () => {
      s = await openSession(inject('chromePath'), { width: 390, height: 844 });
      const { page, errors } = s;
      await page.goto(lang === 'de' ? `${inject('baseUrl')}?lang=de` : inject('baseUrl'));
      await startGame(page, 'tutorial', { humans: ['microsoft'], bots: 'bot:normal', seed: '1' });
      // Seal empty orders in each of the three quarters (the coach waits, it never blocks), to the game over.
      for (let q = 0; q < 3; q++) {
        await tid(page, 'submit-orders').click();
        await tid(page, 'reveal-continue').click();
      }
      await tid(page, 'game-over').waitFor();
      await expect.poll(() => step(page)).toBe('review');
      await settleBoard(page, { errors });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      /** What of the result the card covers: the heading, the winner's line, your own line (the card's target). */
      const covered = () =>
        page.evaluate(() => {
          const card = document.querySelector<HTMLElement>('[data-testid="tutorial-step"]')!.getBoundingClientRect();
          const over = (sel: string) => {
            const r = document.querySelector<HTMLElement>(sel)?.getBoundingClientRect();
            if (!r) throw new Error(`no ${sel}`);
            return card.top < r.bottom && card.bottom > r.top && card.left < r.right && card.right > r.left;
          };
          return [
            '[data-testid="game-over"] .panel-head h2',
            '[data-testid="game-over"] .winner',
            '[data-testid="game-over"] [data-testid="game-over-why"]',
          ].filter(over);
        });
      await page.screenshot({ path: `${SHOTS}/tutorial-review-${lang}-390x844.png` });
      expect(await covered(), 'the folded review covers the result').toEqual([]);
      expect(await tid(page, 'tutorial-well').isVisible()).toBe(false);
      // Opened, it shows what went well and what to try, its numbers as the language writes them.
      await tid(page, 'tutorial-review-toggle').click();
      await expect.poll(() => tid(page, 'tutorial-well').isVisible()).toBe(true);
      const text = (await tid(page, 'tutorial-step').textContent()) ?? '';
      expect(text).toMatch(lang === 'de' ? /\d+,\d Punkte unter Par/ : /\d+\.\d points below par/);
      await page.screenshot({ path: `${SHOTS}/tutorial-review-open-${lang}-390x844.png` });
      // Folded again, and closed.
      await tid(page, 'tutorial-review-toggle').click();
      await expect.poll(() => tid(page, 'tutorial-well').isVisible()).toBe(false);
      await expect.poll(covered).toEqual([]);
      await tid(page, 'tutorial-next').click();
      await expect.poll(() => tid(page, 'tutorial-step').count()).toBe(0);
      expect(errors).toEqual([]);
    }, 120_000);
  }

  it('speaks German, ends on request, and stays out of other scenarios', async () => {
    s = await openSession(inject('chromePath'), { width: 1280, height: 720 });
    const { page, errors } = s;
    await page.goto(`${inject('baseUrl')}?lang=de`);
    await startGame(page, 'tutorial', { humans: ['microsoft'], seed: '1' });
    await tid(page, 'orders-panel').waitFor();
    await expect.poll(() => step(page)).toBe('q1-welcome');
    const text = (await tid(page, 'tutorial-step').textContent()) ?? '';
    expect(text).toContain('Schritt 1 von 19');
    expect(text).toContain('Du leitest Microsoft');
    expect(await tid(page, 'tutorial-next').textContent()).toBe('Weiter');
    await tid(page, 'tutorial-next').click();
    await tid(page, 'tutorial-next').click();
    await expect.poll(() => step(page)).toBe('q1-quantity');
    expect(await tid(page, 'tutorial-step').textContent()).toContain('Trag 30.000 im Feld');
    await settleBoard(page, { errors });
    await page.screenshot({ path: `${SHOTS}/tutorial-step-de-1280x720.png` });
    await tid(page, 'tutorial-skip').click();
    await expect.poll(() => tid(page, 'tutorial-step').count()).toBe(0);
    expect(await page.locator('.tut-target').count()).toBe(0);
    // Another scenario: no coach.
    await tid(page, 'to-menu').click();
    await botsIdle(page);
    await startGame(page, 'classroom-sprint', { humans: ['microsoft'], seed: '1' });
    await tid(page, 'orders-panel').waitFor();
    await settleBoard(page, { errors });
    expect(await tid(page, 'tutorial-step').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);
});
