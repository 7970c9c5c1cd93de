/**
 * Fuzzing (fast-check): mutated scenarios, random JSON text, truncated files, mutated records and share links,
 * and arbitrary values as actions. Every parser and `applyAction` must return a clean rejection or a valid
 * result: no crash, no thrown error, no hang, no polluted Object.prototype, and a rejected action changes
 * nothing. fast-check prints the seed and the shrunk counterexample of any failure; replay it with
 * `fc.assert(..., { seed, path })`.
 */
import * as fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { baselineOrders } from '../../src/ai/baseline';
import { handleMessage } from '../../src/ai/worker';
import { applyAction, countSteps, createGame, MAX_STEPS_PER_ACTION, stateHash, type Action, type GameState, type Scenario } from '../../src/engine';
import { decodeLinkPayload, encodeLinkPayload, packRecord } from '../../src/replay/link';
import { parseRecordData, parseRecordText } from '../../src/replay/parse';
import { verifyRecord } from '../../src/replay/verify';
import { z } from 'zod';
import { playGame } from '../../src/replay/session';
import { parseScenario, parseScenarioText, scenarioSchema } from '../../src/scenario';
import { schemaAt } from '../../src/scenario/issues';
import { parseAction } from '../../src/replay/action-schema';
import { asRationale } from '../../src/store/rationale-schema';
import { hostileKeys, mutationsArb, mutate, nonFinite, pollution } from './mutate';

const ROOT = join(import.meta.dirname, '../..');
const SCENARIO_FILES = ['2024-hopper-scramble', '2025-diffusion-rule', 'classroom-sprint', 'tutorial', 'what-if-no-export-controls'];
const scenarioTexts = SCENARIO_FILES.map((f) => readFileSync(join(ROOT, 'scenarios', `${f}.json`), 'utf8'));
const scenarioValues = scenarioTexts.map((t) => JSON.parse(t) as unknown);
const REPLAYS = join(ROOT, 'test/fixtures/replays');
const replayScenario = (() => {
  const r = parseScenarioText(readFileSync(join(REPLAYS, 'scenario-2024-hopper-scramble.json'), 'utf8'));
  if (!r.ok) throw new Error('the replay fixtures scenario does not parse');
  return r.scenario;
})();
const recordTexts = ['baseline-seed-1.json', 'format-1-baseline-seed-1.json'].map((f) => readFileSync(join(REPLAYS, f), 'utf8'));
const recordValues = recordTexts.map((t) => JSON.parse(t) as unknown);

/** `FUZZ_SCALE=20 npx vitest run test/security` runs every property 20 times as often (a longer hunt). */
const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE ?? 1) || 1);
const runs = (n: number) => ({ numRuns: n * SCALE });

/**
 * Most engine steps a run may take per action it replays (the engine's step counter, never a clock): a run
 * that needs more is reported as a hang. Parsers run no engine loops (0 steps); their work is bounded by the
 * input caps they check first.
 */
function bounded<T>(what: string, fn: () => T, actions = 1): T {
  const c = countSteps(fn, actions * MAX_STEPS_PER_ACTION);
  if (!c.ok) {
    if (c.exceeded) throw new Error(`${what} took more than ${(actions * MAX_STEPS_PER_ACTION).toLocaleString('en-US')} engine steps (${actions} actions at ${MAX_STEPS_PER_ACTION.toLocaleString('en-US')} each)`);
    throw c.error;
  }
  return c.value;
}

afterEach(() => {
  expect(pollution(), 'Object.prototype was polluted').toEqual([]);
});

