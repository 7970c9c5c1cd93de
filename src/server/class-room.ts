/**
 * A class game on Colyseus. The server is the authority: it runs the engine and the bots through the
 * headless GameSession (src/replay/session.ts). No synced schema state: every client gets messages made
 * for it alone, the public information plus (for a team) its own seat's view from the engine's viewFor.
 * Sealed and typed orders travel only from a team to the server. Every change is written to the game's
 * append-only log (src/server/game-log.ts) before it is announced. Bots decide off the event loop, and a room
 * works one step at a time, its next message waiting for its bots' orders (room-bots.ts, room-queue.ts).
 */
import { Room, ServerError, type Client } from '@colyseus/core';
import { ACTIONS_PER_SEAT_PER_QUARTER, actionError, emptyOrders, finalStandings, maxActionsPerQuarter, viewFor, type Action, type Orders, type Scenario } from '../engine';
import type { BotLevel } from '../ai/types';
import { GameSession } from '../replay/session';
import type { GameRecord, Seat } from '../replay/record';
import {
  clientMessages,
  joinOptionsSchema,
  MAX_MESSAGE_BYTES,
  type ClientMessage,
  type ClientMessageType,
  type CreateRequest,
  type PublicInfo,
  type SeatView,
  type ServerMessages,
} from '../net/protocol';
import type { LogLine } from './game-log';
import { inProcessBots } from './bot-pool';
import { RoomBots, type BotRoom } from './room-bots';
import { RoomQueue } from './room-queue';
import { actionsThisQuarter, ctx, sameHash, sha256, newToken, TIMER_OFF, type Timer } from './room-support';

export { configureClassRooms, newToken, sha256, type ClassContext } from './room-support';

/** How the room was asked to come to life: a new game, or one to resume from its log. */
export type ClassRoomOptions = { create: CreateRequest; code: string; tokenHash: string } | { resume: string };

interface SeatState {
  playerId: string;
  kind: 'team' | 'bot';
  level: BotLevel;
  teamName: string | null;
  seatTokenHash: string | null;
}

interface ClientData {
  role: 'facilitator' | 'team';
  seat: string | null;
  bucket: { tokens: number; at: number };
  /** The finished game's record was sent to this connection. */
  hasRecord?: boolean;
}

const BOT_LEVEL_DEFAULT: BotLevel = 'normal';

const PASS: Orders = emptyOrders();
/** Withdraw-and-reseal rounds a team may make in a quarter: its orders, then 3 rounds of 2, stay within the record's cap. */
const MAX_UNSEALS = Math.floor((ACTIONS_PER_SEAT_PER_QUARTER - 2) / 2);

export class ClassRoom extends Room<object, unknown, ClientData> {
  override autoDispose = false;
  override maxClients = 128;
  code = '';
  private tokenHash = '';
  private scenario!: Scenario;
  session!: GameSession;
  private request!: CreateRequest;
  private seats: SeatState[] = [];
  private drafts = new Map<string, Orders>();
  private timer: Timer = { ...TIMER_OFF };
  private ticker: ReturnType<typeof setInterval> | null = null;
  private revealedQuarter = -1;
  /** Problems the bots ran into (rejected orders): for tests and the server's console. */
  readonly botProblems: string[] = [];
  /** The bots' decisions: asked for, played, dropped as stale, decided in process after the pool failed (src/server/room-bots.ts). */
  get botStats(): RoomBots['stats'] {
    return this.bots.stats;
  }
  private queue = new RoomQueue((e) => console.error(this.botProblems[this.botProblems.push(`room ${this.code} step failed: ${e instanceof Error ? e.message : String(e)}`) - 1]));
  private bots!: RoomBots;
  private disposed = false;
  private timerCheckQueued = false;

