import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** Runs `npx tsx src/cli/scenario-check.ts ...args` and returns its exit code and combined output. */
function check(...args: string[]): { code: number | null; out: string } {
  const r = spawnSync('npx', ['tsx', 'src/cli/scenario-check.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** No stack-trace frames ("    at fn (file:line)") anywhere in the output. */
function expectNoStack(out: string): void {
  expect(out).not.toMatch(/^\s{4}at /m);
}

describe('npm run scenario:check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scenario-check-'));

  it('prints OK with the id and counts for the shipped scenarios', () => {
    const { code, out } = check();
    expect(out).toMatch(/^OK scenarios\/2024-hopper-scramble\.json \(2024-hopper-scramble, 6 companies, 6 SKUs, 8 quarters\)$/m);
    expect(code).toBe(0);
  });

  it('on a broken file prints every error with file and path, exits 1, and no stack trace', () => {
    const s = JSON.parse(readFileSync(join(root, 'scenarios/2024-hopper-scramble.json'), 'utf8'));
    s.companies[2].budget.pop();
    s.exportRules[2].catches.skus = ['H21'];
    s.sources = s.sources.filter((x: { id: string }) => x.id !== 'omdia-2023');
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(s, null, 2));
    const { code, out } = check(file);
    expect(code).toBe(1);
    expect(out).toContain(`${file}: $.companies[2].budget: expected 8 entries (one per quarter), found 7`);
    expect(out).toContain(`${file}: $.exportRules[2].catches.skus[0]: expected a SKU id`);
    for (let i = 0; i < 6; i++) expect(out).toContain(`${file}: $.companies[${i}].cite.fleet[0]: expected the id of an entry in $.sources`);
    expectNoStack(out);
  });

  it('bad JSON, a missing file and a directory are reported, not thrown', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "id": "x",\n  "quarters": 8,,\n}');
    const { code, out } = check(bad, join(dir, 'missing.json'), dir);
    expect(code).toBe(1);
    expect(out).toContain(`${bad}: $: invalid JSON at line 3, column 17: expected a key in double quotes`);
    expect(out).toContain(`${join(dir, 'missing.json')}: $: cannot read: no such file`);
    expect(out).toContain(`${dir}: $: cannot read: not a regular file`);
    expect(out).toMatch(/3 of 3 files failed/);
    expectNoStack(out);
  });
});
