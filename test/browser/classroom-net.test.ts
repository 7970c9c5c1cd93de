/**
 * A class game in the browser, a device per team: the classroom server (in this process) serves the built
 * game; a facilitator (1280x720) and three teams (phones, 390x844), each in its own browser context, play a
 * whole classroom-sprint. One team reloads mid-quarter and keeps its typed orders; the absent fourth seat
 * goes to a bot; the facilitator reveals before Continue; the exported record verifies in Node.
 * Screenshots of the facilitator's screen and a team's phone go to SHOTS.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROME_ARGS, SHOTS } from './harness';
import { createClassroomServer, loadScenarios, type ClassroomServer } from '../../src/server/server';
import { verifyRecord } from '../../src/replay/verify';
import type { GameRecord } from '../../src/replay/record';
import type { ClassRoom } from '../../src/server/class-room';
import { matchMaker } from '@colyseus/core';

const tid = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

let server: ClassroomServer;
let url = '';
let dataDir = '';
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];

async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  const ctx = await browser.newContext({ viewport, deviceScaleFactor: 1, acceptDownloads: true });
  contexts.push(ctx);
  const page = await ctx.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  return page;
}

/** The page is no wider than its viewport (no sideways scrolling). */
async function noSideways(page: Page): Promise<void> {
  const w = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, layer: document.querySelector('.net-layer')?.scrollWidth ?? 0, vw: window.innerWidth }));
  expect(w.doc, 'page width').toBeLessThanOrEqual(w.vw);
  expect(w.layer, 'class layer width').toBeLessThanOrEqual(w.vw);
}

