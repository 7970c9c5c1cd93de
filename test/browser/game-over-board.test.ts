/**
 * The game-over board (the Phaser scene of final bars) with a long company name: the 2025 scenario's seven
 * companies, played as "Gulf Sovereign Cloud (Tier 2, composite)", and the 2024 scenario's six. At a phone's size
 * (390x844), a laptop's (1280x720) and a 1080p screen's (1920x1080) no text is drawn over another (a play-tester saw
 * row 6 "Meta" drawn on the wrapped Gulf name) and every text lies inside the canvas (the note "Bars show each part
 * after weighting" was cut at the canvas's foot). And the final table beside it names every company in full: at
 * 1920x1080 the player's own name was cut to "Gulf Sovereign Cl" (a cell's text is cut when its scrollWidth passes
 * its clientWidth), nor a word split over two lines where the table has room ("ByteDan ce"). Screenshots `game-over-board-<scenario>-<w>x<h>.png` to SHOTS.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOTS } from './harness';
import { cutOff, gameOverLabels, openGame, overlappingText, playToTheEnd, resizeAndSettle, tid, useSession } from './helpers';

const SIZES = [
  [390, 844],
  [1280, 720],
  [1920, 1080],
] as const;

/** The texts drawn over each other or outside the canvas at each size, as "390x844: a | b". */
async function misdrawn(page: Page, name: string, errors: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const [w, h] of SIZES) {
    await resizeAndSettle(page, w, h, { errors });
    await page.locator('#board canvas').screenshot({ path: `${SHOTS}/game-over-board-${name}-${w}x${h}.png` });
    const labels = await gameOverLabels(page);
    const [cw, ch] = await page.locator('#board canvas').evaluate((c: HTMLCanvasElement) => [c.width, c.height]);
    for (const pair of overlappingText(labels)) found.push(`${w}x${h}: ${pair}`);
    for (const l of labels)
      if (l.text.trim() && (l.x < -1 || l.y < -1 || l.x + l.w > (cw ?? 0) + 1 || l.y + l.h > (ch ?? 0) + 1))
        found.push(`${w}x${h}: "${l.text}" at ${l.x},${l.y} ${l.w}x${l.h} outside the ${cw}x${ch} canvas`);
    // Every company's row is drawn (a name shortened to fit is still there, its start).
    expect(labels.length, `${w}x${h}: texts drawn`).toBeGreaterThan(20);
  }
  return found;
}

/** The words of the final table's company names that are drawn across two lines. */
function splitWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const name of document.querySelectorAll<HTMLElement>('[data-testid="final-standings"] td.company .badge-name')) {
      const node = [...name.childNodes].find((n) => n.nodeType === Node.TEXT_NODE);
      if (!node?.textContent) continue;
      const range = document.createRange();
      for (const m of node.textContent.matchAll(/\S+/g)) {
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) out.push(m[0]);
      }
    }
    return out;
  });
}

describe('the game-over board', () => {
  const s = useSession({ width: 390, height: 844 });

  it('2025, seven companies, as Gulf Sovereign Cloud: no text over text or past the canvas at 390x844, 1280x720, 1920x1080', async () => {
    const { page, errors } = s();
    await openGame(page, '2025-diffusion-rule', { lang: 'en', humans: ['gulf-cloud'], bots: 'bot:easy', seed: 'gulf-over-1' });
    await playToTheEnd(page);
    expect(await misdrawn(page, '2025', errors)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('2025, as Gulf Sovereign Cloud: the final table cuts no name at 390x844, 1280x720, 1920x1080', async () => {
    const { page, errors } = s();
    if (!(await tid(page, 'final-standings').isVisible())) {
      await openGame(page, '2025-diffusion-rule', { lang: 'en', humans: ['gulf-cloud'], bots: 'bot:easy', seed: 'gulf-over-1' });
      await playToTheEnd(page);
    }
    const found: string[] = [];
    for (const [w, h] of SIZES) {
      await resizeAndSettle(page, w, h, { errors });
      await tid(page, 'final-standings').evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: `${SHOTS}/game-over-table-2025-${w}x${h}.png` });
      for (const c of await cutOff(page, '[data-testid="final-standings"]', 'td.company, .badge-name')) found.push(`${w}x${h}: ${c}`);
      // Nor is a word split across lines where the table has room for it ("ByteDan ce" at 1280x720); a phone's narrow
      // box may split one.
      if (w >= 1000) for (const word of await splitWords(page)) found.push(`${w}x${h}: "${word}" split across lines`);
    }
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('2024, six companies: no text over text or past the canvas at 390x844, 1280x720, 1920x1080', async () => {
    const { page, errors } = s();
    await page.setViewportSize({ width: 390, height: 844 });
    await openGame(page, '2024-hopper-scramble', { lang: 'en', humans: ['microsoft'], bots: 'bot:easy', seed: 'six-over-1' });
    await playToTheEnd(page);
    expect(await misdrawn(page, '2024', errors)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
