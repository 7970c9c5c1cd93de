/**
 * The board after a reveal, played through the base scenario as Microsoft in English and German: the clearing
 * prices under the stacks ran into each other and into the export wall's label (German, 1280×720), and the
 * campus cards cut the number that mattered with an ellipsis ("231 Tsd. laufen · 29,4…", "884 MW · 96 % · +1.0…").
 * board-labels.test.ts checks the board before any reveal; this one after it, where prices and idle chips show.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOTS } from './harness';
import { boardLabels, overlappingText, resizeAndSettle, settleBoard, startGame, tid, useSession } from './helpers';

const SCENARIO = '2024-hopper-scramble';

/** The sizes people play at, from a projector's laptop to two phones. */
const SIZES = [
  [1024, 768],
  [1280, 720],
  [1366, 768],
  [1920, 1080],
  [390, 844],
  [360, 740],
] as const;

/** Submits the orders as they stand and waits for the reveal. */
async function submitEmpty(page: Page): Promise<void> {
  await tid(page, 'orders-panel').waitFor();
  await tid(page, 'submit-orders').click();
  await tid(page, 'reveal-continue').waitFor();
}

for (const lang of ['de', 'en'] as const) {
  describe(`the board after a reveal in ${lang}`, () => {
    const s = useSession({ width: 1280, height: 720 });

    it(`draws the board after a reveal in ${lang} with no text over text and no number cut short`, async () => {
      const { page, errors } = s();
      await page.goto(`${inject('baseUrl')}?lang=${lang}`);
      await startGame(page, SCENARIO, { humans: ['microsoft'], bots: 'bot:normal', seed: 'explore-1' });
      const overlaps: string[] = [];
      const cut: string[] = [];
      const supplies: string[] = [];
      const unnamed: string[] = [];
      const unitless: string[] = [];
      for (let q = 1; q <= 2; q++) {
        await submitEmpty(page);
        await settleBoard(page, { errors });
        // Each stack counts the units the panel says were on sale ("367k of 464k sold"), carried stock included.
        const onBoard = (await boardLabels(page)).map((l) => l.text);
        for (const line of await page.locator('[data-testid=reveal-table] .clearing .muted').allTextContents()) {
          const supply = /(?:of|von) (.+?) (?:sold|verkauft)/.exec(line)?.[1];
          if (!supply || !onBoard.includes(supply)) supplies.push(`Q${q}: the panel says "${line}", the board has no "${supply}"`);
        }
        for (const [w, h] of SIZES) {
          await resizeAndSettle(page, w, h, { errors });
          const labels = await boardLabels(page);
          for (const pair of overlappingText(labels)) overlaps.push(`Q${q} ${w}x${h}: ${pair}`);
          // A label with a number in it never loses its end to an ellipsis (the idle chips, the MW being built).
          for (const l of labels) if (/\d/.test(l.text) && l.text.includes('…')) cut.push(`Q${q} ${w}x${h}: ${l.text}`);
          // The card's score line says which quarter its change was ("Score 30.6 after Q1 '24 (+30.6)"), so it is not
          // read as the standings' "± par so far"; at 1280 wide and more the card has room for it.
          const moved = labels.map((l) => l.text).filter((x) => /^(Score|Punkte) \d/.test(x));
          if (w >= 1280 && moved.length === 0) unnamed.push(`Q${q} ${w}x${h}: no score line on the card`);
          for (const x of moved) if (!x.includes(`Q${q}`)) unnamed.push(`Q${q} ${w}x${h}: ${x}`);
          // The power being built keeps its unit on a narrow card ("1,174 MW · +1,346" read as 1,346 what?).
          for (const l of labels) if (/· \+[\d.,]+$/.test(l.text)) unitless.push(`Q${q} ${w}x${h}: ${l.text}`);
          if (q === 1 && w === 1280) await page.screenshot({ path: `${SHOTS}/reveal-board-${lang}-1280x720.png` });
        }
        await resizeAndSettle(page, 1280, 720, { errors });
        await tid(page, 'reveal-continue').click();
      }
      expect.soft(overlaps, 'text drawn over text').toEqual([]);
      expect.soft(cut, 'numbers cut by an ellipsis').toEqual([]);
      expect.soft(supplies, 'supply on the board and in the panel').toEqual([]);
      expect.soft(unnamed, "the card's score change names its quarter").toEqual([]);
      expect.soft(unitless, 'MW being built without its unit').toEqual([]);
      expect(errors).toEqual([]);
    });
  });
}