/** No two of the screen's labels, fields, buttons and texts overlap (a phone's narrow columns must wrap, not collide). */
async function noOverlap(page: Page): Promise<void> {
  const hits = await page.evaluate(() => {
    const els = [...document.querySelectorAll<HTMLElement>('.net-main :is(input, select, button, label, legend, p, h2, th, td)')].filter((e) => e.getClientRects().length > 0);
    const out: string[] = [];
    for (let i = 0; i < els.length; i++) {
      for (let j = i + 1; j < els.length; j++) {
        const a = els[i] as HTMLElement;
        const b = els[j] as HTMLElement;
        if (a.contains(b) || b.contains(a)) continue;
        const r = a.getBoundingClientRect();
        const s = b.getBoundingClientRect();
        const x = Math.min(r.right, s.right) - Math.max(r.left, s.left);
        const y = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
        if (x > 1 && y > 1) out.push(`${a.tagName}"${(a.textContent ?? '').slice(0, 20)}" / ${b.tagName}"${(b.textContent ?? '').slice(0, 20)}"`);
      }
    }
    return out;
  });
  expect(hits).toEqual([]);
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'gpurace-class-browser-'));
  server = await createClassroomServer({ distDir: 'dist', dataDir, scenariosDir: 'scenarios' });
  const port = await server.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${port}/`;
  browser = await chromium.launch({ executablePath: inject('chromePath'), headless: true, args: CHROME_ARGS });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
  await new Promise<void>((r) => server.http.close(() => r()));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('class game: a device per team', () => {
  it('a facilitator and three teams play a whole classroom-sprint', async () => {
    // The facilitator creates the game: three team seats and ByteDance, a team seat nobody will take.
    const fac = await newPage({ width: 1280, height: 720 });
    await fac.goto(url);
    await tid(fac, 'class-game').click();
    await tid(fac, 'class-as-facilitator').click();
    await tid(fac, 'class-seed').fill('browser-class-1');
    await tid(fac, 'class-create').click();
    const codeText = (await tid(fac, 'join-code').textContent()) ?? '';
    const code = codeText.replace('-', '');
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    await expect(tid(fac, 'join-qr').locator('svg path').getAttribute('d')).resolves.toMatch(/^M/);
    expect(await tid(fac, 'join-link').getAttribute('href')).toBe(`${url}?join=${code}`);

    // Three teams on phones: two by the join link, one from the menu; one types the code in lower case.
    const names = { microsoft: 'Azure Owls', meta: 'Llama Herd', google: 'TPU Crew' } as const;
    const teams: Record<string, Page> = {};
    for (const [i, id] of (['microsoft', 'meta', 'google'] as const).entries()) {
      const p = await newPage({ width: 390, height: 844 });
      if (i !== 1) await p.goto(`${url}?join=${code}`);
      else {
        await p.goto(url);
        await tid(p, 'class-game').click();
        await tid(p, 'class-as-team').click();
      }
      await tid(p, 'join-input').fill(i === 2 ? codeText.toLowerCase() : code);
      await tid(p, 'join-submit').click();
      await tid(p, 'team-name').fill(names[id]);
      await p.locator(`[data-testid="class-take"][data-company="${id}"]`).click();
      await expect(tid(p, 'class-team-status').textContent()).resolves.toContain(names[id]);
      teams[id] = p;
    }
    const ms = teams.microsoft as Page;
    await noSideways(ms);
    await fac.locator('[data-testid="class-sealed"] tr[data-company="google"]').getByText(names.google).waitFor();

    // Quarter 1: Microsoft types orders, reloads, and finds them still there; then seals.
    await tid(ms, 'class-qty-H100').fill('1200');
    await tid(ms, 'class-price-H100').fill('41000');
    // As in the solo orders panel: a second tranche at a lower price, on-site power, a sealed deal bid.
    await tid(ms, 'class-add-tranche-H100').click();
    await tid(ms, 'class-qty-H100-2').fill('800');
    await tid(ms, 'class-price-H100-2').fill('30000');
    await tid(ms, 'class-power-fast').fill('20');
    expect(await tid(ms, 'class-deal-bid').isVisible()).toBe(false);
    await tid(ms, 'class-partnership').selectOption('frontier-lab');
    await tid(ms, 'class-deal-bid').fill('50000000');
    // Chips Microsoft may not buy are named, with no fields (the Ascend is sold to China only).
    await expect(tid(ms, 'class-denied').textContent()).resolves.toContain('Ascend');
    expect(await tid(ms, 'class-qty-ASCEND910B').count()).toBe(0);
    await noSideways(ms);
    await noOverlap(ms);
    await ms.waitForTimeout(400);
    await ms.reload();
    await expect(tid(ms, 'class-qty-H100').inputValue()).resolves.toBe('1200');
    await expect(tid(ms, 'class-price-H100').inputValue()).resolves.toBe('41000');
    await expect(tid(ms, 'class-qty-H100-2').inputValue()).resolves.toBe('800');
    await expect(tid(ms, 'class-power-fast').inputValue()).resolves.toBe('20');
    await expect(tid(ms, 'class-deal-bid').inputValue()).resolves.toBe('50000000');
    await ms.screenshot({ path: join(SHOTS, 'classroom-team-phone.png') });
    await tid(ms, 'class-seal').click();
    await tid(ms, 'class-sealed-note').waitFor();
    await noSideways(ms);
    await fac.locator('[data-testid="class-sealed"] tr[data-company="microsoft"][data-sealed="yes"]').waitFor();

    // The timer runs and pauses; the absent ByteDance seat goes to a bot.
    await tid(fac, 'class-timer-minutes').fill('4');
    await tid(fac, 'class-timer-start').click();
    await tid(fac, 'class-timer-pause').click();
    await tid(fac, 'class-timer-resume').waitFor();
    await expect(tid(fac, 'class-timer-left').textContent()).resolves.toMatch(/^[34]:\d\d/);
    await tid(fac, 'class-timer-resume').click();
    await fac.locator('[data-testid="class-hand-to-bot"][data-company="bytedance"]').click();
    await fac.locator('[data-testid="class-sealed"] tr[data-company="bytedance"][data-sealed="yes"]').waitFor();
    await fac.screenshot({ path: join(SHOTS, 'classroom-facilitator.png') });

    // An event from the deck reaches the teams' news (when the scenario has a deck; else no inject control).
    const deck = loadScenarios('scenarios').get('classroom-sprint')?.eventDeck.cards ?? [];
    if (deck.length > 0) {
      await tid(fac, 'class-inject-card').selectOption(deck[0]?.id ?? '');
      await tid(fac, 'class-inject').click();
      await tid(teams.google as Page, 'class-news').getByText(deck[0]?.headline.en ?? '?').waitFor({ state: 'attached' });
    } else expect(await tid(fac, 'class-inject').count()).toBe(0);

    // Meta seals; Google does not: the facilitator resolves, with a bot playing for Google this once.
    await tid(teams.meta as Page, 'class-seal').click();
    await fac.locator('[data-testid="class-sealed"] tr[data-company="meta"][data-sealed="yes"]').waitFor();
    await tid(fac, 'class-resolve').click();

    // The reveal: no Continue until the results are shown.
    await tid(fac, 'class-reveal').waitFor();
    expect(await tid(fac, 'class-continue').count()).toBe(0);
    await tid(fac, 'class-reveal').click();
    await tid(fac, 'class-standings').waitFor();
    await expect(tid(fac, 'class-continue')).toBeDefined();
    await fac.locator('[data-testid="class-continue"]:not([disabled])').click();
    await tid(ms, 'class-seal').waitFor();

    // Quarters 2 to 4: every team seals (nothing typed), the facilitator reveals and continues.
    for (let q = 1; q < 4; q++) {
      for (const id of ['microsoft', 'meta', 'google']) await tid(teams[id] as Page, 'class-seal').click();
      await tid(fac, 'class-reveal').click();
      await fac.locator('[data-testid="class-continue"]:not([disabled])').click();
      if (q < 3) await tid(ms, 'class-seal').waitFor();
    }
    await tid(ms, 'class-position').waitFor();
    await expect(tid(ms, 'class-position').textContent()).resolves.toMatch(/of 4/);
    await noSideways(ms);
    // Every team's position by team name on the phone, nothing drawn over anything.
    await expect(tid(ms, 'class-team-standings').textContent()).resolves.toContain(`${names.meta} (Meta)`);
    await noOverlap(ms);
    await ms.screenshot({ path: join(SHOTS, 'classroom-team-phone-final.png'), fullPage: true });

    // The facilitator's final tables fit a 1024x768 projector: no table scrolls sideways, the page neither.
    await fac.setViewportSize({ width: 1024, height: 768 });
    await tid(fac, 'class-standings').waitFor();
    const wide = await fac.evaluate(() => [...document.querySelectorAll<HTMLElement>('.net-table-wrap')].filter((w) => w.scrollWidth > w.clientWidth + 1).length);
    expect(wide, 'tables scrolling sideways at 1024').toBe(0);
    await noSideways(fac);
    await expect(tid(fac, 'class-standings').textContent()).resolves.toContain(`${names.microsoft} (Microsoft)`);
    // Read from the back of the room: no text on the facilitator's screen under 12 px (one pass over its elements).
    const small = await fac.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.net-layer *')]
        .filter((e) => e.getClientRects().length > 0 && !e.closest('.sr-only, svg') && [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''))
        .filter((e) => Number.parseFloat(getComputedStyle(e).fontSize) < 12)
        .map((e) => `${e.tagName} "${(e.textContent ?? '').slice(0, 20)}"`),
    );
    expect(small, 'text under 12 px at 1024x768').toEqual([]);
    await fac.screenshot({ path: join(SHOTS, 'classroom-facilitator-final-1024x768.png'), fullPage: true });

    // The exported record verifies in Node.
    const [download] = await Promise.all([fac.waitForEvent('download'), tid(fac, 'class-export').click()]);
    // Named as any game file, with the teams' names (so Compare groups tells the classes apart).
    expect(download.suggestedFilename()).toMatch(/^gpurace-classroom-sprint-browser-class-1-azure-owls-llama-herd-tpu-crew-Q\d20\d\d\.gpurace\.json$/);
    const file = await download.path();
    const record = JSON.parse(readFileSync(file, 'utf8')) as GameRecord;
    const scenario = loadScenarios('scenarios').get('classroom-sprint');
    if (!scenario) throw new Error('no classroom-sprint');
    const v = verifyRecord(record, scenario);
    expect(v.ok, JSON.stringify(v)).toBe(true);
    expect(record.seats.find((s) => s.playerId === 'bytedance')?.kind).toBe('bot');
    const firstBids = record.actions.find((a) => a.type === 'submitOrders' && a.playerId === 'microsoft');
    expect(firstBids).toMatchObject({
      orders: {
        bids: [
          { sku: 'H100', quantity: 1200, maxPrice: 41000 },
          { sku: 'H100', quantity: 800, maxPrice: 30000 },
        ],
        powerFast: 20,
        partnership: 'frontier-lab',
        dealBid: 50_000_000,
      },
    });
    // The teams' names are in the record.
    expect(record.seats.find((s) => s.playerId === 'microsoft')?.teamName).toBe(names.microsoft);
    expect(errors).toEqual([]);
  });

  it('a team whose company an export rule shuts out may buy on the grey market (where the scenario has one)', async () => {
    const ids = ['microsoft', 'meta', 'google', 'amazon', 'bytedance', 'tencent'];
    const res = await fetch(`${url}classroom/create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scenarioId: '2024-hopper-scramble', seed: 'grey-1', seats: ids.map((playerId) => (playerId === 'bytedance' ? { playerId, kind: 'team' } : { playerId, kind: 'bot', level: 'easy' })) }),
    });
    const { code } = (await res.json()) as { code: string };
    const p = await newPage({ width: 390, height: 844 });
    await p.goto(`${url}?join=${code}`);
    await tid(p, 'join-input').fill(code);
    await tid(p, 'join-submit').click();
    await tid(p, 'team-name').fill('Grey Foxes');
    await p.locator('[data-testid="class-take"][data-company="bytedance"]').click();
    // The H100 is denied to ByteDance: no bid fields for it, a grey-market amount instead.
    await tid(p, 'class-grey-H100').waitFor();
    expect(await tid(p, 'class-qty-H100').count()).toBe(0);
    await tid(p, 'class-grey-H100').fill('300');
    await noSideways(p);
    await noOverlap(p);
    await tid(p, 'class-seal').click();
    // Every other seat is a bot: the quarter resolves as soon as the team seals.
    await p.locator('[data-testid="class-sealed-note"], [data-testid="class-team-result"]').first().waitFor();
    const room = matchMaker.getLocalRoomById(code) as unknown as ClassRoom;
    const sealed = (room.record()?.actions ?? []).find((a) => a.type === 'submitOrders' && a.playerId === 'bytedance');
    expect(sealed).toMatchObject({ orders: { greyMarket: [{ sku: 'H100', quantity: 300 }] } });
    expect(errors).toEqual([]);
  });
});
