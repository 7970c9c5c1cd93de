/**
 * The debrief in the built page: four bots finish a classroom-sprint game, the final standings open the
 * debrief, every chart draws, the CSV downloads with its header and one row per quarter per company, and
 * the print view fits one A4 page. No console error (a CSP violation is one) may happen. Screenshots go to
 * docs/screenshots/debrief-1280x720.png and debrief-print.png.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOTS } from './harness';
import { useSession, tid, startGame, playToTheEnd } from './helpers';
import { CSV_COLUMNS } from '../../src/ui/debrief-data';

const SCENARIO = 'classroom-sprint';
const QUARTERS = 4;
const COMPANIES = 4;

/** Non-background pixels drawn on each chart's canvas, by chart id. */
function inkPerChart(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const fig of document.querySelectorAll<HTMLElement>('[data-testid="debrief"] [data-chart]')) {
      const canvas = fig.querySelector('canvas');
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx || canvas.width === 0 || canvas.height === 0) {
        out[fig.dataset.chart ?? '?'] = 0;
        continue;
      }
      const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      for (let i = 3; i < px.length; i += 4) if ((px[i] ?? 0) > 0) ink++;
      out[fig.dataset.chart ?? '?'] = ink;
    }
    return out;
  });
}

describe('the debrief', () => {
  const s = useSession();

  it('opens from the final standings with charts, key moments, a CSV download and a one-page print view', async () => {
    const { page, errors } = s();
    await page.goto(inject('baseUrl'));
    expect(await startGame(page, SCENARIO, { seed: 'debrief-1' })).toHaveLength(COMPANIES);

    // Four bots play; continue every reveal to the final standings.
    await playToTheEnd(page, { timeout: 20_000 });

    await tid(page, 'open-debrief').click();
    const debrief = tid(page, 'debrief');
    await debrief.waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="debrief"]')?.getAttribute('data-charts') === '6');
    // The game behind is inert while the debrief is open.
    expect(await page.evaluate(() => (document.getElementById('app') as HTMLElement & { inert: boolean }).inert)).toBe(true);

    // Every chart drew something, and its legend names each series.
    const ink = await inkPerChart(page);
    expect(Object.keys(ink).sort()).toEqual(['allocations', 'compute', 'par', 'prices', 'regions', 'spendRevenue']);
    for (const [id, n] of Object.entries(ink)) expect(n, `${id} is blank`).toBeGreaterThan(2000);
    const legend = await tid(page, 'chart-compute').locator('.u-legend .u-series .u-label').allTextContents();
    expect(legend).toEqual(expect.arrayContaining(['Microsoft', 'Meta', 'Google', 'ByteDance']));
    expect(await tid(page, 'chart-regions').locator('.u-legend').textContent()).toContain('China');
    expect(await tid(page, 'chart-par').locator('figcaption').textContent()).toContain('Score against par');

    // Key moments (about the companies' decisions): at least two, one of them the largest win.
    const moments = tid(page, 'key-moments').locator('li');
    expect(await moments.count()).toBeGreaterThanOrEqual(2);
    expect(await tid(page, 'key-moments').locator('li[data-kind="largestWin"]').count()).toBe(1);

    // The bots' reasoning per quarter, collapsible.
    const quarters = tid(page, 'debrief-reasoning').locator('details.debrief-quarter');
    expect(await quarters.count()).toBe(QUARTERS);
    await quarters.first().locator('summary').first().click();
    await quarters.first().locator('details.debrief-why summary').first().click();
    expect(await quarters.first().locator('.debrief-why-lines li').count()).toBeGreaterThan(0);
    await page.evaluate(() => {
      const d = document.querySelector('[data-testid="debrief"]');
      d?.scrollTo(0, d.scrollHeight);
    });
    await page.screenshot({ path: `${SHOTS}/debrief-bottom-1280x720.png` });
    await quarters.first().locator('summary').first().click();

    // CSV download: the documented header, one row per quarter per company.
    const [download] = await Promise.all([page.waitForEvent('download'), tid(page, 'export-csv').click()]);
    expect(download.suggestedFilename()).toBe('gpurace-debrief-classroom-sprint-debrief-1.csv');
    const path = await download.path();
    const csv = readFileSync(path, 'utf8');
    const lines = csv.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + QUARTERS * COMPANIES);
    expect(lines[1]).toMatch(/^classroom-sprint,debrief-1,1,Q1 2024,microsoft,Microsoft,US,bot:easy,/);
    // The final table's compute is what capability scores: each quarter's running compute (the CSV's
    // deployed_h100e) added up over the game, not the last quarter's alone.
    const cells = lines.slice(1).map((l) => l.split(','));
    const run = (id: string) => cells.filter((c) => c[CSV_COLUMNS.indexOf('company_id')] === id).reduce((a, c) => a + Number(c[CSV_COLUMNS.indexOf('deployed_h100e')]), 0);
    const shown = await tid(page, 'debrief-final').locator('tr[data-player]:not(.debrief-final-extra) td[data-col="compute"]').evaluateAll((tds) => tds.map((td) => [td.closest('tr')?.getAttribute('data-player') ?? '', td.textContent ?? '']));
    expect(shown).toHaveLength(COMPANIES);
    for (const [id, text] of shown) expect(Number(text?.replaceAll(',', '')), id).toBe(run(id ?? ''));
    expect(await tid(page, 'debrief-final').locator('thead').textContent()).toContain('Compute run (H100e-quarters)');

    await page.evaluate(() => document.querySelector('[data-testid="debrief"]')?.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/debrief-1280x720.png` });

    // Print: white, charts redrawn for paper, no buttons, one A4 page.
    await page.setViewportSize({ width: 720, height: 1040 });
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => document.querySelector('[data-testid="debrief"]')?.getAttribute('data-theme') === 'print');
    expect(await tid(page, 'export-csv').isVisible()).toBe(false);
    expect(await page.locator('#app').isVisible()).toBe(false);
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector('[data-testid="debrief"]') as Element).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)');
    const inkPrint = await inkPerChart(page);
    for (const [id, n] of Object.entries(inkPrint)) expect(n, `${id} is blank in print`).toBeGreaterThan(1000);
    await page.screenshot({ path: `${SHOTS}/debrief-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages, 'the handout is one page').toBe(1);

    // Back to the screen: Escape closes the debrief and the game is usable again.
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.keyboard.press('Escape');
    await expect.poll(() => debrief.count()).toBe(0);
    expect(await page.evaluate(() => (document.getElementById('app') as HTMLElement & { inert: boolean }).inert)).toBe(false);

    // The replay viewer opens the same debrief.
    await tid(page, 'replay-this').click();
    await tid(page, 'replay-debrief').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="debrief"]')?.getAttribute('data-charts') === '6');
    expect(await tid(page, 'key-moments').locator('li[data-kind="largestWin"]').count()).toBe(1);
    await tid(page, 'debrief-close').click();
    await expect.poll(() => debrief.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
