/**
 * The 2025 scenario's Tier-2 cap on the Gulf Sovereign Cloud seat's orders panel in Q2, on a phone (390x844) in
 * English and German. Before, the refusal for bids over the cap ("… caps Gulf Sovereign Cloud … at 4,158 units a
 * quarter; these bids ask for 8,316.") sat under one chip's quantity, squeezed into the 78 px units column, 14 lines
 * tall. Now it is shown once, full width in the problems list at the panel's foot, and says Submit is refused until
 * the bids fit; the Export status counts the units the bids use of the one cap.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { botsIdle, gameUrl, startGame, tid, useFreshSession } from './helpers';

const GULF = 'gulf-cloud';
const RULE = 'diffusion-2025-tier2-cap';

/** From a fresh page: the 2025 scenario with the Gulf seat played here, Q1 sent empty, at Q2's orders panel. */
export async function gulfAtQ2(page: Page, lang: string): Promise<void> {
  await page.goto(gameUrl(lang));
  await startGame(page, '2025-diffusion-rule', { humans: [GULF], seed: 'phone-cap-1' });
  await tid(page, 'submit-orders').click();
  await tid(page, 'reveal-continue').click();
  await botsIdle(page);
  await tid(page, 'submit-orders').waitFor();
}

async function type(page: Page, id: string, text: string): Promise<void> {
  await tid(page, id).fill(text);
  await tid(page, id).dispatchEvent('input');
}

describe('over the Tier-2 cap on a phone', () => {
  const open = useFreshSession();
  for (const [lang, words, count] of [
    ['en', 'Submit is refused until the bids fit the cap.', '(8,316 of 4,158 used)'],
    ['de', 'Abschicken geht erst, wenn die Gebote unter die Obergrenze passen.', '(8.316 von 4.158 verplant)'],
  ] as const) {
    it(`the refusal is shown once, full width, and says Submit is refused (${lang})`, async () => {
      const { page } = await open({ width: 390, height: 844 });
      await gulfAtQ2(page, lang);
      await expect.poll(() => tid(page, `cap-used-status-${RULE}`).textContent()).toMatch(/^\(0 (of|von) 4[,.]158/);
      await type(page, 'bid-quantity-H100', '4158');
      await type(page, 'bid-price-H100', '40000');
      await type(page, 'bid-quantity-B200', '4158');
      await type(page, 'bid-price-B200', '95000');
      const m = await page.evaluate(() => {
        const items = [...document.querySelectorAll<HTMLElement>('#orders-problems li')].filter((li) => /4[,.]158/.test(li.textContent ?? ''));
        const slots = [...document.querySelectorAll<HTMLElement>('.sku-table .field-error')].filter((e) => (e.textContent ?? '') !== '');
        const form = document.querySelector('[data-testid="orders-panel"]')?.getBoundingClientRect();
        const li = items[0]?.getBoundingClientRect();
        return { n: items.length, text: items[0]?.textContent ?? '', liWidth: li?.width ?? 0, formWidth: form?.width ?? 0, liHeight: li?.height ?? 0, slots: slots.map((e) => e.textContent) };
      });
      expect(m.n, 'the cap refusal once in #orders-problems').toBe(1);
      expect(m.text).toContain(words);
      expect(m.slots, 'no refusal squeezed under a chip').toEqual([]);
      expect(m.liWidth).toBeGreaterThan(m.formWidth * 0.8);
      expect(await tid(page, `cap-used-status-${RULE}`).textContent()).toBe(count);
      expect(await tid(page, `cap-used-B200-${RULE}`).textContent()).toBe(count);
      await tid(page, 'submit-orders').click();
      expect(await tid(page, 'submit-orders').isVisible(), 'Submit refused: the panel stays').toBe(true);
      await page.screenshot({ path: `/tmp/phone-cap-shots/cap-over-390x844-${lang}.png` });
    });
  }
});
