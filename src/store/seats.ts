/**
 * Small pure helpers over the store's data, shared by the slices and the UI: who is at the device, the
 * screen a phase calls for, a save's menu entry.
 */
import type { GameState } from '../engine/types';
import { BOT_LEVELS, type BotLevel } from '../ai/types';
import type { GameRecord } from '../replay/record';
import { humanSeatIds } from '../engine/queries';
import { emptyDraft, type DraftOrders } from './drafts';
import type { SaveMeta } from './saves';
import type { Screen, Seat, StoreData } from './types';

/** The human seat whose orders the panel asks for now: the first human who has not submitted. */
export function activeHumanSeat(s: Pick<StoreData, 'record' | 'game'>): Seat | null {
  const { record, game } = s;
  if (!record || !game || game.phase !== 'orders') return null;
  for (const seat of record.seats) {
    if (seat.kind !== 'human') continue;
    const i = game.players.findIndex((p) => p.id === seat.playerId);
    if (i >= 0 && !game.pending[i]) return seat;
  }
  return null;
}

/** The level a bot seat plays at in the browser (records from the CLI may name its baseline bot). */
export function botLevelOf(seat: Seat): BotLevel {
  return (BOT_LEVELS as readonly string[]).includes(seat.level ?? '') ? (seat.level as BotLevel) : 'normal';
}

/** The screen a game's phase calls for. */
export function screenOf(game: GameState): Screen {
  return game.phase === 'orders' ? 'board' : game.phase === 'reveal' ? 'reveal' : 'gameOver';
}

/** Empty drafts for every human seat. */
export function humanDrafts(seats: readonly Seat[]): Record<string, DraftOrders> {
  const drafts: Record<string, DraftOrders> = {};
  for (const s of seats) if (s.kind === 'human') drafts[s.playerId] = emptyDraft();
  return drafts;
}

/** The menu's entry for a game. */
export function saveMetaOf(id: string, record: GameRecord, game: GameState, now: Date): SaveMeta {
  return {
    id,
    scenarioId: game.scenario.id,
    scenarioTitle: game.scenario.title.en,
    quarter: game.quarter,
    quarters: game.scenario.quarters,
    phase: game.phase,
    humans: humanSeatIds(record.seats),
    createdAt: record.createdAt,
    updatedAt: now.toISOString(),
    actions: record.actions.length,
  };
}

/** Resolved quarters of a save as its index entry tells (the reveal and game over follow a resolution). */
export function resolvedOf(m: Pick<SaveMeta, 'quarter' | 'phase'>): number {
  return m.quarter + (m.phase === 'orders' ? 0 : 1);
}
