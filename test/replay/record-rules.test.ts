/**
 * Issue 10, items 4, 5/9 and 11 (record side): per-quarter and total action caps derived from the engine's
 * limits, seats checked (none empty, one per company, known levels, matching the scenario), and a seed that is
 * plain, short text. Each refusal names the path and says what is wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS_PER_SEAT_PER_QUARTER, EXTRA_ACTIONS_PER_QUARTER, maxActionsPerQuarter, maxRecordActions, MAX_QUARTERS } from '../../src/engine';
import { parseRecordData, parseRecordText } from '../../src/replay/parse';
import { verifyRecord } from '../../src/replay/verify';
import { parseScenarioText } from '../../src/scenario';

const DIR = join(import.meta.dirname, '../fixtures/replays');
const scenario = (() => {
  const r = parseScenarioText(readFileSync(join(DIR, 'scenario-2024-hopper-scramble.json'), 'utf8'));
  if (!r.ok) throw new Error('fixture scenario');
  return r.scenario;
})();
const good = JSON.parse(readFileSync(join(DIR, 'baseline-seed-1.json'), 'utf8')) as Record<string, unknown> & { actions: { type: string; playerId?: string }[]; seats: { playerId: string; kind: string; level?: string }[] };
const v1 = JSON.parse(readFileSync(join(DIR, 'format-1-baseline-seed-1.json'), 'utf8')) as Record<string, unknown>;

function withRecord(change: (r: typeof good) => void): ReturnType<typeof parseRecordData> {
  const r = structuredClone(good);
  change(r);
  return parseRecordData(r, 'x.gpurace.json');
}

function error(p: ReturnType<typeof parseRecordData>): string {
  if (p.ok) throw new Error('expected a refusal');
  return p.error;
}

describe('action caps', () => {
  it('derive from the engine limits: 8 per seat and 16 more per quarter, 40 quarters in all', () => {
    expect(maxActionsPerQuarter(6)).toBe(ACTIONS_PER_SEAT_PER_QUARTER * 6 + EXTRA_ACTIONS_PER_QUARTER);
    expect(maxActionsPerQuarter(6)).toBe(64);
    expect(maxRecordActions(6)).toBe(MAX_QUARTERS * 64);
    expect(maxRecordActions(64)).toBe(20_000);
  });

  it('a quarter at its cap is accepted; one action more is refused naming the action and the quarter', () => {
    const first = good.actions[0] as { type: string; playerId: string };
    const pingPong = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? first : { type: 'withdrawOrders', playerId: first.playerId }));
    // 63 submit/withdraw actions and the advance: 64 in the first quarter, then the whole game.
    const atCap = withRecord((r) => {
      r.actions = [...pingPong(63), { type: 'advance' }, ...good.actions];
    });
    expect(atCap.ok, atCap.ok ? '' : atCap.error).toBe(true);
    expect(error(withRecord((r) => {
      r.actions = [...pingPong(64), { type: 'advance' }];
    }))).toBe('x.gpurace.json: $.actions[64]: quarter 1 has more than 64 actions; a quarter of 6 seats needs at most 64 (orders, up to three changes per seat, resolve, advance and a few injected events)');
  });

  it('the same cap holds for format-1 records', () => {
    const r = structuredClone(v1) as { actions: unknown[] };
    r.actions = Array.from({ length: 70 }, () => ({ type: 'resolveQuarter' }));
    expect(error(parseRecordData(r, 'old.json'))).toMatch(/^old\.json: \$\.actions\[64\]: quarter 1 has more than 64 actions/);
  });

  it('every shipped golden record stays inside the caps', () => {
    for (const f of ['baseline-seed-1.json', 'baseline-seed-2.json', 'baseline-seed-3.json', 'bots-mixed.json', 'format-1-baseline-seed-1.json']) {
      const p = parseRecordText(readFileSync(join(DIR, f), 'utf8'), f);
      expect(p.ok, p.ok ? f : p.error).toBe(true);
    }
  });
});

describe('seats (issue 10 item 9)', () => {
  it('an empty seat list is refused by the schema', () => {
    expect(error(withRecord((r) => (r.seats = [])))).toBe('x.gpurace.json: $.seats: must list at least one seat (one per company)');
  });

  it('a company seated twice, and an unknown bot level, are refused with their path', () => {
    expect(error(withRecord((r) => r.seats.push({ ...(r.seats[0] as { playerId: string; kind: string }) })))).toBe(
      `x.gpurace.json: $.seats[6].playerId: "${good.seats[0]?.playerId}" has a seat already ($.seats[0]); a record has one seat per company`,
    );
    expect(error(withRecord((r) => ((r.seats[1] as { level?: string }).level = 'godlike')))).toMatch(/^x\.gpurace\.json: \$\.seats\[1\]/);
  });

  it('a CLI seat played by a strategy file (file:path.mjs) is a known level; a path with ".." or spaces is not', () => {
    expect(withRecord((r) => ((r.seats[1] as { level?: string }).level = 'file:strategies/never-bid.mjs')).ok).toBe(true);
    expect(error(withRecord((r) => ((r.seats[1] as { level?: string }).level = 'file:../../x.mjs')))).toMatch(/\$\.seats\[1\]\.level: must be a bot level \(baseline, easy, normal, hard\) or file:path\.mjs/);
    expect(withRecord((r) => ((r.seats[1] as { level?: string }).level = 'file:a b.mjs')).ok).toBe(false);
  });

  it('seats must match the scenario: a missing company or a stranger is refused before any replay', () => {
    const missing = withRecord((r) => r.seats.pop());
    expect(missing.ok).toBe(true);
    if (!missing.ok) return;
    const v = verifyRecord(missing.record, scenario);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reason).toBe(`the record has no seat for "${good.seats[5]?.playerId}"; every company of scenario "${scenario.id}" needs one (human or bot)`);
    const stranger = withRecord((r) => ((r.seats[0] as { playerId: string }).playerId = 'openai'));
    if (!stranger.ok) throw new Error(stranger.error);
    const s = verifyRecord(stranger.record, scenario);
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.reason).toBe(`the record seats "openai", not a company of scenario "${scenario.id}"`);
  });
});

describe('seed (issue 10 item 11)', () => {
  it.each([
    ['', 'must be a seed of 1 to 64 characters'],
    ['x'.repeat(65), 'must be a seed of at most 64 characters'],
    ['=HYPERLINK("http://evil")', 'must not start with "=" (a spreadsheet would read it as a formula)'],
    ['@SUM(A1)', 'must not start with "@"'],
    ['a\u200bb', 'must be plain text, found the invisible zero-width character U+200B at character 2'],
    ['line\u2028break', 'must be plain text, found the line separator U+2028 at character 5'],
    ['x\u202Ey', 'must be plain text, found the text-direction control U+202E at character 2'],
  ])('%j is refused', (seed, message) => {
    expect(error(withRecord((r) => (r.seed = seed)))).toContain(`$.seed: ${message}`);
  });

  it('ordinary seeds pass: the menu\'s random ones, words, digits, German', () => {
    for (const seed of ['k7m2p9qx', '1', 'Klasse 7b Müller', 'seed-2024_q1']) expect(withRecord((r) => (r.seed = seed)).ok, seed).toBe(true);
  });
});