  override onCreate(options: ClassRoomOptions): void {
    const c = ctx();
    const room: BotRoom = {
      state: () => this.session.state,
      disposed: () => this.disposed,
      hasSealed: (id) => this.session.hasSealed(id),
      kind: (id) => this.seat(id)?.kind,
      submit: (playerId, orders, rationale) => this.act({ type: 'submitOrders', playerId, orders }, rationale),
      problem: (m) => this.botProblems.push(m),
    };
    this.bots = new RoomBots(room, c.bots ?? inProcessBots(), this.queue);
    if ('resume' in options) this.resumeFrom(options.resume);
    else this.createNew(options.create, options.code, options.tokenHash);
    this.roomId = this.code;
    void this.setPrivate(true);
    for (const type of Object.keys(clientMessages) as ClientMessageType[]) {
      this.onMessage(type, (client, raw: unknown) => this.receive(client, type, raw));
    }
    this.onMessage('*', (client, type) => this.sendTo(client, 'error', { message: `unknown message type "${String(type).slice(0, 40)}"` }));
    this.queue.push(() => {
      this.playBots();
      this.maybeResolve();
    });
    const every = c.timerTickMs ?? 250;
    if (every > 0) this.ticker = setInterval(() => this.tick(), every);
    // A game resumed after its timer ran out while the server was down resolves now.
    this.tick();
  }

  override onDispose(): void {
    // Work still queued is dropped; bots' answers still on their way find the room closed and are not played.
    this.disposed = true;
    this.queue.stop();
    this.bots?.clear();
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
  }

  /**
   * Checks the quarter timer against the clock: once a running timer is up, the quarter resolves by itself,
   * the teams that have not sealed passing or played by a bot (the facilitator's choice). Called every
   * `timerTickMs`; tests call it with their own clock. Returns true if time was up and the quarter resolved
   * (or, with bots to ask, will once they answer); false, and a check queued, while the room waits for its bots.
   */
  tick(): boolean {
    if (!this.queue.waiting) return this.checkTimer();
    if (!this.timerCheckQueued) {
      this.timerCheckQueued = true;
      this.queue.push(() => {
        this.timerCheckQueued = false;
        this.checkTimer();
      });
    }
    return false;
  }

  private checkTimer(): boolean {
    const t = this.timer;
    if (t.status !== 'running' || this.session.state.phase !== 'orders' || ctx().now() < t.endsAt) return false;
    const failed = (err: string): void => {
      this.botProblems.push(`time up, Q${this.session.state.quarter}: ${err}`);
      this.setTimer({ ...TIMER_OFF, missing: t.missing });
      this.announce();
    };
    const err = this.resolveNow(t.missing, failed);
    if (err) failed(err);
    else if (this.bots.landing === 0) this.announce();
    return !err;
  }

  /**
   * Resolves the quarter now: every seat that owes orders passes, or a bot plays it. With bots to ask, in the
   * room's next step, once they answer (a failure then goes to `report`). Returns an error it can tell at once.
   */
  private resolveNow(missing: 'pass' | 'bot', report: (err: string) => void): string | null {
    if (this.session.state.phase !== 'orders') return 'the quarter is not taking orders';
    const owing = this.session.owing();
    if (missing === 'pass' || owing.length === 0) return this.passAndResolve(owing);
    const seats = owing.map((playerId) => ({ playerId, level: this.seat(playerId)?.level ?? BOT_LEVEL_DEFAULT }));
    this.bots.play(seats, 'missing', () => {
      // Every seat has orders now, unless a bot's answer was dropped: such a seat passes.
      const err = this.passAndResolve(this.session.owing());
      if (err) report(err);
      this.announce();
    });
    return null;
  }

  /** These seats pass, then the quarter resolves (and its timer stops). */
  private passAndResolve(owing: string[]): string | null {
    for (const id of owing) {
      const err = this.act({ type: 'submitOrders', playerId: id, orders: PASS });
      if (err) return err.message;
    }
    const err = this.act({ type: 'resolveQuarter' });
    if (err) return err.message;
    this.timer = { ...TIMER_OFF, missing: this.timer.missing };
    return null;
  }

  /** Sets the timer and logs it (a restarted server resumes it: running on, paused with its time left). */
  private setTimer(next: Timer): void {
    this.timer = next;
    this.log({ t: 'timer', ...next });
  }

  private createNew(req: CreateRequest, code: string, tokenHash: string): void {
    const scenario = ctx().scenarios.get(req.scenarioId);
    if (!scenario) throw new ServerError(400, `no scenario "${req.scenarioId}"`);
    const ids = scenario.companies.map((co) => co.id);
    const given = new Set(req.seats.map((s) => s.playerId));
    if (req.seats.length !== ids.length || ids.some((id) => !given.has(id))) throw new ServerError(400, `seats must name each company of "${req.scenarioId}" once: ${ids.join(', ')}`);
    if (!req.seats.some((s) => s.kind === 'team')) throw new ServerError(400, 'a class game needs at least one team');
    if (ctx().logs.exists(code)) throw new ServerError(409, 'that code is taken');
    const createdAt = new Date(ctx().now()).toISOString();
    this.code = code;
    this.setup(scenario, req, tokenHash, createdAt);
    this.log({ t: 'create', code, tokenHash, request: req, createdAt });
  }

