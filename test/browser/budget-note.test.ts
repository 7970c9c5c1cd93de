/**
 * Where the cash comes from: every quarter a company's budget arrives (the scenario's `budget`), so the cash at
 * the next orders is billions more than the reveal just showed. A newcomer playing the base scenario as
 * Microsoft saw $19.1B after Q1 and $28.6B at Q2's orders, with nothing on the page saying why.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOTS } from './harness';
import { startGame, tid, useSession } from './helpers';

const SCENARIO = '2024-hopper-scramble';

/** The text of an element, whitespace collapsed. */
const textOf = async (page: Page, id: string): Promise<string> => ((await tid(page, id).textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** Submits the orders as they stand and waits for the reveal. */
async function submitEmpty(page: Page): Promise<void> {
  await tid(page, 'orders-panel').waitFor();
  await tid(page, 'submit-orders').click();
  await tid(page, 'reveal-continue').waitFor();
}

for (const [lang, now, next] of [
  ['en', /^Cash includes \$9\.45B new budget/, /next quarter brings \$10B/],
  ['de', /^Kasse enthält 9,45\sMrd\.\s\$ neues Budget/, /nächste Quartal bringt 10\sMrd\.\s\$/],
] as const) {
  describe(`a newcomer’s first quarters in ${lang}`, () => {
    // A session of its own: the page resumes the game in progress of the one before.
    const s = useSession({ width: 1280, height: 720 });

    it(`says in ${lang} where each quarter’s new cash comes from, and what the next quarter brings`, async () => {
      const { page, errors } = s();
      await page.goto(`${inject('baseUrl')}?lang=${lang}`);
      await startGame(page, SCENARIO, { humans: ['microsoft'], bots: 'bot:easy', seed: `budget-${lang}` });
      // Microsoft's budget is $9.45B a quarter in 2024 and $10B in 2025: each quarter's orders say what came in.
      for (let q = 1; q <= 4; q++) {
        await tid(page, 'orders-panel').waitFor();
        const note = await textOf(page, 'budget-arrives');
        expect(note, `Q${q}`).toMatch(now);
        if (q === 4) {
          expect(note).toMatch(next);
          if (lang === 'de') await page.screenshot({ path: `${SHOTS}/orders-budget-arrives-de-1280x720.png` });
        }
        await submitEmpty(page);
        await tid(page, 'reveal-continue').click();
      }
      expect(errors).toEqual([]);
    });
  });
}
