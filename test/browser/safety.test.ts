/**
 * The page's safety nets of issue 10 in headless Chromium against the built page (the store-level versions:
 * test/store/safety.test.ts): the issue's share link and a save that cannot be replayed fall back to the menu
 * with a clear message, the save kept and exportable (item 1); a damaged save index hides nothing and its
 * orphan is listed (item 4); IndexedDB that never opens, or is missing (item 8); a held Enter submits once
 * and does not press Continue or pass the device (item 10); two tabs (item 12). Screenshots of the new
 * messages at 1280x720 and 390x844 go to SHOTS.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { botOrders } from '../../src/ai';
import { scenarioHash } from '../../src/engine';
import { playGame } from '../../src/replay/session';
import { parseScenario } from '../../src/scenario';
import { SHOTS } from './harness';
import { bidAndSubmit, botsIdle, launch, savesUntil, startGame, tid, type Tab } from './security-helpers';

const ISSUE_LINK =
  '#replay=7dlBDoIwEAXQu3RdTFsQjedwJWFRyoAmlhKoiXh6B0w3bty6-M0k8_Pa6QWm0tJILYVRpsiuYRxpymY3Wd_cSUiRO93YUufdoTSOmiPTU8hK-Jubwhy6yOApWm59CP02Y719hYFDs0Rq7eBWjMR9iKLmYbLzwvSz8dtPVYUULXk7tNn8mHpab0AgEAgEAoFAIBAIBAKBQCAQCAQCgUAgEAgE-jtSUvGiews6BZNCnkKRwn4LZt2lq6_Dv627_DJTmuus1GmrHV9dRP0G';

function shipped(file: string) {
  const r = parseScenario(JSON.parse(readFileSync(join('scenarios', file), 'utf8')) as unknown, file);
  if (!r.ok) throw new Error(`${file} does not parse`);
  return r.scenario;
}

/** The issue link's first two injections of its card, orders and resolution, as a save of today's hopper scenario. */
function frozenSaveText(): string {
  const raw = JSON.parse(readFileSync(join('test', 'fixtures', 'safety', 'repeated-card.gpurace.json'), 'utf8')) as Record<string, unknown>;
  return JSON.stringify({ ...raw, scenario: { id: '2024-hopper-scramble', hash: scenarioHash(shipped('2024-hopper-scramble.json')) } });
}

/** A finished tutorial game as a save's text. */
function tutorialSaveText(seed: string): string {
  const sc = shipped('tutorial.json');
  const seats = sc.companies.map((c) => ({ playerId: c.id, kind: c.id === 'microsoft' ? ('human' as const) : ('bot' as const), level: 'easy' }));
  const g = playGame(sc, seed, (s, p) => botOrders(s, p, 'easy'), { seats });
  return JSON.stringify({ ...g.record, createdAt: '2026-12-04T10:00:00.000Z' });
}

function meta(id: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, scenarioId: 'tutorial', scenarioTitle: 'Tutorial', quarter: 2, quarters: 3, phase: 'gameOver', humans: ['microsoft'], createdAt: null, updatedAt: '2026-12-04T10:00:00.000Z', ...over };
}

/** Writes saves straight into IndexedDB (database "gpu-race", store "saves"), as an earlier visit would have. */
async function putStorage(page: Page, entries: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (kv) => {
    const open = indexedDB.open('gpu-race');
    open.addEventListener('upgradeneeded', () => open.result.createObjectStore('saves'));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.addEventListener('success', () => resolve(open.result));
      open.addEventListener('error', () => reject(open.error));
    });
    const tx = db.transaction('saves', 'readwrite');
    for (const [k, v] of Object.entries(kv)) tx.objectStore('saves').put(v, k);
    await new Promise((resolve) => tx.addEventListener('complete', resolve));
    db.close();
  }, entries);
}

/** Screenshots of the page at 1280x720 and 390x844 (the notice or panel scrolled into view). */
async function shots(page: Page, name: string, focus = 'notice'): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const [w, h] of [
    [1280, 720],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    // The board's canvas follows the new size a few frames later.
    await page
      .waitForFunction(() => {
        const c = document.querySelector<HTMLCanvasElement>('#board canvas');
        const box = document.querySelector('#board')?.getBoundingClientRect();
        return !c || !box || box.width === 0 || c.width === Math.floor(box.width);
      }, undefined, { timeout: 5_000 })
      .catch(() => {});
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.locator(`[data-testid="${focus}"]`).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${name}-${w}x${h}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** True if the element's box lies inside the viewport's width (nothing clipped at the sides). */
async function fitsWidth(page: Page, testid: string): Promise<boolean> {
  return page.locator(`[data-testid="${testid}"]`).first().evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.left >= 0 && r.right <= window.innerWidth + 0.5 && e.scrollWidth <= e.clientWidth + 1;
  });
}

