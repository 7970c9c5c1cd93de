/**
 * Golden replays: records with per-quarter hashes, replayed on the current engine. Any change to the rules
 * that changes a game's outcome fails here, naming the first quarter that diverges.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load';
import { ENGINE_VERSION } from '../../src/engine';
import { parseRecordText } from '../../src/replay/parse';
import { verifyRecord } from '../../src/replay/verify';

const DIR = 'test/fixtures/replays';
const REGENERATE =
  'If you changed the rules on purpose, bump ENGINE_VERSION in src/engine/version.ts and regenerate the fixtures with `npx tsx test/replay/make-fixtures.ts` ' +
  '(the baseline ones are `npm run simulate -- --scenario test/fixtures/replays/scenario-2024-hopper-scramble.json --seed N --record FILE`). ' +
  'If you did not mean to change the rules, this is a desync: find what changed.';
const scenario = loadScenario(`${DIR}/scenario-2024-hopper-scramble.json`);
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.startsWith('scenario-'));

describe('golden replays', () => {
  it('there are baseline, real-bot and old-format fixtures', () => {
    expect(files).toEqual(expect.arrayContaining(['baseline-seed-1.json', 'baseline-seed-2.json', 'baseline-seed-3.json', 'bots-mixed.json', 'format-1-baseline-seed-1.json']));
  });

  for (const file of files) {
    it(`${file} replays to its recorded hash in every quarter`, () => {
      const parsed = parseRecordText(readFileSync(`${DIR}/${file}`, 'utf8'), file);
      if (!parsed.ok) throw new Error(parsed.error);
      expect(parsed.record.engineVersion, `${file} was made by engine version ${parsed.record.engineVersion}, this is ${ENGINE_VERSION}. ${REGENERATE}`).toBe(ENGINE_VERSION);
      const v = verifyRecord(parsed.record, scenario);
      if (!v.ok) {
        const where = v.quarter === null ? '' : ` at quarter ${v.quarter}${v.actionIndex === null ? '' : ` (action ${v.actionIndex})`}`;
        throw new Error(`${file} diverged${where}: ${v.reason}. ${REGENERATE}`);
      }
      expect(v.quarters).toBe(scenario.quarters);
    });
  }

  it('the real-bot fixture carries a rationale for every bot decision', () => {
    const parsed = parseRecordText(readFileSync(`${DIR}/bots-mixed.json`, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const r = parsed.record;
    const submits = r.actions.map((a, i) => [a, i] as const).filter(([a]) => a.type === 'submitOrders');
    expect(submits.length).toBe(scenario.quarters * scenario.companies.length);
    for (const [, i] of submits) expect(r.rationales?.[String(i)], `action ${i}`).toMatchObject({ quarter: expect.any(Number), bids: expect.any(Array) });
  });
});
