/** Game records: format migration, and every kind of broken record gets a clear message (never a throw). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine';
import { parseRecordText, MAX_RECORD_BYTES } from '../../src/replay/parse';
import { RECORD_FORMAT, type GameRecord } from '../../src/replay/record';
import { verifyRecord } from '../../src/replay/verify';
import { loadScenario } from '../../src/cli/load';

const scenario = loadScenario('test/fixtures/replays/scenario-2024-hopper-scramble.json');
const V1 = 'test/fixtures/replays/format-1-baseline-seed-1.json';

function current(): GameRecord {
  const r = parseRecordText(readFileSync(V1, 'utf8'), 'v1.json');
  if (!r.ok) throw new Error(r.error);
  return r.record;
}

describe('record format', () => {
  it('reads a format-1 file (written by the first layout) and migrates it to the current format', () => {
    const text = readFileSync(V1, 'utf8');
    expect(JSON.parse(text).formatVersion).toBe(1);
    const r = parseRecordText(text, 'v1.json');
    if (!r.ok) throw new Error(r.error);
    expect(r.migratedFrom).toBe(1);
    expect(r.record.formatVersion).toBe(RECORD_FORMAT);
    expect(r.record.createdAt).toBeNull();
    expect(r.record.seats.every((s) => s.kind === 'human' || typeof s.level === 'string')).toBe(true);
    // Migrated, it still replays to the same hashes, and it round-trips as a current-format file.
    expect(verifyRecord(r.record, scenario).ok).toBe(true);
    const again = parseRecordText(JSON.stringify(r.record), 'v2.json');
    expect(again.ok && again.migratedFrom === null && again.record).toEqual(r.record);
  });

  it('a format-1 seat without a level is a baseline bot', () => {
    const data = JSON.parse(readFileSync(V1, 'utf8'));
    delete data.seats[0].level;
    const r = parseRecordText(JSON.stringify(data));
    expect(r.ok && r.record.seats[0]).toEqual({ playerId: data.seats[0].playerId, kind: 'bot', level: 'baseline' });
  });
});

describe('broken records', () => {
  it('truncated JSON', () => {
    const text = readFileSync(V1, 'utf8');
    const r = parseRecordText(text.slice(0, Math.floor(text.length / 2)), 'cut.gpurace.json');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^cut\.gpurace\.json is not valid JSON .*truncated/);
  });

  it('a future format version', () => {
    const r = parseRecordText(JSON.stringify({ ...current(), formatVersion: RECORD_FORMAT + 1 }), 'new.json');
    expect(!r.ok && r.error).toBe(`new.json is a record of format ${RECORD_FORMAT + 1}, newer than this build reads (${RECORD_FORMAT}); update the game to open it`);
  });

  it('a huge file', () => {
    const r = parseRecordText(' '.repeat(MAX_RECORD_BYTES + 1), 'big.json');
    expect(!r.ok && r.error).toMatch(/^big\.json is 5,000,001 bytes; a game record is at most 5,000,000$/);
  });

  it('an edited field names its JSON path', () => {
    const data = current() as unknown as { actions: { orders: { bids: { maxPrice: unknown }[] } }[] };
    const bid = data.actions[0]?.orders.bids[0];
    if (!bid) throw new Error('no bid');
    bid.maxPrice = 'cheap';
    const r = parseRecordText(JSON.stringify(data), 'edit.json');
    expect(!r.ok && r.error).toMatch(/^edit\.json: \$\.actions\[0\]\.orders\.bids\[0\]\.maxPrice: /);
  });

  it('not a record at all', () => {
    expect(parseRecordText('[1,2,3]').ok).toBe(false);
    expect(!parseRecordText('{"a":1}').ok && 'x').toBe('x');
    const r = parseRecordText('{"a":1}', 'other.json');
    expect(!r.ok && r.error).toMatch(/not a GPU Race game record/);
  });

  it('an action that is illegal at its point names the action and the rule', () => {
    const rec = current();
    const i = rec.actions.findIndex((a) => a.type === 'submitOrders');
    const a = rec.actions[i];
    if (a?.type !== 'submitOrders') throw new Error('no submit');
    a.orders.bids = [{ sku: a.orders.bids[0]?.sku ?? 'H100', quantity: 10_000_000, maxPrice: 90_000 }];
    const v = verifyRecord(rec, scenario);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.actionIndex).toBe(i);
    expect(!v.ok && v.reason).toMatch(new RegExp(`^action ${i} \\(submitOrders\\) is illegal at this point: `));
  });

  it('a wrong scenario hash', () => {
    const rec = { ...current(), scenario: { id: scenario.id, hash: '0123456789abcdef' } };
    const v = verifyRecord(rec, scenario);
    expect(!v.ok && v.reason).toMatch(/^scenario "2024-hopper-scramble" has content hash [0-9a-f]{16}, but the record was played on 0123456789abcdef$/);
  });

  it('a record from another engine version says which version it needs', () => {
    const v = verifyRecord({ ...current(), engineVersion: ENGINE_VERSION + 1 }, scenario);
    expect(!v.ok && v.reason).toBe(`this record needs engine version ${ENGINE_VERSION + 1}; this build runs version ${ENGINE_VERSION}`);
  });

  it('an edited checkpoint names the quarter that diverges', () => {
    const rec = current();
    const cp = rec.checkpoints[3];
    if (!cp) throw new Error('no checkpoint');
    cp.stateHash = '0000000000000000';
    const v = verifyRecord(rec, scenario);
    expect(!v.ok && v.quarter).toBe(3);
    expect(!v.ok && v.reason).toMatch(/differs from the recorded 0000000000000000/);
  });
});
