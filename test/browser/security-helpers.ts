/**
 * Helpers for the security browser tests (tabs, storage full, script injection, CSP). One Chromium per test
 * file with a fresh browser context per test: contexts keep IndexedDB apart and start in about a second
 * (a persistent profile, as the harness opens, takes several).
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHROME_ARGS } from './harness';
import { botsIdle, startGame, tid } from './helpers';

export { botsIdle, startGame, tid };

/** Chromium flags so that a page in a background tab keeps its timers and frames (two-tab tests). */
const NO_BACKGROUND_THROTTLING = ['--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'];

/** A fresh browser context (its own storage) with a page whose console and page errors are recorded. */
export interface Tab {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** Launches headless Chromium; `tab()` opens a new context, `page(context)` another page (tab) in it. */
export async function launch(executablePath: string): Promise<{ browser: Browser; tab(): Promise<Tab>; page(context: BrowserContext): Promise<Tab>; close(): Promise<void> }> {
  const browser = await chromium.launch({ executablePath, headless: true, args: [...CHROME_ARGS, ...NO_BACKGROUND_THROTTLING] });
  const page = async (context: BrowserContext): Promise<Tab> => {
    const p = await context.newPage();
    const errors: string[] = [];
    watchErrors(p, errors);
    return { context, page: p, errors };
  };
  return {
    browser,
    page,
    async tab() {
      return page(await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 }));
    },
    close: () => browser.close(),
  };
}


/** Records console errors and page errors of a page (the harness does this for its first page only). */
export function watchErrors(page: Page, errors: string[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
}

/** Types one bid (the first SKU open to the human seat) and submits the orders. */
export async function bidAndSubmit(page: Page, quantity: number, price: number): Promise<void> {
  await tid(page, 'orders-panel').waitFor();
  await botsIdle(page);
  const q = page.locator('input[data-testid^="bid-quantity-"]:not([disabled])').first();
  const sku = ((await q.getAttribute('data-testid')) ?? '').replace('bid-quantity-', '');
  await q.fill(String(quantity));
  await tid(page, `bid-price-${sku}`).fill(String(price));
  await tid(page, 'submit-orders').click();
  await tid(page, 'reveal-continue').waitFor();
}

/** One saved game as IndexedDB holds it: the index entry and the record's human bids, quarter by quarter. */
export interface StoredSave {
  id: string;
  quarter: number;
  phase: string;
  actions: number | null;
  copyOf: string | null;
  recordActions: number;
  humanBids: number[];
}

/** Reads the saves straight from IndexedDB (database "gpu-race", store "saves"), as the next page load would. */
export async function storedSaves(page: Page, human: string): Promise<StoredSave[]> {
  return page.evaluate(async (who) => {
    const done = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.addEventListener('success', () => resolve(r.result));
        r.addEventListener('error', () => reject(r.error));
      });
    const db = await done(indexedDB.open('gpu-race'));
    const read = (key: string): Promise<unknown> => done(db.transaction('saves', 'readonly').objectStore('saves').get(key));
    const index = ((await read('index')) ?? []) as { id: string; quarter: number; phase: string; actions?: number; copyOf?: string }[];
    const out = [];
    for (const m of index) {
      const text = await read(`record:${m.id}`);
      const rec = JSON.parse(typeof text === 'string' ? text : '{"actions":[]}') as { actions: { type: string; playerId?: string; orders?: { bids: { quantity: number }[] } }[] };
      const humanBids = rec.actions.filter((a) => a.type === 'submitOrders' && a.playerId === who).map((a) => a.orders?.bids[0]?.quantity ?? 0);
      out.push({ id: m.id, quarter: m.quarter, phase: m.phase, actions: m.actions ?? null, copyOf: m.copyOf ?? null, recordActions: rec.actions.length, humanBids });
    }
    db.close();
    return out;
  }, human);
}

/**
 * Fills the origin's storage for real: writes incompressible text into a separate IndexedDB database
 * ("filler"), in ever smaller pieces, until even a 100-byte write is refused. Returns the bytes written.
 */
export async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const done = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.addEventListener('success', () => resolve(r.result));
        r.addEventListener('error', () => reject(r.error));
      });
    const open = indexedDB.open('filler');
    open.addEventListener('upgradeneeded', () => open.result.createObjectStore('f'));
    const db = await done(open);
    const put = (size: number, key: number) =>
      new Promise<boolean>((resolve) => {
        let text = '';
        while (text.length < size) text += Math.random().toString(36).slice(2);
        const tx = db.transaction('f', 'readwrite');
        tx.objectStore('f').put(text.slice(0, size), key);
        tx.addEventListener('complete', () => resolve(true));
        tx.addEventListener('abort', () => resolve(false));
      });
    let written = 0;
    let key = 0;
    for (const size of [100_000, 10_000, 1_000, 100]) {
      while (await put(size, key++)) written += size;
    }
    db.close();
    return written;
  });
}

/** Polls the stored saves of `human`'s games until `ok` holds (10 s at most); returns the last reading. */
export async function savesUntil(page: Page, human: string, ok: (saves: StoredSave[]) => boolean): Promise<StoredSave[]> {
  let last: StoredSave[] = [];
  await expect.poll(async () => ok((last = await storedSaves(page, human))), { timeout: 10_000, interval: 100 }).toBe(true);
  return last;
}
