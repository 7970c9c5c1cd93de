/**
 * Hot seat: several human teams at one device. Between two teams' sealed orders a privacy screen asks for the
 * device to be passed; the next team's orders show only after that team says it has taken the device. The
 * orders of a team are never rendered while another team is on screen (its draft is cleared once sealed).
 */
import { activeHumanSeat } from './seats';
import type { GameStore, Seat, StoreData } from './types';

type View = Pick<StoreData, 'record' | 'game' | 'saveId' | 'ui'>;

/** The human seats of the game, in seat order. */
export function humanSeats(s: Pick<StoreData, 'record'>): Seat[] {
  return (s.record?.seats ?? []).filter((x) => x.kind === 'human');
}

/** True when two or more teams share the device. */
export function isHotSeat(s: Pick<StoreData, 'record'>): boolean {
  return humanSeats(s).length >= 2;
}

/** Names one team's turn: this game, this quarter, this company. */
export function handoffKey(s: Pick<StoreData, 'saveId' | 'game'>, playerId: string): string {
  return `${s.saveId ?? ''}|${s.game?.quarter ?? -1}|${playerId}`;
}

/** The team the device must be passed to before its orders show, or null (not hot seat, or it has the device). */
export function seatAwaitingHandoff(s: View): Seat | null {
  if (!isHotSeat(s) || s.ui.screen !== 'board') return null;
  const seat = activeHumanSeat(s);
  if (!seat) return null;
  return s.ui.handoff === handoffKey(s, seat.playerId) ? null : seat;
}

/** The team whose orders may be on screen now, or null (waiting for the rivals, or for the device to be passed). */
export function seatOnScreen(s: View): Seat | null {
  if (seatAwaitingHandoff(s)) return null;
  return activeHumanSeat(s);
}

/** The team that sealed its orders just before the active one this quarter, if any. */
export function previousTeam(s: View): string | null {
  const { game } = s;
  if (!game) return null;
  const active = activeHumanSeat(s);
  let prev: string | null = null;
  for (const seat of humanSeats(s)) {
    if (seat.playerId === active?.playerId) break;
    const i = game.players.findIndex((p) => p.id === seat.playerId);
    if (i >= 0 && game.pending[i]) prev = seat.playerId;
  }
  return prev;
}

/** How many companies (teams and bots) have sealed their orders this quarter: public, like the engine's view. */
export function sealedCount(s: Pick<StoreData, 'game'>): { done: number; total: number } {
  const g = s.game;
  return { done: g ? g.pending.filter((p) => p !== null).length : 0, total: g?.players.length ?? 0 };
}

/** The team `playerId` has taken the device: its orders show, its campus is selected on the board (a store action). */
export function takeDevice(store: GameStore, playerId: string): void {
  store.getState().takeDevice(playerId);
}
