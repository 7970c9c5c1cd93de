/**
 * Building blocks of the scenario schema: ids, bounded integers and texts. Every bound is a guard against
 * hostile or mistyped files (a budget of 1e300, a 50 MB headline), not a statement about the real world.
 */
import { MAX_COMPANIES, MAX_QUARTERS } from '../engine/limits';
import { z } from '../zod';

/** Caps shared by the schema and its error messages. */
export const LIMITS = {
  companies: MAX_COMPANIES,
  skus: 64,
  quarters: MAX_QUARTERS,
  text: 2_000,
  name: 200,
  id: 64,
  otherDemand: 256,
  exportRules: 64,
  events: 256,
  deckCards: 128,
  effects: 16,
  partnerships: 64,
  sources: 512,
  classroomItems: 20,
  thresholds: 16,
  listItems: 64,
  recordKeys: 64,
  citeIds: 32,
  /** Largest money amount in one field: $10 trillion, far below 2^53. */
  money: 10_000_000_000_000,
  /**
   * Largest price per chip: $10 million, the engine's cap on a bid's max price. Units (10^8) x price (10^7)
   * stays below 2^53, so what a block of buyers pays is still an exact whole number of dollars.
   */
  price: 10_000_000,
  /** Largest unit count in one field (chips per quarter, fleet). */
  units: 100_000_000,
  /** Largest power figure in one field, MW. */
  mw: 1_000_000,
  /** Largest percentage change an event or rule may apply. */
  pct: 1_000,
} as const;

/** The fleet key of a company's own silicon; no scenario SKU may use it. */
export const RESERVED_SKU_ID = 'custom';

/**
 * Names that plain JS objects inherit from Object.prototype. An id becomes a key of fleets, cite maps and lookup
 * objects, where `fleet["constructor"]` would read a function instead of a missing entry; so no id may be one.
 */
export const RESERVED_OBJECT_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** An id: a letter or digit, then letters, digits, `_`, `.` or `-` (no spaces, nothing like `__proto__`). */
export const idSchema = z
  .string()
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'an id: a letter or digit, then letters, digits, "_", "." or "-"')
  .superRefine((s, ctx) => {
    if (RESERVED_OBJECT_KEYS.has(s) && s !== '__proto__') {
      ctx.addIssue({ code: 'custom', message: `expected an id that is not the name of a built-in object property (constructor, toString, valueOf, ...), found ${JSON.stringify(s)}` });
    }
  })
  .meta({ description: 'An id: starts with a letter or digit; then letters, digits, _ . - (at most 64 characters).' });

/** A region code such as US or CN, or an export tier such as T1. */
export const codeSchema = z
  .string()
  .max(16)
  .regex(/^[A-Z][A-Z0-9_-]*$/, 'an upper-case code such as US, CN or T1')
  .meta({ description: 'An upper-case code such as US, CN (regions) or T1, T2, T3 (export tiers).' });

/** Most combining marks (accents and the like) a text may stack on one character; more is "Zalgo" text that smears over its neighbours. */
export const MAX_COMBINING_RUN = 4;

const COMBINING = /^\p{M}$/u;

/** Invisible characters that make two different texts look the same (zero-width space, joiners, word joiner, BOM). */
function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/**
 * Where a text first breaks the text rules, or null: control characters, lone surrogates, bidi overrides and
 * isolates, direction marks (U+200E, U+200F, U+061C), line and paragraph separators (U+2028, U+2029),
 * zero-width characters, and more than MAX_COMBINING_RUN combining marks in a row.
 */
export function textProblem(text: string, allowLineBreaks: boolean): string | null {
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const at = `at character ${i + 1}`;
    const hex = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        marks = COMBINING.test(text.slice(i, i + 2)) ? marks + 1 : 0;
        if (marks > MAX_COMBINING_RUN) return `more than ${MAX_COMBINING_RUN} combining marks in a row ${at}`;
        i++;
        continue;
      }
      return `a lone surrogate ${hex} ${at} (broken UTF-16; save the file as UTF-8)`;
    }
    marks = c >= 0x300 && COMBINING.test(text[i] as string) ? marks + 1 : 0;
    if (marks > MAX_COMBINING_RUN) return `more than ${MAX_COMBINING_RUN} combining marks in a row ${at}`;
    if (c === 0x200e || c === 0x200f || c === 0x061c) return `the invisible direction mark ${hex} ${at}`;
    if (c === 0x2028 || c === 0x2029) return `the ${c === 0x2028 ? 'line' : 'paragraph'} separator ${hex} ${at}${allowLineBreaks ? ' (use an ordinary line break)' : ''}`;
    if (isZeroWidth(c)) return `the invisible zero-width character ${hex} ${at}`;
    if (c >= 0xdc00 && c <= 0xdfff) return `a lone surrogate ${hex} ${at} (broken UTF-16; save the file as UTF-8)`;
    if (allowLineBreaks && (c === 0x0a || c === 0x09)) continue;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return `the control character ${hex} ${at}`;
    // Bidi overrides and isolates can make a name display as something else (a spoofing trick, not a typo).
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return `the text-direction control ${hex} ${at}`;
  }
  return null;
}

