/** Shared helpers for the browser tests and the browser bench: launch Chromium, watch for errors. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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

/** Launches Chromium with a fresh user-data-dir and one page that records console and page errors. */
export async function openSession(executablePath: string, viewport = { width: 1280, height: 720 }, extraArgs: string[] = []): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'gpurace-chrome-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...CHROME_ARGS, ...extraArgs],
    viewport,
    deviceScaleFactor: 1,
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
