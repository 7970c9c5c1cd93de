/**
 * The classroom protocol: every message between a class game's clients and the server (src/server), parsed
 * with zod on the side that receives it. Orders use the one orders schema (src/replay/action-schema.ts);
 * the engine checks the rules and the limits. Shared by the server and the browser client.
 */
import { z } from '../zod';
import { ordersSchema } from '../replay/action-schema';
import { BOT_LEVELS } from '../ai/types';
import { teamNameSchema } from '../replay/team-name';
import type { Orders, GameState, SkuClearing } from '../engine/types';
import type { Standing } from '../engine/scoring';
import type { PlayerView } from '../engine/view';

/** The Colyseus room name of a class game. */
export const ROOM_NAME = 'class';
/** Join codes: 8 letters and digits without look-alikes (31^8, about 8.5e11 codes). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;
/** The largest message a client may send (bytes of its JSON); the websocket refuses larger frames too. */
export const MAX_MESSAGE_BYTES = 8 * 1024;
/** At most this many bids or grey-market lines in one set of orders. */
export const MAX_ORDER_LINES = 32;
export { MAX_TEAM_NAME } from '../replay/team-name';
/** Quarter timer limits (seconds). */
export const MAX_TIMER_SECONDS = 60 * 60;

/** A join code as typed: spaces, dashes and case do not matter. Returns null if it cannot be a code. */
export function normalizeCode(typed: string): string | null {
  const c = typed.toUpperCase().replace(/[\s-]/g, '');
  if (c.length !== CODE_LENGTH) return null;
  for (const ch of c) if (!CODE_ALPHABET.includes(ch)) return null;
  return c;
}

/** A code for people: ABCD-EFGH. */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

const classOrders = ordersSchema.extend({
  bids: ordersSchema.shape.bids.max(MAX_ORDER_LINES),
  greyMarket: ordersSchema.shape.greyMarket.max(MAX_ORDER_LINES),
});

const teamName = teamNameSchema;

const botLevel = z.enum(BOT_LEVELS);
const companyId = z.string().min(1).max(64);
const token = z.string().regex(/^[0-9a-f]{32,64}$/);

/** What the facilitator asks the server to create (POST /classroom/create). */
export const createRequestSchema = z.object({
  scenarioId: z.string().min(1).max(64),
  seed: z.string().min(1).max(64),
  /** Every company: a team (a device joins for it) or a bot of a level. */
  seats: z.array(z.object({ playerId: companyId, kind: z.enum(['team', 'bot']), level: botLevel.optional() })).min(1).max(32),
});
export type CreateRequest = z.infer<typeof createRequestSchema>;

/** The server's answer: the join code and the facilitator's secret token. */
export interface CreateResponse {
  code: string;
  token: string;
}

/** Options a client joins the room with. */
export const joinOptionsSchema = z.union([
  z.object({ role: z.literal('facilitator'), token }),
  z.object({ role: z.literal('team'), seatToken: token.optional() }),
]);
export type JoinOptions = z.infer<typeof joinOptionsSchema>;

/** Messages a client sends (type → payload). */
export const clientMessages = {
  /** A team takes a company and names itself. */
  claim: z.object({ playerId: companyId, teamName }),
  /** A team's orders as typed so far (kept on the server for its seat, shown to nobody else). */
  draft: z.object({ orders: classOrders }),
  /** A team seals its orders. */
  seal: z.object({ orders: classOrders }),
  /** A team takes its sealed orders back (before the quarter resolves). */
  unseal: z.object({}),
  /** The facilitator's quarter timer. */
  timer: z.object({
    action: z.enum(['start', 'pause', 'resume', 'stop', 'missing']),
    seconds: z.number().int().min(10).max(MAX_TIMER_SECONDS).optional(),
    /** When time is up: teams that have not sealed pass, or a bot plays for them (kept until changed). */
    missing: z.enum(['pass', 'bot']).optional(),
  }),
  /** The facilitator resolves the quarter now: missing teams pass, or a bot plays for them. */
  resolve: z.object({ missing: z.enum(['pass', 'bot']) }),
  /** The facilitator hands a seat to a bot, or back to its team. */
  seat: z.object({ playerId: companyId, to: z.enum(['bot', 'team']), level: botLevel.optional() }),
  /** The facilitator's screen has shown the whole reveal (Continue is allowed from now on). */
  revealed: z.object({ quarter: z.number().int().min(0).max(1000) }),
  /** The facilitator continues to the next quarter. */
  continue: z.object({ quarter: z.number().int().min(0).max(1000) }),
  /** The facilitator injects an event card from the scenario's deck. */
  inject: z.object({ cardId: z.string().min(1).max(64) }),
} as const;
export type ClientMessageType = keyof typeof clientMessages;
export type ClientMessage<T extends ClientMessageType> = z.infer<(typeof clientMessages)[T]>;

/** Who plays a company, as everyone may see it. */
export interface PublicSeat {
  playerId: string;
  kind: 'team' | 'bot';
  level: string | null;
  teamName: string | null;
  /** A device holds the seat now. */
  connected: boolean;
  /** Orders sealed this quarter. */
  sealed: boolean;
}

/** The quarter timer: running down, paused with time left, or off. */
export interface TimerState {
  status: 'off' | 'running' | 'paused';
  /** Milliseconds left when the message was sent. */
  remainingMs: number;
  totalMs: number;
  /** When time is up the quarter resolves by itself: teams that have not sealed pass, or a bot plays for them. */
  missing: 'pass' | 'bot';
}

/** What everyone in the game may know (sent to every client on every change). */
export interface PublicInfo {
  code: string;
  scenarioId: string;
  seed: string;
  quarter: number;
  phase: GameState['phase'];
  seats: PublicSeat[];
  timer: TimerState;
  /** The last quarter the facilitator's screen has shown the whole reveal of (-1: none). */
  revealedQuarter: number;
  /** The quarter just resolved (public once revealed): its market and the standings; null while orders are open. */
  result: { quarter: number; clearing: SkuClearing[]; standings: Standing[] } | null;
}

/** What one team may know: the engine's viewFor without the scenario (sent once, in `scenario`). */
export type SeatView = Omit<PlayerView, 'scenario'>;

/** Messages the server sends (type → payload). */
export interface ServerMessages {
  /** Public information about the game. */
  public: PublicInfo;
  /** The scenario as played (public), once per connection. */
  scenario: { scenario: unknown };
  /** You are the facilitator. */
  facilitator: { code: string };
  /** Your seat: the company, your secret seat token (keep it to get the seat back) and your typed orders. */
  seat: { playerId: string; seatToken: string; teamName: string; draft: Orders | null; /** The quarter the typed orders are for. */ quarter: number };
  /** Your seat's view of the game. */
  view: { view: SeatView };
  /** The whole record (after the game is over, or for the facilitator after a reveal). */
  record: { record: unknown };
  /** Something you sent was refused. */
  error: { message: string; code?: string };
}