  private setup(scenario: Scenario, req: CreateRequest, tokenHash: string, createdAt: string): void {
    this.scenario = scenario;
    this.request = req;
    this.tokenHash = tokenHash;
    // Record seats in the scenario's company order.
    this.seats = scenario.companies.map((co) => {
      const s = req.seats.find((x) => x.playerId === co.id);
      return { playerId: co.id, kind: s?.kind ?? 'bot', level: s?.level ?? BOT_LEVEL_DEFAULT, teamName: null, seatTokenHash: null };
    });
    const recordSeats: Seat[] = this.seats.map((s) => this.recordSeat(s));
    this.session = GameSession.start(scenario, req.seed, { seats: recordSeats, createdAt });
  }

  private resumeFrom(code: string): void {
    const lines = ctx().logs.read(code);
    const first = lines[0];
    if (first?.t !== 'create') throw new Error(`${code}: the log does not start with the game's creation`);
    const scenario = ctx().scenarios.get(first.request.scenarioId);
    if (!scenario) throw new Error(`${code}: scenario "${first.request.scenarioId}" is not offered any more`);
    this.code = code;
    this.setup(scenario, first.request, first.tokenHash, first.createdAt);
    for (const line of lines.slice(1)) {
      if (line.t === 'action') {
        const err = this.session.apply(line.action as unknown as Action, line.rationale);
        if (err) throw new Error(`${code}: logged action ${line.action.type} does not apply: ${err.message}`);
      } else if (line.t === 'claim') {
        const s = this.seat(line.playerId);
        if (s) Object.assign(s, { teamName: line.teamName, seatTokenHash: line.seatTokenHash });
      } else if (line.t === 'seat') {
        const s = this.seat(line.playerId);
        if (s) Object.assign(s, { kind: line.kind, level: line.level ?? s.level });
      } else if (line.t === 'revealed') {
        this.revealedQuarter = line.quarter;
      } else if (line.t === 'timer') {
        const { t: _t, ...timer } = line;
        this.timer = timer;
      }
      // A quarter that resolved or ended stopped its timer.
      if (line.t === 'action' && (line.action.type === 'resolveQuarter' || line.action.type === 'advance')) this.timer = { ...TIMER_OFF, missing: this.timer.missing };
    }
    this.syncRecordSeats();
  }

  private log(line: LogLine): void {
    ctx().logs.append(this.code, line);
  }

  private seat(playerId: string): SeatState | undefined {
    return this.seats.find((s) => s.playerId === playerId);
  }

  /** Applies an action through the session and logs it (the log first: a crash never loses an announced move). */
  private act(action: Action, rationale?: unknown): ReturnType<GameSession['apply']> {
    // Never more actions in a quarter than a record may hold (the record must stay importable).
    if (actionsThisQuarter(this.session.record).all >= maxActionsPerQuarter(this.seats.length)) return actionError('QUARTER_FULL', { max: maxActionsPerQuarter(this.seats.length) });
    const probe = this.session.state;
    const err = this.session.apply(action, rationale);
    if (err) return err;
    try {
      this.log(rationale === undefined ? { t: 'action', action } : { t: 'action', action, rationale });
    } catch (e) {
      // Could not write the log: undo, so the game never runs ahead of its log.
      this.session.state = probe;
      this.session.record?.actions.pop();
      if (action.type === 'resolveQuarter') this.session.record?.checkpoints.pop();
      if (this.session.record?.rationales) delete this.session.record.rationales[String(this.session.record.actions.length)];
      return actionError('LOG_FAILED', { detail: e instanceof Error ? e.message : String(e) });
    }
    return null;
  }

  // ---- authentication and seats ----

