/**
 * The facilitator view's state and operations: projector mode on or off, pause (the quarter does not resolve
 * while paused), the step-by-step reveal (how many SKUs of the quarter just resolved are shown), and events
 * injected from the scenario's deck (the engine's `injectEvent`, recorded like any action).
 */
import type { ActionError, DeckCard, GameState, QuarterRecord, SkuClearing } from '../engine/types';
import type { GameStore, StoreData } from './types';

/** The facilitator's UI state (part of the store's `ui`). */
export interface FacilitatorUi {
  /** Projector mode with the facilitator's controls. */
  on: boolean;
  /** While paused the quarter does not resolve (the store holds it until resumed). */
  paused: boolean;
  /** The step-by-step reveal: `shown` SKUs of the reveal named by `key` (see revealKey). */
  reveal: { key: string; shown: number };
}

/** The facilitator view as it starts: off, running, nothing revealed. */
export function facilitatorDefault(): FacilitatorUi {
  return { on: false, paused: false, reveal: { key: '', shown: 0 } };
}

/** Names the reveal on screen (game and quarter), so a new quarter starts its reveal from the first SKU. */
export function revealKey(s: Pick<StoreData, 'saveId' | 'game'>): string {
  return `${s.saveId ?? ''}|${s.game?.history.length ?? 0}`;
}

/** The SKUs a reveal shows, in scenario order: every SKU that was on sale or drew a bid. */
export function revealSkus(rec: QuarterRecord): SkuClearing[] {
  return rec.clearing.filter((c) => c.supply > 0 || c.bids.length > 0);
}

/** How many SKUs of the current reveal are shown: all of them unless the facilitator steps through them. */
export function revealShown(s: Pick<StoreData, 'saveId' | 'game' | 'ui'>): number {
  const rec = s.game?.history[s.game.history.length - 1];
  const total = rec ? revealSkus(rec).length : 0;
  if (!s.ui.facilitator.on) return total;
  const r = s.ui.facilitator.reveal;
  return r.key === revealKey(s) ? Math.min(r.shown, total) : 0;
}

/** The number of SKUs in the current reveal. */
export function revealTotal(s: Pick<StoreData, 'game'>): number {
  const rec = s.game?.history[s.game.history.length - 1];
  return rec ? revealSkus(rec).length : 0;
}

/** True when the whole quarter is revealed (always, outside the facilitator view). */
export function revealComplete(s: Pick<StoreData, 'saveId' | 'game' | 'ui'>): boolean {
  return revealShown(s) >= revealTotal(s);
}

/** The quarter's record cut to the SKUs revealed so far (for the reveal tables). */
export function revealedRecord(s: Pick<StoreData, 'saveId' | 'game' | 'ui'>, rec: QuarterRecord): QuarterRecord {
  if (!s.ui.facilitator.on) return rec;
  const shown = new Set(revealSkus(rec).slice(0, revealShown(s)).map((c) => c.sku));
  return { ...rec, clearing: rec.clearing.filter((c) => shown.has(c.sku)) };
}

/** Turns the facilitator view on or off (a store action: every change goes through the store). */
export function setFacilitator(store: GameStore, on: boolean): void {
  store.getState().setFacilitator(on);
}

/** Reveals the next SKU of the quarter (or all of them). */
export function revealMore(store: GameStore, all = false): void {
  store.getState().revealMore(all);
}

/** Deck cards the facilitator may inject now: not yet in the news, in deck order. */
export function injectableCards(game: GameState): DeckCard[] {
  const seen = new Set(game.news.map((n) => n.eventId));
  return game.scenario.eventDeck.cards.filter((c) => !seen.has(c.id));
}

/** Injects a deck card during the orders phase (the engine's action, recorded and replayed like any other). */
export function injectCard(store: GameStore, cardId: string): ActionError | null {
  return store.getState().dispatch({ type: 'injectEvent', cardId });
}
