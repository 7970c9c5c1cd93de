/**
 * Issue 10, items 6 and 7: the CLIs read only regular files within the browser's size caps (a named pipe,
 * a device, a directory or an oversized file is refused with a clear message, never read), and
 * `replay:verify` looks a record's scenario id up only inside scenarios/ and replays on the record's saved
 * scenario copy when its hash matches, as the browser does.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineOrders } from '../../src/ai/baseline';
import { CliError } from '../../src/cli/args';
import { readText } from '../../src/cli/load';
import { shippedScenarioPath, verifyFile } from '../../src/cli/verify-file';
import { MAX_RECORD_BYTES } from '../../src/replay/parse';
import { playGame } from '../../src/replay/session';
import { MAX_SCENARIO_BYTES, parseScenario } from '../../src/scenario';
import { buildReplay } from '../../src/store/replay-data';
import { parseScenarioModules } from '../../src/store/scenarios';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'cli-input-'));

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('CLI input files: regular files within the size caps only', () => {
  it('a named pipe with no writer is refused at once, not waited on', () => {
    const fifo = join(dir, 'pipe.json');
    const made = spawnSync('mkfifo', [fifo]);
    expect(made.status, 'mkfifo is available').toBe(0);
    expect(refusal(() => readText(fifo))).toBe(`cannot read ${fifo}: it is a named pipe; a file must be a regular file`);
  });

  it('a device (/dev/null) and a directory are refused', () => {
    expect(refusal(() => readText('/dev/null', MAX_RECORD_BYTES, 'game record'))).toBe('cannot read /dev/null: it is a device; a game record must be a regular file');
    expect(refusal(() => readText(dir, MAX_SCENARIO_BYTES, 'scenario file'))).toBe(`cannot read ${dir}: it is a directory; a scenario file must be a regular file`);
  });

  it('an oversized (sparse, 6 GB) file is refused by its size, before any of it is read', () => {
    const big = join(dir, 'big.gpurace.json');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 6 * 1024 ** 3);
    closeSync(fd);
    expect(refusal(() => readText(big, MAX_RECORD_BYTES, 'game record'))).toBe(`cannot read ${big}: it is 6,442,450,944 bytes; a game record is at most 5,000,000`);
    // The caps are the browser's: one byte over is refused, the cap itself is read.
    const edge = join(dir, 'edge.json');
    writeFileSync(edge, 'x'.repeat(MAX_SCENARIO_BYTES + 1));
    expect(refusal(() => readText(edge, MAX_SCENARIO_BYTES, 'scenario file'))).toMatch(/is 2,097,153 bytes; a scenario file is at most 2,097,152$/);
    writeFileSync(edge, 'x'.repeat(MAX_SCENARIO_BYTES));
    expect(readText(edge, MAX_SCENARIO_BYTES, 'scenario file').length).toBe(MAX_SCENARIO_BYTES);
  });

  it('npm run replay:verify on a device prints one line and exits 2, without reading it', () => {
    const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/replay-verify.ts', '/dev/null'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('error: cannot read /dev/null: it is a device; a game record must be a regular file\n');
  });
});

const tutorialValue = JSON.parse(readFileSync(join(ROOT, 'scenarios/tutorial.json'), 'utf8')) as { companies: { cash: number }[] };

function recordFile(name: string, mutate: (r: Record<string, unknown>) => void, scenarioValue: unknown = tutorialValue): string {
  const parsed = parseScenario(scenarioValue);
  if (!parsed.ok) throw new Error('test scenario does not parse');
  const game = playGame(parsed.scenario, 'cli-1', (s, id) => ({ orders: baselineOrders(s, id) }));
  const r = { ...game.record } as unknown as Record<string, unknown>;
  mutate(r);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(r));
  return file;
}

describe('replay:verify: the scenario id stays inside scenarios/', () => {
  it.each(['../test/fixtures/replays/scenario-2024-hopper-scramble', '../../etc/passwd', '/etc/hosts', 'a/b', '..', 'x\\..\\y'])('an id of %j is refused as not a scenario id', (id) => {
    expect(refusal(() => shippedScenarioPath(id))).toMatch(/is not a scenario id|does not name a file inside/);
  });

  it('a record naming a scenario outside scenarios/ is refused and nothing from that file is printed', () => {
    const outside = join(dir, 'secret.json');
    writeFileSync(outside, JSON.stringify({ secret: 'do-not-print-me' }));
    const file = recordFile('traversal.gpurace.json', (r) => {
      r.scenario = { id: `../../../../../../..${outside.replace(/\.json$/, '')}`.slice(-64), hash: (r.scenario as { hash: string }).hash };
    });
    const message = refusal(() => verifyFile(file));
    expect(message).toMatch(/^the record names the scenario ".*", which is not a scenario id/);
    expect(message).not.toContain('do-not-print-me');
  });

  it('a shipped id resolves to its file inside scenarios/', () => {
    expect(shippedScenarioPath('tutorial')).toBe(join(ROOT, 'scenarios', 'tutorial.json'));
  });
});

describe('replay:verify uses the scenario saved in the record, as the browser does', () => {
  // A game played on an older copy of the tutorial (different starting cash), saved with that copy.
  const older = structuredClone(tutorialValue);
  for (const c of older.companies) c.cash += 1_000_000;
  const olderScenario = (() => {
    const r = parseScenario(older);
    if (!r.ok) throw new Error('older copy does not parse');
    return r.scenario;
  })();
  const file = recordFile('snapshot.gpurace.json', (r) => {
    r.scenarioSnapshot = olderScenario;
  }, older);

  it('the record opens in the browser code path (buildReplay) and verifies OK in the CLI, on the saved copy', () => {
    const entries = parseScenarioModules({ 'tutorial.json': tutorialValue });
    const record = JSON.parse(readFileSync(file, 'utf8'));
    const browser = buildReplay(entries, { ...record }, { kind: 'file', name: 'snapshot.gpurace.json' }, null);
    expect(browser.ok, browser.ok ? '' : browser.error).toBe(true);
    const cli = verifyFile(file);
    expect(cli.code).toBe(0);
    expect(cli.line).toMatch(/^OK .*snapshot\.gpurace\.json: 3 quarters, final hash [0-9a-f]{16} \(on the scenario saved in the record\)$/);
  });

  it('an altered saved copy (hash mismatch) is refused in both, saying the file was altered', () => {
    const altered = recordFile('altered.gpurace.json', (r) => {
      const snap = structuredClone(olderScenario);
      snap.companies[0]!.cash *= 20;
      r.scenarioSnapshot = snap;
    }, older);
    const entries = parseScenarioModules({ 'tutorial.json': tutorialValue });
    const browser = buildReplay(entries, JSON.parse(readFileSync(altered, 'utf8')), { kind: 'file', name: 'altered' }, null);
    expect(browser.ok).toBe(false);
    const cli = verifyFile(altered);
    expect(cli.code).toBe(1);
    expect(cli.line).toMatch(/the scenario saved with this game has content hash [0-9a-f]{16}, but the game was played on [0-9a-f]{16} \(the file was altered\)$/);
  });
});
