/**
 * The facilitator's screens on a projector: in the facilitator view (large type) no text on the board, the
 * final bars or the page is under 12 px at 1024x768 and 1280x720 (read from the back of the room), no label
 * on the board drawn over another and nothing scrolled sideways at those sizes, 1920x1080 and a phone; the
 * final table of a classroom-sprint fits at 1280x720 and at 1024x768 — every column on screen, nothing
 * scrolled sideways, type no smaller than 13 px. A class game's record (team names) opens in the debrief with the names in the
 * final table, the key moments, the game-over lines, the CSV and its file name, on the replay board's campus
 * cards, and in the exported game file's name. Screenshots to SHOTS.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOTS } from './harness';
import { useSession, tid, startGame, resizeAndSettle, boardLabels, overlappingText, playToTheEnd, type TextBox } from './helpers';
import { botOrders } from '../../src/ai';
import { playGame } from '../../src/replay/session';
import { loadScenarios } from '../../src/server/server';
import { CSV_COLUMNS } from '../../src/ui/debrief-data';

/** How the final table sits in the viewport: its right edge, every header cell's right edge, the smallest type. */
function tableFit(page: Page): Promise<{ vw: number; docWidth: number; right: number; headers: { text: string; right: number; left: number }[]; minFont: number; clipped: number }> {
  return page.evaluate(() => {
    const table = document.querySelector<HTMLElement>('[data-testid="final-standings"]');
    if (!table) throw new Error('no final table');
    const headers = [...table.querySelectorAll<HTMLElement>('thead th')].map((h) => ({ text: h.textContent ?? '', right: h.getBoundingClientRect().right, left: h.getBoundingClientRect().left }));
    let minFont = Infinity;
    for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
      if (!cell.textContent?.trim() || cell.closest('.sr-only')) continue;
      minFont = Math.min(minFont, Number.parseFloat(getComputedStyle(cell).fontSize));
    }
    // A cell whose text is cut off (its content wider than its box, with overflow hidden).
    let clipped = 0;
    for (const cell of table.querySelectorAll<HTMLElement>('th, td')) if (cell.scrollWidth > cell.clientWidth + 1 && getComputedStyle(cell).overflow === 'hidden') clipped++;
    // The nearest scroll box around the table must not need sideways scrolling either.
    let box: HTMLElement | null = table.parentElement;
    let right = table.getBoundingClientRect().right;
    while (box) {
      if (box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible') right = Math.max(right, window.innerWidth + (box.scrollWidth - box.clientWidth));
      box = box.parentElement;
    }
    return { vw: window.innerWidth, docWidth: document.documentElement.scrollWidth, right, headers, minFont, clipped };
  });
}

/** Canvas pixels to CSS pixels for the board's canvas (1 unless the page is zoomed). */
function canvasScale(page: Page): Promise<number> {
  return page.locator('#board canvas').evaluate((c: HTMLCanvasElement) => c.getBoundingClientRect().width / c.width);
}

/** The final bars' texts as the game-over scene reports them (`data-game-over`, src/scenes/game-over.ts). */
async function gameOverLabels(page: Page): Promise<TextBox[]> {
  await page.waitForFunction(() => {
    const c = document.querySelector<HTMLCanvasElement>('#board canvas');
    return !!c?.dataset.gameOver && c.dataset.drawn === `${c.width}x${c.height}`;
  });
  const raw = (await page.locator('#board canvas').getAttribute('data-game-over')) ?? '{"labels":[]}';
  return (JSON.parse(raw) as { labels: TextBox[] }).labels;
}

/**
 * Every element on the page that shows text of its own (a text node, not only its children's) in a font
 * under `min` CSS px, as "tag.class "text" size" (screen-reader-only text and invisible elements left out;
 * a zoomed ancestor counts). One pass over the elements, no waiting.
 */
function smallPageText(page: Page, min: number): Promise<string[]> {
  return page.evaluate((least) => {
    const out: string[] = [];
    for (const e of document.querySelectorAll<HTMLElement>('body *')) {
      if (e.closest('.sr-only, svg, [hidden]')) continue;
      const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!own || e.getClientRects().length === 0) continue;
      const cs = getComputedStyle(e);
      if (cs.visibility === 'hidden') continue;
      let zoom = 1;
      for (let a: HTMLElement | null = e; a; a = a.parentElement) zoom *= Number(getComputedStyle(a).zoom) || 1;
      const px = Number.parseFloat(cs.fontSize) * zoom;
      if (px < least) out.push(`${e.tagName.toLowerCase()}.${e.className} "${(e.textContent ?? '').trim().slice(0, 30)}" ${px.toFixed(1)}`);
    }
    return out;
  }, min);
}

