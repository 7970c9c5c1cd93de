/**
 * The game in German: `?lang=de` opens it in German (panels, numbers, money, scenario texts and the board),
 * a quarter is played through the reveal, and the menu's `language-select` switches back to English (kept in
 * localStorage for the next visit). Screenshots of the German board and reveal go to docs/screenshots/.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOTS } from './harness';
import { useSession, tid, settleBoard } from './helpers';

const SCENARIO = '2024-hopper-scramble';


/** Elements whose text is cut off or runs out of their box (a German word too long for its place). */
async function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((e) => {
        const el = e as HTMLElement;
        if (el.offsetParent === null || el.closest('.sr-only')) return false;
        const cs = getComputedStyle(el);
        const clips = cs.overflowX !== 'visible' || cs.textOverflow === 'ellipsis';
        return clips ? el.scrollWidth > el.clientWidth + 1 : false;
      })
      .map((e) => `${e.tagName.toLowerCase()}.${(e as HTMLElement).className}: ${(e.textContent ?? '').trim().slice(0, 60)}`),
  );
}

describe('the game in German', () => {
  const s = useSession();

  it('opens with ?lang=de, plays a quarter in German, and switches back to English from the menu', async () => {
    const { page, errors } = s();
    await page.goto(new URL('?lang=de', inject('baseUrl')).toString());
    await tid(page, 'new-game').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await tid(page, 'language-select').inputValue()).toBe('de');
    expect(await tid(page, 'new-game').textContent()).toBe('Neues Spiel');

    // The new-game form: German labels, the scenario's German title and description.
    await tid(page, 'new-game').click();
    const select = tid(page, 'scenario-select');
    await select.selectOption(SCENARIO);
    expect(await select.locator(`option[value="${SCENARIO}"]`).textContent()).toBe('Das Rennen um Hopper (2024–2025)');
    expect(await page.locator('form').textContent()).toMatch(/Plätze[\s\S]*Startwert/);
    expect(await page.locator('form p.muted').first().textContent()).toMatch(/\(\d+ Quartale, \d+ Unternehmen\)$/);
    expect(await tid(page, 'seat-microsoft').locator('option:checked').textContent()).toBe('Mensch (du)');
    await tid(page, 'seed-input').fill('german-test-1');
    expect(await tid(page, 'start-game').textContent()).toBe('Spiel starten');
    await tid(page, 'start-game').click();

    // The orders form: the labels the tutorial's German hints quote, money as "Mrd. $" / "Mio. $" (no-break spaces).
    const orders = tid(page, 'orders-panel');
    await orders.waitFor();
    // textContent, not innerText: headings are upper-cased by CSS.
    const text = (await orders.textContent()) ?? '';
    for (const label of ['Deine Bestellungen', 'Verdeckte Gebote', 'Restbudget', 'Chips und Strom', 'Investition in eigene Chips', 'Netzstrom ausbauen (MW)', 'Schneller Strom: Vor-Ort-Erzeugung (MW)']) expect(text).toContain(label);
    expect(await tid(page, 'submit-orders').textContent()).toBe('Verdeckte Gebote abgeben');
    const cash = page.locator('.budget .num').first();
    expect(await cash.textContent()).toMatch(/^\d+(,\d+)?\s(Mrd|Mio)\.\s\$$/);
    expect(await cash.getAttribute('aria-label')).toMatch(/^\d{1,3}(\.\d{3})+\s\$$/);
    expect(await tid(page, 'quarter-label').textContent()).toBe('Q1 2024');
    expect(await page.locator('#panel').textContent()).toMatch(/Rangliste[\s\S]*Kasse[\s\S]*Nachrichten/);
    expect(await tid(page, 'standings').locator('td .num').nth(1).textContent()).toMatch(/(Mrd|Mio)\.\s\$$/);

    // A typing mistake is explained in German.
    await tid(page, 'bid-quantity-H100').pressSequentially('5000');
    await tid(page, 'bid-price-H100').pressSequentially('-3');
    await expect.poll(() => page.locator('#err-bid-price-H100').textContent()).toMatch(/darf nicht negativ sein/);
    await tid(page, 'bid-price-H100').fill('');
    await tid(page, 'bid-price-H100').pressSequentially('40k');
    await tid(page, 'power-grid').pressSequentially('50');
    await expect.poll(() => page.locator('.field-error:not(:empty)').count()).toBe(0);
    expect(await overflowing(page, '#panel *')).toEqual([]);
    await settleBoard(page, { lang: 'de', errors });

    // One quarter through the reveal: sealed bids, notes and the bots' reasons in German.
    await tid(page, 'submit-orders').click();
    await tid(page, 'reveal-continue').waitFor();
    expect(await tid(page, 'reveal-continue').textContent()).toBe('Weiter zu Q2 2024');
    const reveal = (await page.locator('#panel').textContent()) ?? '';
    expect(reveal).toContain('Alle verdeckten Gebote, aufgedeckt');
    expect(reveal).toMatch(/Bieter[\s\S]*Gebot[\s\S]*Erhalten[\s\S]*Bezahlt/);
    expect(reveal).toMatch(/\d+\sà\s[\d,]+\s(Tsd|Mio)\.\s\$/);
    await settleBoard(page, { lang: 'de', errors });
    await page.screenshot({ path: `${SHOTS}/reveal-de-1280x720.png` });
    await tid(page, 'reveal-continue').click();
    await orders.waitFor();
    await page.locator('#panel').evaluate((p) => p.scrollTo(0, 0));
    await settleBoard(page, { lang: 'de', errors });
    await page.screenshot({ path: `${SHOTS}/board-de-1280x720.png` });
    const deBoard = await page.locator('#board canvas').screenshot();

    // Back to English from the menu: the panel and the board redraw, the choice is kept.
    await tid(page, 'to-menu').click();
    await tid(page, 'language-select').selectOption('en');
    await expect.poll(() => tid(page, 'continue-game').textContent()).toMatch(/^Continue/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => localStorage.getItem('gpurace.lang'))).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await tid(page, 'continue-game').click();
    await orders.waitFor();
    const en = (await orders.textContent()) ?? '';
    for (const label of ['Your orders', 'Sealed bids', 'Budget left', 'Silicon and power', 'Grid power to build (MW)', 'Fast power: on-site generation (MW)']) expect(en).toContain(label);
    expect(await page.locator('.budget .num').first().textContent()).toMatch(/^\$\d+(\.\d+)?[BM]$/);
    await settleBoard(page, { lang: 'en', errors });
    expect(Buffer.compare(deBoard, await page.locator('#board canvas').screenshot())).not.toBe(0);

    // The choice made in the menu outlives the page: German again, then a visit without ?lang=.
    await tid(page, 'to-menu').click();
    await tid(page, 'language-select').selectOption('de');
    await expect.poll(() => tid(page, 'continue-game').textContent()).toMatch(/^Weiterspielen/);
    await page.goto(inject('baseUrl'));
    await tid(page, 'continue-game').waitFor();
    expect(await tid(page, 'continue-game').textContent()).toMatch(/^Weiterspielen/);
    expect(await tid(page, 'language-select').inputValue()).toBe('de');
    expect(errors).toEqual([]);
  });
});
