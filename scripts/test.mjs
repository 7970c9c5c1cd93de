#!/usr/bin/env node
// `npm test`: lint, typecheck, the Node unit suite, then the browser suite in headless Chromium.
// Ends with one line "N passed, N failed" summed over both vitest runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const tmp = mkdtempSync(join(tmpdir(), 'gpurace-test-'));
let passed = 0;
let failed = 0;
let ok = true;
const failedStages = [];

function run(label, cmd, args, env = {}) {
  process.stdout.write(`\n=== ${label}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    process.stdout.write(`=== ${label} failed (exit ${r.status ?? r.signal})\n`);
    ok = false;
    failedStages.push(label);
  }
  return r.status === 0;
}

function vitest(label, config, out) {
  const args = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
  if (config) args.push('--config', config);
  run(label, bin('vitest'), args);
  if (existsSync(out)) {
    const j = JSON.parse(readFileSync(out, 'utf8'));
    passed += j.numPassedTests ?? 0;
    failed += (j.numFailedTests ?? 0) + (j.numRuntimeErrorTests ?? 0);
    if (j.numTotalTests === 0) {
      process.stdout.write(`=== ${label}: no tests ran\n`);
      ok = false;
    }
  } else {
    ok = false;
  }
}

run('lint (oxlint)', bin('oxlint'), ['--deny-warnings', '-c', '.oxlintrc.json', 'src', 'test', 'scripts', 'bench']);
run('typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit']);
run('typecheck the headless layers without DOM or Node types (tsconfig.rules.json)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.rules.json']);
vitest('unit and property tests (node)', null, join(tmp, 'unit.json'));
if (run('find Chromium', process.execPath, ['scripts/ensure-chromium.mjs'])) {
  vitest('browser tests (headless Chromium)', 'vitest.browser.config.ts', join(tmp, 'browser.json'));
}
rmSync(tmp, { recursive: true, force: true });
const stages = failedStages.length ? ` (failed: ${failedStages.join('; ')})` : '';
process.stdout.write(`\n${passed} passed, ${failed} failed${stages}\n`);
process.exit(ok && failed === 0 ? 0 : 1);
