/**
 * A three-team hot-seat game in headless Chromium: Microsoft, Meta and Google share the device, ByteDance is a
 * bot. Each team types distinctive numbers; after the device is passed, neither the page's text, nor any
 * attribute, nor any input holds an earlier team's numbers, until the reveal, which shows them all.
 * Screenshot of the privacy screen into docs/screenshots/.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOTS } from './harness';
import { useSession, tid, startGame } from './helpers';


/** Everything a person (or a curious student with the inspector) could read on the page: text, attributes, input values. */
async function readable(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [document.body.innerText];
    for (const node of Array.from(document.body.querySelectorAll('*'))) {
      if (node.tagName === 'SCRIPT' || node.tagName === 'LINK') continue;
      for (const a of Array.from(node.attributes)) parts.push(a.value);
      if (node instanceof HTMLInputElement || node instanceof HTMLSelectElement || node instanceof HTMLTextAreaElement) parts.push(node.value);
    }
    return parts.join('\n');
  });
}

interface Team {
  name: string;
  quantity: string;
  price: string;
  /** How the numbers could show on the page: typed, grouped, abbreviated. */
  secrets: RegExp[];
}

const TEAMS: Team[] = [
  { name: 'Microsoft', quantity: '4321', price: '98765', secrets: [/4[,.\s]?321/, /98[,.\s]?765/, /98[.,]8\s?k/i] },
  { name: 'Meta', quantity: '3579', price: '87654', secrets: [/3[,.\s]?579/, /87[,.\s]?654/, /87[.,]7\s?k/i] },
  { name: 'Google', quantity: '2468', price: '76543', secrets: [/2[,.\s]?468/, /76[,.\s]?543/, /76[.,]5\s?k/i] },
];

describe('hot seat: three teams at one device', () => {
  const s = useSession();

  it('no team sees another team’s orders before the reveal; the reveal shows them all', async () => {
    const { page, errors } = s();
    await page.goto(inject('baseUrl'));
    // Three teams; ByteDance is a bot.
    expect(await startGame(page, 'classroom-sprint', { humans: ['microsoft', 'meta', 'google'], seed: 'hotseat-class' })).toEqual(['microsoft', 'meta', 'google', 'bytedance']);

    const sealed: Team[] = [];
    for (const team of TEAMS) {
      // The privacy screen names the team the device goes to; nothing of the teams before is on the page.
      const pass = tid(page, 'pass-device');
      await pass.waitFor();
      expect(await pass.locator('h1').textContent()).toBe(`Pass to the ${team.name} team`);
      expect(await tid(page, 'orders-panel').count()).toBe(0);
      const text = await readable(page);
      for (const prev of sealed) for (const re of prev.secrets) expect(text, `${prev.name}'s orders on ${team.name}'s privacy screen`).not.toMatch(re);
      if (team.name === 'Meta') await page.screenshot({ path: `${SHOTS}/hotseat-pass-device-1280x720.png` });

      await tid(page, 'pass-device-continue').click();
      await tid(page, 'orders-panel').waitFor();
      expect(await pass.count()).toBe(0);
      expect(await tid(page, 'orders-panel').locator('.badge-name').first().textContent()).toBe(team.name);
      // The team's own form: empty, and still nothing of the teams before it anywhere on the page.
      const values = await page.locator('input[type="text"]').evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value));
      expect(values.every((v) => v === '')).toBe(true);
      const mine = await readable(page);
      for (const prev of sealed) for (const re of prev.secrets) expect(mine, `${prev.name}'s orders on ${team.name}'s orders screen`).not.toMatch(re);

      await tid(page, 'bid-quantity-H100').pressSequentially(team.quantity);
      await tid(page, 'bid-price-H100').pressSequentially(team.price);
      await expect.poll(() => page.locator('#orders-problems li').count()).toBe(0);
      if (team.name === 'Meta') await page.screenshot({ path: `${SHOTS}/hotseat-orders-1280x720.png` });
      await tid(page, 'submit-orders').click();
      sealed.push(team);
    }

    // The reveal: every team's sealed bid, in the open.
    await tid(page, 'reveal-continue').waitFor();
    expect(await tid(page, 'pass-device').count()).toBe(0);
    const reveal = await readable(page);
    for (const team of TEAMS) {
      expect(reveal).toContain(`${Number(team.quantity).toLocaleString('en-US')} units at up to $${Number(team.price).toLocaleString('en-US')} each`);
    }
    // The next quarter begins with the device going to the first team again.
    await tid(page, 'reveal-continue').click();
    await tid(page, 'pass-device').waitFor();
    expect(await tid(page, 'pass-device').locator('h1').textContent()).toBe('Pass to the Microsoft team');
    expect(errors).toEqual([]);
  });
});
