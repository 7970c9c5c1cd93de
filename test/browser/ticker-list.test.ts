/**
 * The news ticker for a player who prefers reduced motion (the browser context's `reducedMotion: 'reduce'`), at
 * 390x844, 1280x720 and 1920x1080 in English and German: the ticker stands still on its first headline (the rest
 * stayed out of sight, with no way to read them), and its "News" button, reached from the keyboard, lists every
 * headline of the ticker, still and whole on screen, above the ticker and clear of the "?" button; Escape closes
 * the list and gives the focus back to the button. Screenshots `ticker-list-<lang>-<w>x<h>.png` to SHOTS.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOTS } from './harness';
import { botsIdle, openGame, resizeAndSettle, tid, useFreshSession } from './helpers';

const SIZES = [
  [390, 844],
  [1280, 720],
  [1920, 1080],
] as const;

/** Text without its spaces (the ticker writes a headline's date and words without one between them). */
const bare = (s: string): string => s.replace(/\s+/g, '');

/** The ticker's headlines, and the animations running in the ticker and its list. */
function tickerNow(page: Page): Promise<{ headlines: string[]; moving: number }> {
  return page.evaluate(() => {
    const ticker = document.querySelector('#ticker') as HTMLElement;
    return {
      headlines: [...ticker.querySelectorAll('.ticker-item')].map((e) => e.textContent ?? ''),
      moving: document.getAnimations().filter((a) => a.effect instanceof KeyframeEffect && a.effect.target instanceof Node && ticker.contains(a.effect.target)).length,
    };
  });
}

/** The open list's lines, each with whether it is shown whole (inside the list, the screen, and not cut). */
function listNow(page: Page): Promise<{ open: boolean; lines: { text: string; whole: boolean }[]; overTicker: boolean; overHelp: boolean }> {
  return page.evaluate(() => {
    const list = document.querySelector<HTMLElement>('#ticker .ticker-list');
    if (!list || !list.matches(':popover-open')) return { open: false, lines: [], overTicker: false, overHelp: false };
    const box = list.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const lines = [...list.querySelectorAll<HTMLElement>('li')].map((li) => {
      li.scrollIntoView({ block: 'nearest' });
      const r = li.getBoundingClientRect();
      const inside = r.left >= Math.max(0, box.left) - 0.5 && r.right <= Math.min(vw, box.right) + 0.5 && r.top >= Math.max(0, box.top) - 0.5 && r.bottom <= Math.min(vh, box.bottom) + 0.5;
      return { text: li.textContent ?? '', whole: li.checkVisibility() && inside && li.scrollWidth <= li.clientWidth + 1 };
    });
    const ticker = (document.querySelector('#ticker') as HTMLElement).getBoundingClientRect();
    const help = (document.querySelector('[data-testid="glossary-open"]') as HTMLElement).getBoundingClientRect();
    return {
      open: true,
      lines,
      overTicker: box.bottom > ticker.top + 0.5,
      overHelp: box.bottom > help.top && box.right > help.left,
    };
  });
}

const active = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return { testid: a?.dataset.testid ?? a?.tagName ?? null, inTicker: !!a?.closest('#ticker'), button: a?.tagName === 'BUTTON' };
  });

describe('the news ticker with reduced motion', () => {
  const open = useFreshSession();

  for (const lang of ['en', 'de'] as const) {
    it(`in ${lang}: every headline can be read, from the keyboard, with nothing moving`, async () => {
      const { page, errors } = await open({ width: 1280, height: 720 }, { reducedMotion: 'reduce' });
      await openGame(page, 'classroom-sprint', { lang, humans: ['microsoft'], bots: 'bot:easy', seed: 'ticker-1' });
      // Two quarters on: more headlines than one line holds.
      for (let q = 0; q < 2; q++) {
        await tid(page, 'submit-orders').click();
        await tid(page, 'reveal-continue').click();
        await botsIdle(page);
      }
      await tid(page, 'orders-panel').waitFor();
      for (const [w, h] of SIZES) {
        await resizeAndSettle(page, w, h, { errors });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const ticker = await tickerNow(page);
        expect(ticker.headlines.length, `${w}x${h}: headlines in the ticker`).toBeGreaterThanOrEqual(3);
        expect(ticker.moving, `${w}x${h}: the ticker moves`).toBe(0);
        // From the "?" button at the window's corner, one Shift+Tab back: the ticker's button.
        await tid(page, 'glossary-open').focus();
        await page.keyboard.press('Shift+Tab');
        const opener = await active(page);
        expect(opener, `${w}x${h}: the ticker has no button to reach from the keyboard`).toMatchObject({ inTicker: true, button: true });
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await listNow(page)).open, { message: `${w}x${h}: the list opens` }).toBe(true);
        await page.screenshot({ path: `${SHOTS}/ticker-list-${lang}-${w}x${h}.png` });
        const list = await listNow(page);
        expect(list.lines.map((l) => bare(l.text)), `${w}x${h}: the list holds the ticker's headlines`).toEqual(ticker.headlines.map(bare));
        expect(list.lines.filter((l) => !l.whole).map((l) => l.text), `${w}x${h}: headlines not shown whole`).toEqual([]);
        expect({ overTicker: list.overTicker, overHelp: list.overHelp }, `${w}x${h}: the list covers the ticker or the ? button`).toEqual({ overTicker: false, overHelp: false });
        expect((await tickerNow(page)).moving, `${w}x${h}: something moves with the list open`).toBe(0);
        // Escape closes it; the focus is back on the button.
        await page.keyboard.press('Escape');
        await expect.poll(async () => (await listNow(page)).open).toBe(false);
        expect((await active(page)).testid, `${w}x${h}: the focus after Escape`).toBe(opener.testid);
      }
      expect(errors).toEqual([]);
    }, 120_000);
  }
});
