/**
 * Saves, share links and the replay viewer in headless Chromium against the built page: reload in the middle
 * of a quarter and find the game as it was; open a share link and step through it; the same record gives the
 * same per-quarter hashes here as in Node; broken files get a clear message and no save is lost.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { botOrders } from '../../src/ai';
import { loadScenario } from '../../src/cli/load';
import { linkFragment } from '../../src/replay/link';
import { playGame } from '../../src/replay/session';
import { verifyRecord } from '../../src/replay/verify';
import { SHOTS } from './harness';
import { useSession, tid, settleBoard, botsIdle, startGame } from './helpers';

const SCENARIO = '2024-hopper-scramble';



/** A whole base-scenario game with one human seat (Meta) and easy bots, made in Node. */
function nodeGame() {
  const scenario = loadScenario(`scenarios/${SCENARIO}.json`);
  const seats = scenario.companies.map((c) => (c.id === 'meta' ? { playerId: c.id, kind: 'human' as const } : { playerId: c.id, kind: 'bot' as const, level: 'easy' }));
  const g = playGame(scenario, 'browser-replay-1', (s, p) => botOrders(s, p, 'easy'), { seats });
  const record = { ...g.record, createdAt: '2026-11-29T10:00:00.000Z' };
  const v = verifyRecord(record, scenario);
  if (!v.ok) throw new Error(v.reason);
  return { record, hashes: v.hashes };
}

async function savedIds(page: Page): Promise<string[]> {
  return page.locator('[data-testid="saved-games"] li[data-save]').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-save') ?? ''));
}

