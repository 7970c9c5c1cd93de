/**
 * The orders panel's power and own-silicon fields in headless Chromium: the foundry booking (deposit now,
 * delivery two quarters later), the slow grid build and the fast, dear on-site build, each with its label,
 * its costs and its effect on "budget left", reachable by keyboard, in English and German, and laid out
 * without overflow at 1280x720 and 390x844. Screenshots into the screenshots folder.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, type Session, SHOTS } from './harness';
import { tid, startGame } from './helpers';
import { mkdirSync } from 'node:fs';

const SCENARIO = '2024-hopper-scramble';

async function startAs(page: Page, human: string, lang?: string): Promise<void> {
  await page.goto(lang ? new URL(`?lang=${lang}`, inject('baseUrl')).toString() : inject('baseUrl'));
  await startGame(page, SCENARIO, { humans: [human], seed: 'power-silicon-1' });
  await tid(page, 'orders-panel').waitFor();
}

async function budgetLeft(page: Page): Promise<number> {
  const exact = (await page.locator('.budget .left').getAttribute('aria-label')) ?? '';
  const n = Number(exact.replace(/[^\d]/g, ''));
  return exact.startsWith('−') ? -n : n;
}

async function type(page: Page, id: string, text: string): Promise<void> {
  const input = tid(page, id);
  await input.fill(text);
  await input.dispatchEvent('input');
}

/** Fails if any of the fields, their labels or hints stick out of the viewport or overlap each other. */
async function expectLaidOut(page: Page, width: number): Promise<void> {
  const boxes = await page.evaluate(() => {
    const ids = ['in-foundry-booking', 'in-power-grid', 'in-power-fast', 'hint-foundry-booking', 'hint-power-grid', 'hint-power-fast'];
    const labels = ['in-foundry-booking', 'in-power-grid', 'in-power-fast'].map((id) => document.querySelector(`label[for="${id}"]`));
    return [...ids.map((id) => document.getElementById(id)), ...labels].map((e) => {
      const r = (e as HTMLElement).getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    });
  });
  for (const [i, b] of boxes.entries()) {
    expect(b.w, `box ${i}`).toBeGreaterThan(0);
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.w, `box ${i} right edge`).toBeLessThanOrEqual(width + 0.5);
  }
  const overlap = (a: (typeof boxes)[number], b: (typeof boxes)[number]) => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i] as never, boxes[j] as never), `boxes ${i} and ${j} overlap`).toBe(false);
}

describe('power and own-silicon orders', () => {
  let s: Session;
  afterEach(async () => {
    await s?.close();
  });

  describe('at 1280x720', () => {
    beforeEach(async () => {
      mkdirSync(SHOTS, { recursive: true });
      s = await openSession(inject('chromePath'));
    });

    it('books foundry units and builds grid and fast power, with their costs in budget left, by keyboard', async () => {
      const { page, errors } = s;
      await startAs(page, 'google');
      for (const id of ['foundry-booking', 'power-grid', 'power-fast']) {
        await expect.poll(() => tid(page, id).count()).toBe(1);
        expect(await page.locator(`label[for="in-${id}"]`).count()).toBe(1);
      }
      expect(await page.locator('label[for="in-foundry-booking"]').textContent()).toMatch(/foundry units to book/);
      // TPU v5/Trillium at $5,000: 25% deposit = $1,250 now, $3,750 on delivery two quarters later.
      const booking = (await page.locator('#hint-foundry-booking').textContent()) ?? '';
      expect(booking).toMatch(/\$1,250 deposit a unit now/);
      expect(booking).toMatch(/\$3,750 a unit on delivery/);
      expect(booking).toMatch(/lose their deposit/);
      expect(await page.locator('label[for="in-power-grid"]').textContent()).toBe('Grid power to build (MW)');
      expect(await page.locator('#hint-power-grid').textContent()).toMatch(/Slow: \$10M per MW/);
      expect(await page.locator('label[for="in-power-fast"]').textContent()).toBe('Fast power: on-site generation (MW)');
      expect(await page.locator('#hint-power-fast').textContent()).toMatch(/Fast and dear: \$25M per MW/);
      expect(await page.locator('#power-status').textContent()).toMatch(/your fleet needs/);

      const before = await budgetLeft(page);
      await type(page, 'foundry-booking', '1000');
      await expect.poll(() => budgetLeft(page)).toBe(before - 1_250_000);
      await type(page, 'power-grid', '10');
      await expect.poll(() => budgetLeft(page)).toBe(before - 1_250_000 - 100_000_000);
      await type(page, 'power-fast', '10');
      await expect.poll(() => budgetLeft(page)).toBe(before - 1_250_000 - 100_000_000 - 250_000_000);
      // A booking above the growth cap is explained before submit.
      await type(page, 'foundry-booking', '5000000');
      await expect.poll(() => page.locator('#err-foundry-booking').textContent()).toMatch(/at most 375,000 units this quarter/);
      await type(page, 'foundry-booking', '1000');
      await expect.poll(() => page.locator('.field-error:not(:empty)').count()).toBe(0);

      // Keyboard: Tab walks booking -> grid -> fast.
      await tid(page, 'foundry-booking').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('in-power-grid');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('in-power-fast');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('5');
      await expect.poll(() => budgetLeft(page)).toBe(before - 1_250_000 - 100_000_000 - 125_000_000);

      await expectLaidOut(page, 1280);
      await tid(page, 'power-grid').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/orders-power-silicon-1280x720.png` });
      await tid(page, 'submit-orders').click();
      await tid(page, 'reveal-continue').waitFor();
      expect(errors).toEqual([]);
    });

    it('shows the fields in German', async () => {
      const { page, errors } = s;
      await startAs(page, 'google', 'de');
      expect(await page.locator('label[for="in-power-grid"]').textContent()).toBe('Netzstrom ausbauen (MW)');
      expect(await page.locator('label[for="in-power-fast"]').textContent()).toBe('Schneller Strom: Vor-Ort-Erzeugung (MW)');
      expect(await page.locator('label[for="in-foundry-booking"]').textContent()).toMatch(/Foundry-Kapazität buchen/);
      expect(await page.locator('#hint-foundry-booking').textContent()).toMatch(/Anzahlung pro Stück/);
      expect(errors).toEqual([]);
    });
  });

  describe('at 390x844', () => {
    beforeEach(async () => {
      mkdirSync(SHOTS, { recursive: true });
      s = await openSession(inject('chromePath'), { width: 390, height: 844 });
    });

    it('lays the fields out without overflow or overlap', async () => {
      const { page, errors } = s;
      await startAs(page, 'meta');
      await tid(page, 'power-fast').waitFor();
      await tid(page, 'power-grid').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/orders-power-silicon-390x844.png` });
      await expectLaidOut(page, 390);
      expect(errors).toEqual([]);
    });
  });
});
