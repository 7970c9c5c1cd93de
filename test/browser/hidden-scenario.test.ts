/**
 * The hidden-scenario check (issue 12): a scenario the build has never seen, with other companies, other
 * vendors' SKUs, a rule issued by the EU and a wall before Russia and Belarus (test/fixtures/scenarios/
 * hidden-scenario.json), is loaded through the menu's file input and played for a quarter. The board draws the
 * wall before the right companies, the rules panel is titled by the EU, the vendors' colours and prefixes come
 * from the file, no word of the base scenario shows on the menu, the board or the panel, and no text is drawn
 * over other text at 1280×720, 1920×1080 and 390×844. Screenshots go to docs/screenshots/hidden-scenario-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SHOTS, type Page } from './harness';
import {
  botsIdle,
  boxesOverlap,
  overlappingText,
  playToTheEnd,
  resizeAndSettle,
  settleBoard,
  tid,
  useSession,
  type TextBox,
} from './helpers';

const FILE = join(import.meta.dirname, '../fixtures/scenarios/hidden-scenario.json');
const hidden = JSON.parse(readFileSync(FILE, 'utf8')) as {
  companies: { id: string; region: string }[];
  skus: { id: string; vendor: string }[];
  presentation: { vendors: { name: string; color: string; prefix: string }[] };
};
const colourOf = (vendor: string): string => hidden.presentation.vendors.find((v) => v.name === vendor)?.color.toLowerCase() ?? '';

/** Words of the base scenario ("H100e", the game's unit of compute, is not one of them). */
const BASE_WORDS = /NVIDIA|\bH100(?!e)|\bH20\b|Hopper|Microsoft|Google|\bMeta\b|Amazon|ByteDance|Tencent|Huawei|\bAMD\b|\bChina\b|\b2024\b/;

type Box = TextBox;

interface BoardData {
  left: string[];
  right: string[];
  stacks: { sku: string; vendor: string; color: string }[];
  text: string[];
  labels: Box[];
}

const overlap = boxesOverlap;
const overlapping = overlappingText;

async function board(page: Page): Promise<BoardData> {
  const raw = await page.locator('#board canvas').getAttribute('data-board');
  if (!raw) throw new Error('the board wrote no data-board');
  return JSON.parse(raw) as BoardData;
}

/**
 * The text of the page outside the board that a player can see: each text node's boxes (a Range per line),
 * leaving out what is scrolled out of its box or covered (the topmost element at a box's centre is not the
 * text's own), and <option>s of closed selects.
 */
async function visibleText(page: Page, root: string): Promise<Box[]> {
  return page.evaluate((sel) => {
    const out: { text: string; x: number; y: number; w: number; h: number }[] = [];
    const top = document.querySelector(sel);
    if (!top) return out;
    const walk = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const parent = n.parentElement;
      if (!text || !parent || parent.closest('option, script, style, [hidden], [aria-hidden="true"] svg')) continue;
      const style = getComputedStyle(parent);
      if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) continue;
      const clippers: Element[] = [];
      let hiddenByClip = false;
      for (let a: Element | null = parent; a; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (cs.overflow !== 'visible') clippers.push(a);
        // Text for screen readers only (.sr-only: clipped to nothing).
        if (cs.clip !== 'auto' && cs.position === 'absolute') hiddenByClip = true;
      }
      if (hiddenByClip) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width < 1 || r.height < 1) continue;
        const cx = r.x + r.width / 2;
        const cy = r.y + r.height / 2;
        if (cx < 0 || cy < 0 || cx > innerWidth || cy > innerHeight) continue;
        // Scrolled out of a box that clips it: not shown.
        if (
          clippers.some((c) => {
            const b = c.getBoundingClientRect();
            return cx < b.left || cx > b.right || cy < b.top || cy > b.bottom;
          })
        )
          continue;
        // Under a sticky or fixed layer it is not part of (the orders' foot): scrolled beneath it, not shown.
        // Covered by anything else, it counts (another text drawn over it is what this check looks for).
        const hit = document.elementFromPoint(cx, cy);
        const own = (e: Element | null) => !!e && (e === parent || parent.contains(e) || e.contains(parent));
        if (hit && !own(hit)) {
          let layer: Element | null = hit;
          while (layer && !['sticky', 'fixed'].includes(getComputedStyle(layer).position)) layer = layer.parentElement;
          if (layer && !layer.contains(parent)) continue;
        }
        out.push({ text, x: r.x, y: r.y, w: r.width, h: r.height });
      }
    }
    return out;
  }, root);
}

/**
 * The panel's text at every scroll position: the panel scrolls in its own box on a wide window and with the
 * page on a phone; each step is checked for text over text and base-scenario words. Returns the texts seen.
 */
