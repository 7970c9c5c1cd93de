/**
 * The news ticker against the fixed "?" (glossary) button at the bottom right, at 390x844, 1280x720 and
 * 1920x1080 in English and German: the box that clips the ticker's text ends well clear of the button (at
 * 390x844 the first headline was cut off 6 px from it, so that the button seemed to hide the rest), and a ticker
 * that stands still (reduced motion) ends its first headline inside that box with an ellipsis instead of cutting
 * it mid-letter. Screenshots `ticker-<motion>-<lang>-<w>x<h>.png` (the bottom 60 px) to SHOTS.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOTS } from './harness';
import { openGame, resizeAndSettle, tid, useFreshSession } from './helpers';

const SIZES = [
  [390, 844],
  [1280, 720],
  [1920, 1080],
] as const;

/** The least room between the ticker's text and the "?" button, in CSS pixels. */
const CLEAR_PX = 12;

interface Ticker {
  /** Room from the right end of the box that clips the ticker's text to the button's left edge. */
  clear: number;
  /** The first headline's right edge past that box's (0 when it ends inside it). */
  firstPast: number;
  /** The first headline's text-overflow, and whether its text is longer than its box. */
  overflow: string;
  cut: boolean;
}

function ticker(page: Page): Promise<Ticker> {
  return page.evaluate(() => {
    const track = document.querySelector<HTMLElement>('#ticker .ticker-track');
    const first = document.querySelector<HTMLElement>('#ticker .ticker-item');
    const button = document.querySelector<HTMLElement>('[data-testid="glossary-open"]');
    if (!track || !first || !button) throw new Error('no ticker, headline or ? button');
    const t = track.getBoundingClientRect();
    const f = first.getBoundingClientRect();
    return {
      clear: Math.round(button.getBoundingClientRect().left - t.right),
      firstPast: Math.max(0, Math.round(f.right - t.right)),
      overflow: getComputedStyle(first).textOverflow,
      cut: first.scrollWidth > first.clientWidth + 1,
    };
  });
}

describe('the news ticker and the ? button', () => {
  const open = useFreshSession();

  for (const lang of ['en', 'de'] as const) {
    it(`in ${lang}: its text stays clear of the button; standing still, the first headline ends with an ellipsis`, async () => {
      const { page, errors } = await open({ width: 390, height: 844 });
      await openGame(page, 'classroom-sprint', { lang, humans: ['microsoft'], bots: 'bot:easy', seed: 'ticker-1' });
      await tid(page, 'orders-panel').waitFor();
      for (const motion of ['reduce', 'no-preference'] as const) {
        await page.emulateMedia({ reducedMotion: motion });
        for (const [w, h] of SIZES) {
          await resizeAndSettle(page, w, h, { errors });
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          await page.screenshot({
            path: `${SHOTS}/ticker-${motion}-${lang}-${w}x${h}.png`,
            clip: { x: 0, y: h - 60, width: w, height: 60 },
          });
          const tk = await ticker(page);
          expect(tk.clear, `${motion} ${w}x${h}: room between the ticker's text and the ? button`).toBeGreaterThanOrEqual(CLEAR_PX);
          if (motion === 'reduce') {
            // Standing still: the first headline ends inside the box, with an ellipsis where it is too long.
            expect(tk.firstPast, `${w}x${h}: the first headline runs past its box`).toBe(0);
            if (tk.cut) expect(tk.overflow, `${w}x${h}: the first headline is cut without an ellipsis`).toBe('ellipsis');
          }
        }
      }
      expect(errors).toEqual([]);
    });
  }
});
