/**
 * Policy-lab benchmark (numbers only, never asserted): games per second per core in the lab's runner (Node,
 * one thread; and in the browser's Web Worker pool), and the wall time of lab runs of the base scenario with
 * normal bots on all cores, in Node (piscina) and in headless Chromium (Comlink workers). Also the menu's
 * initial JS (the entry and what index.html preloads), which the lab must not grow.
 * Run alone with `npx tsx bench/lab.ts`, or `npm run bench -- --only=lab`.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { loadScenario } from '../src/cli/load';
import { runLabPool } from '../src/cli/lab';
import { labScenarios, playLabGames } from '../src/lab/run';
import { emptyVariant } from '../src/lab/variant';
import { buildGame, CHROME_ARGS, findChrome, startPreview } from '../test/browser/harness';

/** What benchLab measures. */
export interface LabBench {
  nodeGamesPerSecondPerCore: number;
  nodeRuns: { games: number; seconds: number; workers: number }[];
  browserRuns: { games: number; seconds: number; workers: number }[];
  initialJsGzipBytes: number;
}

const BASE = 'scenarios/2024-hopper-scramble.json';

/** The JS the page loads before the menu: index.html's entry script and its modulepreloads, gzipped. */
export function initialJsGzip(dist = 'dist'): number {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  return files.reduce((a, f) => a + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
}

/** Runs the lab bench: `sizes` are games a side per run (a run plays each game on both sides). */
export async function benchLab(sizes: number[] = [500, 1000]): Promise<LabBench> {
  const base = loadScenario(BASE);
  const variant = emptyVariant(base);
  const r = labScenarios(base, variant);
  if (!r.ok) throw new Error(r.error);
  const bots = base.companies.map(() => 'normal' as const);
  playLabGames(r.scenarios, 'base', bots, 'warm', 0, 6);
  const n = 60;
  const t0 = performance.now();
  playLabGames(r.scenarios, 'base', bots, 'bench', 0, n);
  const nodeGamesPerSecondPerCore = n / ((performance.now() - t0) / 1000);
  const workers = cpus().length;
  const nodeRuns: LabBench['nodeRuns'] = [];
  for (const games of sizes) {
    const t = performance.now();
    await runLabPool(base, variant, games, bots, 'bench', workers);
    nodeRuns.push({ games: games * 2, seconds: (performance.now() - t) / 1000, workers });
  }
  buildGame();
  const initialJsGzipBytes = initialJsGzip();
  const preview = await startPreview();
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  const browserRuns: LabBench['browserRuns'] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(preview.url);
    await page.locator('[data-testid="policy-lab-open"]').click();
    const lab = page.locator('[data-testid="policy-lab"]');
    await lab.waitFor();
    await page.locator('[data-testid="lab-scenario"]').selectOption(base.id);
    await page.locator('[data-testid="lab-bots"]').selectOption('normal');
    for (const games of sizes) {
      await page.locator('[data-testid="lab-games"]').fill(String(games));
      await page.locator('[data-testid="lab-seed"]').fill(`bench-${games}`);
      await page.locator('[data-testid="lab-run"]').click();
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="policy-lab"]')?.dataset.run === 'done', undefined, { timeout: 600_000 });
      const seconds = Number(await lab.getAttribute('data-seconds'));
      const w = Number(await page.evaluate(() => navigator.hardwareConcurrency));
      browserRuns.push({ games: games * 2, seconds, workers: w });
      // The next run must not be mistaken for this one.
      await lab.evaluate((el) => el.removeAttribute('data-run'));
    }
  } finally {
    await browser.close();
    await preview.stop();
  }
  return { nodeGamesPerSecondPerCore, nodeRuns, browserRuns, initialJsGzipBytes };
}

/** The numbers as text. */
export function formatLabBench(b: LabBench): string {
  const out = ['Policy lab (base scenario, normal bots in every seat)'];
  out.push(`  Node, one core                    ${b.nodeGamesPerSecondPerCore.toFixed(1)} games/s`);
  for (const r of b.nodeRuns) out.push(`  Node, ${r.games} games, ${r.workers} workers     ${r.seconds.toFixed(1)} s (${(r.games / r.seconds / r.workers).toFixed(1)} games/s per core)`);
  for (const r of b.browserRuns) out.push(`  browser, ${r.games} games, ${r.workers} workers  ${r.seconds.toFixed(1)} s (${(r.games / r.seconds / r.workers).toFixed(1)} games/s per core)`);
  out.push(`  menu's initial JS, gzipped        ${(b.initialJsGzipBytes / 1024).toFixed(1)} KiB (entry + modulepreloads)`);
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchLab().then((b) => process.stdout.write(`${formatLabBench(b)}\n`), (e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
