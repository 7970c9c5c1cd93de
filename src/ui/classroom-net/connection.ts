/**
 * The browser's side of a class game: a Colyseus 0.16 client (colyseus.js) joined to the game by its code.
 * Every server message is parsed (zod) before it is kept; a dropped connection rejoins by itself with the
 * same credentials (the facilitator's token, or the team's seat token).
 */
import { Client, type Room } from 'colyseus.js';
import { z } from '../../zod';
import { parseScenario } from '../../scenario';
import type { Scenario } from '../../engine/types';
import type { ClientMessage, ClientMessageType, JoinOptions, PublicInfo, SeatView, ServerMessages } from '../../net/protocol';

/** What the client knows of the game. */
export interface NetState {
  connected: boolean;
  reconnecting: boolean;
  pub: PublicInfo | null;
  scenario: Scenario | null;
  view: SeatView | null;
  seat: ServerMessages['seat'] | null;
  record: unknown;
  facilitator: boolean;
  error: string | null;
}

const pubSchema = z.looseObject({ code: z.string(), quarter: z.number(), phase: z.enum(['orders', 'reveal', 'gameOver']), seats: z.array(z.looseObject({ playerId: z.string() })), timer: z.looseObject({ status: z.string(), remainingMs: z.number() }) });
const viewSchema = z.object({ view: z.looseObject({ quarter: z.number(), phase: z.string(), me: z.looseObject({ id: z.string(), cash: z.number() }), history: z.array(z.unknown()) }) });
const seatSchema = z.object({ playerId: z.string(), seatToken: z.string(), teamName: z.string(), draft: z.unknown().nullable(), quarter: z.number().int() });
const errorSchema = z.object({ message: z.string().max(500), code: z.string().optional() });

/** The websocket address of the server that served this page. */
export function serverUrl(loc: Location = location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}`;
}

export class ClassConnection {
  state: NetState = { connected: false, reconnecting: false, pub: null, scenario: null, view: null, seat: null, record: null, facilitator: false, error: null };
  private room: Room | null = null;
  private closed = false;
  private client: Client;

  constructor(
    readonly code: string,
    private options: JoinOptions,
    private onChange: (s: NetState) => void,
    url: string = serverUrl(),
  ) {
    this.client = new Client(url);
  }

  /** Joins the game; rejects with the server's reason. */
  async open(): Promise<void> {
    const room = await this.client.joinById(this.code, this.options);
    this.attach(room);
  }

  /** A seat token to join with from now on (after the team took its seat). */
  setSeatToken(seatToken: string): void {
    this.options = { role: 'team', seatToken };
  }

  send<T extends ClientMessageType>(type: T, message: ClientMessage<T>): void {
    // A new message: the last refusal no longer applies.
    if (this.state.error !== null && type !== 'draft') this.set({ error: null });
    this.room?.send(type, message);
  }

  close(): void {
    this.closed = true;
    void this.room?.leave(true);
    this.room = null;
  }

  private set(patch: Partial<NetState>): void {
    this.state = { ...this.state, ...patch };
    this.onChange(this.state);
  }

  private attach(room: Room): void {
    this.room = room;
    this.set({ connected: true, reconnecting: false, error: null });
    room.onMessage('*', (type, message: unknown) => this.receive(String(type), message));
    room.onLeave((code) => {
      this.room = null;
      if (this.closed || code === 1000) return this.set({ connected: false });
      this.set({ connected: false, reconnecting: true });
      void this.rejoin();
    });
  }

  private async rejoin(): Promise<void> {
    for (let i = 0; i < 30 && !this.closed; i++) {
      await new Promise((r) => setTimeout(r, Math.min(8000, 500 * 2 ** i)));
      try {
        const room = await this.client.joinById(this.code, this.options);
        if (this.closed) {
          void room.leave(true);
          return;
        }
        this.attach(room);
        return;
      } catch {
        // try again
      }
    }
  }

  private receive(type: string, message: unknown): void {
    switch (type) {
      case 'public': {
        const r = pubSchema.safeParse(message);
        if (r.success) this.set({ pub: r.data as unknown as PublicInfo });
        return;
      }
      case 'scenario': {
        const data = (message as { scenario?: unknown } | null)?.scenario;
        const r = parseScenario(data, 'class game');
        if (r.ok) this.set({ scenario: r.scenario });
        else this.set({ error: 'the server sent a scenario this page cannot read' });
        return;
      }
      case 'facilitator':
        this.set({ facilitator: true });
        return;
      case 'seat': {
        const r = seatSchema.safeParse(message);
        if (r.success) {
          this.setSeatToken(r.data.seatToken);
          this.set({ seat: r.data as ServerMessages['seat'] });
        }
        return;
      }
      case 'view': {
        const r = viewSchema.safeParse(message);
        if (r.success) this.set({ view: r.data.view as unknown as SeatView });
        return;
      }
      case 'record':
        this.set({ record: (message as { record?: unknown } | null)?.record ?? null });
        return;
      case 'error': {
        const r = errorSchema.safeParse(message);
        if (r.success) this.set({ error: r.data.message });
        return;
      }
    }
  }
}
