/**
 * Where the cash comes from and where it goes: every quarter a company's budget arrives (the scenario's
 * `budget`), so the cash at the next orders is billions more than the reveal just showed. A newcomer playing
 * the base scenario as Microsoft saw $19.1B after Q1 and $28.6B at Q2's orders, with nothing on the page saying
 * why; and the reveal's "Paid $82.5M" and "AI revenue $770M" did not add up to the cash it showed (power and
 * silicon had cost $400M more).
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

for (const [lang, now, next, flow] of [
  [
    'en',
    /^Cash includes \$9\.45B new budget/,
    /next quarter brings \$10B/,
    /^Cash (\S+) → \S+: \+\S+ AI revenue, −\S+ spent \(\$\d+(\.\d+)?M on chips, \$\d+(\.\d+)?M on power, own silicon, deals and running costs\)\. The next quarter brings \$9\.45B new budget\.$/,
  ],
  [
    'de',
    /^Kasse enthält 9,45\sMrd\.\s\$ neues Budget/,
    /nächste Quartal bringt 10\sMrd\.\s\$/,
    /^Kasse (\S+\s\S+\s\$) → .+ für Chips, .+ für Strom, eigene Chips, Verträge und laufende Kosten\)\. Das nächste Quartal bringt 9,45\sMrd\.\s\$ neues Budget\.$/,
  ],
] as const) {
  describe(`a newcomer’s first quarters in ${lang}`, () => {
    // A session of its own: the page resumes the game in progress of the one before.
    const s = useSession({ width: 1280, height: 720 });

    it(`says in ${lang} where each quarter’s new cash comes from, where it went, and what the next quarter brings`, async () => {
      const { page, errors } = s();
      await page.goto(`${inject('baseUrl')}?lang=${lang}`);
      await startGame(page, SCENARIO, { humans: ['microsoft'], bots: 'bot:easy', seed: `budget-${lang}` });
      // Q1: chips, grid power and silicon; the reveal's box then says where the cash went, from the cash the
      // orders showed, and that the next budget is on its way.
      await tid(page, 'orders-panel').waitFor();
      const cashAtOrders = ((await page.locator('.budget > div').first().locator('.num').textContent()) ?? '').replace(/\s+/g, ' ');
      await tid(page, 'bid-quantity-H100').fill('3000');
      await tid(page, 'bid-price-H100').fill('35000');
      await tid(page, 'power-grid').fill('30');
      await tid(page, 'silicon-investment').fill('100M');
      await tid(page, 'submit-orders').click();
      await tid(page, 'reveal-continue').waitFor();
      const line = await textOf(page, 'cash-flow');
      expect(line).toMatch(flow);
      expect(line.match(flow)?.[1]?.replace(/\s+/g, ' ')).toBe(cashAtOrders);
      if (lang === 'en') await tid(page, 'quarter-summary').screenshot({ path: `${SHOTS}/cash-flow-en-1280x720.png` });
      await tid(page, 'reveal-continue').click();
      // Microsoft's budget is $9.45B a quarter in 2024 and $10B in 2025: each quarter's orders say what came in.
      for (let q = 2; q <= 4; q++) {
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
