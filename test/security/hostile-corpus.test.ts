/**
 * The hostile-input corpus (test/fixtures/hostile/, written by make.ts there): every file goes through its
 * parser and must get exactly its expected clean rejection (or acceptance), never a throw, and leave
 * Object.prototype unpolluted. Known gaps owned by other layers are listed as it.todo (see docs/security.md).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Expectation } from '../fixtures/hostile/make';
import { decodeLinkPayload } from '../../src/replay/link';
import { parseRecordText } from '../../src/replay/parse';
import { verifyRecord } from '../../src/replay/verify';
import { parseScenarioText } from '../../src/scenario';
import { pollution } from './mutate';

const DIR = join(import.meta.dirname, '../fixtures/hostile');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expectation>;
const replayScenario = (() => {
  const r = parseScenarioText(readFileSync(join(import.meta.dirname, '../fixtures/replays/scenario-2024-hopper-scramble.json'), 'utf8'));
  if (!r.ok) throw new Error('the replay fixtures scenario does not parse');
  return r.scenario;
})();

/** One outcome, whatever the parser: accepted (with the value), or rejected with messages at paths. */
type Outcome = { ok: true; value: unknown } | { ok: false; errors: { path: string; message: string }[] };

function run(name: string, e: Expectation): Outcome {
  const text = readFileSync(join(DIR, name), 'utf8');
  const file = name.split('/').pop() as string;
  switch (e.parser) {
    case 'scenarioText': {
      const r = parseScenarioText(text, file);
      return r.ok ? { ok: true, value: r.scenario } : { ok: false, errors: r.errors };
    }
    case 'recordText': {
      const r = parseRecordText(text, file);
      return r.ok ? { ok: true, value: r.record } : { ok: false, errors: [{ path: '', message: r.error }] };
    }
    case 'recordReplay': {
      const r = parseRecordText(text, file);
      if (!r.ok) return { ok: false, errors: [{ path: '', message: r.error }] };
      const v = verifyRecord(r.record, replayScenario);
      return v.ok ? { ok: true, value: v.state } : { ok: false, errors: [{ path: '', message: v.reason }] };
    }
    case 'link': {
      const r = decodeLinkPayload(text);
      return r.ok ? { ok: true, value: r.record } : { ok: false, errors: [{ path: '', message: r.error }] };
    }
  }
}

afterEach(() => {
  expect(pollution(), 'Object.prototype was polluted').toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('hostile corpus', () => {
  it('every file in the corpus has an expectation, and every expectation a file', () => {
    const onDisk = ['scenario', 'record', 'link'].flatMap((d) => readdirSync(join(DIR, d)).map((f) => `${d}/${f}`)).sort();
    expect(onDisk).toEqual(Object.keys(expected).sort());
  });

  for (const [name, e] of Object.entries(expected)) {
    if (e.todo) {
      // The exact outcome is a known gap; the file must still not throw or pollute anything.
      it.todo(`${name}: ${e.todo}`);
      it(`${name} (${e.why}) does not throw`, () => {
        expect(() => run(name, e)).not.toThrow();
      });
      continue;
    }
    const what = e.result === 'accept' ? 'is accepted' : `is rejected${e.path ? ` at ${e.path}` : ''} with "${e.message}"`;
    it(`${name} (${e.why}) ${what}`, () => {
      let out: Outcome | undefined;
      expect(() => {
        out = run(name, e);
      }).not.toThrow();
      if (!out) throw new Error('no outcome');
      if (e.result === 'accept') {
        if (!out.ok) expect.fail(`expected ${name} to be accepted; got:\n${out.errors.map((x) => `${x.path} ${x.message}`).join('\n')}`);
        return;
      }
      if (out.ok) expect.fail(`expected ${name} to be rejected with "${e.message}", but it was accepted`);
      const hit = out.errors.find((x) => (e.path === undefined || x.path === e.path) && x.message.includes(e.message ?? ''));
      if (!hit) expect.fail(`expected an error${e.path ? ` at ${e.path}` : ''} containing "${e.message}"; got:\n${out.errors.map((x) => `${x.path} ${x.message}`).join('\n')}`);
      // One clear line: no stack traces, no multi-line dumps, bounded length.
      expect(hit.message.includes('\n')).toBe(false);
      expect(hit.message.length).toBeLessThan(1_000);
    });
  }

  it('-0 in a scenario comes out as 0 (so JSON and structuredClone copies agree)', () => {
    const r = parseScenarioText(readFileSync(join(DIR, 'scenario/cash-negative-zero.json'), 'utf8'));
    if (!r.ok) throw new Error('rejected');
    expect(Object.is(r.scenario.companies[0]?.cash, 0)).toBe(true);
  });

  it('markup in a company name is kept exactly as text (rendering must escape it)', () => {
    const r = parseScenarioText(readFileSync(join(DIR, 'scenario/xss-company-name.json'), 'utf8'));
    if (!r.ok) throw new Error('rejected');
    expect(r.scenario.companies[0]?.name).toBe('<img src=x onerror=alert(1)>');
  });
});
