/**
 * A hard bot's reasons in the why list: the summary names the plan its look ahead kept, and the reasons inside
 * start with every plan it weighed and how each ended (a replay link carries no rationales, so the browser
 * re-derives them, look ahead included).
 */
import { describe, expect, inject, it } from 'vitest';
import { botOrders } from '../../src/ai';
import { loadScenario } from '../../src/cli/load';
import { linkFragment } from '../../src/replay/link';
import { playGame } from '../../src/replay/session';
import { SHOTS } from './harness';
import { settleBoard, tid, useSession } from './helpers';

function hardGame() {
  const scenario = loadScenario('scenarios/2024-hopper-scramble.json');
  const seats = scenario.companies.map((c) => (c.id === 'meta' ? { playerId: c.id, kind: 'human' as const } : { playerId: c.id, kind: 'bot' as const, level: 'hard' }));
  return playGame(scenario, 'why-hard', (s, p) => botOrders(s, p, p === 'meta' ? 'normal' : 'hard', { iterations: 2000 }), { seats, record: true }).record;
}

describe('a hard bot explains the plan it kept', () => {
  const s = useSession();
  const record = hardGame();

  it('names the kept plan in the summary and every plan weighed in the reasons, in English and German', async () => {
    const { page, errors } = s();
    await page.goto(`${inject('baseUrl')}#${linkFragment(record)}`);
    await tid(page, 'replay-viewer').waitFor();
    await tid(page, 'replay-step-forward').click();
    await tid(page, 'replay-step-forward').click();
    const why = page.locator('[data-testid="replay-why"] details');
    await expect.poll(() => why.count(), { timeout: 30_000 }).toBe(5);
    const summaries = await why.locator('summary').allInnerTexts();
    for (const text of summaries) expect(text).toMatch(/hard bot .*· kept (its planner’s plan|the theme plan|own chips first|the steady plan)/);
    // The summary's numbers survive the rationale's check on the way from the worker (power built, own chips).
    expect(summaries.some((text) => / MW/.test(text)), summaries.join(' | ')).toBe(true);
    expect(summaries.some((text) => /orders own chips/.test(text)), summaries.join(' | ')).toBe(true);
    await why.nth(1).locator('summary').click();
    const inside = await why.nth(1).innerText();
    expect(inside).toMatch(/played the rest of the game forward in 1 imagined future/);
    expect(inside).toMatch(/our planner’s plan ends at \d+\.\d points/);
    await settleBoard(page);
    await why.nth(1).evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}/replay-hard-why-1280x720.png` });
    // German: the same, in German.
    await page.goto(`${inject('baseUrl')}?lang=de#${linkFragment(record)}`);
    await tid(page, 'replay-viewer').waitFor();
    await tid(page, 'replay-step-forward').click();
    await tid(page, 'replay-step-forward').click();
    await expect.poll(() => why.count(), { timeout: 30_000 }).toBe(5);
    for (const text of await why.locator('summary').allInnerTexts()) expect(text).toMatch(/wählte (den Plan seines Planers|den Themenplan|eigene Chips zuerst|den ruhigen Plan)/);
    expect(errors).toEqual([]);
  });
});
