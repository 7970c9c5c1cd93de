/** Shared helpers for the browser tests and the browser bench: launch Chromium, watch for errors. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Where browser tests save their screenshots: test-results/screenshots (ignored by git) unless
 * SCREENSHOTS_DIR says otherwise; `npm run screenshots` refreshes the committed ones in docs/screenshots.
 */
export const SHOTS = process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots';

/** Chromium flags for quiet, offline, sandbox-less runs in CI containers. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** A running browser with its own throwaway profile. */
export interface Session {
  browser: BrowserContext;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

/**
 * Launches Chromium with a fresh user-data-dir and one page that records console and page errors; `media` sets
 * the context's media preferences from the start (e.g. `{ reducedMotion: 'reduce' }`).
 */
export async function openSession(
  executablePath: string,
  viewport = { width: 1280, height: 720 },
  extraArgs: string[] = [],
  media: { reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'gpurace-chrome-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...CHROME_ARGS, ...extraArgs],
    viewport,
    deviceScaleFactor: 1,
    ...media,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return {
    browser: context,
    page,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Only for type imports elsewhere. */
export type { Browser, Page };

/** The Chromium that scripts/ensure-chromium.mjs finds (or installs); throws with its hint if none. */
export function findChrome(): string {
  const r = spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`no Chromium: ${r.stderr.trim()}`);
  return r.stdout.trim().split('\n').pop() ?? '';
}

/** Runs `vite build` (the game into dist/). */
export function buildGame(): void {
  const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** A running `vite preview` of dist/. */
export interface Preview {
  url: string;
  stop(): Promise<void>;
}

/** Serves dist/ with `vite preview` on a free localhost port; stop() ends that process (by its own PID). */
export async function startPreview(): Promise<Preview> {
  const port = await freePort();
  const child: ChildProcess = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.resume();
  child.stderr?.resume();
  const url = `http://127.0.0.1:${port}/`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  await stop();
  throw new Error(`vite preview did not answer at ${url} within 30 s`);
}
