/**
 * Builds the game, serves dist/ with `vite preview` on a free localhost port, and finds Chromium.
 * Provides `baseUrl` and `chromePath` to the tests; stops the preview server (by its own PID) afterwards.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
  }
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

async function waitForHttp(url: string, child: ChildProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`vite preview did not answer at ${url} within ${ms} ms`);
}

let server: ChildProcess | null = null;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chrome = spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], { encoding: 'utf8' });
  if (chrome.status !== 0) throw new Error(`no Chromium: ${chrome.stderr.trim()}`);
  const chromePath = chrome.stdout.trim().split('\n').pop() ?? '';

  if (!process.env.GPU_RACE_SKIP_BUILD) {
    const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
  }

  const port = await freePort();
  server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.resume();
  server.stderr?.resume();
  const baseUrl = `http://127.0.0.1:${port}/`;
  await waitForHttp(baseUrl, server, 30_000);

  project.provide('baseUrl', baseUrl);
  project.provide('chromePath', chromePath);

  return async () => {
    const s = server;
    server = null;
    if (!s || s.exitCode !== null || s.pid === undefined) return;
    const exited = new Promise<void>((r) => s.once('exit', () => r()));
    s.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (s.exitCode === null) s.kill('SIGKILL');
  };
}