describe('facilitator view: read from the back of the room', () => {
  const s = useSession();

  it('no text under 12 px on the board and the page at 1024x768 and 1280x720; nothing overlaps at four sizes', async () => {
    const { page, errors } = s();
    await page.goto(inject('baseUrl'));
    // Hot seat: two teams at the projector's laptop, two bots; the first team's orders are open.
    await startGame(page, 'classroom-sprint', { humans: ['microsoft', 'meta'], seed: 'layout-12px' });
    await tid(page, 'pass-device-continue').click();
    await tid(page, 'orders-panel').waitFor();
    await tid(page, 'facilitator-view').click();
    await tid(page, 'facilitator-bar').waitFor();
    const found: string[] = [];
    for (const [w, h] of [
      [1024, 768],
      [1280, 720],
      [1920, 1080],
      [390, 844],
    ] as const) {
      await resizeAndSettle(page, w, h, { errors });
      const labels = await boardLabels(page);
      expect(labels.length, `labels drawn at ${w}x${h}`).toBeGreaterThan(20);
      for (const pair of overlappingText(labels)) found.push(`${w}x${h}: ${pair}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${w}: page width`).toBeLessThanOrEqual(w);
      await page.screenshot({ path: `${SHOTS}/facilitator-board-${w}x${h}.png`, fullPage: w < 600 });
      // The 12 px floor is for a laptop's or a projector's screen; a phone's board keeps 10 px.
      if (w > 1280 || w < 600) continue;
      const k = await canvasScale(page);
      for (const l of labels) if (l.text.trim() && (l.size ?? 0) * k < 12) found.push(`${w}x${h}: board "${l.text}" at ${((l.size ?? 0) * k).toFixed(1)} px`);
      for (const t of await smallPageText(page, 12)) found.push(`${w}x${h}: page ${t}`);
    }
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('facilitator view on a projector', () => {
  const s = useSession();

  it('the final table fits at 1280x720 and at 1024x768', async () => {
    const { page, errors } = s();
    await page.goto(inject('baseUrl'));
    await startGame(page, 'classroom-sprint', { seed: 'layout-1' });
    await tid(page, 'facilitator-view').click();
    await tid(page, 'facilitator-bar').waitFor();
    // Four bots play; the facilitator reveals every chip, then continues (once Continue is enabled: click waits for it).
    await playToTheEnd(page, { timeout: 20_000, reveal: () => tid(page, 'fac-reveal-all').click() });
    await tid(page, 'final-standings').waitFor();
    for (const [w, h] of [
      [1280, 720],
      [1024, 768],
    ] as const) {
      await resizeAndSettle(page, w, h);
      await tid(page, 'final-standings').scrollIntoViewIfNeeded();
      const fit = await tableFit(page);
      await page.screenshot({ path: `${SHOTS}/facilitator-final-${w}x${h}.png` });
      expect(fit.docWidth, `${w}: page width`).toBeLessThanOrEqual(w);
      expect(fit.right, `${w}: the table's right edge`).toBeLessThanOrEqual(w);
      for (const hd of fit.headers) expect(hd.right, `${w}: column "${hd.text}"`).toBeLessThanOrEqual(w);
      expect(fit.headers.length).toBeGreaterThanOrEqual(6);
      expect(fit.minFont, `${w}: smallest type in the table`).toBeGreaterThanOrEqual(13);
      expect(fit.clipped, `${w}: cells cut off`).toBe(0);
      // The final bars beside (or over) the table: every text 12 px or more, none over another; the page's too.
      const bars = await gameOverLabels(page);
      expect(bars.length, `${w}: the final bars' texts`).toBeGreaterThan(8);
      const k = await canvasScale(page);
      expect(bars.filter((l) => (l.size ?? 0) * k < 12).map((l) => `${l.text} ${l.size}`), `${w}: final bars under 12 px`).toEqual([]);
      expect(overlappingText(bars), `${w}: final bars drawn over each other`).toEqual([]);
      expect(await smallPageText(page, 12), `${w}: page text under 12 px`).toEqual([]);
    }
    expect(errors).toEqual([]);
  });

  it("a class game's record shows its team names in the debrief, the CSV and the file names", async () => {
    const { page, errors } = s();
    const scenario = loadScenarios('scenarios').get('classroom-sprint');
    if (!scenario) throw new Error('no classroom-sprint');
    const names: Record<string, string> = { microsoft: 'Azure Owls', meta: 'Llama Herd' };
    const seats = scenario.companies.map((c) => (names[c.id] ? { playerId: c.id, kind: 'human' as const, teamName: names[c.id] as string } : { playerId: c.id, kind: 'bot' as const, level: 'easy' }));
    const game = playGame(scenario, 'names-1', (st, id) => botOrders(st, id, 'normal'), { seats });
    await page.goto(inject('baseUrl'));
    // The last test's game resumes on load: go to the menu from it.
    await Promise.race([tid(page, 'to-menu').waitFor(), tid(page, 'import-game').waitFor({ state: 'attached' })]);
    if (await tid(page, 'to-menu').count()) await tid(page, 'to-menu').click();
    await tid(page, 'import-game').setInputFiles({ name: 'class.gpurace.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(game.record)) });
    await tid(page, 'replay-viewer').waitFor();
    // The exported game file is named after the teams.
    const [file] = await Promise.all([page.waitForEvent('download'), tid(page, 'export-game').click()]);
    expect(file.suggestedFilename()).toMatch(/^gpurace-classroom-sprint-names-1-azure-owls-llama-herd-Q\d20\d\d\.gpurace\.json$/);
    // The replay viewer's company badges carry the team names.
    await page.locator('#panel .badge-name', { hasText: 'Azure Owls (Microsoft)' }).first().waitFor();
    // So do the board's campus cards ("Azure Owls (Microsoft)" where it fits, else the team's name).
    await page.waitForFunction(() => /Azure Owls/.test(document.querySelector<HTMLCanvasElement>('#board canvas')?.dataset.board ?? ''));
    expect(await page.locator('#board canvas').getAttribute('data-board')).toMatch(/Llama Herd/);
    expect(overlappingText(await boardLabels(page)), 'team names drawn over other text').toEqual([]);
    await page.screenshot({ path: `${SHOTS}/replay-class-names-1280x720.png` });
    await tid(page, 'replay-debrief').click();
    await tid(page, 'debrief-final').waitFor();
    const table = (await tid(page, 'debrief-final').textContent()) ?? '';
    expect(table).toContain('Azure Owls (Microsoft)');
    expect(table).toContain('Llama Herd (Meta)');
    // Key moments name the teams; the teams' own moments are marked.
    expect(await tid(page, 'key-moments').textContent()).toMatch(/Azure Owls \(Microsoft\)|Llama Herd \(Meta\)/);
    expect(await tid(page, 'key-moments').locator('li[data-team="yes"]').count()).toBeGreaterThan(0);
    // The game-over lines name each team with its company.
    const why = (await tid(page, 'debrief').locator('[data-testid="game-over-why"]').textContent()) ?? '';
    expect(why).toContain('Azure Owls (Microsoft)');
    expect(why).toContain('Llama Herd (Meta)');
    const [csv] = await Promise.all([page.waitForEvent('download'), tid(page, 'export-csv').click()]);
    expect(csv.suggestedFilename()).toBe('gpurace-debrief-classroom-sprint-names-1-azure-owls-llama-herd.csv');
    const lines = readFileSync(await csv.path(), 'utf8').split('\r\n').filter((l) => l !== '');
    const col = CSV_COLUMNS.indexOf('team');
    const teamOf = (id: string) => new Set(lines.slice(1).map((l) => l.split(',')).filter((c) => c[CSV_COLUMNS.indexOf('company_id')] === id).map((c) => c[col]));
    expect(teamOf('microsoft')).toEqual(new Set(['Azure Owls']));
    expect(teamOf('google')).toEqual(new Set(['']));
    await page.screenshot({ path: `${SHOTS}/debrief-class-names-1280x720.png` });
    // The charts' legends name the teams; the printed handout (team names and all) is one A4 page.
    await page.waitForFunction(() => document.querySelector('[data-testid="debrief"]')?.getAttribute('data-charts') === '6');
    expect(await tid(page, 'chart-compute').locator('.u-legend').textContent()).toContain('Azure Owls');
    await page.setViewportSize({ width: 720, height: 1040 });
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => document.querySelector('[data-testid="debrief"]')?.getAttribute('data-theme') === 'print');
    await page.screenshot({ path: `${SHOTS}/debrief-class-names-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length, 'the handout is one page').toBe(1);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });
});