describe('saves, links and the replay viewer in the browser', () => {
  const s = useSession();
  const game = nodeGame();

  it('reloads in the middle of a quarter and finds everything as it was (orders typed but not sent aside)', async () => {
    const { page, errors } = s();
    await page.goto(inject('baseUrl'));
    await startGame(page, SCENARIO, { humans: ['microsoft'], seed: 'reload-test' });
    // Quarter 1: a bid, submitted; then on to quarter 2, where the bots seal their orders and Microsoft types.
    await tid(page, 'orders-panel').waitFor();
    const q = page.locator('input[data-testid^="bid-quantity-"]:not([disabled])').first();
    const sku = ((await q.getAttribute('data-testid')) ?? '').replace('bid-quantity-', '');
    await q.fill('2000');
    await tid(page, `bid-price-${sku}`).fill('35000');
    await tid(page, 'submit-orders').click();
    await tid(page, 'reveal-continue').click();
    await tid(page, 'orders-panel').waitFor();
    await botsIdle(page);
    await q.fill('777');
    const before = {
      quarter: await tid(page, 'quarter-label').textContent(),
      standings: await tid(page, 'standings').innerText(),
      news: await tid(page, 'news-feed').innerText(),
    };
    await page.reload();
    await tid(page, 'orders-panel').waitFor();
    await botsIdle(page);
    await settleBoard(page);
    expect(await tid(page, 'quarter-label').textContent()).toBe(before.quarter);
    expect(await tid(page, 'standings').innerText()).toBe(before.standings);
    expect(await tid(page, 'news-feed').innerText()).toBe(before.news);
    expect(await page.locator(`[data-testid="bid-quantity-${sku}"]`).inputValue()).toBe('');
    // It plays on from there.
    await tid(page, 'submit-orders').click();
    await tid(page, 'reveal-continue').waitFor();
    expect(await page.locator('[data-testid="bot-why"] details').count()).toBe(5);
    await page.locator('[data-testid="bot-why"] details summary').first().click();
    await page.locator('[data-testid="bot-why"]').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await settleBoard(page);
    await page.screenshot({ path: `${SHOTS}/reveal-why-1280x720.png` });
    // The menu lists it; Continue resumes it.
    await tid(page, 'to-menu').click();
    await tid(page, 'continue-game').waitFor();
    expect(await savedIds(page)).toHaveLength(1);
    expect(await tid(page, 'saved-games').innerText()).toMatch(/Q2 2024, reveal/);
    await settleBoard(page);
    await page.screenshot({ path: `${SHOTS}/menu-saved-1280x720.png` });
    await tid(page, 'continue-game').click();
    await tid(page, 'reveal-continue').waitFor();
    expect(errors).toEqual([]);
  });

  it('opens a share link, steps through it; the hashes are the same as in Node', async () => {
    const { page, errors } = s();
    const fragment = linkFragment(game.record);
    expect(fragment.length).toBeLessThan(4000);
    await page.goto(`${inject('baseUrl')}#${fragment}`);
    const viewer = tid(page, 'replay-viewer');
    await viewer.waitFor();
    // Replayed in Chromium: the per-quarter hashes it computed equal Node's.
    expect((await viewer.getAttribute('data-computed-hashes'))?.split(',')).toEqual(game.hashes);
    expect(await viewer.getAttribute('data-phase')).toBe('reveal');
    expect(await tid(page, 'replay-position').textContent()).toBe('Q1 2024 · reveal');
    await tid(page, 'replay-step-forward').click();
    expect(await tid(page, 'replay-position').textContent()).toBe('Q2 2024 · orders open');
    await tid(page, 'replay-step-forward').click();
    expect(await tid(page, 'replay-position').textContent()).toBe('Q2 2024 · reveal');
    await tid(page, 'replay-step-back').click();
    await tid(page, 'replay-step-back').click();
    expect(await tid(page, 'replay-position').textContent()).toBe('Q1 2024 · reveal');
    await tid(page, 'replay-quarter-4').click();
    expect(await tid(page, 'replay-position').textContent()).toBe('Q4 2024 · reveal');
    // Every sealed bid and the bots' reasons (re-derived: a link carries no rationales).
    expect(await page.locator('[data-testid="reveal-table"] tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="replay-orders"] li').count()).toBe(6);
    await expect.poll(() => page.locator('[data-testid="replay-why"] details').count(), { timeout: 20_000 }).toBe(5);
    await page.locator('[data-testid="replay-why"] details').first().locator('summary').click();
    // Scrub to the middle of quarter 4's orders.
    const scrub = tid(page, 'replay-scrub');
    const at = Number(await viewer.getAttribute('data-at'));
    await scrub.fill(String(at - 5));
    expect(await tid(page, 'replay-position').textContent()).toMatch(/^Q4 2024 · orders: \d of 6 sealed$/);
    await tid(page, 'replay-quarter-4').click();
    await settleBoard(page);
    await page.screenshot({ path: `${SHOTS}/replay-viewer-1280x720.png` });
    await page.locator('[data-testid="replay-orders"]').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}/replay-viewer-why-1280x720.png` });
    await page.locator('#panel').evaluate((p) => p.scrollTo(0, p.scrollHeight));
    await page.screenshot({ path: `${SHOTS}/replay-viewer-bottom-1280x720.png` });
    // Branch from quarter 4's reveal with Meta as a bot and Google as the human.
    await tid(page, 'branch-seat-meta').selectOption('bot:easy');
    await tid(page, 'branch-seat-google').selectOption('human');
    await tid(page, 'branch-here').click();
    await tid(page, 'reveal-continue').click();
    await tid(page, 'orders-panel').waitFor();
    expect(await tid(page, 'quarter-label').textContent()).toBe('Q1 2025');
    expect(page.url()).not.toContain('#replay=');
    expect(errors).toEqual([]);
  });

  it('broken files get a clear message, nothing crashes and no save is lost', async () => {
    const { page, errors } = s();
    // The branched game from the last test resumes on load; go to the menu from it.
    await page.goto(inject('baseUrl'));
    await tid(page, 'to-menu').click();
    await tid(page, 'continue-game').waitFor();
    const ids = await savedIds(page);
    expect(ids.length).toBe(2);
    const good = JSON.stringify(game.record);
    const illegal = JSON.parse(good);
    // Inside the action schema's limits, far over any budget: the rules refuse it when it is replayed.
    illegal.actions[2].orders.bids = [{ sku: 'H100', quantity: 10_000_000, maxPrice: 10_000_000 }];
    const cases: [string, string | Buffer, RegExp][] = [
      ['cut.gpurace.json', good.slice(0, 900), /cut\.gpurace\.json is not valid JSON .*truncated/],
      ['illegal.gpurace.json', JSON.stringify(illegal), /action 2 \(submitOrders\) is illegal at this point/],
      ['hash.gpurace.json', JSON.stringify({ ...game.record, scenario: { ...game.record.scenario, hash: '0123456789abcdef' } }), /content hash [0-9a-f]{16}, but the record was played on 0123456789abcdef/],
      ['future.gpurace.json', JSON.stringify({ ...game.record, formatVersion: 7 }), /format 7, newer than this build reads/],
      ['huge.gpurace.json', Buffer.alloc(6_000_000, 32), /huge\.gpurace\.json is 6,000,000 bytes; a game record is at most 5,000,000/],
    ];
    for (const [name, body, msg] of cases) {
      await tid(page, 'import-game').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(body) ? body : Buffer.from(body) });
      await expect.poll(() => tid(page, 'notice').textContent()).toMatch(msg);
      expect(await savedIds(page)).toEqual(ids);
    }
    await settleBoard(page);
    await page.screenshot({ path: `${SHOTS}/import-error-1280x720.png` });
    // A broken link too.
    await page.goto(`${inject('baseUrl')}#replay=${linkFragment(game.record).slice(7, 300)}`);
    await expect.poll(() => tid(page, 'notice').textContent()).toMatch(/^share link: /);
    expect(await savedIds(page)).toEqual(ids);
    // The good file opens in the viewer, with the same hashes.
    await tid(page, 'import-game').setInputFiles({ name: 'good.gpurace.json', mimeType: 'application/json', buffer: Buffer.from(good) });
    await tid(page, 'replay-viewer').waitFor();
    expect((await tid(page, 'replay-viewer').getAttribute('data-computed-hashes'))?.split(',')).toEqual(game.hashes);
    expect(errors).toEqual([]);
  });
});
