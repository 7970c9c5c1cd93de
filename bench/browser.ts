/**
 * Browser benchmark (numbers only, never asserted):
 * - the app's initial JS (what dist/index.html loads: its module script and module preloads; the board, Phaser
 *   and the rest load on demand), gzipped, beside a blank Phaser build's (the ratio); and all of the app's JS;
 * - time until the menu is visible (navigation start to the New game button and a drawn canvas);
 * - median FPS while the reveal animation runs, in headless Chromium;
 * - the longest main-thread task while bots think (PerformanceObserver longtask), and the longest frame gap;
 * - the longest main-thread task of a whole game (start to final standings), in each of three runs (or
 *   `games`), each long task named by the screen it ran on ("board 1": the first board of the game).
 * Run alone with `npx tsx bench/browser.ts`, or call benchBrowser() from bench/run.ts (`--only=games`: only the
 * whole games, after a build; `--games=N`: that many). Headless Chromium has
 * no GPU, so the game draws with Canvas 2D there (see preferredRenderer); GPU_RACE_BENCH_WEBGL=1 forces WebGL.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildGame, CHROME_ARGS, findChrome, startPreview } from '../test/browser/harness';

/** What benchBrowser measures. */
export interface BrowserBench {
  /** The JS the page loads before anything on demand (dist/index.html's module script and preloads). */
  initialJsGzipBytes: number;
  /** Every JS file of the build (the board, the debrief, the lab, the workers...). */
  appJsGzipBytes: number;
  blankPhaserJsGzipBytes: number;
  ratio: number;
  menuVisibleMs: number[];
  revealFpsMedian: number | null;
  revealFrames: number;
  longestBotTaskMs: number | null;
  longestBotFrameGapMs: number;
  /** Per run: the longest main-thread task from the start of a whole game to its final standings (0: none >= 50 ms). */
  wholeGameLongestTaskMs: number[];
  /** Per run: how many main-thread tasks of 50 ms or more the whole game had. */
  wholeGameLongTasks: number[];
  /** Per run: each task of 50 ms or more, longest first, with the screen it started on ("board 1", "reveal 3"...). */
  wholeGameTaskScreens: { ms: number; screen: string }[][];
  renderer: string;
}

/** The gzipped JS that dist/index.html loads itself: its module script and its module preloads. */
function initialJs(dist: string): number {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="\.\/([^"]+\.js)"/g)) if (m[1]) files.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\.\/([^"]+\.js)"/g)) if (m[1]) files.add(m[1]);
  let total = 0;
  for (const f of files) total += gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  return total;
}

function gzippedJs(dir: string): number {
  let total = 0;
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    if (f.endsWith('.js')) total += gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
  }
  return total;
}

/** Builds a page that only starts an empty Phaser game: the floor any Phaser game pays. */
async function blankPhaserGzip(): Promise<number> {
  // Inside the repo so `phaser` resolves from node_modules; removed afterwards.
  const root = join('node_modules', '.cache', 'gpu-race-blank-phaser');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>');
  writeFileSync(join(root, 'main.js'), "import * as Phaser from 'phaser';\nnew Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: { create() {} } });\n");
  await build({ root, configFile: false, logLevel: 'silent', base: './', build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } } });
  const size = gzippedJs(join(root, 'dist'));
  rmSync(root, { recursive: true, force: true });
  return size;
}

const median = (xs: number[]): number => {
  const a = [...xs].sort((x, y) => x - y);
  const m = Math.floor(a.length / 2);
  return a.length % 2 ? (a[m] as number) : ((a[m - 1] as number) + (a[m] as number)) / 2;
};

/**
 * GPU_RACE_BENCH_WEBGL=1 makes Phaser use WebGL even where the game would pick Canvas 2D (software WebGL),
 * to measure that path too.
 */
const FORCE = process.env.GPU_RACE_BENCH_WEBGL === '1' ? 'window.FORCE_WEBGL = true;' : '';