  override onAuth(_client: Client, options: unknown): { role: 'facilitator' | 'team'; seat: string | null } {
    const r = joinOptionsSchema.safeParse(options);
    if (!r.success) throw new ServerError(400, 'bad join options');
    const o = r.data;
    if (o.role === 'facilitator') {
      if (!sameHash(sha256(o.token), this.tokenHash)) throw new ServerError(403, 'wrong facilitator token');
      return { role: 'facilitator', seat: null };
    }
    if (o.seatToken) {
      const h = sha256(o.seatToken);
      const s = this.seats.find((x) => x.seatTokenHash !== null && sameHash(x.seatTokenHash, h));
      if (!s) throw new ServerError(403, 'that seat token belongs to no seat of this game');
      return { role: 'team', seat: s.playerId };
    }
    return { role: 'team', seat: null };
  }

  override onJoin(client: Client<ClientData>, options: unknown, auth: { role: 'facilitator' | 'team'; seat: string | null }): void {
    const r = ctx().rate ?? { perSecond: 10, burst: 40 };
    client.userData = { role: auth.role, seat: auth.seat, bucket: { tokens: r.burst, at: ctx().now() } };
    this.sendTo(client, 'scenario', { scenario: this.scenario });
    if (auth.role === 'facilitator') this.sendTo(client, 'facilitator', { code: this.code });
    const o = joinOptionsSchema.safeParse(options);
    const seat = auth.seat ? this.seat(auth.seat) : undefined;
    // A team back with its seat token: its seat and the orders it had typed.
    if (seat && o.success && o.data.role === 'team' && o.data.seatToken) {
      this.sendTo(client, 'seat', { playerId: seat.playerId, seatToken: o.data.seatToken, teamName: seat.teamName ?? '', draft: this.drafts.get(seat.playerId) ?? null, quarter: this.session.state.quarter });
    }
    this.announce();
  }

  override onLeave(): void {
    this.announce();
  }

  // ---- messages ----

  private sendTo<T extends keyof ServerMessages>(client: Client, type: T, message: ServerMessages[T]): void {
    client.send(type, message);
  }

  private allow(client: Client<ClientData>): boolean {
    const r = ctx().rate ?? { perSecond: 10, burst: 40 };
    const b = client.userData?.bucket;
    if (!b) return false;
    const now = ctx().now();
    b.tokens = Math.min(r.burst, b.tokens + ((now - b.at) / 1000) * r.perSecond);
    b.at = now;
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  private receive<T extends ClientMessageType>(client: Client<ClientData>, type: T, raw: unknown): void {
    if (!this.allow(client)) return this.sendTo(client, 'error', { code: 'RATE', message: 'too many messages: slow down' });
    let size = 0;
    try {
      size = JSON.stringify(raw ?? null).length;
    } catch {
      size = Infinity;
    }
    if (size > MAX_MESSAGE_BYTES) return this.sendTo(client, 'error', { code: 'SIZE', message: `message too large (${size} > ${MAX_MESSAGE_BYTES} bytes)` });
    const parsed = clientMessages[type].safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return this.sendTo(client, 'error', { code: 'MALFORMED', message: `bad "${type}" message: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` });
    }
    const msg = parsed.data as ClientMessage<T>;
    const data = client.userData as ClientData;
    const facilitatorOnly: ClientMessageType[] = ['timer', 'resolve', 'seat', 'revealed', 'continue', 'inject'];
    if (facilitatorOnly.includes(type) && data.role !== 'facilitator') return this.sendTo(client, 'error', { code: 'FORBIDDEN', message: `only the facilitator may send "${type}"` });
    // In arrival order, after any bots' orders still to land (at once when the room is idle).
    this.queue.push(() => {
      const error = this.handle(client, data, type, msg);
      if (error) this.sendTo(client, 'error', { message: error });
      // Typed orders change nothing anyone else may see: no announcement for them. Bots to land announce then.
      if ((type !== 'draft' || error) && this.bots.landing === 0) this.announce();
    });
  }