describe('scenario parser under fuzzing', () => {
  it('structurally mutated shipped scenarios: a clean rejection with paths, or a scenario that starts a game', () => {
    fc.assert(
      fc.property(fc.nat(SCENARIO_FILES.length - 1), mutationsArb, (k, ms) => {
        const value = mutate(scenarioValues[k], ms);
        const r = bounded('parseScenario', () => parseScenario(value, 'fuzz.json'));
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) {
            expect(e.file).toBe('fuzz.json');
            expect(e.path.startsWith('$')).toBe(true);
            expect(typeof e.message).toBe('string');
            expect(e.message.length).toBeGreaterThan(0);
          }
        } else {
          expect(nonFinite(r.scenario)).toEqual([]);
          expect(() => createGame(r.scenario, 'fuzz')).not.toThrow();
        }
        // The same value as a file: text parsing must agree (JSON cannot carry undefined, so compare only when it round-trips).
        const text = JSON.stringify(value);
        if (text !== undefined) {
          const t = bounded('parseScenarioText', () => parseScenarioText(text, 'fuzz.json'));
          if (nonFinite(value).length === 0 && !hasUndefined(value)) expect(t.ok).toBe(r.ok);
        }
      }),
      runs(250),
    );
  });

  it('valid scenarios at the edges of every numeric range play to the end with whole, safe numbers', () => {
    const tutorialValue = scenarioValues[SCENARIO_FILES.indexOf('tutorial')];
    fc.assert(
      fc.property(fc.array(fc.constantFrom('min', 'max', 'keep'), { minLength: 64, maxLength: 64 }), (choices) => {
        const value = structuredClone(tutorialValue);
        let n = 0;
        forEachNumber(value, (path, current) => {
          // Quarter indices and counts decide the game's shape; the cross-checks refuse most edges of those.
          if (QUARTERISH.test(String(path[path.length - 1]))) return current;
          const s = schemaAt(scenarioSchema, value, path);
          if (!(s instanceof z.ZodNumber)) return current;
          const c = choices[n++ % choices.length];
          if (c === 'min' && Number.isFinite(s.minValue)) return s.minValue as number;
          if (c === 'max' && Number.isFinite(s.maxValue)) return s.maxValue as number;
          return current;
        });
        const r = parseScenario(value, 'edges.json');
        if (!r.ok) return;
        const game = bounded('playGame', () => playGame(r.scenario, 'edges', (st, id) => ({ orders: baselineOrders(st, id) })), 4 * r.scenario.quarters * (r.scenario.companies.length + 2));
        const { scenario: _s, ...rest } = game.state;
        expect(unsafeNumbers(rest)).toEqual([]);
      }),
      runs(25),
    );
  });

  it('random JSON and random text: never throws, always a result', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 6 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        const r = bounded('parseScenarioText', () => parseScenarioText(text, 'random.json'));
        if (!r.ok) expect(r.errors[0]?.message).toBeTruthy();
      }),
      runs(400),
    );
  });

  it('truncations and character edits of valid files are rejected with a line and column', () => {
    fc.assert(
      fc.property(fc.nat(SCENARIO_FILES.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('cut', 'flip', 'insert', 'delete'), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }), (k, at, op, chars) => {
        const full = scenarioTexts[k] as string;
        const i = Math.min(full.length - 1, Math.floor(at * full.length));
        let text: string;
        if (op === 'cut') text = full.slice(0, i);
        else if (op === 'flip') text = full.slice(0, i) + chars + full.slice(i + 1);
        else if (op === 'insert') text = full.slice(0, i) + chars + full.slice(i);
        else text = full.slice(0, i) + full.slice(i + 1);
        const r = bounded('parseScenarioText', () => parseScenarioText(text, 'edited.json'));
        if (op === 'cut' && text.trim() !== full.trim()) {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.errors[0]?.message).toMatch(/^invalid JSON at line \d+, column \d+/);
        }
      }),
      runs(300),
    );
  });
});

