/**
 * Turns zod's issues into messages a teacher can act on: the file, the JSON path, what was expected and what
 * was found ("expected a whole number >= 0, found -5").
 */
import { z } from '../zod';
import { closest, describeFound, jsonPath } from './json-path';

/** One problem in a scenario file. */
export interface ScenarioIssue {
  file: string;
  /** JSON path of the offending value, e.g. `$.companies[2].budget[3]`. */
  path: string;
  message: string;
}

/** At most this many issues are listed per file; a hostile file could otherwise produce millions. */
export const MAX_ISSUES = 100;

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a text in double quotes',
  boolean: 'true or false',
  array: 'a list [...]',
  object: 'an object {...}',
  record: 'an object {...}',
  null: 'null',
};

const FORMAT_NAMES: Record<string, string> = {
  date: 'a date yyyy-mm-dd',
  url: 'a web address starting with http:// or https://',
};

function bound(kind: 'min' | 'max', origin: string, value: number | bigint, inclusive: boolean | undefined, exact?: boolean): string {
  const v = Number(value);
  if (origin === 'array' || origin === 'set') {
    if (exact) return `exactly ${v} entries`;
    return kind === 'min' ? `at least ${inclusive === false ? v + 1 : v} entries` : `at most ${inclusive === false ? v - 1 : v} entries`;
  }
  if (origin === 'string') {
    if (exact) return `exactly ${v} characters`;
    return kind === 'min' ? `at least ${v} characters` : `at most ${v} characters`;
  }
  const op = kind === 'min' ? (inclusive === false ? '>' : '>=') : inclusive === false ? '<' : '<=';
  return `a ${origin === 'int' ? 'whole number' : 'number'} ${op} ${v.toLocaleString('en-US')}`;
}

function foundSize(origin: string, input: unknown): string {
  if ((origin === 'array' || origin === 'string') && (Array.isArray(input) || typeof input === 'string')) {
    return `${input.length} ${origin === 'array' ? 'entries' : 'characters'}`;
  }
  return describeFound(input);
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
}

/** The schema that describes the value at `path` (walking the raw data to pick union branches), if any. */
export function schemaAt(root: z.ZodType, data: unknown, path: readonly PropertyKey[]): z.ZodType | undefined {
  let schema = unwrap(root);
  let value: unknown = data;
  for (const seg of [...path, null]) {
    if (schema instanceof z.ZodDiscriminatedUnion) {
      const disc = schema.def.discriminator;
      const tag = value && typeof value === 'object' ? (value as Record<string, unknown>)[disc] : undefined;
      const option = schema.options.find((o) => o instanceof z.ZodObject && o.shape[disc] instanceof z.ZodLiteral && o.shape[disc].values.has(tag as never));
      if (!option) return undefined;
      schema = option as z.ZodType;
    }
    if (seg === null) break;
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[seg] : undefined;
    let next: z.ZodType | undefined;
    if (schema instanceof z.ZodObject) next = (schema.shape as Record<string, z.ZodType>)[String(seg)];
    else if (schema instanceof z.ZodArray) next = schema.element as z.ZodType;
    else if (schema instanceof z.ZodRecord) next = schema.valueType as z.ZodType;
    if (!next) return undefined;
    schema = unwrap(next);
  }
  return schema;
}

