/**
 * The page holds against hostile text and keeps to its own origin (docs/security.md, rows 1 and 3), in
 * headless Chromium against the built page.
 *
 * - Script injection: the served bundle is rewritten in transit (Playwright routing) so that the bundled
 *   tutorial's Microsoft is named `<img src=x onerror=alert(1)>`, as a hostile scenario file would name it; the
 *   production build itself is unchanged. The name must show as text, with no dialog and no such <img>.
 * - CSP and origin: a whole game with the debrief on the unmodified build; every request (page and worker) is
 *   recorded, and every `securitypolicyviolation` event and console error: none may leave the origin or
 *   break the policy. A control at the end proves the listener sees a violation when there is one.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { bidAndSubmit, launch, startGame, tid } from './security-helpers';

const XSS = '<img src=x onerror=alert(1)>';

/** Records CSP violations in the page (installed before any script of the page runs). */
async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
}

describe('the page against hostile text, and its own origin', () => {
  let chrome: Awaited<ReturnType<typeof launch>>;

  beforeAll(async () => {
    chrome = await launch(inject('chromePath'));
  });

  afterAll(async () => {
    await chrome?.close();
  });

  it('a scenario whose company is named <img src=x onerror=alert(1)> shows the name as text: no dialog, no such <img>', async () => {
    const { context, page, errors } = await chrome.tab();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    await watchCsp(context);
    // The hostile scenario: rename Microsoft in the bundled scenarios as the page is served.
    let renamed = 0;
    await context.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace(/(\bid:\s*(["'`])microsoft\2,\s*name:\s*)(["'`])Microsoft\3/g, (_m, head: string) => {
        renamed++;
        return `${head}\`${XSS}\``;
      });
      await route.fulfill({ response: res, body });
    });
    await page.goto(inject('baseUrl'));
    await tid(page, 'new-game').waitFor();
    expect(renamed).toBeGreaterThan(0);

    await startGame(page, 'tutorial', { humans: ['microsoft'], seed: 'xss' });
    await bidAndSubmit(page, 1200, 30_000);
    // Shown as text: the literal string is in the page's visible text, in the orders' standings and the reveal.
    await expect.poll(() => page.evaluate((name) => document.body.innerText.split(name).length - 1, XSS)).toBeGreaterThan(1);
    expect(await page.getByText(XSS).count()).toBeGreaterThan(0);
    // ...and never parsed: no <img src="x">, no onerror attribute anywhere, no request for "x", no dialog.
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], [onerror]').length)).toBe(0);
    expect(requests.filter((u) => new URL(u).pathname.endsWith('/x'))).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a whole game with the debrief on the production build: no CSP violation, no request outside its origin', async () => {
    const { context, page, errors } = await chrome.tab();
    const origin = new URL(inject('baseUrl')).origin;
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    await watchCsp(context);
    await page.goto(inject('baseUrl'));
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(/default-src 'none'; script-src 'self';/);

    // Three bots play the tutorial to the end; the debrief loads its own chunk and charts.
    await startGame(page, 'tutorial', { seed: 'csp' });
    for (let guard = 0; guard < 5; guard++) {
      const over = await Promise.race([
        tid(page, 'reveal-continue').waitFor({ timeout: 20_000 }).then(() => false),
        tid(page, 'game-over').waitFor({ timeout: 20_000 }).then(() => true),
      ]);
      if (over) break;
      await tid(page, 'reveal-continue').click();
    }
    await tid(page, 'open-debrief').click();
    // Six charts: the tutorial sets a par, so the debrief adds score against par.
    await page.waitForFunction(() => document.querySelector('[data-testid="debrief"]')?.getAttribute('data-charts') === '6', undefined, { timeout: 15_000 });

    const kinds = new Set(requests.map((u) => new URL(u).protocol));
    const offOrigin = requests.filter((u) => {
      const url = new URL(u);
      return url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin;
    });
    expect(offOrigin).toEqual([]);
    expect(kinds.has('http:')).toBe(true);
    // Scripts, the worker, styles and board images all came from the page's origin.
    expect(requests.some((u) => /\/assets\/worker-[\w-]+\.js$/.test(u))).toBe(true);
    expect(requests.some((u) => /\/assets\/debrief-[\w-]+\.js$/.test(u))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);

    // Control: an inline script is refused, and the listener sees it.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.inlineScriptRan = true';
      document.head.append(s);
    });
    expect(await page.evaluate(() => (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan)).toBeUndefined();
    await expect.poll(() => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.join())).toMatch(/^script-src-elem inline/);
  });
});
