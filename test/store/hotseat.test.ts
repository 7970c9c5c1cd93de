/**
 * The hot seat in the store: teams take the device in seat order, a team's orders show only after it has taken
 * the device, its draft is cleared once sealed, and nothing of it is left for the next team; plus the
 * facilitator's pause (holds the quarter), step-by-step reveal and injected events (recorded and replayed).
 */
import { describe, expect, it } from 'vitest';
import { emptyOrders } from '../../src/engine';
import type { DeckCard } from '../../src/engine/types';
import { emptyDraft } from '../../src/store/drafts';
import { injectableCards, injectCard, revealComplete, revealedRecord, revealMore, revealShown, revealTotal, setFacilitator } from '../../src/store/facilitator';
import { createGameStore, type GameStore } from '../../src/store/game-store';
import { isHotSeat, previousTeam, sealedCount, seatAwaitingHandoff, seatOnScreen, takeDevice } from '../../src/store/hotseat';
import { parseRecordText } from '../../src/replay/parse';
import { verifyRecord } from '../../src/replay/verify';
import { makeScenario } from '../helpers/scenario';
import { inlineBots } from '../helpers/store';


const card: DeckCard = {
  id: 'boom',
  headline: { en: 'Demand boom', de: 'Nachfrageboom' },
  body: { en: 'More revenue.', de: 'Mehr Umsatz.' },
  source: 'test',
  effects: [{ kind: 'revenuePool', pct: 20, quarters: 1 }],
  weight: 1,
  fromQuarter: 0,
};

function setup(humans: string[]): { store: GameStore; scenario: ReturnType<typeof makeScenario> } {
  const scenario = makeScenario({ eventDeck: { drawPct: 0, cards: [card] } });
  const store = createGameStore({ scenarios: [{ fileName: 'test.json', ok: true, scenario }], bots: inlineBots, warn: (m) => { throw new Error(m); } });
  store.getState().showMenu('setup');
  const err = store.getState().startGame('test', 'hotseat-1', humans.map((playerId) => ({ playerId, kind: 'human' as const, level: 'normal' })));
  expect(err).toBeNull();
  return { store, scenario };
}

const bid = (quantity: number, maxPrice: number) => ({ ...emptyOrders(), bids: [{ sku: 'H100', quantity, maxPrice }] });

describe('hot seat in the store', () => {
  it('passes the device team by team; a team sees its orders only after taking it, and its draft is gone once sealed', async () => {
    const { store } = setup(['alpha', 'beta']);
    await store.getState().botsIdle();
    const s = () => store.getState();
    expect(isHotSeat(s())).toBe(true);
    // Quarter 1 opens on the privacy screen for the first team.
    expect(seatAwaitingHandoff(s())?.playerId).toBe('alpha');
    expect(seatOnScreen(s())).toBeNull();
    expect(previousTeam(s())).toBeNull();
    // Only the team the device goes to can take it.
    takeDevice(store, 'beta');
    expect(seatOnScreen(s())).toBeNull();
    takeDevice(store, 'alpha');
    expect(seatOnScreen(s())?.playerId).toBe('alpha');
    expect(s().ui.selectedCompany).toBe('alpha');

    s().setDraft('alpha', { ...emptyDraft(), bids: { H100: { quantity: '1234', maxPrice: '98765' } } });
    expect(s().submitHuman('alpha', bid(1234, 98_765))).toBeNull();
    // Sealed: alpha's typing is cleared, beta waits behind the privacy screen, alpha's orders are nowhere in the UI state.
    expect(s().ui.drafts.alpha).toEqual(emptyDraft());
    expect(JSON.stringify(s().ui)).not.toMatch(/1234|98765/);
    expect(seatAwaitingHandoff(s())?.playerId).toBe('beta');
    expect(seatOnScreen(s())).toBeNull();
    expect(previousTeam(s())).toBe('alpha');
    expect(sealedCount(s())).toEqual({ done: 2, total: 3 });
    expect(s().ui.screen).toBe('board');

    takeDevice(store, 'beta');
    expect(seatOnScreen(s())?.playerId).toBe('beta');
    expect(s().submitHuman('beta', bid(10, 30_000))).toBeNull();
    expect(s().ui.screen).toBe('reveal');
    expect(seatAwaitingHandoff(s())).toBeNull();
    // The reveal shows everyone's bids.
    const rec = s().game?.history[0];
    expect(rec?.clearing.find((c) => c.sku === 'H100')?.bids.some((b) => b.bidder === 'alpha' && b.quantity === 1234 && b.maxPrice === 98_765)).toBe(true);

    // The next quarter starts on the privacy screen again.
    expect(s().continueFromReveal()).toBeNull();
    await s().botsIdle();
    expect(seatAwaitingHandoff(s())?.playerId).toBe('alpha');
    expect(seatOnScreen(s())).toBeNull();
  });

  it('one human seat plays without a privacy screen', async () => {
    const { store } = setup(['alpha']);
    await store.getState().botsIdle();
    expect(isHotSeat(store.getState())).toBe(false);
    expect(seatAwaitingHandoff(store.getState())).toBeNull();
    expect(seatOnScreen(store.getState())?.playerId).toBe('alpha');
  });

  it('a resumed hot-seat game asks for the device again (the handoff is never saved)', async () => {
    const { store } = setup(['alpha', 'beta']);
    await store.getState().botsIdle();
    takeDevice(store, 'alpha');
    expect(store.getState().submitHuman('alpha', bid(5, 30_000))).toBeNull();
    takeDevice(store, 'beta');
    expect(seatOnScreen(store.getState())?.playerId).toBe('beta');
    await store.getState().flushSaves();
    const id = store.getState().saveId as string;
    store.getState().showMenu('landing');
    expect(await store.getState().continueGame(id)).toBe(true);
    await store.getState().botsIdle();
    store.setState((x) => ({ ui: { ...x.ui, handoff: null } }));
    expect(seatAwaitingHandoff(store.getState())?.playerId).toBe('beta');
  });
});

