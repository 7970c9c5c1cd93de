/**
 * The debrief's final table with a class game's longest team names (24 characters, the most a team may take, one
 * of them a single word) in English and German, at a phone's size (390x844), a tablet's (768x1024, 820x1180), a
 * projector's (1024x768), a laptop's (1280x720) and a 1080p screen's (1920x1080): the names wrap inside their
 * column and never push the table out of its box (the full table kept every name on one line, 753 px wide in
 * English and 864 px in German, and scrolled sideways in a 712 px box at 768x1024: its compact layout only starts
 * under 700 px). Its cash is written as the panels write money (src/text/format.ts money()). The replay viewer
 * the record opens in keeps its seats for a branch on screen with those names (at 390x844 the names pushed the
 * seats' choices 52 px off the screen). Screenshots `replay-long-names-…` and `debrief-long-names-<lang>-<w>x<h>.png`
 * to SHOTS.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SHOTS } from './harness';
import { cutOff, gameUrl, tid, useSession } from './helpers';
import { botOrders } from '../../src/ai';
import { playGame } from '../../src/replay/session';
import { loadScenarios } from '../../src/server/server';
import { setLang } from '../../src/text/i18n';
import { money } from '../../src/text/format';
import { MAX_TEAM_NAME } from '../../src/replay/team-name';

const SIZES = [
  [390, 844],
  [768, 1024],
  [820, 1180],
  [1024, 768],
  [1280, 720],
  [1920, 1080],
] as const;

const NAMES: Record<string, string> = {
  microsoft: 'Extraordinarily Long Tea',
  meta: 'Supercalifragilisticexpi',
  google: 'Room 204 Extraordinaires',
  bytedance: 'Donaudampfschifffahrtsge',
};

const scenario = loadScenarios('scenarios').get('classroom-sprint');
if (!scenario) throw new Error('no classroom-sprint');
const seats = scenario.companies.map((c) =>
  NAMES[c.id] ? { playerId: c.id, kind: 'human' as const, teamName: NAMES[c.id] as string } : { playerId: c.id, kind: 'bot' as const, level: 'easy' as const },
);
const game = playGame(scenario, 'long-names-1', (st, id) => botOrders(st, id, 'normal'), { seats });
const lastMetrics = game.state.history[game.state.history.length - 1]?.metrics ?? [];

for (const lang of ['en', 'de'] as const) {
  describe(`the debrief's final table with long team names in ${lang}`, () => {
    const s = useSession();
    beforeAll(async () => {
      const { page } = s();
      await page.goto(gameUrl(lang));
      await tid(page, 'import-game').setInputFiles({ name: 'class.gpurace.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(game.record)) });
      await tid(page, 'replay-viewer').waitFor();
    });

    it('the names are as long as a team name may be', () => {
      for (const n of Object.values(NAMES)) expect(n).toHaveLength(MAX_TEAM_NAME);
    });

    it('the replay viewer under it: its seats for a branch keep their choices on screen at every size', async () => {
      const { page, errors } = s();
      for (const [w, h] of SIZES) {
        await page.setViewportSize({ width: w, height: h });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await page.locator('.branch-seats').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/replay-long-names-${lang}-${w}x${h}.png` });
        const sideways = await page.evaluate(() => {
          const se = document.scrollingElement as HTMLElement;
          return se.scrollWidth - se.clientWidth;
        });
        expect(sideways, `${w}x${h}: the page scrolls sideways`).toBe(0);
        expect(await cutOff(page, '.branch-seats', '.seat, select'), `${w}x${h}: seats off screen`).toEqual([]);
      }
      expect(errors).toEqual([]);
    });

    it('wraps the names inside the table at every size: nothing scrolls sideways or is cut off', async () => {
      const { page, errors } = s();
      await tid(page, 'replay-debrief').click();
      await tid(page, 'debrief-final').waitFor();
      for (const [w, h] of SIZES) {
        await page.setViewportSize({ width: w, height: h });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await tid(page, 'debrief-final').evaluate((e) => e.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: `${SHOTS}/debrief-long-names-${lang}-${w}x${h}.png` });
        const fit = await page.evaluate(() => {
          const wrap = document.querySelector<HTMLElement>('.debrief-final-wrap') as HTMLElement;
          const table = document.querySelector<HTMLElement>('.debrief-final-table') as HTMLElement;
          const d = document.querySelector<HTMLElement>('[data-testid="debrief"]') as HTMLElement;
          return {
            table: Math.round(table.getBoundingClientRect().width),
            box: wrap.clientWidth,
            sideways: wrap.scrollWidth - wrap.clientWidth + (d.scrollWidth - d.clientWidth),
            names: [...table.querySelectorAll('th.company')].map((c) => c.textContent?.trim() ?? ''),
          };
        });
        expect(fit.sideways, `${w}x${h}: the table (${fit.table} px) scrolls sideways in its ${fit.box} px box`).toBe(0);
        expect(fit.table, `${w}x${h}: the table is wider than its box`).toBeLessThanOrEqual(fit.box);
        expect(await cutOff(page, '[data-testid="debrief-final"]', 'th, td, li[data-col]'), `${w}x${h}: cells off screen or cut off`).toEqual([]);
        for (const n of Object.values(NAMES)) expect(fit.names.some((x) => x.includes(n)), `${w}x${h}: ${n} shown whole`).toBe(true);
      }
      expect(errors).toEqual([]);
    });

    it('writes each company\'s cash as the panels write money', async () => {
      const { page } = s();
      setLang(lang);
      const want = Object.fromEntries(lastMetrics.map((m) => [m.playerId, money(m.cash)]));
      setLang('en');
      const shown = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('.debrief-final-table tr[data-player]:not(.debrief-final-extra) [data-col="cash"]')].map((e) => [
            e.closest<HTMLElement>('[data-player]')?.dataset.player ?? '',
            e.textContent ?? '',
          ]),
        ),
      );
      expect(Object.keys(shown)).toHaveLength(4);
      expect(shown).toEqual(want);
    });
  });
}