describe('safety nets in the page', () => {
  let chrome: Awaited<ReturnType<typeof launch>>;

  beforeAll(async () => {
    chrome = await launch(inject('chromePath'));
  });

  afterAll(async () => {
    await chrome?.close();
  });

  it('item 1: the issue link opens to the menu with a clear refusal (English, German); the page answers', async () => {
    const { page, errors, context } = await chrome.tab();
    await page.goto(`${inject('baseUrl')}/${ISSUE_LINK}`);
    await tid(page, 'notice').waitFor();
    expect(await page.locator('#app').getAttribute('data-screen')).toBe('menu');
    // Refused by the record rules (too many actions in a quarter), by today's scenario's hash, or by the guard.
    expect(await tid(page, 'notice').textContent()).toMatch(/^The shared link cannot be opened: (quarter 1 holds more than \d+ actions|it plays the event card “demand-surge” again)|shared link.*content hash/i);
    await shots(page, 'safety-link-refused');
    // The page answers: the menu's buttons work.
    await tid(page, 'new-game').click();
    await tid(page, 'scenario-select').waitFor();
    const de = await context.newPage();
    await de.goto(`${inject('baseUrl')}/?lang=de${ISSUE_LINK}`);
    await tid(de, 'notice').waitFor();
    expect(await tid(de, 'notice').textContent()).toMatch(/^(Der geteilte Link lässt sich nicht öffnen|shared link:)/);
    await shots(de, 'safety-link-refused-de');
    expect(errors).toEqual([]);
  });

  it('item 1: a save that cannot be replayed is not resumed: the menu says so, and it can be exported and deleted', async () => {
    const { page, errors } = await chrome.tab();
    await page.goto(inject('baseUrl'));
    await tid(page, 'new-game').waitFor();
    const text = frozenSaveText();
    await putStorage(page, {
      index: [meta('bad-1', { scenarioId: '2024-hopper-scramble', scenarioTitle: 'Hopper', quarter: 0, quarters: 8, phase: 'orders', humans: [], actions: 9 })],
      'record:bad-1': text,
      session: { saveId: 'bad-1', selectedCompany: null },
    });
    await page.reload();
    await tid(page, 'notice').waitFor();
    expect(await page.locator('#app').getAttribute('data-screen')).toBe('menu');
    expect(await tid(page, 'notice').textContent()).toMatch(/^The saved game cannot be opened: it plays the event card “demand-surge” again.*The saved game is kept under Saved games: export or delete it there\./);
    await shots(page, 'safety-save-refused');
    const item = page.locator('li[data-save="bad-1"]');
    const [download] = await Promise.all([page.waitForEvent('download'), item.locator('[data-testid="saved-export"]').click()]);
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toBe(text);
    // A reload does not try it again.
    await page.reload();
    await tid(page, 'saved-games').waitFor();
    expect(await page.locator('#app').getAttribute('data-screen')).toBe('menu');
    await item.locator('[data-testid="saved-delete"]').click();
    await item.locator('[data-testid="saved-delete"]').click();
    await expect.poll(() => item.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('item 4: a malformed index entry hides no other save; its record is listed as found, and opens', async () => {
    const { page, errors } = await chrome.tab();
    await page.goto(inject('baseUrl'));
    await tid(page, 'new-game').waitFor();
    await putStorage(page, {
      index: [meta('good-1'), { ...meta('lost-1'), phase: 42 }, meta('good-2')],
      'record:good-1': tutorialSaveText('one'),
      'record:lost-1': tutorialSaveText('two'),
      'record:good-2': tutorialSaveText('three'),
    });
    await page.reload();
    await tid(page, 'saved-orphans').waitFor();
    expect(await page.locator('[data-testid="saved-games"] li[data-save]').evaluateAll((l) => l.map((e) => e.getAttribute('data-save')))).toEqual(['good-1', 'good-2']);
    expect(await tid(page, 'saves-malformed').textContent()).toMatch(/^1 entry in the list of saved games could not be read/);
    expect(await page.locator('[data-testid="saved-orphans"] li[data-orphan]').evaluateAll((l) => l.map((e) => e.getAttribute('data-orphan')))).toEqual(['lost-1']);
    await shots(page, 'safety-orphans', 'saved-orphans');
    expect(await fitsWidth(page, 'saved-orphans')).toBe(true);
    // Opening the orphan works (it is a finished game: its final standings).
    await page.locator('[data-testid="saved-orphans"] [data-testid="saved-replay"]').click();
    await page.waitForFunction(() => document.querySelector('#app')?.getAttribute('data-screen') === 'replay');
    expect(errors).toEqual([]);
  });

  it('item 8: indexedDB.open that never settles: the menu comes, saving is off and says so, the game plays', async () => {
    const { page, errors, context } = await chrome.tab();
    await context.addInitScript(() => {
      // A blocked upgrade: the request never fires success, error or blocked.
      IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
        return new EventTarget() as unknown as IDBOpenDBRequest;
      };
    });
    await page.goto(inject('baseUrl'));
    await tid(page, 'notice').waitFor({ timeout: 20_000 });
    expect(await tid(page, 'notice').textContent()).toMatch(/^Saving is off: the browser did not open its storage within 5 seconds/);
    await startGame(page, 'tutorial', { humans: ['microsoft'], seed: 'no-storage' });
    await bidAndSubmit(page, 1000, 30_000);
    expect(await tid(page, 'play-notice').textContent()).toMatch(/Saving is off/);
    await shots(page, 'safety-saving-off', 'play-notice');
    expect(await fitsWidth(page, 'play-notice')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('item 8: no IndexedDB at all: one clear sentence, no JavaScript error text, no claim that a last save is kept', async () => {
    const { page, errors, context } = await chrome.tab();
    await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
    await page.goto(`${inject('baseUrl')}/?lang=de`);
    await tid(page, 'notice').waitFor();
    const text = (await tid(page, 'notice').textContent()) ?? '';
    expect(text).toMatch(/^Speichern ist aus: Dieser Browser lässt die Seite keine Spiele aufbewahren/);
    expect(text).not.toMatch(/ReferenceError|TypeError|not defined|undefined|bleibt erhalten/);
    await startGame(page, 'tutorial', { humans: ['microsoft'], seed: 'no-idb' });
    await bidAndSubmit(page, 1000, 30_000);
    const over = (await tid(page, 'play-notice').textContent()) ?? '';
    expect(over).toMatch(/^Speichern ist aus/);
    expect(over).not.toMatch(/ReferenceError|Der letzte Spielstand bleibt erhalten/);
    await shots(page, 'safety-no-idb-de', 'play-notice');
    expect(errors).toEqual([]);
  });

  it('item 10: Enter held on the orders form submits once; the focused Continue needs a fresh press; in hot seat the device is not passed', async () => {
    const { page, errors } = await chrome.tab();
    await page.goto(inject('baseUrl'));
    await startGame(page, 'tutorial', { humans: ['microsoft'], seed: 'held-enter' });
    await tid(page, 'orders-panel').waitFor();
    await botsIdle(page);
    const q = page.locator('input[data-testid^="bid-quantity-"]:not([disabled])').first();
    await q.fill('1000');
    await tid(page, `bid-price-${((await q.getAttribute('data-testid')) ?? '').replace('bid-quantity-', '')}`).fill('30000');
    await q.focus();
    await page.keyboard.down('Enter');
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.testid === 'reveal-continue');
    // Auto-repeat of the held key (Playwright sends repeat: true for a key already down).
    for (let i = 0; i < 8; i++) await page.keyboard.down('Enter');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.locator('#app').getAttribute('data-screen')).toBe('reveal');
    await page.keyboard.up('Enter');
    // A fresh press goes on.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#app')?.getAttribute('data-screen') === 'board');
    expect(errors).toEqual([]);

    // Hot seat: two teams; team one holds Enter; the pass-the-device screen is not pressed through.
    const hot = await chrome.tab();
    const p = hot.page;
    await p.goto(inject('baseUrl'));
    await startGame(p, 'tutorial', { humans: ['microsoft', 'meta'], seed: 'held-hot' });
    await tid(p, 'pass-device-continue').click();
    await tid(p, 'orders-panel').waitFor();
    await p.locator('input[data-testid^="bid-quantity-"]:not([disabled])').first().focus();
    await p.keyboard.down('Enter');
    await p.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.testid === 'pass-device-continue');
    for (let i = 0; i < 8; i++) await p.keyboard.down('Enter');
    await p.keyboard.up('Enter');
    await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await tid(p, 'pass-device').isVisible()).toBe(true);
    expect(hot.errors).toEqual([]);
  });

  it('item 12: after a reveal in one tab, the other takes no orders for that quarter, says so, and reloads that game', async () => {
    const tabA: Tab = await chrome.tab();
    const tabB: Tab = await chrome.page(tabA.context);
    const [a, b] = [tabA.page, tabB.page];
    await a.bringToFront();
    await a.goto(inject('baseUrl'));
    await startGame(a, 'tutorial', { humans: ['microsoft'], seed: 'two-tabs-stale' });
    await botsIdle(a);
    await savesUntil(a, 'microsoft', (x) => x.length === 1 && x[0]?.phase === 'orders' && x[0].actions === x[0].recordActions && x[0].actions > 0);
    await b.bringToFront();
    await b.goto(inject('baseUrl'));
    await tid(b, 'orders-panel').waitFor();
    await a.bringToFront();
    await bidAndSubmit(a, 2000, 35_000);
    await b.bringToFront();
    await tid(b, 'stale-game').waitFor();
    expect(await tid(b, 'orders-panel').count()).toBe(0);
    expect(await tid(b, 'play-notice').textContent()).toMatch(/Another tab has played this game further/);
    await shots(b, 'safety-stale-tab', 'play-notice');
    expect(await fitsWidth(b, 'play-notice')).toBe(true);
    await tid(b, 'reload-stale').click();
    await tid(b, 'reveal-continue').waitFor();
    expect(await tid(b, 'quarter-label').textContent()).toBe(await tid(a, 'quarter-label').textContent());
    const saves = await savesUntil(a, 'microsoft', (x) => x.length === 1);
    expect(saves[0]?.humanBids).toEqual([2000]);
    expect(tabA.errors).toEqual([]);
    expect(tabB.errors).toEqual([]);
  });
});
