/**
 * Accessibility checked by a machine (issue 13 item 9): axe-core (pinned in package.json) finds no serious or
 * critical violation on the menu, the game setup, the board with the orders panel, the reveal, game over, the
 * debrief, the replay viewer and the glossary, in English and German; and live regions announce the quarter, the
 * reveal and order errors.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from './harness';
import { tid, useFreshSession, openGame, gameUrl, playToTheEnd } from './helpers';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Found {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** The serious and critical violations axe finds on the page as it is now. */
async function axeScan(page: Page): Promise<Found[]> {
  // Evaluated through the debugging protocol, so the page's Content-Security-Policy does not block it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        nodes: v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')} :: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`),
      }));
  });
}

/** Every screen's findings, by screen name (asserted empty at the end, so one run lists them all). */
const findings: Record<string, Found[]> = {};

async function clean(page: Page, where: string): Promise<void> {
  const found = await axeScan(page);
  if (found.length) findings[where] = found;
}

describe('axe-core: no serious or critical violations', () => {
  const open = useFreshSession();

  for (const language of ['en', 'de'] as const) {
    it(`menu, setup, board and orders, reveal, game over, debrief, replay viewer, glossary (${language})`, async () => {
      for (const k of Object.keys(findings)) delete findings[k];
      const { page, errors } = await open({ width: 1280, height: 720 });
      await page.goto(gameUrl(language));
      await tid(page, 'new-game').waitFor();
      await clean(page, 'menu');
      await tid(page, 'new-game').click();
      await tid(page, 'scenario-select').waitFor();
      await clean(page, 'setup');
      await openGame(page, 'classroom-sprint', { lang: language, humans: ['microsoft'], seed: 'a11y' });
      await tid(page, 'orders-panel').waitFor();
      await clean(page, 'board and orders');
      // The quarter is announced in a polite live region.
      const said = () => tid(page, 'announcer').textContent();
      expect(await tid(page, 'announcer').getAttribute('aria-live')).toBe('polite');
      await expect.poll(said).toBe(language === 'en' ? 'Q1 2024, quarter 1 of 4: your orders.' : 'Q1 2024, Quartal 1 von 4: deine Gebote.');
      // An order error shown in its field.
      await tid(page, 'bid-quantity-H100').fill('-5');
      await tid(page, 'bid-quantity-H100').dispatchEvent('input');
      await tid(page, 'submit-orders').click();
      // The error is announced: written into the field's error slot, a live region.
      const slot = page.locator('#err-bid-quantity-H100');
      expect(await slot.getAttribute('aria-live')).toBe('polite');
      await expect.poll(async () => ((await slot.textContent()) ?? '').length).toBeGreaterThan(0);
      expect(await page.locator('#orders-problems').getAttribute('aria-live')).toBe('polite');
      await clean(page, 'orders with an error');
      await tid(page, 'bid-quantity-H100').fill('');
      await tid(page, 'bid-quantity-H100').dispatchEvent('input');
      await tid(page, 'submit-orders').click();
      await tid(page, 'reveal-continue').waitFor();
      await expect.poll(said).toMatch(language === 'en' ? /^Q1 2024 revealed\. .+\.$/ : /^Q1 2024 aufgelöst\. .+\.$/);
      await clean(page, 'reveal');
      await page.keyboard.press('F1');
      await tid(page, 'glossary').waitFor();
      await clean(page, 'glossary');
      await page.keyboard.press('Escape');
      for (let q = 1; q < 4; q++) {
        await tid(page, 'reveal-continue').click();
        await tid(page, 'submit-orders').click();
        await tid(page, 'reveal-continue').waitFor();
      }
      await tid(page, 'reveal-continue').click();
      await tid(page, 'game-over').waitFor();
      await expect.poll(said).toMatch(language === 'en' ? /^Game over\. \S+ wins\.$/ : /^Spielende\. \S+ gewinnt\.$/);
      await clean(page, 'game over');
      await tid(page, 'open-debrief').click();
      await tid(page, 'debrief').waitFor();
      await page.waitForFunction(
        () => document.querySelector<HTMLElement>('[data-testid="debrief"]')?.dataset.charts !== undefined,
        undefined,
        { timeout: 15_000 },
      );
      await clean(page, 'debrief');
      await tid(page, 'debrief-close').click();
      await tid(page, 'replay-this').click();
      await tid(page, 'replay-viewer').waitFor();
      await clean(page, 'replay viewer');
      expect(findings, JSON.stringify(findings, null, 1)).toEqual({});
      expect(errors).toEqual([]);
    }, 180_000);
  }

  it('the tutorial card, on the board and in the review', async () => {
    for (const k of Object.keys(findings)) delete findings[k];
    const { page, errors } = await open({ width: 1280, height: 720 });
    await openGame(page, 'tutorial', { humans: ['microsoft'], seed: 'a11y' });
    await tid(page, 'tutorial-step').waitFor();
    await clean(page, 'tutorial step');
    await tid(page, 'tutorial-next').click();
    await tid(page, 'tutorial-next').click();
    await expect.poll(() => tid(page, 'tutorial-step').getAttribute('data-step')).toBe('q1-quantity');
    await clean(page, 'tutorial action step');
    // The shared loop, not Submit then Continue clicked blind: that lost a click on a loaded machine.
    await playToTheEnd(page);
    await tid(page, 'game-over').waitFor();
    await expect.poll(() => tid(page, 'tutorial-step').getAttribute('data-step')).toBe('review');
    await clean(page, 'tutorial review');
    expect(findings, JSON.stringify(findings, null, 1)).toEqual({});
    expect(errors).toEqual([]);
  }, 120_000);
});
