/**
 * Builds the game, serves dist/ with `vite preview` on a free localhost port, and finds Chromium.
 * Provides `baseUrl` and `chromePath` to the tests; stops the preview server (by its own PID) afterwards.
 */
import type { TestProject } from 'vitest/node';
import { buildGame, findChrome, startPreview } from './harness';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromePath = findChrome();
  if (!process.env.GPU_RACE_SKIP_BUILD) buildGame();
  const preview = await startPreview();
  project.provide('baseUrl', preview.url);
  project.provide('chromePath', chromePath);
  return () => preview.stop();
}
