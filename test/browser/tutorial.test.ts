/**
 * The coached tutorial (issue 13 item 4), in Chromium against the built game: each step's card sits beside
 * the part of the screen it talks about (outlined), outside the news feed, and waits for the player's action
 * (typing the advised order moves it on, without taking the focus from the field) or for Next; the steps come
 * in order through three quarters to a review of what went well and what to try; in German too; screenshots
 * at 1280x720 and 1920x1080. The review covers nothing of the game over: at 1280x720, 1920x1080 and 1024x768 it
 * lies over the board's room under the final bars and their legend, open; on a phone (390x844) it starts folded
 * in the panel's flow under your game-over line, and opens there on request.
 */
import { describe, expect, it } from 'vitest';
import { SHOTS, type Page } from './harness';
import { boardLabels, botsIdle, gameUrl, playToTheEnd, resizeAndSettle, settleBoard, startGame, tid, useFreshSession, openGame } from './helpers';

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

/** The campus cards (their ids) the step card lies over, from the boxes the board writes into its summary. */
async function campusesCovered(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#board canvas')!;
    const c = document.querySelector<HTMLElement>('[data-testid="tutorial-step"]')!.getBoundingClientRect();
    const r = canvas.getBoundingClientRect();
    const k = r.width / canvas.width;
    const list = (JSON.parse(canvas.dataset.board ?? '{}') as { campuses?: { id: string; x: number; y: number; w: number; h: number }[] }).campuses ?? [];
    return list.filter((b) => c.left < r.left + (b.x + b.w) * k && c.right > r.left + b.x * k && c.top < r.top + (b.y + b.h) * k && c.bottom > r.top + b.y * k).map((b) => b.id);
  });
}

/** The parts of the game-over panel the review must leave in view: heading, winner, your line, par note, table, buttons. */
const RESULT = [
  '[data-testid="game-over"] .panel-head h2',
  '[data-testid="game-over"] .winner',
  '[data-testid="game-over-why"]',
  '[data-testid="par-note"]',
  '[data-testid="final-standings"] thead',
  '[data-testid="final-standings"] tbody',
  '[data-testid="new-game"]',
  '[data-testid="open-debrief"]',
];

/**
 * What of the game over the card covers: on the board, the final bars' texts (rank, name, score, margin, the
 * legend; the bars lie between them, so their whole box counts), and apart the two notes under them (the panel
 * beside says the same), and those of them it covers only in part; in the panel, RESULT. `inBoard`: the card
 * lies inside the board (where it is not in the panel's flow).
 */
async function reviewCovers(
  page: Page,
): Promise<{ side: string; board: string[]; notes: string[]; halfNotes: string[]; panel: string[]; inBoard: boolean }> {
  return page.evaluate((result) => {
    const cardEl = document.querySelector<HTMLElement>('[data-testid="tutorial-step"]')!;
    const card = cardEl.getBoundingClientRect();
    type Box = { text: string; left: number; top: number; right: number; bottom: number };
    const over = (r: Omit<Box, 'text'>) =>
      card.top < r.bottom - 1 && card.bottom > r.top + 1 && card.left < r.right - 1 && card.right > r.left + 1;
    const c = document.querySelector<HTMLCanvasElement>('#board canvas')!;
    const cr = c.getBoundingClientRect();
    const kx = cr.width / c.width;
    const ky = cr.height / c.height;
    const labels = (
      JSON.parse(c.dataset.gameOver ?? '{"labels":[]}') as { labels: { text: string; x: number; y: number; w: number; h: number }[] }
    ).labels;
    const boxes: Box[] = labels.map((l) => ({
      text: l.text,
      left: cr.left + l.x * kx,
      top: cr.top + l.y * ky,
      right: cr.left + (l.x + l.w) * kx,
      bottom: cr.top + (l.y + l.h) * ky,
    }));
    const isNote = (b: Box) => /^(Bars show|Ranked by score|Die Balken|Geordnet nach)/.test(b.text);
    const drawing = boxes.filter((b) => !isNote(b));
    const board = drawing.filter(over).map((b) => b.text);
    // The bars lie between the texts: the box of the whole drawing counts.
    const all = {
      left: Math.min(...drawing.map((b) => b.left)),
      top: Math.min(...drawing.map((b) => b.top)),
      right: Math.max(...drawing.map((b) => b.right)),
      bottom: Math.max(...drawing.map((b) => b.bottom)),
    };
    if (!board.length && over(all)) board.push('the bars');
    const panel = result.filter((sel) => {
      const e = document.querySelector<HTMLElement>(sel);
      if (!e) throw new Error(`no ${sel}`);
      return e.checkVisibility() && over(e.getBoundingClientRect());
    });
    const b = document.querySelector('#board')!.getBoundingClientRect();
    const inBoard = card.left >= b.left - 0.5 && card.right <= b.right + 0.5 && card.top >= b.top - 0.5 && card.bottom <= b.bottom + 0.5;
    const notes = boxes.filter(isNote).filter(over);
    // A note the card covers, it covers whole: no end of a line shows beside it.
    const whole = (r: Box) => r.left >= card.left && r.right <= card.right && r.top >= card.top && r.bottom <= card.bottom;
    return {
      side: cardEl.dataset.side ?? '',
      board,
      notes: notes.map((x) => x.text),
      halfNotes: notes.filter((x) => !whole(x)).map((x) => x.text),
      panel,
      inBoard,
    };
  }, RESULT);
}