async function checkPanelScrolled(page: Page, size: string): Promise<string[]> {
  const seen: string[] = [];
  const scroller = await page.evaluate(() => {
    const p = document.querySelector<HTMLElement>('#panel');
    return p && p.scrollHeight > p.clientHeight + 1 ? 'panel' : 'page';
  });
  const steps = await page.evaluate((which) => {
    const el = which === 'panel' ? document.querySelector<HTMLElement>('#panel') : document.scrollingElement;
    if (!el) return 1;
    return Math.min(40, Math.ceil(el.scrollHeight / Math.max(1, el.clientHeight * 0.8)));
  }, scroller);
  for (let i = 0; i < steps; i++) {
    await page.evaluate(
      ([which, k]) => {
        const el = which === 'panel' ? document.querySelector<HTMLElement>('#panel') : document.scrollingElement;
        if (el) el.scrollTop = Number(k) * el.clientHeight * 0.8;
        return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      },
      [scroller, String(i)] as const,
    );
    const boxes = await visibleText(page, '#panel');
    expect(overlapping(boxes), `panel text drawn over other text at ${size}, scroll step ${i}`).toEqual([]);
    for (const b of boxes) {
      expect(b.text, `a base-scenario word in the panel at ${size}`).not.toMatch(BASE_WORDS);
      seen.push(b.text);
    }
  }
  await page.evaluate((which) => {
    const el = which === 'panel' ? document.querySelector<HTMLElement>('#panel') : document.scrollingElement;
    if (el) el.scrollTop = 0;
  }, scroller);
  return seen;
}

/** Everything that must hold at one window size: no text over text, on the board or in the panel, and no base word. */
async function checkLayout(page: Page, size: string, errors: string[]): Promise<void> {
  const [w, h] = size.split('x').map(Number) as [number, number];
  await resizeAndSettle(page, w, h, { errors });
  // The screenshot first, so a failing size can be looked at.
  if (process.env.SCREENSHOTS_DIR) await page.screenshot({ path: `${SHOTS}/hidden-scenario-${size}.png` });
  const b = await board(page);
  expect(overlapping(b.labels), `board labels drawn over each other at ${size}`).toEqual([]);
  for (const t of b.text) expect(t, `a base-scenario word on the board at ${size}`).not.toMatch(BASE_WORDS);
  const boxes = await page.evaluate(() =>
    [document.querySelector('#board'), document.querySelector('#panel')].map(
      (e) => e?.getBoundingClientRect().toJSON() as DOMRect | undefined,
    ),
  );
  const [bb, pb] = boxes;
  if (!bb || !pb) throw new Error('no board or panel');
  expect(
    overlap({ text: 'board', x: bb.x, y: bb.y, w: bb.width, h: bb.height }, { text: 'panel', x: pb.x, y: pb.y, w: pb.width, h: pb.height }),
    `board and panel overlap at ${size}`,
  ).toBe(false);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    `nothing scrolls sideways at ${size}`,
  ).toBeLessThanOrEqual(0);
  const panel = await checkPanelScrolled(page, size);
  // The whole panel was read: its orders, the standings with every company, and the news.
  expect(panel.length, `the panel shows text at ${size}`).toBeGreaterThan(20);
  for (const name of ['Nordwolke', 'Bharat Compute', 'Prairie Cloud', 'Taiga Cloud', 'Minsk Data'])
    expect(panel, `${name} in the panel at ${size}`).toContain(name);
}

