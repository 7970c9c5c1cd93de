/**
 * No English left in German (issue 13 item 8): the outside buyers' and partnership offers' names, the own chips
 * behind the wall ("Accelerator" on the board) and the bots' reasons about a chip programme's stage are German
 * with ?lang=de; and at 390 px the standings stay inside the window.
 */
import { describe, expect, it } from 'vitest';
import { openGame, settleBoard, tid, useFreshSession } from './helpers';

describe('German names', () => {
  const open = useFreshSession();

  it('board, reveal and bot reasons name buyers, offers and chips in German', async () => {
    const { page, errors } = await open({ width: 1280, height: 720 });
    await openGame(page, '2024-hopper-scramble', { lang: 'de', humans: ['microsoft'], bots: 'bot:normal', seed: 'de-names' });
    await tid(page, 'orders-panel').waitFor();
    await settleBoard(page, { errors, lang: 'de' });
    const drawn = await page.evaluate(
      () =>
        (JSON.parse(document.querySelector<HTMLCanvasElement>('#board canvas')?.dataset.board ?? '{}') as { text?: string[] }).text ?? [],
    );
    expect(drawn.filter((x) => /accelerator/i.test(x))).toEqual([]);
    expect(drawn.filter((x) => x === 'Eigener Chip' || x.includes('Beschleuniger')).length, JSON.stringify(drawn)).toBe(2);
    // Seal nothing: the reveal lists every bid, the outside buyers' among them, and the bots' reasons.
    await tid(page, 'submit-orders').click();
    await tid(page, 'reveal-continue').waitFor();
    const reveal = (await tid(page, 'reveal-table').textContent()) ?? '';
    expect(reveal).toContain('CoreWeave, Lambda und andere Neoclouds');
    expect(reveal).not.toMatch(/ and other |neoclouds|start-ups, enterprises|Chinese buyers/);
    const panel = (await page.locator('#panel').textContent()) ?? '';
    expect(panel).not.toMatch(/Stufe (none|design|tapeout|ramp|volume)\b/);
    expect(panel).not.toMatch(/\b(accelerator|hypothetical|prepaid|agreement)\b/i);
    expect(errors).toEqual([]);
  }, 90_000);

  it('at 390 px in German the standings stay inside the window', async () => {
    const { page, errors } = await open({ width: 390, height: 844 });
    await openGame(page, '2024-hopper-scramble', { lang: 'de', humans: ['microsoft'], seed: 'de-narrow' });
    await tid(page, 'orders-panel').waitFor();
    await tid(page, 'submit-orders').click();
    await tid(page, 'reveal-continue').waitFor();
    const box = await tid(page, 'standings').evaluate((t) => {
      const r = t.getBoundingClientRect();
      // The table may scroll inside its own box; that box, and the page, stay inside the window.
      const outer = (t.parentElement as HTMLElement).getBoundingClientRect();
      return { right: Math.min(r.right, outer.right), pageWide: document.scrollingElement!.scrollWidth, width: innerWidth };
    });
    expect(box.right).toBeLessThanOrEqual(box.width);
    expect(box.pageWide).toBeLessThanOrEqual(box.width);
    expect(errors).toEqual([]);
  }, 90_000);
});