const focused = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? null);

describe('the coached tutorial', () => {
  const open = useFreshSession();

  for (const [w, h] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`at ${w}x${h}: steps in order, beside their target, waiting for the action, to the review`, async () => {
      const { page, errors } = await open({ width: w, height: h });
      await openGame(page, 'tutorial', { humans: ['microsoft'], bots: 'bot:normal', seed: '1' });
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
      // Beside the plan but off the board's campus cards (it lay over ByteDance's while the news said to look for its bids).
      await settleBoard(page, { errors });
      await expect.poll(() => campusesCovered(page)).toEqual([]);
      await expect.poll(() => anchored(page)).toMatchObject({ target: 'capacity-plan', beside: true, covers: false });
      await page.screenshot({ path: `${SHOTS}/tutorial-plan-${w}x${h}.png` });
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
      // The board has room under the final bars: the review is open from the start, over that room, and covers
      // neither the bars nor their legend nor anything of the result in the panel (at 1920x1080 not even the notes
      // under the bars; at 1280x720 it is too tall to fit under them, and the panel says the same beside it).
      await expect.poll(() => tid(page, 'tutorial-well').isVisible()).toBe(true);
      await settleBoard(page, { errors });
      await expect
        .poll(() => reviewCovers(page))
        .toMatchObject({ side: 'board', board: [], halfNotes: [], panel: [], inBoard: true, ...(w >= 1920 ? { notes: [] } : {}) });
      await page.screenshot({ path: `${SHOTS}/tutorial-review-${w}x${h}.png` });
      await tid(page, 'tutorial-next').click();
      await expect.poll(() => tid(page, 'tutorial-step').count()).toBe(0);
      expect(errors).toEqual([]);
    }, 120_000);
  }

  for (const lang of ['de', 'en'] as const) {
    it(`at 390x844 in ${lang}: the review starts folded in the panel's flow under your line, covers none of the result, and opens there on request`, async () => {
      const { page, errors } = await open({ width: 390, height: 844 });
      await openGame(page, 'tutorial', { lang, humans: ['microsoft'], bots: 'bot:normal', seed: '1' });
      // Seal empty orders in each of the three quarters (the coach waits, it never blocks), to the game over. The
      // shared loop waits for each Submit to go before it looks again: clicking Submit then Continue blind lost a
      // click on a loaded machine (the reveal's Continue clicked while the panel was still being replaced).
      await playToTheEnd(page);
      await tid(page, 'game-over').waitFor();
      await expect.poll(() => step(page)).toBe('review');
      await settleBoard(page, { errors });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      /** What of the result the card covers, wherever the page is scrolled: none of RESULT, and nothing of the board. */
      const covered = async () => {
        const at = [];
        for (const y of [0, 300, 600]) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const c = await reviewCovers(page);
          at.push(...c.board, ...c.notes, ...c.panel);
        }
        await page.evaluate(() => window.scrollTo(0, 0));
        return at;
      };
      await page.screenshot({ path: `${SHOTS}/tutorial-review-${lang}-390x844.png` });
      expect(await covered(), 'the folded review covers the result').toEqual([]);
      expect(await tid(page, 'tutorial-well').isVisible()).toBe(false);
      // Opened, it shows what went well and what to try, its numbers as the language writes them, and still
      // covers nothing: it is in the panel's flow, under your line.
      await tid(page, 'tutorial-review-toggle').click();
      await expect.poll(() => tid(page, 'tutorial-well').isVisible()).toBe(true);
      const text = (await tid(page, 'tutorial-step').textContent()) ?? '';
      expect(text).toMatch(lang === 'de' ? /\d+,\d Punkte unter Par/ : /\d+\.\d points below par/);
      expect(await covered(), 'the open review covers the result').toEqual([]);
      await page.screenshot({ path: `${SHOTS}/tutorial-review-open-${lang}-390x844.png` });
      // Folded again, and closed.
      await tid(page, 'tutorial-review-toggle').click();
      await expect.poll(() => tid(page, 'tutorial-well').isVisible()).toBe(false);
      expect(await covered()).toEqual([]);
      await tid(page, 'tutorial-next').click();
      await expect.poll(() => tid(page, 'tutorial-step').count()).toBe(0);
      expect(errors).toEqual([]);
    }, 120_000);
  }

  it('in German, one game over seen at 1280x720, 1920x1080, 1024x768 and 390x844: the review covers nothing of it', async () => {
    const { page, errors } = await open({ width: 1280, height: 720 });
    await openGame(page, 'tutorial', { lang: 'de', humans: ['microsoft'], bots: 'bot:normal', seed: '1' });
    // The shared loop, not Submit then Continue clicked blind: that lost a click on a loaded machine.
    await playToTheEnd(page);
    await tid(page, 'game-over').waitFor();
    await expect.poll(() => step(page)).toBe('review');
    for (const [w, h] of [
      [1280, 720],
      [1920, 1080],
      [1024, 768],
      [390, 844],
    ] as const) {
      await resizeAndSettle(page, w, h, { errors });
      await page.evaluate(() => window.scrollTo(0, 0));
      const where = w < 1000 ? { side: 'inline', inBoard: false } : { side: 'board', inBoard: true };
      await expect
        .poll(() => reviewCovers(page), { message: `${w}x${h}` })
        .toMatchObject({ ...where, board: [], halfNotes: [], panel: [], ...(w >= 1920 ? { notes: [] } : {}) });
      // Open where it has room over the board, folded in the panel's flow on a phone.
      expect(await tid(page, 'tutorial-well').isVisible(), `${w}x${h}: open`).toBe(w >= 1000);
      await page.screenshot({ path: `${SHOTS}/tutorial-review-sizes-de-${w}x${h}.png` });
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it("starts from the menu's own button, as Microsoft against bots, its news in reading order; the button fits a phone", async () => {
    const { page, errors } = await open({ width: 390, height: 844 });
    for (const lang of ['de', 'en'] as const) {
      await page.goto(gameUrl(lang));
      const button = tid(page, 'play-tutorial');
      await button.waitFor();
      await settleBoard(page, { errors });
      expect(await button.textContent()).toContain(lang === 'en' ? 'Play the tutorial' : 'Tutorial spielen');
      // Right under "New game", inside the phone's width, and the page does not scroll sideways.
      const [box, below] = await Promise.all([button.boundingBox(), tid(page, 'new-game').boundingBox()]);
      expect(box && below && box.y > below.y && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth)).toBe(0);
      await page.screenshot({ path: `${SHOTS}/tutorial-menu-${lang}-390x844.png` });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    await tid(page, 'play-tutorial').click();
    await tid(page, 'orders-panel').waitFor();
    // The coach runs (it needs Microsoft played by a person), and only Microsoft is "you".
    await expect.poll(() => step(page)).toBe('q1-welcome');
    await settleBoard(page, { errors });
    const labels = (await boardLabels(page)).map((l) => l.text);
    expect(labels.filter((x) => /^you\b/.test(x))).toEqual(['you · US']);
    // The ticker lists the lessons as they are read: welcome first, sealing last.
    const headlines = await page.locator('.ticker-list-item .headline').allTextContents();
    expect(headlines).toEqual(['Welcome to GPU Race: you run Microsoft', 'Your first bid: the H100 row', 'The wall is the export rules', 'Seal your orders']);
    expect(errors).toEqual([]);
  }, 120_000);

  it('speaks German, ends on request, and stays out of other scenarios', async () => {
    const { page, errors } = await open({ width: 1280, height: 720 });
    await openGame(page, 'tutorial', { lang: 'de', humans: ['microsoft'], seed: '1' });
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
