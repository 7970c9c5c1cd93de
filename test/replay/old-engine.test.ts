/**
 * A record made by engine version 1 (before deal bids, volume-scaled grey-market risk and combined export
 * modes) still reads, and replaying it says plainly which engine version it needs instead of failing on a hash.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load';
import { ENGINE_VERSION } from '../../src/engine';
import { parseRecordText } from '../../src/replay/parse';
import { verifyRecord } from '../../src/replay/verify';

describe('a record from engine version 1', () => {
  it('parses, and verifying it names the engine version it needs', () => {
    expect(ENGINE_VERSION).toBe(3);
    const parsed = parseRecordText(readFileSync('test/fixtures/old-records/engine-v1-baseline-seed-1.json', 'utf8'), 'engine-v1-baseline-seed-1.json');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.record.engineVersion).toBe(1);
    const v = verifyRecord(parsed.record, loadScenario('test/fixtures/replays/scenario-2024-hopper-scramble.json'));
    expect(v.ok).toBe(false);
    expect(!v.ok && v.reason).toBe(`this record needs engine version 1; this build runs version ${ENGINE_VERSION}`);
  });
});