describe('record parser and share links under fuzzing', () => {
  it('mutated records: a one-line rejection, or a record that replays (or is refused) without throwing', () => {
    let verified = 0;
    fc.assert(
      fc.property(fc.nat(recordValues.length - 1), mutationsArb, (k, ms) => {
        const value = mutate(recordValues[k], ms);
        const r = bounded('parseRecordData', () => parseRecordData(value, 'fuzz.gpurace.json'));
        if (!r.ok) {
          expect(r.error).toMatch(/^fuzz\.gpurace\.json/);
          expect(r.error.includes('\n')).toBe(false);
          return;
        }
        // Replaying is the expensive part; enough accepted records are replayed to cover it.
        if (verified++ < 60) {
          const v = bounded('verifyRecord', () => verifyRecord(r.record, replayScenario), r.record.actions.length + 1);
          if (!v.ok) expect(v.reason.length).toBeGreaterThan(0);
        }
        const text = JSON.stringify(value);
        if (text !== undefined) bounded('parseRecordText', () => parseRecordText(text, 'fuzz.gpurace.json'));
      }),
      runs(250),
    );
  });

  it('truncated and edited record files: never throws', () => {
    fc.assert(
      fc.property(fc.nat(recordTexts.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ unit: 'binary', maxLength: 3 }), (k, at, chars) => {
        const full = recordTexts[k] as string;
        const i = Math.floor(at * full.length);
        const cut = bounded('parseRecordText', () => parseRecordText(full.slice(0, i), 'cut.gpurace.json'));
        if (full.slice(0, i).trim() !== full.trim()) expect(cut.ok).toBe(false);
        bounded('parseRecordText', () => parseRecordText(full.slice(0, i) + chars + full.slice(i + 1), 'edited.gpurace.json'));
      }),
      runs(200),
    );
  });

  const goodRecord = (() => {
    const r = parseRecordText(recordTexts[0] as string);
    if (!r.ok) throw new Error(r.error);
    return r.record;
  })();
  const goodLink = encodeLinkPayload(goodRecord);

  it('edited and cut share links: a message starting "share link:", never a throw', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('cut', 'flip', 'garbage'), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 4 }), (at, op, chars) => {
        const i = Math.floor(at * goodLink.length);
        const payload = op === 'cut' ? goodLink.slice(0, i) : op === 'flip' ? goodLink.slice(0, i) + chars + goodLink.slice(i + 1) : chars.repeat(1 + i);
        const r = bounded('decodeLinkPayload', () => decodeLinkPayload(`#replay=${payload}`));
        if (!r.ok) expect(r.error).toMatch(/^share link/);
      }),
      runs(300),
    );
  });

  it('well-compressed but mutated packed records in a link: never a throw', () => {
    const packed = packRecord(goodRecord);
    fc.assert(
      fc.property(mutationsArb, (ms) => {
        const json = JSON.stringify(mutate(packed, ms));
        if (json === undefined) return;
        const payload = encodeBytes(deflateSync(strToU8(json)));
        const r = bounded('decodeLinkPayload', () => decodeLinkPayload(payload));
        if (!r.ok) expect(r.error).toMatch(/^share link/);
      }),
      runs(200),
    );
  });
});

// ---------------------------------------------------------------- actions

function playedStates(scenario: Scenario): GameState[] {
  const out: GameState[] = [];
  let s = createGame(scenario, 'fuzz-seed');
  out.push(s);
  const step = (a: Action): void => {
    const r = applyAction(s, a);
    if (!r.ok) throw new Error(`setup: ${a.type}: ${r.error.message}`);
    s = r.state;
  };
  while (s.phase !== 'gameOver') {
    s.players.forEach((p, i) => {
      if (i === 0 && s.quarter === 1) return; // leave one seat open: a state waiting for orders
      step({ type: 'submitOrders', playerId: p.id, orders: baselineOrders(s, p.id) });
    });
    if (s.quarter === 1) {
      out.push(s);
      const p = s.players[0];
      if (p) step({ type: 'submitOrders', playerId: p.id, orders: baselineOrders(s, p.id) });
    }
    if (s.quarter === 2) out.push(s); // every seat submitted
    step({ type: 'resolveQuarter' });
    if (s.quarter === 2) out.push(s); // reveal
    step({ type: 'advance' });
  }
  out.push(s);
  return out;
}

// The base game: every kind of rule, a deck to inject from, partnerships and a grey market.
const baseGame = (() => {
  const r = parseScenario(scenarioValues[SCENARIO_FILES.indexOf('2024-hopper-scramble')]);
  if (!r.ok) throw new Error('the base game does not parse');
  return r.scenario;
})();
const states = playedStates(baseGame);
const sampleActions: Action[] = (() => {
  const s = states[0] as GameState;
  const p = s.players[0]?.id ?? 'x';
  return [
    { type: 'submitOrders', playerId: p, orders: baselineOrders(s, p) },
    { type: 'withdrawOrders', playerId: p },
    { type: 'resolveQuarter' },
    { type: 'advance' },
    { type: 'injectEvent', cardId: baseGame.eventDeck.cards[0]?.id ?? 'none' },
  ];
})();

/** Applies `action` to `state`: never throws, never touches the given state, and a result is a sane state. */
function checkApply(state: GameState, action: unknown): void {
  const before = JSON.stringify(state);
  const hashBefore = stateHash(state);
  const r = bounded('applyAction', () => applyAction(state, action as Action));
  expect(JSON.stringify(state), 'applyAction changed the state it was given').toBe(before);
  expect(stateHash(state)).toBe(hashBefore);
  if (r.ok) {
    expect(nonFinite(r.state)).toEqual([]);
    for (const p of r.state.players) expect(Number.isSafeInteger(p.cash) && p.cash >= 0).toBe(true);
  } else {
    expect(typeof r.error.code).toBe('string');
    expect(typeof r.error.message).toBe('string');
  }
}

