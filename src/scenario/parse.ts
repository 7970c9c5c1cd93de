/**
 * Parsing scenario files from untrusted input. Nothing here throws: every problem comes back as a
 * ScenarioIssue naming the file, the JSON path and what was expected.
 */
import type { Scenario } from '../engine/types';
import { crossCheckRuns } from './cross-refs';
import { findJsonSyntaxError } from './json-syntax';
import { toScenarioIssues, type ScenarioIssue } from './issues';
import { findProtoKeys } from './proto-keys';
import { scenarioSchema } from './schema';

/** Largest scenario file accepted, in bytes (the shipped ones are well under 100 kB). */
export const MAX_SCENARIO_BYTES = 2 * 1024 * 1024;

/** File name used in issues when the caller gives none. */
const DEFAULT_FILE = '<scenario>';

/** The result of parsing a scenario: the scenario, or every problem found. */
export type ScenarioParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioIssue[] };

function failure(file: string, path: string, message: string): ScenarioParseResult {
  return { ok: false, errors: [{ file, path, message }] };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Replaces -0 with 0 in place (the value is zod's fresh copy). `-0` passes every ">= 0" check, but it would
 * survive structuredClone and not JSON, so a saved game and a live one would differ.
 */
function withoutNegativeZero<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    const obj = v as Record<string, unknown>;
    for (const k of Object.keys(obj)) {
      const x = obj[k];
      if (x === 0 && Object.is(x, -0)) obj[k] = 0;
      else if (x !== null && typeof x === 'object') stack.push(x);
    }
  }
  return value;
}

/** Validates an already-decoded value (e.g. a bundled JSON module) against the scenario schema. */
export function parseScenario(input: unknown, fileName: string = DEFAULT_FILE): ScenarioParseResult {
  try {
    // jitless: zod would otherwise compile validators with `new Function`, which a strict CSP forbids.
    const protoKeys = findProtoKeys(input);
    if (protoKeys.length > 0) {
      const message = 'expected no key named "__proto__" (a name that can change how objects behave; rename or remove it), found one';
      return { ok: false, errors: protoKeys.map((path) => ({ file: fileName, path, message })) };
    }
    const runs = crossCheckRuns();
    const result = scenarioSchema.safeParse(input, { reportInput: true, jitless: true });
    if (result.success) return { ok: true, scenario: withoutNegativeZero(result.data) };
    const crossChecked = crossCheckRuns() > runs;
    return { ok: false, errors: toScenarioIssues(result.error, fileName, scenarioSchema, input, crossChecked) };
  } catch (e) {
    return failure(fileName, '$', `could not be checked: ${errorText(e)}`);
  }
}

/** UTF-8 length of a string without allocating a buffer. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Parses the text of a scenario file: size cap, JSON syntax (with line and column), then the schema. */
export function parseScenarioText(text: string, fileName: string = DEFAULT_FILE): ScenarioParseResult {
  try {
    if (typeof text !== 'string') return failure(fileName, '$', `expected the text of a JSON file, found ${typeof text}`);
    const size = text.length > MAX_SCENARIO_BYTES ? text.length : utf8Length(text);
    if (size > MAX_SCENARIO_BYTES) {
      return failure(fileName, '$', `expected a file of at most ${MAX_SCENARIO_BYTES.toLocaleString('en-US')} bytes, found ${size.toLocaleString('en-US')} bytes or more`);
    }
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const syntax = findJsonSyntaxError(body);
    if (syntax) {
      return failure(fileName, syntax.path, `invalid JSON at line ${syntax.line}, column ${syntax.column}: ${syntax.message}`);
    }
    return parseScenario(JSON.parse(body), fileName);
  } catch (e) {
    // Only reachable if JSON.parse disagrees with the scanner; kept so this function can never throw.
    return failure(fileName, '$', `could not be read: ${errorText(e)}`);
  }
}