/** Installs frame and long-task recorders in the page (before the app's scripts run). */
const RECORDERS = `
  window.gpuRaceBench = { frames: [], longtasks: [], screens: [] };
  let lastScreen = '';
  const loop = (t) => {
    const c = document.querySelector('#board canvas');
    const app = document.getElementById('app');
    const screen = (app && app.dataset.screen) || '';
    if (screen !== lastScreen) {
      // When the screen changed (seen at the next frame; a long task it starts comes after the change).
      window.gpuRaceBench.screens.push([t, screen]);
      lastScreen = screen;
    }
    window.gpuRaceBench.frames.push([t, c && c.dataset.animating === 'reveal' ? 1 : 0, app && app.dataset.bots === 'thinking' ? 1 : 0]);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.gpuRaceBench.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

async function startAllBotsButOne(page: Page): Promise<void> {
  await page.locator('[data-testid="new-game"]').click();
  await page.locator('[data-testid="scenario-select"]').selectOption('2024-hopper-scramble');
  const seats = page.locator('select[data-testid^="seat-"]');
  for (let i = 0; i < (await seats.count()); i++) {
    const label = (await seats.nth(i).getAttribute('aria-label')) ?? '';
    await seats.nth(i).selectOption(label.startsWith('Microsoft') ? 'human' : 'bot:normal');
  }
  await page.locator('[data-testid="seed-input"]').fill('bench-1');
  await page.locator('[data-testid="start-game"]').click();
}

/** Four quarters with one human seat that submits empty orders, recording frames and long tasks. */
async function revealRun(browser: Browser, url: string): Promise<{ frames: [number, number, number][]; longtasks: [number, number][] }> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await ctx.addInitScript({ content: FORCE + RECORDERS });
  const page = await ctx.newPage();
  await page.goto(url);
  await startAllBotsButOne(page);
  for (let q = 0; q < 4; q++) {
    await page.locator('[data-testid="orders-panel"]').waitFor();
    await page.waitForFunction(() => document.getElementById('app')?.dataset.bots === 'idle');
    await page.locator('[data-testid="submit-orders"]').click();
    await page.locator('[data-testid="reveal-continue"]').waitFor();
    await page.waitForFunction(() => document.querySelector<HTMLCanvasElement>('#board canvas')?.dataset.animating !== 'reveal');
    await page.waitForTimeout(200);
    await page.locator('[data-testid="reveal-continue"]').click();
  }
  const data = (await page.evaluate(() => (window as unknown as { gpuRaceBench: { frames: [number, number, number][]; longtasks: [number, number][] } }).gpuRaceBench)) ?? { frames: [], longtasks: [] };
  await ctx.close();
  return data;
}

/** The screen a task started on, numbered by its visits ("board 1" is the first board of the game, "reveal 8" the last reveal). */
function screenAt(screens: [number, string][], start: number): string {
  const seen = new Map<string, number>();
  let at = '?';
  for (const [t, screen] of screens) {
    if (t > start) break;
    seen.set(screen, (seen.get(screen) ?? 0) + 1);
    at = `${screen} ${seen.get(screen)}`;
  }
  return at;
}

/** Which parts to run: `gamesOnly` skips the sizes, the menu loads and the reveal's FPS; `games` runs of a whole game. */
export interface BrowserBenchOptions {
  gamesOnly?: boolean;
  games?: number;
}

/** Runs the browser benchmark against a fresh build. */
export async function benchBrowser(opts: BrowserBenchOptions = {}): Promise<BrowserBench> {
  const chromePath = findChrome();
  buildGame();
  const appJsGzipBytes = gzippedJs(join('dist', 'assets'));
  const initialJsGzipBytes = initialJs('dist');
  const blankPhaserJsGzipBytes = opts.gamesOnly ? 0 : await blankPhaserGzip();
  const preview = await startPreview();
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: CHROME_ARGS });
  try {
    // Time to menu: three cold loads, each in a fresh context (no cache).
    const menuVisibleMs: number[] = [];
    let renderer = 'unknown';
    for (let i = 0; i < (opts.gamesOnly ? 0 : 3); i++) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      if (FORCE) await ctx.addInitScript({ content: FORCE });
      const page = await ctx.newPage();
      await page.goto(preview.url);
      const t = await page.waitForFunction(() => {
        const btn = document.querySelector('[data-testid="new-game"]');
        const c = document.querySelector<HTMLCanvasElement>('#board canvas');
        return btn && c && c.dataset.drawn ? performance.now() : false;
      });
      menuVisibleMs.push(Math.round((await t.jsonValue()) as number));
      renderer = await page.evaluate(() => {
        // The board's renderer (the game picks Canvas 2D where WebGL would run in software), and the WebGL here.
        const board = document.querySelector<HTMLCanvasElement>('#board canvas')?.dataset.renderer ?? '?';
        const gl = document.createElement('canvas').getContext('webgl');
        const info = gl?.getExtension('WEBGL_debug_renderer_info');
        const webgl = gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : 'none';
        return `board: ${board === 'webgl' ? 'WebGL' : board === 'canvas' ? 'Canvas 2D' : board}; WebGL here: ${webgl}`;
      });
      await ctx.close();
    }

    // Reveal FPS and bot-thinking tasks: play four quarters with one human seat that submits empty orders.
    const data = opts.gamesOnly ? { frames: [], longtasks: [] } : await revealRun(browser, preview.url);
    const fps: number[] = [];
    const thinking: [number, number][] = [];
    let longestBotFrameGapMs = 0;
    for (let i = 1; i < data.frames.length; i++) {
      const [t0, anim0, bots0] = data.frames[i - 1] as [number, number, number];
      const [t1, anim1] = data.frames[i] as [number, number, number];
      if (anim0 && anim1 && t1 > t0) fps.push(1000 / (t1 - t0));
      if (bots0) {
        longestBotFrameGapMs = Math.max(longestBotFrameGapMs, t1 - t0);
        thinking.push([t0, t1]);
      }
    }
    const inThinking = (start: number, dur: number): boolean => thinking.some(([a, b]) => start < b && start + dur > a);
    const botTasks = data.longtasks.filter(([start, dur]) => inThinking(start, dur)).map(([, d]) => d);

    // Whole games: three runs, each in a fresh page; every main-thread task from the start click to the final standings.
    const wholeGameLongestTaskMs: number[] = [];
    const wholeGameLongTasks: number[] = [];
    const wholeGameTaskScreens: { ms: number; screen: string }[][] = [];
    for (let run = 0; run < (opts.games ?? 3); run++) {
      const gctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      await gctx.addInitScript({ content: FORCE + RECORDERS });
      const gpage = await gctx.newPage();
      await gpage.goto(preview.url);
      // The game starts from the menu with its board drawn (loading the page is measured above, not here).
      await gpage.waitForFunction(() => document.querySelector('[data-testid="new-game"]') && document.querySelector<HTMLCanvasElement>('#board canvas')?.dataset.drawn);
      const t0 = await gpage.evaluate(() => performance.now());
      await startAllBotsButOne(gpage);
      for (;;) {
        await gpage.locator('[data-testid="orders-panel"]').waitFor();
        await gpage.waitForFunction(() => document.getElementById('app')?.dataset.bots === 'idle');
        await gpage.locator('[data-testid="submit-orders"]').click();
        await gpage.locator('[data-testid="reveal-continue"]').waitFor();
        await gpage.waitForFunction(() => document.querySelector<HTMLCanvasElement>('#board canvas')?.dataset.animating !== 'reveal');
        await gpage.locator('[data-testid="reveal-continue"]').click();
        await gpage.waitForFunction(() => document.getElementById('app')?.dataset.screen !== 'reveal');
        if ((await gpage.evaluate(() => document.getElementById('app')?.dataset.screen)) === 'gameOver') break;
      }
      // Let the final standings settle (a long task still running is recorded when it ends).
      await gpage.waitForTimeout(500);
      const rec = await gpage.evaluate(() => (window as unknown as { gpuRaceBench: { longtasks: [number, number][]; screens: [number, string][] } }).gpuRaceBench);
      const long = rec.longtasks.filter(([st]) => st >= t0);
      const tasks = long.map(([, d]) => d);
      wholeGameLongestTaskMs.push(tasks.length ? Math.round(Math.max(...tasks)) : 0);
      wholeGameLongTasks.push(tasks.length);
      wholeGameTaskScreens.push(long.map(([st, d]) => ({ ms: Math.round(d), screen: screenAt(rec.screens, st) })).sort((x, y) => y.ms - x.ms));
      await gctx.close();
    }
    return {
      initialJsGzipBytes,
      appJsGzipBytes,
      blankPhaserJsGzipBytes,
      ratio: initialJsGzipBytes / blankPhaserJsGzipBytes,
      menuVisibleMs,
      revealFpsMedian: fps.length ? median(fps) : null,
      revealFrames: fps.length,
      longestBotTaskMs: botTasks.length ? Math.max(...botTasks) : null,
      longestBotFrameGapMs,
      wholeGameLongestTaskMs,
      wholeGameLongTasks,
      wholeGameTaskScreens,
      renderer,
    };
  } finally {
    await browser.close();
    await preview.stop();
  }
}

/** Prints the numbers. */
export function printBrowserBench(b: BrowserBench): void {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const out = process.stdout;
  const byRun = `  longest task, whole game, by run ${b.wholeGameLongestTaskMs.map((ms, i) => (ms ? `${ms} ms (${b.wholeGameLongTasks[i]} over 50)` : 'none >= 50 ms')).join('; ')}\n`;
  const where = b.wholeGameTaskScreens.map((ts, i) => `    run ${i + 1}: ${ts.length ? ts.map((x) => `${x.ms} ms on ${x.screen}`).join(', ') : 'none'}\n`).join('');
  if (b.menuVisibleMs.length === 0) {
    out.write(`Browser, whole games only (headless Chromium)\n${byRun}  tasks of 50 ms or more, with the screen they started on\n${where}`);
    return;
  }
  out.write(`Browser (headless Chromium, ${b.renderer})\n`);
  out.write(`  initial JS (menu), gzipped       ${kb(b.initialJsGzipBytes)}\n`);
  out.write(`  all app JS (on demand too)       ${kb(b.appJsGzipBytes)}\n`);
  out.write(`  blank Phaser build JS, gzipped   ${kb(b.blankPhaserJsGzipBytes)}\n`);
  out.write(`  ratio initial JS / blank Phaser  ${b.ratio.toFixed(2)}\n`);
  out.write(`  menu visible after               ${b.menuVisibleMs.join(', ')} ms (median ${median(b.menuVisibleMs)} ms)\n`);
  out.write(`  reveal animation FPS, median     ${b.revealFpsMedian === null ? 'n/a (no animated frames)' : b.revealFpsMedian.toFixed(1)} (${b.revealFrames} frames)\n`);
  out.write(`  longest main-thread task, bots   ${b.longestBotTaskMs === null ? 'none >= 50 ms' : `${b.longestBotTaskMs.toFixed(0)} ms`}\n`);
  out.write(`  longest frame gap, bots thinking ${b.longestBotFrameGapMs.toFixed(0)} ms\n`);
  out.write(byRun);
  out.write(`  tasks of 50 ms or more, with the screen they started on\n${where}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchBrowser().then(printBrowserBench, (e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