describe('applyAction and the store action schema under fuzzing', () => {
  // An index, not the state itself, so a counterexample prints short.
  const stateArb = fc.nat(states.length - 1).map((i) => states[i] as GameState);

  it('fc.anything() as an action: a clean rejection, the state untouched', () => {
    fc.assert(
      fc.property(stateArb, fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true, withSparseArray: true, withTypedArray: true, withDate: true, withMap: true, withSet: true, maxDepth: 4 }), (state, action) => {
        checkApply(state, action);
      }),
      runs(400),
    );
  });

  it('mutated valid actions: accepted into a sane state, or rejected with the state untouched', () => {
    fc.assert(
      fc.property(stateArb, fc.nat(sampleActions.length - 1).map((i) => sampleActions[i] as Action), mutationsArb, (state, action, ms) => {
        checkApply(state, mutate(action, ms));
      }),
      runs(400),
    );
  });

  it('the one action schema: never throws; what it accepts, the engine takes or refuses cleanly', () => {
    fc.assert(
      fc.property(stateArb, fc.oneof(fc.anything({ withNullPrototype: true, maxDepth: 4 }), fc.nat(sampleActions.length - 1).map((i) => sampleActions[i] as Action).chain((a) => mutationsArb.map((ms) => mutate(a, ms)))), (state, raw) => {
        const p = bounded('parseAction', () => parseAction(raw));
        if (!p.ok) {
          // A schema refusal is an engine error with a code (a bad amount is the engine's BAD_AMOUNT) and English.
          expect(['MALFORMED', 'BAD_AMOUNT', 'TOO_MANY_BIDS', 'TOO_MANY_GREY_ORDERS']).toContain(p.error.code);
          expect(p.error.message.length).toBeGreaterThan(0);
          return;
        }
        checkApply(state, p.action);
      }),
      runs(400),
    );
  });

  it('worker messages and rationales from outside: never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ maxDepth: 3 }), fc.record({ type: fc.constant('think'), requestId: fc.anything(), playerId: fc.anything(), level: fc.constantFrom('easy', 'normal', 'hard', 'x'), state: fc.anything({ maxDepth: 2 }) })), (msg) => {
        const res = bounded('handleMessage', () => handleMessage(msg));
        expect(['orders', 'error']).toContain(res.type);
        bounded('asRationale', () => asRationale(msg));
      }),
      runs(200),
    );
  });

  it.each(hostileKeys)('an action carrying a %j key pollutes nothing', (key) => {
    const state = states[0] as GameState;
    const a = JSON.parse(`{"type":"submitOrders","playerId":"${state.players[0]?.id}","orders":{"${key}":{"polluted":1},"bids":[{"${key}":{"polluted":1},"sku":"H100","quantity":1,"maxPrice":1}]}}`) as unknown;
    checkApply(state, a);
    parseAction(a);
  });
});

const QUARTERISH = /^(quarters|startQuarter|startYear|availableFrom|readyQuarter|fromQuarter|quarter|leadQuarters|maxBidsPerSku|effectiveQuarter|endQuarter|entityListQuarters)$/;

/** Replaces every number in a JSON value by `f(path, number)`, in place. */
function forEachNumber(root: unknown, f: (path: (string | number)[], n: number) => number): void {
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (Array.isArray(v)) v.forEach((x, i) => (typeof x === 'number' ? (v[i] = f([...path, i], x)) : walk(x, [...path, i])));
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const [k, x] of Object.entries(o)) {
        if (typeof x === 'number') o[k] = f([...path, k], x);
        else walk(x, [...path, k]);
      }
    }
  };
  walk(root, []);
}

/** Paths of numbers that are not finite, or whole but beyond 2^53 (money would no longer be exact). */
function unsafeNumbers(value: unknown): string[] {
  const out = nonFinite(value);
  forEachNumber(structuredClone(value), (path, n) => {
    if (Number.isInteger(n) && !Number.isSafeInteger(n)) out.push(`${path.join('.')} = ${n}`);
    return n;
  });
  return out;
}

function hasUndefined(v: unknown): boolean {
  if (v === undefined) return true;
  if (Array.isArray(v)) return v.some(hasUndefined);
  if (v !== null && typeof v === 'object') return Object.values(v).some(hasUndefined);
  return false;
}

function encodeBytes(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
