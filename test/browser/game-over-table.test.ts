/**
 * The final standings table on the game-over screen at a phone's size (390x844), a school projector's (1024x768),
 * a laptop's (1280x720) and a 1080p screen's (1920x1080), in English and German, and in the facilitator view
 * (larger type) at 1024x768, 1280x720 and 1920x1080: every cell of the table that is shown lies inside the
 * screen and inside every box that would clip it (a box scrolled sideways with no cue hides columns from the
 * player), no text in it is cut off, the page never scrolls sideways, and each company's four score parts are
 * on screen at every size with the same numbers. Screenshots `game-over-table-<lang>-<w>x<h>.png` (and
 * `game-over-table-facilitator-<lang>-<w>x<h>.png`) to SHOTS.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOTS } from './harness';
import { cutOff, openGame, playToTheEnd, resizeAndSettle, tid, useFreshSession } from './helpers';

const SIZES = [
  [390, 844],
  [1024, 768],
  [1280, 720],
  [1920, 1080],
] as const;

const PARTS = ['capability', 'market', 'independence', 'efficiency'] as const;

interface Fit {
  /** How far the page scrolls sideways (0). */
  sideways: number;
  /** Shown cells, part values and names that stick out of the screen or a box that clips them, or are cut off. */
  cut: string[];
  /** The number of each part shown on screen, by company. */
  parts: Record<string, Record<string, string>>;
  /** The companies in the table. */
  players: string[];
}

/** Where the final table's cells and score parts sit against the screen and every box that clips them. */
async function fit(page: Page): Promise<Fit> {
  const cut = await cutOff(page, '[data-testid="final-standings"]', 'th, td, [data-part], .badge-name');
  const rest = await page.evaluate(() => {
    const table = document.querySelector<HTMLElement>('[data-testid="final-standings"]');
    if (!table) throw new Error('no final table');
    const shown = (e: HTMLElement): boolean => e.checkVisibility() && !e.closest('.sr-only') && e.getBoundingClientRect().width > 0;
    const players = [...table.querySelectorAll<HTMLElement>('[data-testid="standing-row"]')].map((r) => r.dataset.player ?? '');
    const parts: Record<string, Record<string, string>> = {};
    for (const e of table.querySelectorAll<HTMLElement>('[data-part]')) {
      const player = e.closest<HTMLElement>('[data-player]')?.dataset.player;
      if (!player || !shown(e)) continue;
      const value = /[-−]?\d+(?:[.,]\d+)?\s*$/.exec(e.textContent ?? '')?.[0]?.trim() ?? '';
      (parts[player] ??= {})[e.dataset.part ?? ''] = value;
    }
    const se = document.scrollingElement as HTMLElement;
    return { sideways: se.scrollWidth - se.clientWidth, parts, players };
  });
  return { ...rest, cut };
}

/**
 * A classroom sprint (four companies, four quarters, a par) with Microsoft played here and easy bots, to its end;
 * with `facilitator`, in the facilitator view (turned on at the first orders, each reveal shown at once).
 */
async function playASprint(page: Page, lang: string, facilitator = false): Promise<void> {
  await openGame(page, 'classroom-sprint', { lang, humans: ['microsoft'], bots: 'bot:easy', seed: 'final-table-1' });
  await playToTheEnd(page, {
    orders: async () => {
      if (!facilitator || (await page.evaluate(() => document.body.classList.contains('facilitator')))) return;
      await tid(page, 'facilitator-view').click();
      await tid(page, 'facilitator-bar').waitFor();
    },
    reveal: async () => {
      if (facilitator) await tid(page, 'fac-reveal-all').click();
    },
  });
}

describe('the final standings table at every size', () => {
  const open = useFreshSession();

  for (const lang of ['en', 'de'] as const) {
    for (const view of ['', 'facilitator'] as const) {
      const sizes = view ? SIZES.filter(([w]) => w >= 1000) : SIZES;
      const where = sizes.map(([w, h]) => `${w}x${h}`).join(', ');
      it(`in ${lang}${view ? ' in the facilitator view' : ''}: every column on screen at ${where}, the score parts too`, async () => {
        const { page, errors } = await open();
        await playASprint(page, lang, view === 'facilitator');
        expect(await page.evaluate(() => document.body.classList.contains('facilitator'))).toBe(view === 'facilitator');
        let first: Fit['parts'] | undefined;
        for (const [w, h] of sizes) {
          await resizeAndSettle(page, w, h, { errors });
          await tid(page, 'final-standings').evaluate((e, phone) => {
            if (phone) e.scrollIntoView({ block: 'center' });
            else window.scrollTo(0, 0);
          }, w < 1000);
          const f = await fit(page);
          await page.screenshot({ path: `${SHOTS}/game-over-table-${view ? `${view}-` : ''}${lang}-${w}x${h}.png` });
          expect(f.sideways, `${w}x${h}: the page scrolls sideways`).toBe(0);
          expect(f.cut, `${w}x${h}: cells off screen or cut off`).toEqual([]);
          expect(f.players).toHaveLength(4);
          for (const p of f.players) expect(Object.keys(f.parts[p] ?? {}).sort(), `${w}x${h}: ${p}'s parts on screen`).toEqual([...PARTS].sort());
          first ??= f.parts;
          expect(f.parts, `${w}x${h}: the same part numbers at every size`).toEqual(first);
        }
        expect(errors).toEqual([]);
      });
    }
  }
});
