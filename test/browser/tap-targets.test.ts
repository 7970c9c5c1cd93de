/**
 * Every control on the play screen is big enough to tap on a phone (WCAG 2.2 target size, minimum: 24x24 CSS px).
 * A play-tester at 390x844 measured the "Export status" link at 91x17 and the standings' "Score" header (a glossary
 * link) at 41x13. The 2025 scenario, played as Gulf Sovereign Cloud: its first orders with a bid typed in (so the
 * "+ Lower bid" button shows), then its reveal; each shown a, button, input, select, textarea, summary,
 * [role=button] and [tabindex] (not -1) has a box at least 24 px wide and tall. Kept simple: size only, not WCAG's
 * spacing exception. Screenshots `tap-targets-<screen>-390x844.png` to SHOTS.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOTS } from './harness';
import { openGame, settleBoard, tid, useSession } from './helpers';

/** The shown controls under 24x24 CSS px, as 'button "Export status" 91x17'. */
function tooSmall(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const sel = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])';
    for (const e of document.querySelectorAll<HTMLElement>(sel)) {
      if (!e.checkVisibility({ visibilityProperty: true }) || e.closest('.sr-only, [inert]')) continue;
      const b = e.getBoundingClientRect();
      if (b.width === 0 && b.height === 0) continue;
      if (b.width < 23.5 || b.height < 23.5) {
        const name = (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        out.push(`${e.tagName.toLowerCase()}${e.dataset.testid ? `[${e.dataset.testid}]` : ''} "${name}" ${b.width.toFixed(0)}x${b.height.toFixed(0)}`);
      }
    }
    return out;
  });
}

describe('tap targets on a phone', () => {
  const s = useSession({ width: 390, height: 844 });

  it('every control on the orders and reveal screens is at least 24x24 px at 390x844', async () => {
    const { page, errors } = s();
    await openGame(page, '2025-diffusion-rule', { lang: 'en', humans: ['gulf-cloud'], bots: 'bot:easy', seed: 'tap-1' });
    await tid(page, 'submit-orders').waitFor();
    await settleBoard(page, { errors });
    const qty = page.locator('[data-testid^="bid-quantity-"]').first();
    const sku = ((await qty.getAttribute('data-testid')) ?? '').replace('bid-quantity-', '');
    await qty.fill('1000');
    await tid(page, `bid-price-${sku}`).fill('30000');
    await tid(page, `bid-price-${sku}`).dispatchEvent('input');
    await tid(page, `add-tranche-${sku}`).waitFor();
    await page.screenshot({ path: `${SHOTS}/tap-targets-orders-390x844.png`, fullPage: true });
    const found = (await tooSmall(page)).map((x) => `orders: ${x}`);
    await tid(page, 'submit-orders').click();
    await tid(page, 'reveal-continue').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${SHOTS}/tap-targets-reveal-390x844.png`, fullPage: true });
    found.push(...(await tooSmall(page)).map((x) => `reveal: ${x}`));
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  });
});
