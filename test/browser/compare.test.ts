/**
 * The class comparison in headless Chromium: two groups' game files (same scenario and seed, made in Node)
 * side by side, with who each group played; a file of another seed and a broken file get clear errors.
 * Screenshot into docs/screenshots/.
 */
import { describe, expect, inject, it } from 'vitest';
import { botOrders } from '../../src/ai';
import { loadScenario } from '../../src/cli/load';
import { playGame } from '../../src/replay/session';
import { SHOTS } from './harness';
import { useSession, tid } from './helpers';


/** A classroom-sprint game where the group played `human` against easy bots. */
function groupFile(seed: string, human: string): string {
  const scenario = loadScenario('scenarios/classroom-sprint.json');
  const seats = scenario.companies.map((c) => (c.id === human ? { playerId: c.id, kind: 'human' as const } : { playerId: c.id, kind: 'bot' as const, level: 'easy' }));
  const g = playGame(scenario, seed, (s, p) => botOrders(s, p, p === human ? 'hard' : 'easy'), { seats });
  return JSON.stringify({ ...g.record, createdAt: '2026-11-29T10:00:00.000Z' });
}

describe('class comparison', () => {
  const s = useSession();

  it('imports two groups’ files and shows them side by side; refuses another seed and a broken file', async () => {
    const { page, errors } = s();
    await page.goto(inject('baseUrl'));
    await tid(page, 'compare-open').click();
    const view = tid(page, 'compare-groups');
    await view.waitFor();
    const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await tid(page, 'compare-import').setInputFiles([file('Team Red.gpurace.json', groupFile('lesson-3', 'microsoft')), file('Team Blue.gpurace.json', groupFile('lesson-3', 'meta'))]);
    await expect.poll(() => tid(page, 'compare-group').count()).toBe(2);
    expect(await tid(page, 'compare-basis').textContent()).toContain('lesson-3');
    const groups = tid(page, 'compare-group');
    expect(await groups.nth(0).locator('h3').textContent()).toBe('Team Red');
    expect(await groups.nth(0).textContent()).toContain('Played: Microsoft');
    expect(await groups.nth(1).textContent()).toContain('Played: Meta');
    expect(await groups.nth(0).locator('tbody tr').count()).toBe(4);
    // The matrix: one column per group, the company each group played marked.
    const matrix = tid(page, 'compare-matrix');
    expect(await matrix.locator('thead th').allTextContents()).toEqual(['Company', 'Team Red', 'Team Blue']);
    expect(await matrix.locator('td.played').evaluateAll((ts) => ts.map((t) => `${t.getAttribute('data-group')}:${t.getAttribute('data-player')}`))).toEqual(['Team Red:microsoft', 'Team Blue:meta']);
    // Each group's standings show the score against par (the scenario sets one) and fit inside the card.
    expect(await groups.nth(0).locator('.compare-margin').count()).toBe(4);
    for (let g = 0; g < 2; g++) {
      const fits = await groups.nth(g).evaluate((card) => [...card.querySelectorAll('.table-wrap')].every((w) => w.scrollWidth <= w.clientWidth));
      expect(fits, `group ${g + 1}'s table fits its card`).toBe(true);
    }
    await page.screenshot({ path: `${SHOTS}/compare-groups-1280x720.png` });

    // Another seed and a broken file: named, explained, not added.
    await tid(page, 'compare-import').setInputFiles([file('Team Green.gpurace.json', groupFile('lesson-4', 'google')), file('Team Gold.gpurace.json', '{"format":"gpurace-record",')]);
    const errs = tid(page, 'compare-errors');
    await errs.waitFor();
    const text = (await errs.textContent()) ?? '';
    expect(text).toContain('Team Green.gpurace.json was played with the seed “lesson-4”, but the groups here used “lesson-3”');
    expect(text).toMatch(/Team Gold\.gpurace\.json is not valid JSON/);
    expect(await tid(page, 'compare-group').count()).toBe(2);
    await page.screenshot({ path: `${SHOTS}/compare-groups-errors-1280x720.png` });

    await tid(page, 'compare-close').click();
    expect(await view.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
