/**
 * The glossary and how to win (issue 13 item 6), in Chromium against the built game: one key (? or F1) or the
 * ? button away on the menu, the board, the reveal, game over, the debrief and the replay viewer; Escape closes
 * it (and only it, over the debrief); ? typed in an order field stays a character; terms in the standings,
 * the export status and the tutorial's card open it at that term; German; screenshots.
 */
import { describe, expect, it } from 'vitest';
import { SHOTS, type Page } from './harness';
import { settleBoard, startGame, tid, useFreshSession, openGame, gameUrl } from './helpers';

const TERMS = ['howToWin', 'par', 'capability', 'market', 'independence', 'efficiency', 'h100e', 'tpp', 'mig', 'exportTiers'];

const isOpen = (page: Page) => page.evaluate(() => document.querySelector<HTMLDialogElement>('[data-testid="glossary"]')?.open ?? false);
const current = (page: Page) => page.evaluate(() => document.querySelector('[data-testid="glossary"] .gloss-current')?.id ?? null);

/** Opens with `key`, checks every term is listed, closes with Escape. */
async function keyOpensAndCloses(page: Page, key: string): Promise<void> {
  await page.locator('body').press(key);
  await expect.poll(() => isOpen(page)).toBe(true);
  for (const term of TERMS) expect(await tid(page, `gloss-${term}`).isVisible()).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => isOpen(page)).toBe(false);
}

describe('the glossary', () => {
  const open = useFreshSession();

  for (const [w, h] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`at ${w}x${h}: one key or click away on every screen, terms linked where they appear`, async () => {
      const { page, errors } = await open({ width: w, height: h });
      await page.goto(gameUrl());
      // Menu: ? and F1 open it; the ? button too.
      await tid(page, 'new-game').waitFor();
      await keyOpensAndCloses(page, '?');
      await keyOpensAndCloses(page, 'F1');
      await tid(page, 'glossary-open').click();
      await expect.poll(() => isOpen(page)).toBe(true);
      expect(await tid(page, 'glossary').locator('h2').textContent()).toBe('Glossary and how to win');
      await tid(page, 'glossary-close').click();
      await expect.poll(() => isOpen(page)).toBe(false);

      // Board: ? typed in a field is a character; a term in the standings opens the glossary at it.
      await startGame(page, 'tutorial', { humans: ['microsoft'], seed: 'gloss' });
      await tid(page, 'orders-panel').waitFor();
      await tid(page, 'tutorial-skip').click();
      await tid(page, 'bid-quantity-H100').focus();
      await page.keyboard.press('?');
      expect(await isOpen(page)).toBe(false);
      expect(await tid(page, 'bid-quantity-H100').inputValue()).toBe('?');
      await tid(page, 'bid-quantity-H100').fill('');
      await keyOpensAndCloses(page, 'F1');
      await tid(page, 'standings').locator('[data-gloss="par"]').click();
      await expect.poll(() => isOpen(page)).toBe(true);
      expect(await current(page)).toBe('gloss-par');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('gloss-par');
      await settleBoard(page, { errors });
      await page.screenshot({ path: `${SHOTS}/glossary-${w}x${h}.png` });
      await page.keyboard.press('Escape');
      await expect.poll(() => isOpen(page)).toBe(false);
      // The export status names the export rules' entry.
      await tid(page, 'export-status-microsoft').locator('[data-gloss="exportTiers"]').click();
      expect(await current(page)).toBe('gloss-exportTiers');
      await page.keyboard.press('Escape');

      // Reveal, then game over (three quarters).
      await tid(page, 'submit-orders').click();
      await tid(page, 'reveal-continue').waitFor();
      await keyOpensAndCloses(page, '?');
      for (let q = 0; q < 2; q++) {
        await tid(page, 'reveal-continue').click();
        await tid(page, 'submit-orders').click();
        await tid(page, 'reveal-continue').waitFor();
      }
      await tid(page, 'reveal-continue').click();
      await tid(page, 'game-over').waitFor();
      await keyOpensAndCloses(page, '?');
      await tid(page, 'final-standings').locator('[data-gloss="efficiency"]').click();
      expect(await current(page)).toBe('gloss-efficiency');
      await page.keyboard.press('Escape');

      // Debrief: the glossary opens over it, and Escape closes the glossary only.
      await tid(page, 'open-debrief').click();
      await tid(page, 'debrief').waitFor();
      await page.keyboard.press('F1');
      await expect.poll(() => isOpen(page)).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => isOpen(page)).toBe(false);
      expect(await tid(page, 'debrief').isVisible()).toBe(true);
      await tid(page, 'debrief-close').click();

      // Replay viewer.
      await tid(page, 'replay-this').click();
      await tid(page, 'replay-viewer').waitFor();
      await keyOpensAndCloses(page, 'F1');
      expect(errors).toEqual([]);
    }, 120_000);
  }

  it('in German, and from the tutorial card', async () => {
    const { page, errors } = await open({ width: 1280, height: 720 });
    await openGame(page, 'tutorial', { lang: 'de', humans: ['microsoft'], seed: 'gloss' });
    await tid(page, 'orders-panel').waitFor();
    await tid(page, 'tutorial-step').locator('[data-gloss="par"]').click();
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await current(page)).toBe('gloss-par');
    expect(await tid(page, 'glossary').locator('h2').textContent()).toBe('Glossar und wie man gewinnt');
    expect(await tid(page, 'gloss-capability').textContent()).toBe('Rechenleistung');
    expect(await tid(page, 'glossary-open').getAttribute('aria-label')).toBe('Glossar (? oder F1)');
    await page.screenshot({ path: `${SHOTS}/glossary-de-1280x720.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);
});
