/**
 * The share-link codec: a record packed into a compact array form (actions as arrays of numbers, SKU and
 * player ids as indices into tables sent once), deflated (raw DEFLATE, fflate) and base64url-encoded, so it
 * fits in a URL fragment. Bots' rationales are left out: the viewer re-derives them (bots are deterministic).
 * Decoding is untrusted input: the text length, the inflated size and the shape are all capped and checked.
 */
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import type { Action, Orders } from '../engine';
import { parseRecordData, type ParsedRecord } from './parse';
import { problemEnglish, recordProblem, sourced, sourcedEnglish, type LinkPart, type RecordProblem, type RecordSource } from './problems';
import type { GameRecord } from './record';

/** The fragment's key: `#replay=<payload>`. */
export const LINK_KEY = 'replay';
/** Version of the compact layout inside the link (independent of the record format it carries). */
export const LINK_LAYOUT = 1;
/** Longest link payload accepted (characters). */
export const MAX_LINK_CHARS = 200_000;
/** Largest inflated payload accepted (bytes): a guard against zip bombs. */
export const MAX_INFLATED_BYTES = 2_000_000;

type Packed = unknown[];

const A_SUBMIT = 0;
const A_WITHDRAW = 1;
const A_RESOLVE = 2;
const A_ADVANCE = 3;
const A_INJECT = 4;

function table(): { ids: string[]; of: (s: string) => number } {
  const ids: string[] = [];
  const index = new Map<string, number>();
  return {
    ids,
    of(s) {
      let i = index.get(s);
      if (i === undefined) {
        i = ids.length;
        ids.push(s);
        index.set(s, i);
      }
      return i;
    },
  };
}

function packOrders(o: Orders, sku: (s: string) => number, partner: (s: string) => number): unknown[] {
  const bids: number[] = [];
  for (const b of o.bids) bids.push(sku(b.sku), b.quantity, b.maxPrice);
  const grey: number[] = [];
  for (const g of o.greyMarket) grey.push(sku(g.sku), g.quantity);
  const out: unknown[] = [bids, o.siliconInvestment, o.customOrder, o.powerBuild, grey, o.partnership === null ? -1 : partner(o.partnership), o.powerFast ?? 0, o.dealBid === undefined ? -1 : o.dealBid];
  // Trailing defaults are left out (most orders have no grey market, no partnership, no on-site power and no deal bid).
  const dflt = [null, 0, 0, 0, 'grey', -1, 0, -1];
  while (out.length > 1) {
    const last = out[out.length - 1];
    const d = dflt[out.length - 1];
    if (last === d || (d === 'grey' && Array.isArray(last) && last.length === 0)) out.pop();
    else break;
  }
  return out;
}

/**
 * Packs a record into the link's compact array layout (rationales left out). The scenario the record embeds
 * (`scenarioSnapshot`) goes in only when asked (`withScenario`: a scenario the player loaded from a file, which
 * the viewer's build does not ship), as a 14th element older builds ignore.
 */
export function packRecord(r: GameRecord, withScenario = false): Packed {
  const players = table();
  for (const s of r.seats) players.of(s.playerId);
  const skus = table();
  const partners = table();
  const actions = r.actions.map((a): unknown => {
    switch (a.type) {
      case 'submitOrders':
        return [A_SUBMIT, players.of(a.playerId), ...packOrders(a.orders, skus.of, partners.of)];
      case 'withdrawOrders':
        return [A_WITHDRAW, players.of(a.playerId)];
      case 'resolveQuarter':
        return A_RESOLVE;
      case 'advance':
        return A_ADVANCE;
      case 'injectEvent':
        return [A_INJECT, a.cardId];
      default: {
        const never: never = a;
        return never;
      }
    }
  });
  // A seat: 0 (a person) or the bot's level; with a team name, [that, name].
  const seats = r.seats.map((s) => {
    const who = s.kind === 'human' ? 0 : (s.level ?? '');
    return s.teamName ? [who, s.teamName] : who;
  });
  const checkpoints = r.checkpoints.map((c, i) => (c.quarter === i ? c.stateHash : [c.quarter, c.stateHash]));
  const packed: Packed = [LINK_LAYOUT, r.formatVersion, r.engineVersion, r.scenario.id, r.scenario.hash, r.seed, players.ids, seats, skus.ids, partners.ids, actions, checkpoints, r.createdAt];
  if (withScenario && r.scenarioSnapshot !== undefined) packed.push(r.scenarioSnapshot);
  return packed;
}