function plainText(max: number, allowLineBreaks: boolean) {
  return z
    .string()
    .min(1)
    .max(max)
    .superRefine((s, ctx) => {
      const problem = textProblem(s, allowLineBreaks);
      if (problem) {
        const rule = allowLineBreaks ? 'control characters other than line breaks and tabs, or invisible characters' : 'control characters, line breaks or invisible characters';
        ctx.addIssue({ code: 'custom', message: `expected a text without ${rule}, found ${problem}` });
      }
    });
}

/** A short display name: no control characters, line breaks or direction overrides. */
export const nameSchema = plainText(LIMITS.name, false);

/** A longer text (headline, body, title): line breaks and tabs allowed, other control characters not. */
export const textSchema = plainText(LIMITS.text, true);

/** A text in English and German. */
export const localizedSchema = z
  .strictObject({
    en: textSchema.meta({ description: 'English text.' }),
    de: textSchema.meta({ description: 'German text.' }),
  })
  .meta({ title: 'Text (English and German)', description: 'A text in both shipped languages.' });

/** A whole number of US dollars, 0 or more. */
export const moneySchema = z.int().min(0).max(LIMITS.money).meta({ description: 'US dollars, a whole number >= 0.' });

/** A price per chip in whole US dollars, 0 or more. */
export const priceSchema = z.int().min(0).max(LIMITS.price).meta({ description: 'US dollars per chip, a whole number 0..10,000,000.' });

/** A whole number of units (chips), 0 or more. */
export const unitsSchema = z.int().min(0).max(LIMITS.units).meta({ description: 'Chips, a whole number >= 0.' });

/** A whole number of megawatts, 0 or more. */
export const mwSchema = z.int().min(0).max(LIMITS.mw).meta({ description: 'Megawatts, a whole number >= 0.' });

/** A quarter index (0 = the scenario's first quarter). */
export const quarterSchema = z
  .int()
  .min(0)
  .max(LIMITS.quarters)
  .meta({ description: "A quarter index: 0 is the scenario's first quarter." });

/** A number of quarters, at least 1. */
export const durationSchema = z
  .int()
  .min(1)
  .max(LIMITS.quarters)
  .meta({ description: 'A number of quarters, at least 1.' });

/** A percentage 0..100. */
export const percentSchema = z.number().min(0).max(100).meta({ description: 'A percentage, 0..100.' });

/** A signed percentage change (-100 = to zero, +100 = doubled). */
export const pctChangeSchema = z
  .number()
  .min(-100)
  .max(LIMITS.pct)
  .meta({ description: 'A change in percent: -100 removes everything, +100 doubles it.' });

/** A score or trait on a 0..100 scale, whole numbers. */
export const traitSchema = z.int().min(0).max(100).meta({ description: 'A whole number 0..100.' });

/** A per-quarter series of whole dollars (the scenario checks its length against `quarters`). */
export const moneySeriesSchema = z.array(moneySchema).max(LIMITS.quarters);

/** A per-quarter series of whole units (the scenario checks its length against `quarters`). */
export const unitsSeriesSchema = z.array(unitsSchema).max(LIMITS.quarters);

/** A list of at most `max` items. */
export function listOf<T extends z.ZodType>(item: T, max: number = LIMITS.listItems) {
  return z.array(item).max(max);
}

/** A record with id-like keys and at most LIMITS.recordKeys entries. */
export function recordOf<T extends z.ZodType>(value: T, maxKeys: number = LIMITS.recordKeys) {
  return z
    .record(idSchema, value)
    .superRefine((r, ctx) => {
      const n = Object.keys(r).length;
      if (n > maxKeys) ctx.addIssue({ code: 'custom', message: `expected at most ${maxKeys} entries, found ${n}` });
    })
    .meta({ maxProperties: maxKeys });
}

/** A calendar date yyyy-mm-dd. */
export const isoDateSchema = z.iso.date().meta({ description: 'A date, yyyy-mm-dd.' });

/** A date of a source: yyyy, yyyy-mm or yyyy-mm-dd. */
export const looseDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date yyyy, yyyy-mm or yyyy-mm-dd')
  .meta({ description: 'A date: yyyy, yyyy-mm or yyyy-mm-dd.' });

/** A web address (http or https only, so a link can never run script). */
export const urlSchema = z.httpUrl().max(LIMITS.text).meta({ description: 'A web address (http or https).' });