  private handle(client: Client<ClientData>, data: ClientData, type: ClientMessageType, msg: unknown): string | null {
    switch (type) {
      case 'claim': {
        const m = msg as ClientMessage<'claim'>;
        if (data.role !== 'team') return 'the facilitator takes no seat';
        if (data.seat) return 'this device already has a seat';
        const s = this.seat(m.playerId);
        if (!s) return `no company "${m.playerId}" in this game`;
        if (s.seatTokenHash !== null) return `${m.playerId} is taken by another team`;
        if (this.request.seats.find((x) => x.playerId === m.playerId)?.kind !== 'team') return `${m.playerId} is played by a bot in this game`;
        const token = newToken();
        const h = sha256(token);
        this.log({ t: 'claim', playerId: s.playerId, teamName: m.teamName, seatTokenHash: h });
        s.teamName = m.teamName;
        s.seatTokenHash = h;
        data.seat = s.playerId;
        this.syncRecordSeats();
        this.sendTo(client, 'seat', { playerId: s.playerId, seatToken: token, teamName: m.teamName, draft: this.drafts.get(s.playerId) ?? null, quarter: this.session.state.quarter });
        return null;
      }
      case 'draft': {
        if (!data.seat) return 'take a company first';
        this.drafts.set(data.seat, (msg as ClientMessage<'draft'>).orders);
        return null;
      }
      case 'seal': {
        if (!data.seat) return 'take a company first';
        const s = this.seat(data.seat);
        if (s?.kind !== 'team') return 'a bot plays your company now (ask the facilitator)';
        const orders = (msg as ClientMessage<'seal'>).orders;
        const err = this.act({ type: 'submitOrders', playerId: data.seat, orders });
        if (err) return err.message;
        this.drafts.set(data.seat, orders);
        this.maybeResolve();
        return null;
      }
      case 'unseal': {
        if (!data.seat) return 'take a company first';
        if (this.seat(data.seat)?.kind !== 'team') return 'a bot plays your company now';
        // A record holds at most ACTIONS_PER_SEAT_PER_QUARTER actions of a seat in a quarter (src/replay/parse.ts).
        if (actionsThisQuarter(this.session.record, data.seat).withdrawals >= MAX_UNSEALS) return `sealed orders can be changed at most ${MAX_UNSEALS} times a quarter`;
        const err = this.act({ type: 'withdrawOrders', playerId: data.seat });
        return err ? err.message : null;
      }
      case 'timer': {
        const m = msg as ClientMessage<'timer'>;
        if (this.session.state.phase !== 'orders') return 'the timer runs while orders are open';
        const now = ctx().now();
        const t = this.timer;
        const missing = m.missing ?? t.missing;
        if (m.action === 'start') {
          const ms = (m.seconds ?? 300) * 1000;
          this.setTimer({ status: 'running', endsAt: now + ms, remainingMs: ms, totalMs: ms, missing });
        } else if (m.action === 'pause' && t.status === 'running') {
          // Paused: the time left is frozen (nothing counts down, nothing resolves) until resumed.
          this.setTimer({ ...t, status: 'paused', remainingMs: Math.max(0, t.endsAt - now), missing });
        } else if (m.action === 'resume' && t.status === 'paused') {
          this.setTimer({ ...t, status: 'running', endsAt: now + t.remainingMs, missing });
          this.maybeResolve();
          this.tick();
        } else if (m.action === 'stop') {
          this.setTimer({ ...TIMER_OFF, missing });
          this.maybeResolve();
        } else if (m.action === 'missing' && missing !== t.missing) {
          this.setTimer({ ...t, missing });
        }
        return null;
      }
      case 'resolve': {
        return this.resolveNow((msg as ClientMessage<'resolve'>).missing, (err) => this.sendTo(client, 'error', { message: err }));
      }
      case 'seat': {
        const m = msg as ClientMessage<'seat'>;
        const s = this.seat(m.playerId);
        if (!s) return `no company "${m.playerId}"`;
        if (m.to === 'team' && this.request.seats.find((x) => x.playerId === m.playerId)?.kind !== 'team') return `${m.playerId} was set up as a bot seat`;
        const level = m.level ?? s.level;
        this.log({ t: 'seat', playerId: s.playerId, kind: m.to, level });
        s.kind = m.to;
        s.level = level;
        this.syncRecordSeats();
        this.playBots();
        this.maybeResolve();
        return null;
      }
      case 'revealed': {
        const m = msg as ClientMessage<'revealed'>;
        const st = this.session.state;
        if (st.phase === 'orders' || m.quarter !== st.quarter) return 'that quarter has not been revealed';
        if (this.revealedQuarter < m.quarter) {
          this.log({ t: 'revealed', quarter: m.quarter });
          this.revealedQuarter = m.quarter;
        }
        if (st.phase === 'reveal') for (const c of this.clients) if (c.userData?.role === 'facilitator') this.sendTo(c, 'record', { record: this.session.record });
        return null;
      }
      case 'continue': {
        const m = msg as ClientMessage<'continue'>;
        const st = this.session.state;
        if (st.phase !== 'reveal') return 'Continue works after a reveal';
        if (m.quarter !== st.quarter) return 'that quarter is over already';
        if (this.revealedQuarter < st.quarter) return 'show the whole reveal first';
        const err = this.act({ type: 'advance' });
        if (err) return err.message;
        this.drafts.clear();
        this.timer = { ...TIMER_OFF, missing: this.timer.missing };
        this.playBots();
        this.maybeResolve();
        return null;
      }
      case 'inject': {
        const err = this.act({ type: 'injectEvent', cardId: (msg as ClientMessage<'inject'>).cardId });
        return err ? err.message : null;
      }
    }
    void client;
    return null;
  }

