#!/usr/bin/env node
// Finds a system Chromium for the browser tests (playwright-core drives it; it never downloads a browser).
// Order: CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, then `chromium`/`chromium-browser` on PATH.
// If none is found and we are root on a Debian-like system, installs Debian's `chromium` package.
// Prints the path it found on stdout; exits non-zero with a one-line hint if it cannot get one.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/** Returns the path of a usable Chromium, or null. */
export function findChromium() {
  const env = process.env.CHROME_PATH;
  if (env && existsSync(env)) return env;
  for (const p of CANDIDATES) if (existsSync(p)) return p;
  for (const name of ['chromium', 'chromium-browser']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    const found = r.stdout.trim();
    if (r.status === 0 && found && existsSync(found)) return found;
  }
  return null;
}

function canApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
}

function main() {
  let found = findChromium();
  if (!found && canApt()) {
    console.error('ensure-chromium: no Chromium found; installing Debian package "chromium" with apt-get ...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
        stdio: ['ignore', 'ignore', 'inherit'],
        env,
      });
    } catch (err) {
      console.error(`ensure-chromium: apt-get failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    found = findChromium();
  }
  if (!found) {
    console.error(
      'ensure-chromium: no Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chromium/Chrome binary.',
    );
    process.exit(1);
  }
  console.log(found);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
