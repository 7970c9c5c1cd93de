/**
 * The debrief at a phone's size (390x844), a school projector's (1024x768), a laptop's (1280x720) and a 1080p screen's (1920x1080), in English
 * and German. The final table: every shown cell lies inside the screen and inside every box that would clip it
 * (its box scrolled sideways with no cue and hid the compute and cash columns on a phone), nothing in it is cut
 * off, and each company's compute and cash are on screen at every size with the same numbers. The charts: no y
 * label is cut at the chart's left edge (German money labels such as "30,0 Tsd. $" were, in a fixed 62 px axis).
 * Screenshots `debrief-table-<lang>-<w>x<h>.png` and `debrief-chart-<id>-<lang>-<w>x<h>.png` to SHOTS.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOTS } from './harness';
import { cutOff, openGame, playToTheEnd, tid, useSession } from './helpers';

const SIZES = [
  [390, 844],
  [1024, 768],
  [1280, 720],
  [1920, 1080],
] as const;

/** Four easy bots play a classroom sprint (four quarters, a par) to its end; the final standings open the debrief. */
async function openDebriefAfterAGame(page: Page, lang: string): Promise<void> {
  await openGame(page, 'classroom-sprint', { lang, bots: 'bot:easy', seed: 'debrief-sizes-1' });
  await playToTheEnd(page);
  await tid(page, 'open-debrief').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="debrief"]')?.getAttribute('data-charts') === '6');
}

/** Resizes the window and waits until every chart is redrawn at its cell's new width. */
async function resizeDebrief(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.waitForFunction(() => {
    const plots = [...document.querySelectorAll<HTMLElement>('[data-testid="debrief"] .debrief-plot')];
    return (
      plots.length === 6 &&
      plots.every((p) => p.querySelector<HTMLElement>('.uplot')?.offsetWidth === Math.max(280, Math.floor(p.clientWidth)))
    );
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Each company's compute and cash as shown on screen (a column's cell, or the phone's line under the company). */
function shownExtras(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(() => {
    const out: Record<string, Record<string, string>> = {};
    for (const e of document.querySelectorAll<HTMLElement>('[data-testid="debrief-final"] [data-col]')) {
      const player = e.closest<HTMLElement>('[data-player]')?.dataset.player;
      if (!player || !e.checkVisibility() || e.getBoundingClientRect().width === 0) continue;
      const value = (e.querySelector('.num') ?? e).textContent?.trim() ?? '';
      (out[player] ??= {})[e.dataset.col ?? ''] = value;
    }
    return out;
  });
}

/**
 * Per chart: the ink (non-transparent canvas pixels) in the canvas's two leftmost columns, where a y label cut at
 * the chart's edge shows (a label that fits leaves them blank), and in its leftmost 48 columns (the labels drawn).
 */
function leftEdgeInk(page: Page): Promise<Record<string, { edge: number; labels: number }>> {
  return page.evaluate(() => {
    const out: Record<string, { edge: number; labels: number }> = {};
    for (const fig of document.querySelectorAll<HTMLElement>('[data-testid="debrief"] [data-chart]')) {
      const canvas = fig.querySelector('canvas');
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) throw new Error(`no canvas in ${fig.dataset.chart}`);
      const ink = (cols: number) => {
        const px = ctx.getImageData(0, 0, cols, canvas.height).data;
        let n = 0;
        for (let i = 3; i < px.length; i += 4) if ((px[i] ?? 0) > 0) n++;
        return n;
      };
      out[fig.dataset.chart ?? '?'] = { edge: ink(2), labels: ink(48) };
    }
    return out;
  });
}

for (const lang of ['en', 'de'] as const) {
  describe(`the debrief at every size in ${lang}`, () => {
    const s = useSession();
    beforeAll(() => openDebriefAfterAGame(s().page, lang));

    it('the final table: every column on screen at 390x844, 1024x768, 1280x720 and 1920x1080, compute and cash too', async () => {
      const { page, errors } = s();
      let first: Record<string, Record<string, string>> | undefined;
      for (const [w, h] of SIZES) {
        await resizeDebrief(page, w, h);
        await tid(page, 'debrief-final').evaluate((e) => e.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: `${SHOTS}/debrief-table-${lang}-${w}x${h}.png` });
        const sideways = await page.evaluate(() => {
          const d = document.querySelector<HTMLElement>('[data-testid="debrief"]') as HTMLElement;
          const se = document.scrollingElement as HTMLElement;
          return { debrief: d.scrollWidth - d.clientWidth, page: se.scrollWidth - se.clientWidth };
        });
        expect(sideways, `${w}x${h}: the debrief scrolls sideways`).toEqual({ debrief: 0, page: 0 });
        expect(
          await cutOff(page, '[data-testid="debrief-final"]', 'th, td, li[data-col]'),
          `${w}x${h}: cells off screen or cut off`,
        ).toEqual([]);
        const extras = await shownExtras(page);
        expect(Object.keys(extras), `${w}x${h}: the companies`).toHaveLength(4);
        for (const [p, cols] of Object.entries(extras))
          expect(Object.keys(cols).sort(), `${w}x${h}: ${p}'s compute and cash on screen`).toEqual(['cash', 'compute']);
        first ??= extras;
        expect(extras, `${w}x${h}: the same numbers as at 390x844`).toEqual(first);
      }
      expect(errors).toEqual([]);
    });

    it('the charts: no y-axis label cut at the left edge at 390x844, 1024x768, 1280x720 and 1920x1080', async () => {
      const { page, errors } = s();
      for (const [w, h] of SIZES) {
        await resizeDebrief(page, w, h);
        for (const id of ['prices', 'spendRevenue']) {
          await tid(page, `chart-${id}`).evaluate((e) => e.scrollIntoView({ block: 'center' }));
          await tid(page, `chart-${id}`).screenshot({ path: `${SHOTS}/debrief-chart-${id}-${lang}-${w}x${h}.png` });
        }
        const ink = await leftEdgeInk(page);
        expect(Object.keys(ink)).toHaveLength(6);
        for (const [id, n] of Object.entries(ink)) {
          expect(n.labels, `${w}x${h}: ${id} has no y labels`).toBeGreaterThan(0);
          expect(n.edge, `${w}x${h}: ${id}'s y labels are cut at the left edge`).toBe(0);
        }
      }
      expect(errors).toEqual([]);
    });
  });
}
