/**
 * A lab run as a share link (`#lab=<payload>`): the variant, the games, the bots, the seed and a check of the
 * numbers, as JSON, deflated and base64url-encoded with the replay link's codec (fflate). Reopening it plays
 * the same games again (the runs are deterministic) and the check says whether the numbers are the same.
 * Decoding is untrusted input: the length, the inflated size and the shape are capped and checked.
 */
import { deflateSync, strFromU8, strToU8 } from 'fflate';
import { z } from '../zod';
import { BOT_LEVELS } from '../ai/types';
import { fromBase64Url, inflateCapped, toBase64Url } from '../replay/link';
import { MAX_GAMES, MIN_GAMES, type LabSummary } from './run';
import { parseVariant, type Variant } from './variant';

/** The fragment's key. */
export const LAB_LINK_KEY = 'lab';
const MAX_CHARS = 20_000;
const MAX_BYTES = 256 * 1024;

/** What a lab link carries. */
export interface LabRun {
  variant: Variant;
  games: number;
  /** One level for every seat, or one per company. */
  bots: string[];
  seed: string;
  /** `summaryCheck` of the shared numbers, if the run had finished. */
  check?: string;
}

const runSchema = z.strictObject({
  v: z.literal(1),
  variant: z.unknown(),
  games: z.int().min(MIN_GAMES).max(MAX_GAMES),
  bots: z.array(z.enum(BOT_LEVELS)).min(1).max(64),
  seed: z.string().min(1).max(64),
  check: z.string().regex(/^[0-9a-f]{8}$/).optional(),
});

/** A run as `lab=<payload>` (no leading '#'). */
export function encodeLabLink(run: LabRun): string {
  const bots = run.bots.every((b) => b === run.bots[0]) ? run.bots.slice(0, 1) : run.bots;
  const data = { v: 1, variant: run.variant, games: run.games, bots, seed: run.seed, ...(run.check ? { check: run.check } : {}) };
  return `${LAB_LINK_KEY}=${toBase64Url(deflateSync(strToU8(JSON.stringify(data)), { level: 9 }))}`;
}

/** Reads a lab link (a fragment with or without '#'). Never throws. */
export function decodeLabLink(text: string): { ok: true; run: LabRun } | { ok: false; error: string } {
  let p = text.trim();
  if (p.startsWith('#')) p = p.slice(1);
  if (p.startsWith(`${LAB_LINK_KEY}=`)) p = p.slice(LAB_LINK_KEY.length + 1);
  if (p.length === 0 || p.length > MAX_CHARS) return { ok: false, error: `lab link: expected 1 to ${MAX_CHARS} characters, found ${p.length}` };
  let data: unknown;
  try {
    data = JSON.parse(strFromU8(inflateCapped(fromBase64Url(p), MAX_BYTES)));
  } catch (e) {
    return { ok: false, error: `lab link: it does not unpack (${e instanceof Error ? e.message : String(e)})` };
  }
  const r = runSchema.safeParse(data, { jitless: true });
  if (!r.success) return { ok: false, error: `lab link: ${r.error.issues.map((i) => `$.${i.path.join('.')}: ${i.message}`).join('; ')}` };
  const v = parseVariant(r.data.variant, 'lab link');
  if (!v.ok) return { ok: false, error: v.errors.map((e) => `lab link: variant ${e.path}: ${e.message}`).join('\n') };
  return { ok: true, run: { variant: v.variant, games: r.data.games, bots: r.data.bots, seed: r.data.seed, ...(r.data.check ? { check: r.data.check } : {}) } };
}

/** A short check of a run's numbers (FNV-1a over its JSON): equal checks, equal numbers. */
export function summaryCheck(s: LabSummary): string {
  const text = JSON.stringify(s);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