  /** A seat as the record keeps it, with the team's name once a team has taken it (kept if a bot takes over). */
  private recordSeat(s: SeatState): Seat {
    const seat: Seat = s.kind === 'bot' ? { playerId: s.playerId, kind: 'bot', level: s.level } : { playerId: s.playerId, kind: 'human' };
    return s.teamName ? { ...seat, teamName: s.teamName } : seat;
  }

  private syncRecordSeats(): void {
    const rec = this.session.record;
    if (!rec) return;
    rec.seats.splice(0, rec.seats.length, ...this.seats.map((s) => this.recordSeat(s)));
  }

  // ---- the game ----

  /** Every bot seat that owes orders this quarter plays (their orders land in seat order, in the next step). */
  private playBots(): void {
    if (this.session.state.phase !== 'orders') return;
    const seats = this.session.owing().flatMap((id) => {
      const s = this.seat(id);
      return s?.kind === 'bot' ? [{ playerId: id, level: s.level }] : [];
    });
    if (seats.length === 0) return;
    this.bots.play(seats, 'seat', () => {
      this.maybeResolve();
      this.announce();
    });
  }

  /** Resolves once every seat has sealed, unless the facilitator's timer is paused. */
  private maybeResolve(): void {
    const st = this.session.state;
    if (st.phase !== 'orders' || this.session.owing().length > 0 || this.timer.status === 'paused') return;
    if (!this.act({ type: 'resolveQuarter' })) this.timer = { ...TIMER_OFF, missing: this.timer.missing };
  }

  /** The public information (no orders, no cash: what every client may see). */
  publicInfo(): PublicInfo {
    const st = this.session.state;
    const now = ctx().now();
    const t = this.timer;
    const connected = new Set(this.clients.map((c) => c.userData?.seat).filter((x): x is string => !!x));
    return {
      code: this.code,
      scenarioId: this.scenario.id,
      seed: this.request.seed,
      quarter: st.quarter,
      phase: st.phase,
      seats: this.seats.map((s) => ({
        playerId: s.playerId,
        kind: s.kind,
        level: s.kind === 'bot' ? s.level : null,
        teamName: s.teamName,
        connected: connected.has(s.playerId),
        sealed: this.session.hasSealed(s.playerId),
      })),
      timer: { status: t.status, remainingMs: t.status === 'running' ? Math.max(0, t.endsAt - now) : t.remainingMs, totalMs: t.totalMs, missing: t.missing },
      revealedQuarter: this.revealedQuarter,
      result: st.phase === 'orders' ? null : this.result(),
    };
  }

  private result(): PublicInfo['result'] {
    const last = this.session.state.history[this.session.state.history.length - 1];
    return last ? { quarter: last.quarter, clearing: last.clearing, standings: finalStandings(this.session.state) } : null;
  }

  /** One seat's view (viewFor without the scenario, which each client has from `scenario`). */
  seatView(playerId: string): SeatView | null {
    const v = viewFor(this.session.state, playerId);
    if (!v) return null;
    const { scenario: _s, ...rest } = v;
    return rest;
  }

  /** Sends every client what it may know now. */
  private announce(): void {
    const pub = this.publicInfo();
    const over = this.session.state.phase === 'gameOver';
    for (const c of this.clients) {
      this.sendTo(c, 'public', pub);
      const seat = c.userData?.seat;
      if (seat) {
        const view = this.seatView(seat);
        if (view) this.sendTo(c, 'view', { view });
      }
      if (over && c.userData && !c.userData.hasRecord) {
        c.userData.hasRecord = true;
        this.sendTo(c, 'record', { record: this.session.record });
      }
    }
  }

  /** The game's record (the normal record format). */
  record(): GameRecord | null {
    return this.session.record;
  }
}