describe('a scenario the build has never seen, loaded through the menu', () => {
  const s = useSession({ width: 1280, height: 720 });

  it('plays a quarter with the walls, titles, colours and words of the file, and nothing overlaps', async () => {
    const { page, errors } = s();
    await page.goto(inject('baseUrl'));
    await tid(page, 'new-game').click();
    await tid(page, 'load-scenario').setInputFiles(FILE);
    await expect.poll(() => tid(page, 'load-scenario-result').getAttribute('data-ok')).toBe('true');
    await tid(page, 'scenario-select').selectOption('hidden-scenario');

    // The menu: the lead and the seats are the file's, and no base-scenario word shows (the select's other
    // options are the bundled scenarios' titles, so options are left out).
    const menuText = (await visibleText(page, '#panel')).map((b) => b.text);
    expect(menuText.join(' ')).toMatch(/2031.*Lumen.*LX9/);
    for (const t of menuText) expect(t, 'a base-scenario word on the menu').not.toMatch(BASE_WORDS);
    // The menu's canvas follows the loaded file: its companies around a stack in Lumen's colour, its year.
    await expect
      .poll(async () => JSON.parse((await page.locator('#board canvas').getAttribute('data-menu')) ?? '{}').scenario)
      .toBe('hidden-scenario');
    const menuCanvas = JSON.parse((await page.locator('#board canvas').getAttribute('data-menu')) ?? '{}') as { text: string[] };
    expect(menuCanvas.text).toEqual(expect.arrayContaining(['The 2031 scramble for AI chips', 'Nordwolke', 'Minsk Data', 'PC']));
    for (const t of menuCanvas.text) expect(t, 'a base-scenario word on the menu canvas').not.toMatch(BASE_WORDS);
    if (process.env.SCREENSHOTS_DIR) await page.screenshot({ path: `${SHOTS}/hidden-scenario-menu-1280x720.png` });
    const ticker = await page.locator('#ticker').innerText();
    expect(ticker).toContain('scramble for AI chips');
    expect(ticker, 'a base-scenario word in the ticker').not.toMatch(BASE_WORDS);
    const seats = page.locator('select[data-testid^="seat-"]');
    const ids: string[] = [];
    for (let i = 0; i < (await seats.count()); i++)
      ids.push(((await seats.nth(i).getAttribute('data-testid')) ?? '').replace(/^seat-/, ''));
    expect(ids).toEqual(hidden.companies.map((c) => c.id));
    for (let i = 0; i < ids.length; i++) await seats.nth(i).selectOption(ids[i] === 'nordwolke' ? 'human' : 'bot:easy');
    await tid(page, 'seed-input').fill('hidden-1');
    await tid(page, 'start-game').click();
    await tid(page, 'orders-panel').waitFor();
    await settleBoard(page, { errors });

    // The wall stands before Russia and Belarus: their companies on the right, the rest on the left.
    const first = await board(page);
    const walled = hidden.companies.filter((c) => c.region === 'RU' || c.region === 'BY').map((c) => c.id);
    expect(first.right).toEqual(walled);
    expect(first.left).toEqual(hidden.companies.map((c) => c.id).filter((id) => !walled.includes(id)));
    // The rules panel is the EU's.
    expect(first.text).toContain('EU EXPORT RULES');
    expect(first.text.some((t) => /\bUS EXPORT RULES/.test(t))).toBe(false);
    // Each vendor's stacks in the file's colour, its SKU names without the file's prefix.
    const colour = new Map(hidden.presentation.vendors.map((v) => [v.name, v.color.toLowerCase()]));
    expect(first.stacks).toEqual(hidden.skus.map((k) => ({ sku: k.id, vendor: k.vendor, color: colour.get(k.vendor) })));
    expect(first.text).toContain('K7');
    expect(first.text.some((t) => t.startsWith('Kestrel '))).toBe(false);
    // Badges: the file's "PC" for Prairie Cloud, and the derived "BK" for Bharat Compute (initial K).
    expect(first.text).toEqual(expect.arrayContaining(['PC', 'BK', 'N']));

    // Play a quarter: bid for the LX9 and submit; the reveal comes, then the next quarter's board.
    await botsIdle(page);
    const quarter = await tid(page, 'quarter-label').textContent();
    await tid(page, 'bid-quantity-LX9').fill('500');
    await tid(page, 'bid-price-LX9').fill('43000');
    await tid(page, 'submit-orders').click();
    await tid(page, 'reveal-continue').click();
    await tid(page, 'orders-panel').waitFor();
    await expect.poll(() => tid(page, 'quarter-label').textContent()).not.toBe(quarter);
    await botsIdle(page);
    await settleBoard(page, { errors });
    expect((await board(page)).right).toEqual(walled);

    for (const size of ['1280x720', '1920x1080', '390x844']) await checkLayout(page, size, errors);
    expect(errors).toEqual([]);
  });

  it('(the same game) plays to the end: the final standings and the debrief name no base-scenario word, and compare its five regions', async () => {
    const { page, errors } = s();
    await resizeAndSettle(page, 1280, 720, { errors });
    await playToTheEnd(page, { timeout: 20_000, orders: () => botsIdle(page) });
    const over = await visibleText(page, '#panel');
    expect(over.map((b) => b.text)).toEqual(expect.arrayContaining(['Nordwolke', 'Minsk Data']));
    for (const b of over) expect(b.text, 'a base-scenario word in the final standings').not.toMatch(BASE_WORDS);

    await tid(page, 'open-debrief').click();
    const debrief = tid(page, 'debrief');
    await debrief.waitFor();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="debrief"]')?.getAttribute('data-charts')) > 0);
    const text = (await debrief.innerText()).split('\n').filter((l) => l.trim() !== '');
    expect(text).toContain('Compute by region');
    for (const line of text) expect(line, 'a base-scenario word in the debrief').not.toMatch(BASE_WORDS);
    const regions = await tid(page, 'chart-regions').locator('.u-legend .u-series .u-label').allTextContents();
    expect(regions).toEqual(expect.arrayContaining(['European Union', 'India', 'United States', 'Russia', 'Belarus']));
    // Five regions, five line colours; the price lines in the file's vendor colours (no relationship-vendor green).
    const markers = async (chart: string) =>
      tid(page, chart)
        .locator('.u-legend .u-series .u-marker')
        .evaluateAll((els) => els.map((e) => getComputedStyle(e).borderColor));
    expect(new Set(await markers('chart-regions')).size).toBe(5);
    const prices = await markers('chart-prices');
    expect(prices).toHaveLength(hidden.skus.length);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(prices[0], "the first Lumen chip's line in the file's Lumen colour").toBe(rgb(colourOf('Lumen')));
    const greens = ['#76b900', '#b5e86b', '#4f9a2a', '#d7f5a8'].map(rgb);
    expect(prices.filter((c) => greens.includes(c))).toEqual([]);
    if (process.env.SCREENSHOTS_DIR) await page.screenshot({ path: `${SHOTS}/hidden-scenario-debrief-1280x720.png` });
    expect(errors).toEqual([]);
  });
});