/** The object keys the schema allows at `path`. */
export function allowedKeysAt(root: z.ZodType, data: unknown, path: readonly PropertyKey[]): string[] {
  const schema = schemaAt(root, data, path);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unknownKeyMessage(key: string, allowed: string[]): string {
  const guess = closest(key, allowed);
  const hint = guess ? ` (did you mean "${guess}"?)` : '';
  const list = allowed.length > 0 ? `one of the keys ${allowed.join(', ')}` : 'no other keys here';
  return `expected ${list}; found the unknown key ${JSON.stringify(key)}${hint}`;
}

/** The message for one zod issue, saying what was expected and what was found. */
function messageFor(issue: z.core.$ZodIssue, isInt: boolean): string {
  const found = describeFound(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NAMES[isInt ? 'int' : issue.expected] ?? issue.expected}, found ${found}`;
    case 'too_small':
      return `expected ${bound('min', isInt ? 'int' : issue.origin, issue.minimum, issue.inclusive, issue.exact)}, found ${foundSize(issue.origin, issue.input)}`;
    case 'too_big':
      return `expected ${bound('max', isInt ? 'int' : issue.origin, issue.maximum, issue.inclusive, issue.exact)}, found ${foundSize(issue.origin, issue.input)}`;
    case 'invalid_format': {
      const what = FORMAT_NAMES[issue.format] ?? (issue.format === 'regex' ? issue.message : `a valid ${issue.format}`);
      return `expected ${what}, found ${found}`;
    }
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${found}`;
    case 'invalid_union':
      if (issue.discriminator) {
        const tag = issue.input && typeof issue.input === 'object' ? (issue.input as Record<string, unknown>)[issue.discriminator] : undefined;
        const options = 'options' in issue && issue.options ? issue.options.map((o) => JSON.stringify(o)).join(', ') : '';
        return `expected "${issue.discriminator}" to be one of ${options}, found ${describeFound(tag)}`;
      }
      return `expected one of the allowed shapes, found ${found}`;
    case 'invalid_key': {
      // The key's own issue says why (e.g. a reserved name); the generic text covers the rest.
      const inner = issue.issues.find((i) => i.code === 'custom');
      if (inner) return inner.message;
      return `expected keys that are ids (a letter or digit, then letters, digits, _ . -), found the key ${JSON.stringify(String(issue.input))}`;
    }
    case 'custom':
      return issue.message;
    default:
      return `${issue.message} (found ${found})`;
  }
}

/**
 * Drops a bound issue when a tighter one of the same kind sits at the same path: `z.int()` carries its own
 * safe-integer bound, so 1e308 would otherwise be reported against 2^53 - 1 as well as the field's real cap.
 */
function tightestBounds(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const best = new Map<string, z.core.$ZodIssue>();
  const limit = (i: z.core.$ZodIssue): number => (i.code === 'too_big' ? Number(i.maximum) : i.code === 'too_small' ? -Number(i.minimum) : 0);
  for (const issue of issues) {
    if (issue.code !== 'too_big' && issue.code !== 'too_small') continue;
    const key = `${issue.code}|${jsonPath(issue.path)}`;
    const seen = best.get(key);
    if (!seen || limit(issue) < limit(seen)) best.set(key, issue);
  }
  return issues.filter((i) => (i.code !== 'too_big' && i.code !== 'too_small') || best.get(`${i.code}|${jsonPath(i.path)}`) === i);
}

/** Converts zod issues to scenario issues (unknown keys: one issue per key, at the key's own path). */
export function toScenarioIssues(error: z.ZodError, file: string, root: z.ZodType, data: unknown, crossChecked: boolean): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  for (const issue of tightestBounds(error.issues)) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(root, data, issue.path);
      for (const key of issue.keys) out.push({ file, path: jsonPath([...issue.path, key]), message: unknownKeyMessage(key, allowed) });
    } else {
      const target = schemaAt(root, data, issue.path);
      const isInt = target instanceof z.ZodNumber && target.isInt === true;
      out.push({ file, path: jsonPath(issue.path), message: messageFor(issue, isInt) });
    }
  }
  if (!crossChecked) {
    out.push({ file, path: '$', message: 'note: the cross-checks (ids, per-quarter lengths, citations) run once the problems above are fixed' });
  }
  return capIssues(out, file);
}

/** Keeps the first MAX_ISSUES issues and says how many more there were. */
export function capIssues(issues: ScenarioIssue[], file: string): ScenarioIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const kept = issues.slice(0, MAX_ISSUES);
  kept.push({ file, path: '$', message: `... and ${issues.length - MAX_ISSUES} more problems (fix these first)` });
  return kept;
}

/** Formats issues for a terminal: one `file: path: message` line each. */
export function formatIssues(issues: readonly ScenarioIssue[]): string {
  return issues.map((i) => `${i.file}: ${i.path}: ${i.message}`).join('\n');
}
