/**
 * Records made by older engines still read, and replaying them says plainly which engine version they need
 * instead of failing on a hash: version 1 (before deal bids, volume-scaled grey-market risk and combined
 * export modes) and version 3 (before the scoring yardstick).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load';
import { ENGINE_VERSION } from '../../src/engine';
import { parseRecordText } from '../../src/replay/parse';
import { verifyRecord } from '../../src/replay/verify';

describe('a record from engine version 1', () => {
  it('parses, and verifying it names the engine version it needs', () => {
    expect(ENGINE_VERSION).toBe(4);
    const parsed = parseRecordText(readFileSync('test/fixtures/old-records/engine-v1-baseline-seed-1.json', 'utf8'), 'engine-v1-baseline-seed-1.json');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.record.engineVersion).toBe(1);
    const v = verifyRecord(parsed.record, loadScenario('test/fixtures/replays/scenario-2024-hopper-scramble.json'));
    expect(v.ok).toBe(false);
    expect(!v.ok && v.reason).toBe(`this record needs engine version 1; this build runs version ${ENGINE_VERSION}`);
  });
});

describe('a record from engine version 3', () => {
  it('parses, and verifying it names the engine version it needs', () => {
    const parsed = parseRecordText(readFileSync('test/fixtures/old-records/engine-v3-baseline-seed-1.json', 'utf8'), 'engine-v3-baseline-seed-1.json');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.record.engineVersion).toBe(3);
    const v = verifyRecord(parsed.record, loadScenario('test/fixtures/replays/scenario-2024-hopper-scramble.json'));
    expect(v.ok).toBe(false);
    expect(!v.ok && v.reason).toBe(`this record needs engine version 3; this build runs version ${ENGINE_VERSION}`);
  });
});