describe('facilitator in the store', () => {
  it('pause holds the quarter until resumed', async () => {
    const { store } = setup(['alpha']);
    await store.getState().botsIdle();
    store.getState().setPaused(true);
    expect(store.getState().submitHuman('alpha', bid(5, 30_000))).toBeNull();
    expect(store.getState().ui.screen).toBe('board');
    expect(store.getState().game?.phase).toBe('orders');
    store.getState().setPaused(false);
    expect(store.getState().ui.screen).toBe('reveal');
    expect(store.getState().game?.phase).toBe('reveal');
  });

  it('reveals chip by chip when on, everything when off', async () => {
    const { store } = setup(['alpha']);
    await store.getState().botsIdle();
    store.getState().submitHuman('alpha', bid(5, 30_000));
    const s = () => store.getState();
    const rec = s().game?.history[0];
    if (!rec) throw new Error('no quarter');
    const total = revealTotal(s());
    expect(total).toBeGreaterThan(0);
    expect(revealShown(s())).toBe(total);
    setFacilitator(store, true);
    expect(revealShown(s())).toBe(0);
    expect(revealedRecord(s(), rec).clearing).toEqual([]);
    expect(revealComplete(s())).toBe(false);
    revealMore(store);
    expect(revealShown(s())).toBe(1);
    expect(revealedRecord(s(), rec).clearing).toHaveLength(1);
    revealMore(store, true);
    expect(revealComplete(s())).toBe(true);
    // The next quarter's reveal starts again from the first chip.
    s().continueFromReveal();
    await s().botsIdle();
    s().submitHuman('alpha', bid(5, 30_000));
    expect(revealShown(s())).toBe(0);
  });

  it('injects a deck card during orders: in the news, in the record, and the record replays', async () => {
    const { store, scenario } = setup(['alpha']);
    await store.getState().botsIdle();
    const g = store.getState().game;
    if (!g) throw new Error('no game');
    expect(injectableCards(g).map((c) => c.id)).toEqual(['boom']);
    expect(injectCard(store, 'nope')?.code).toBe('UNKNOWN_CARD');
    expect(injectCard(store, 'boom')).toBeNull();
    const after = store.getState().game;
    expect(after?.news.some((n) => n.eventId === 'boom' && n.kind === 'injected')).toBe(true);
    expect(injectableCards(after as NonNullable<typeof after>)).toEqual([]);
    expect(store.getState().record?.actions.some((a) => a.type === 'injectEvent' && a.cardId === 'boom')).toBe(true);
    store.getState().submitHuman('alpha', bid(5, 30_000));
    // Outside the orders phase the engine refuses it.
    expect(injectCard(store, 'boom')?.code).toBe('WRONG_PHASE');
    const file = store.getState().exportRecord();
    const parsed = parseRecordText(file?.text ?? '', 'x');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(verifyRecord(parsed.record, scenario).ok).toBe(true);
  });
});
