/**
 * The glossary dialog and the ticker's list of every headline look alike as panels, from one rule set
 * (`.popover-panel` and `.popover-head`, src/ui/popover.css; the list had copied the glossary's rules): at
 * 1280x720 and 390x844 both carry the shared classes and compute the same background, text colour, border,
 * corner radius and overflow, and the same title row layout. The stylesheets are read by
 * test/ui/popover-panel.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openGame, resizeAndSettle, tid, useFreshSession } from './helpers';

/** The panel's and its title row's computed look, and whether they carry the shared classes. */
function look(page: Page, panel: string, head: string) {
  return page.evaluate(
    ([p, h]) => {
      const el = document.querySelector<HTMLElement>(p as string);
      const row = document.querySelector<HTMLElement>(h as string);
      if (!el || !row) throw new Error(`no ${p} or ${h}`);
      const c = getComputedStyle(el);
      const r = getComputedStyle(row);
      return {
        classes: el.classList.contains('popover-panel') && row.classList.contains('popover-head'),
        panel: [c.backgroundColor, c.color, c.borderTopWidth, c.borderTopStyle, c.borderTopColor, c.borderBottomColor, c.borderRadius, c.overflowY],
        head: [r.display, r.justifyContent, r.alignItems, r.columnGap],
      };
    },
    [panel, head],
  );
}

describe('one panel look for the glossary and the headline list', () => {
  const open = useFreshSession();

  it('at 1280x720 and 390x844 both panels compute the same look', async () => {
    const { page, errors } = await open({ width: 1280, height: 720 });
    await openGame(page, 'classroom-sprint', { humans: ['microsoft'], bots: 'bot:easy', seed: 'popover-panel' });
    await tid(page, 'orders-panel').waitFor();
    for (const [w, h] of [
      [1280, 720],
      [390, 844],
    ] as const) {
      await resizeAndSettle(page, w, h, { errors });
      await tid(page, 'ticker-open').click();
      await expect.poll(() => page.evaluate(() => document.querySelector('#ticker-list')?.matches(':popover-open') ?? false)).toBe(true);
      const list = await look(page, '#ticker-list', '.ticker-list-head');
      await page.keyboard.press('Escape');
      await tid(page, 'glossary-open').click();
      await expect.poll(() => page.evaluate(() => document.querySelector<HTMLDialogElement>('[data-testid="glossary"]')?.open ?? false)).toBe(true);
      const glossary = await look(page, '[data-testid="glossary"]', '.gloss-head');
      await page.keyboard.press('Escape');
      expect(list.classes && glossary.classes, `${w}x${h}: the shared classes`).toBe(true);
      expect(list.panel, `${w}x${h}: panel`).toEqual(glossary.panel);
      expect(list.head, `${w}x${h}: title row`).toEqual(glossary.head);
      expect(list.panel[3]).toBe('solid');
    }
    expect(errors).toEqual([]);
  }, 90_000);
});