/** A link that cannot be unpacked, and why (as data). */
class Bad extends Error {
  constructor(readonly problem: RecordProblem) {
    super(problemEnglish(problem));
  }
}

function need(ok: boolean, problem: RecordProblem): void {
  if (!ok) throw new Bad(problem);
}

/** A broken part of a packed link (in action `action` where it is in one; `index` the value found). */
const broken = (part: LinkPart, action: number | null = null, index = ''): RecordProblem => recordProblem('linkBroken', { part, action, index });

const isStr = (x: unknown): x is string => typeof x === 'string';
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Unpacks the compact layout into record-shaped data (the record schema then checks it like a file). */
export function unpackRecord(p: unknown): unknown {
  need(Array.isArray(p), broken('payload'));
  const a = p as unknown[];
  need(a[0] === LINK_LAYOUT, recordProblem('linkLayout', { layout: typeof a[0] === 'number' ? String(a[0]) : `(a ${typeof a[0]})`, reads: LINK_LAYOUT }));
  const [, formatVersion, engineVersion, scenarioId, scenarioHash, seed, players, seats, skus, partners, actions, checkpoints, createdAt, scenarioSnapshot] = a;
  need(Array.isArray(players) && players.every(isStr), broken('players'));
  need(Array.isArray(skus) && skus.every(isStr), broken('skus'));
  need(Array.isArray(partners) && partners.every(isStr), broken('partnerships'));
  need(Array.isArray(seats) && seats.length === (players as string[]).length, broken('seats'));
  need(Array.isArray(actions), broken('actions'));
  need(Array.isArray(checkpoints), broken('checkpoints'));
  const P = players as string[];
  const K = skus as string[];
  const R = partners as string[];
  const at = <T>(t: T[], i: unknown, part: LinkPart, n: number): T => {
    need(isNum(i) && Number.isInteger(i) && i >= 0 && i < t.length, broken(part, n, String(i)));
    return t[i as number] as T;
  };
  const unpackAction = (x: unknown, n: number): Action => {
    if (x === A_RESOLVE) return { type: 'resolveQuarter' };
    if (x === A_ADVANCE) return { type: 'advance' };
    need(Array.isArray(x), broken('action', n));
    const v = x as unknown[];
    if (v[0] === A_WITHDRAW) return { type: 'withdrawOrders', playerId: at(P, v[1], 'player', n) };
    if (v[0] === A_INJECT) {
      need(isStr(v[1]), broken('card', n));
      return { type: 'injectEvent', cardId: v[1] as string };
    }
    need(v[0] === A_SUBMIT, broken('actionType', n, String(v[0])));
    const [, pi, bids = [], silicon = 0, custom = 0, power = 0, grey = [], partner = -1, fast = 0, dealBid = -1] = v;
    need(Array.isArray(bids) && bids.length % 3 === 0 && Array.isArray(grey) && grey.length % 2 === 0, broken('orders', n));
    const b = bids as unknown[];
    const g = grey as unknown[];
    const orders: Orders = {
      bids: [],
      siliconInvestment: silicon as number,
      customOrder: custom as number,
      powerBuild: power as number,
      powerFast: fast as number,
      greyMarket: [],
      partnership: partner === -1 ? null : at(R, partner, 'partnership', n),
    };
    if (dealBid !== -1) orders.dealBid = dealBid as number;
    for (let i = 0; i < b.length; i += 3) orders.bids.push({ sku: at(K, b[i], 'sku', n), quantity: b[i + 1] as number, maxPrice: b[i + 2] as number });
    for (let i = 0; i < g.length; i += 2) orders.greyMarket.push({ sku: at(K, g[i], 'sku', n), quantity: g[i + 1] as number });
    return { type: 'submitOrders', playerId: at(P, pi, 'player', n), orders };
  };
  return {
    format: 'gpurace-record',
    formatVersion,
    engineVersion,
    scenario: { id: scenarioId, hash: scenarioHash },
    seed,
    seats: (seats as unknown[]).map((x, i) => {
      const [s, teamName] = Array.isArray(x) ? x : [x, undefined];
      const seat = s === 0 ? { playerId: P[i], kind: 'human' } : { playerId: P[i], kind: 'bot', level: s };
      return teamName === undefined ? seat : { ...seat, teamName };
    }),
    actions: (actions as unknown[]).map(unpackAction),
    checkpoints: (checkpoints as unknown[]).map((c, i) => (Array.isArray(c) ? { quarter: c[0], stateHash: c[1] } : { quarter: i, stateHash: c })),
    createdAt: createdAt ?? null,
    // Untrusted like the rest: parsed as a scenario file, and used only if its hash is the record's (snapshot.ts).
    ...(scenarioSnapshot === undefined ? {} : { scenarioSnapshot }),
  };
}

