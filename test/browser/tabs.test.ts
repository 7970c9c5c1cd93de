/**
 * Two tabs on one game (docs/security.md, row 25) in headless Chromium against the built page: two pages of
 * one browser profile share IndexedDB. Both open the same game and both play; the second to save is warned and
 * its moves go to a copy; after a reload each tab is back on its own game, both play on, and no save is lost
 * (nor dropped from the menu's index by the other tab's writes).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bidAndSubmit, botsIdle, launch, savesUntil, startGame, tid, type Tab } from './security-helpers';

const SCENARIO = 'tutorial';
const HUMAN = 'microsoft';
const COPY_WARNING = /also open in another tab.*saves its game as a copy/;

/** Waits until IndexedDB holds what `ok` wants (autosaves are asynchronous). */
describe('two tabs on one game', () => {
  let chrome: Awaited<ReturnType<typeof launch>>;

  beforeAll(async () => {
    chrome = await launch(inject('chromePath'));
  });

  afterAll(async () => {
    await chrome?.close();
  });

  it('both tabs play the same game: the second to save is warned and keeps its moves in a copy; after a reload each tab has its own game, no save lost', async () => {
    const tabA: Tab = await chrome.tab();
    const tabB: Tab = await chrome.page(tabA.context);
    const [a, b] = [tabA.page, tabB.page];
    // Tab B cannot hear tab A (as in a browser without BroadcastChannel, or two saves in the same moment):
    // with the channel, B would stop taking orders once A resolves (browser safety.test.ts, item 12); this
    // test covers the fallback behind it, the copy.
    await b.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel'));
    // Tab A starts a game; tab B opens the page and resumes that same game. (A hidden tab gets no animation
    // frames, and the board's loader waits for them: the tab being driven is brought to the front.)
    await a.bringToFront();
    await a.goto(inject('baseUrl'));
    await startGame(a, SCENARIO, { humans: [HUMAN], seed: 'two-tabs' });
    await botsIdle(a);
    const [game] = await savesUntil(a, HUMAN, (x) => x.length === 1 && x[0]?.phase === 'orders' && x[0].actions === x[0].recordActions && x[0].actions > 0);
    const id = game?.id ?? '';
    await b.bringToFront();
    await b.goto(inject('baseUrl'));
    await tid(b, 'orders-panel').waitFor();
    expect(await tid(b, 'quarter-label').textContent()).toBe(await tid(a, 'quarter-label').textContent());

    // Both play quarter 1, differently. A saves first; B is warned and its game goes to a copy.
    await a.bringToFront();
    await bidAndSubmit(a, 2000, 35_000);
    await savesUntil(a, HUMAN, (x) => x[0]?.humanBids.join() === '2000');
    await b.bringToFront();
    await bidAndSubmit(b, 1000, 30_000);
    await expect.poll(() => tid(b, 'play-notice').textContent()).toMatch(COPY_WARNING);
    expect(await tid(b, 'play-notice').locator('[role="alert"]').count()).toBe(1);
    expect(await tid(a, 'play-notice').isHidden()).toBe(true);
    const both = await savesUntil(a, HUMAN, (x) => x.length === 2);
    const copy = both.find((x) => x.id !== id);
    expect(both.find((x) => x.id === id)?.humanBids).toEqual([2000]);
    expect(copy?.humanBids).toEqual([1000]);
    expect(copy?.copyOf).toBe(id);

    // Reload both: each tab is back on its own game, and both play on (A saves last: a stale index there
    // would drop B's copy from the menu).
    await b.reload();
    await tid(b, 'reveal-continue').click();
    await bidAndSubmit(b, 1100, 31_000);
    await savesUntil(a, HUMAN, (x) => x.find((y) => y.id === copy?.id)?.humanBids.length === 2);
    await a.bringToFront();
    await a.reload();
    await tid(a, 'reveal-continue').click();
    await bidAndSubmit(a, 2100, 36_000);
    const after = await savesUntil(a, HUMAN, (x) => x.find((y) => y.id === id)?.humanBids.length === 2);
    expect(after.map((x) => [x.id, x.humanBids])).toEqual([
      [id, [2000, 2100]],
      [copy?.id, [1000, 1100]],
    ]);
    // No second warning: each tab now saves its own game. The menu lists both.
    expect(await tid(a, 'play-notice').isHidden()).toBe(true);
    expect(await tid(b, 'play-notice').isHidden()).toBe(true);
    await tid(a, 'to-menu').click();
    await expect.poll(() => a.locator('[data-testid="saved-games"] li[data-save]').count()).toBe(2);
    expect(tabA.errors).toEqual([]);
    expect(tabB.errors).toEqual([]);
  });
});
