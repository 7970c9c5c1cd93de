/**
 * Static checks of the page and the source: no HTML sinks or code-from-text anywhere in src/, and the
 * Content-Security-Policy in index.html stays strict. The browser suite checks what the page does at run time;
 * these catch a regression before it gets there.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|js|mjs|html)$/.test(name) ? [p] : [];
  });
}

/** Code that turns text into markup or code. Text from files must go in with textContent or createTextNode. */
const SINKS: [string, RegExp][] = [
  ['innerHTML', /\.innerHTML\s*[+]?=/],
  ['outerHTML', /\.outerHTML\s*[+]?=/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\s*\(/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
  ['eval', /(^|[^\w.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string timer', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
  ['createContextualFragment', /\bcreateContextualFragment\s*\(/],
  ['DOMParser', /\bnew\s+DOMParser\s*\(/],
];

describe('static checks', () => {
  it('no source file turns text into HTML or code (innerHTML, eval, new Function, ...)', () => {
    const hits: string[] = [];
    for (const file of [...sourceFiles(join(ROOT, 'src')), join(ROOT, 'index.html')]) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, '');
        for (const [name, re] of SINKS) if (re.test(code)) hits.push(`${relative(ROOT, file)}:${i + 1}: ${name}: ${line.trim()}`);
      });
    }
    expect(hits).toEqual([]);
  });

  it('index.html has a strict Content-Security-Policy: own-origin scripts only, no inline script, no eval, no remote loads', () => {
    const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
    const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(m, 'no CSP meta tag in index.html').not.toBeNull();
    const policy = new Map(
      (m?.[1] ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map((d) => [d[0] as string, d.slice(1)]),
    );
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    for (const [directive, sources] of policy) {
      for (const src of sources) {
        expect(src, `${directive} allows ${src}`).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*|^https?:|^wss?:/);
      }
    }
    // No inline script or style, and no script from elsewhere.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/<script[^>]*\ssrc="(https?:)?\/\//);
    expect(html).not.toMatch(/<style[\s>]|\sstyle="|\son[a-z]+="/);
  });

  it('every schema gets zod from src/zod.ts (jitless before any schema exists, so zod never probes new Function under the CSP)', () => {
    const direct: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      if (relative(ROOT, file) === join('src', 'zod.ts')) continue;
      const text = readFileSync(file, 'utf8');
      if (/^import\s+(?!type\b)[^;]*from\s+['"]zod(\/[^'"]*)?['"]/m.test(text)) direct.push(relative(ROOT, file));
    }
    expect(direct).toEqual([]);
    expect(readFileSync(join(ROOT, 'src/zod.ts'), 'utf8')).toMatch(/z\.config\(\{ jitless: true \}\)/);
  });
});