export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  need(/^[A-Za-z0-9_-]*$/.test(text), recordProblem('linkCharacters', {}));
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let bin: string;
  try {
    bin = atob(b64);
  } catch {
    throw new Bad(recordProblem('linkBase64', {}));
  }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Inflates raw DEFLATE data in small slices, stopping as soon as the output passes `max` bytes. */
export function inflateCapped(data: Uint8Array, max: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inf = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > max) throw new Bad(recordProblem('linkTooBig', { max }));
    chunks.push(chunk);
    if (final) done = true;
  });
  const SLICE = 256;
  try {
    for (let i = 0; i < data.length; i += SLICE) inf.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
    if (data.length === 0) inf.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof Bad) throw e;
    throw new Bad(recordProblem('linkNoUnpack', {}));
  }
  need(done, recordProblem('linkCut', {}));
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** A record as a URL-fragment payload (without the `replay=` key); `withScenario` carries its embedded scenario too. */
export function encodeLinkPayload(r: GameRecord, withScenario = false): string {
  return toBase64Url(deflateSync(strToU8(JSON.stringify(packRecord(r, withScenario))), { level: 9 }));
}

/** The whole fragment for a record: `replay=<payload>` (no leading '#'). */
export function linkFragment(r: GameRecord, withScenario = false): string {
  return `${LINK_KEY}=${encodeLinkPayload(r, withScenario)}`;
}

/** Reads a link payload (or a whole fragment, with or without '#' and 'replay='). Never throws. */
export function decodeLinkPayload(text: string): ParsedRecord {
  let payload = text.trim();
  if (payload.startsWith('#')) payload = payload.slice(1);
  if (payload.startsWith(`${LINK_KEY}=`)) payload = payload.slice(LINK_KEY.length + 1);
  if (payload.length === 0) return refused(recordProblem('linkEmpty', {}));
  if (payload.length > MAX_LINK_CHARS) return refused(recordProblem('linkTooLong', { chars: payload.length, max: MAX_LINK_CHARS }));
  try {
    const json = strFromU8(inflateCapped(fromBase64Url(payload), MAX_INFLATED_BYTES));
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      return refused(recordProblem('linkNotRecord', {}));
    }
    return parseRecordData(unpackRecord(data), LINK_SOURCE);
  } catch (e) {
    if (e instanceof Bad) return refused(e.problem);
    return refused(recordProblem('linkUnreadable', { detail: e instanceof Error ? e.message : String(e) }));
  }
}

/** A share link as a record's source ("share link" in the command lines' English). */
const LINK_SOURCE: RecordSource = { kind: 'link', name: 'share link' };

function refused(p: RecordProblem): ParsedRecord {
  const problem = sourced(p, LINK_SOURCE);
  return { ok: false, error: sourcedEnglish(problem), problem };
}
