/**
 * The store's saves and replays: autosave after every action, resume where the game was, share links and
 * files opened in the viewer, stepping, branching; broken input leaves every save as it was.
 */
import { describe, expect, it } from 'vitest';
import { emptyOrders, stateHash } from '../../src/engine';
import { createGameStore, type GameStore } from '../../src/store/game-store';
import { createMemorySaveStorage } from '../../src/store/saves';
import { parseRecordText } from '../../src/replay/parse';
import { RECORD_FORMAT } from '../../src/replay/record';
import { cited, makeScenario } from '../helpers/scenario';
import { inlineBots as bots, noticeShown } from '../helpers/store';


// Cited, so the copy saved inside each record parses as a scenario file would.
const scenario = cited(makeScenario());
const scenarios = [{ fileName: 'test.json', ok: true as const, scenario }];
let tick = 0;
const now = () => new Date(Date.UTC(2026, 10, 29, 12, 0, tick++));

function make(saves = createMemorySaveStorage(), initialFragment = ''): { store: GameStore; saves: ReturnType<typeof createMemorySaveStorage> } {
  const store = createGameStore({ scenarios, bots, saves, now, random: () => 0.5, initialFragment });
  store.getState().assetsLoaded(); // boots as a page load does (the preload scene calls it)
  return { store, saves };
}

async function booted(store: GameStore): Promise<void> {
  await expect.poll(() => store.getState().ui.screen).not.toBe('boot');
}

/** Plays `quarters` quarters with alpha human (bidding), leaving the game in the orders phase of the next. */
async function play(store: GameStore, quarters: number): Promise<void> {
  for (let q = 0; q < quarters; q++) {
    await store.getState().botsIdle();
    expect(store.getState().submitHuman('alpha', { ...emptyOrders(), bids: [{ sku: 'H100', quantity: 10, maxPrice: 30_000 + q }] })).toBeNull();
    expect(store.getState().continueFromReveal()).toBeNull();
  }
  await store.getState().botsIdle();
}

describe('saves', () => {
  it('autosave after every action; a new store (a reload) resumes the same game at the same point', async () => {
    const { store, saves } = make();
    await booted(store);
    expect(store.getState().startGame('test', 'seed-a', [{ playerId: 'alpha', kind: 'human' }])).toBeNull();
    await play(store, 2);
    await store.getState().flushSaves();
    const before = store.getState();
    const game = before.game;
    if (!game || !before.record || !before.saveId) throw new Error('no game');
    // Every bot's orders and its rationale are in the record, by action index.
    const botSubmits = before.record.actions.map((a, i) => [a, i] as const).filter(([a]) => a.type === 'submitOrders' && a.playerId !== 'alpha');
    expect(botSubmits.length).toBe(2 * 3);
    for (const [, i] of botSubmits) expect(before.record.rationales?.[String(i)]).toMatchObject({ quarter: expect.any(Number) });
    expect(before.record.checkpoints).toHaveLength(2);
    const text = saves.texts.get(before.saveId) ?? '';
    expect(JSON.parse(text).actions).toHaveLength(before.record.actions.length);

    const again = make(saves).store;
    await booted(again);
    const s = again.getState();
    expect(s.ui.screen).toBe('board');
    expect(s.saveId).toBe(before.saveId);
    expect(stateHash(s.game ?? game)).toBe(stateHash(game));
    expect(s.record).toEqual(before.record);
  });

  it('lists saves with scenario and quarter, continues and deletes them', async () => {
    const { store, saves } = make();
    await booted(store);
    store.getState().startGame('test', 'seed-b', [{ playerId: 'alpha', kind: 'human' }]);
    await play(store, 1);
    await store.getState().flushSaves();
    store.getState().showMenu('landing');
    const list = store.getState().saves;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ scenarioId: 'test', quarter: 1, phase: 'orders', humans: ['alpha'] });
    expect(await store.getState().continueGame()).toBe(true);
    expect(store.getState().game?.quarter).toBe(1);
    store.getState().showMenu('landing');
    await store.getState().deleteSave(list[0]?.id ?? '');
    expect(store.getState().saves).toEqual([]);
    expect(saves.texts.size).toBe(0);
  });
});

describe('a save carries its scenario', () => {
  const edited = { ...scenario, companies: scenario.companies.map((c) => ({ ...c, cash: c.cash + 1 })) };

  async function saved(): Promise<{ saves: ReturnType<typeof createMemorySaveStorage>; hash: string; actions: number }> {
    const { store, saves } = make();
    await booted(store);
    store.getState().startGame('test', 'seed-s', [{ playerId: 'alpha', kind: 'human' }]);
    await play(store, 2);
    await store.getState().flushSaves();
    const s = store.getState();
    return { saves, hash: stateHash(s.game as NonNullable<typeof s.game>), actions: s.record?.actions.length ?? 0 };
  }

  it('a game begun before the shipped scenario changed resumes on the rules it began with', async () => {
    const { saves, hash, actions } = await saved();
    const store = createGameStore({ scenarios: [{ fileName: 'test.json', ok: true, scenario: edited }], bots, saves, now, random: () => 0.5 });
    store.getState().assetsLoaded();
    await booted(store);
    const s = store.getState();
    expect(s.ui.screen).toBe('board');
    expect(s.record?.actions).toHaveLength(actions);
    expect(stateHash(s.game as NonNullable<typeof s.game>)).toBe(hash);
    expect(s.game?.players.map((p) => p.cash)).not.toEqual(edited.companies.map((c) => c.cash));
    // It plays on, still on the old rules, and saves again with the same scenario inside.
    await play(store, 1);
    expect(store.getState().game?.quarter).toBe(3);
    await store.getState().flushSaves();
    const text = [...saves.texts.values()][0] ?? '';
    expect(JSON.parse(text).scenarioSnapshot.companies[0].cash).toBe(scenario.companies[0]?.cash);
  });

  it('without its scenario inside (an older save), a changed scenario is refused with the reason', async () => {
    const { saves } = await saved();
    for (const [id, text] of saves.texts) {
      const r = JSON.parse(text);
      delete r.scenarioSnapshot;
      saves.texts.set(id, JSON.stringify(r));
    }
    const store = createGameStore({ scenarios: [{ fileName: 'test.json', ok: true, scenario: edited }], bots, saves, now, random: () => 0.5 });
    store.getState().assetsLoaded();
    await booted(store);
    expect(store.getState().ui.screen).toBe('menu');
    expect(noticeShown(store)).toMatch(/content hash .* but the record was played on/);
    expect(saves.texts.size).toBe(1);
  });

  it('a scenario inside that was altered is refused, not played', async () => {
    const { saves } = await saved();
    for (const [id, text] of saves.texts) {
      const r = JSON.parse(text);
      r.scenarioSnapshot.companies[0].cash += 1;
      saves.texts.set(id, JSON.stringify(r));
    }
    const store = createGameStore({ scenarios: [{ fileName: 'test.json', ok: true, scenario: edited }], bots, saves, now, random: () => 0.5 });
    store.getState().assetsLoaded();
    await booted(store);
    expect(store.getState().ui.screen).toBe('menu');
    expect(noticeShown(store)).toMatch(/the scenario saved with this game has content hash \w+, but the game was played on \w+ \(the file was altered\)/);
  });
});

describe('replays in the store', () => {
  async function finished(): Promise<{ store: GameStore; saves: ReturnType<typeof createMemorySaveStorage>; text: string; fragment: string }> {
    const { store, saves } = make();
    await booted(store);
    store.getState().startGame('test', 'seed-c', [{ playerId: 'alpha', kind: 'human' }]);
    for (let q = 0; q < scenario.quarters; q++) {
      await store.getState().botsIdle();
      store.getState().submitHuman('alpha', emptyOrders());
      store.getState().continueFromReveal();
    }
    expect(store.getState().ui.screen).toBe('gameOver');
    await store.getState().flushSaves();
    const text = store.getState().exportRecord()?.text ?? '';
    const fragment = store.getState().shareFragment() ?? '';
    return { store, saves, text, fragment };
  }

  it('opens an exported file, steps by phase and quarter, scrubs, and shows stored rationales', async () => {
    const { store, text } = await finished();
    expect(JSON.parse(text).formatVersion).toBe(RECORD_FORMAT);
    expect(store.getState().importRecordText(text, 'game.gpurace.json')).toBe(true);
    const d = () => store.getState().replay;
    expect(store.getState().ui.screen).toBe('replay');
    // Opens at the first reveal.
    expect(d()?.states[d()?.at ?? 0]?.phase).toBe('reveal');
    store.getState().replayStep(1);
    expect(d()?.states[d()?.at ?? 0]).toMatchObject({ quarter: 1, phase: 'orders' });
    store.getState().replayStep(-1);
    store.getState().replayStep(-1);
    expect(d()?.at).toBe(0);
    store.getState().replayQuarter(3);
    expect(d()?.states[d()?.at ?? 0]).toMatchObject({ quarter: 3, phase: 'reveal' });
    store.getState().replayStep(1);
    expect(d()?.states[d()?.at ?? 0]?.phase).toBe('gameOver');
    store.getState().replaySeek(5);
    expect(d()?.at).toBe(5);
    const stored = Object.values(d()?.rationales ?? {});
    expect(stored.length).toBe(2 * scenario.quarters);
    expect(stored.every((r) => r.kind === 'ok' && !r.derived)).toBe(true);
  });

  it('a share link opens the viewer at boot, and its rationales are re-derived by the same bots', async () => {
    const { fragment } = await finished();
    const { store } = make(createMemorySaveStorage(), `#${fragment}`);
    await booted(store);
    expect(store.getState().ui.screen).toBe('replay');
    const d = () => store.getState().replay;
    await expect.poll(() => Object.values(d()?.rationales ?? {}).filter((r) => r.kind === 'ok').length).toBe(2);
    expect(Object.values(d()?.rationales ?? {}).every((r) => r.kind === 'ok' && r.derived)).toBe(true);
  });

  it('branches from a reveal with new seats: the prefix is kept, the new seats play on', async () => {
    const { store, text } = await finished();
    store.getState().importRecordText(text, 'g.json');
    store.getState().replayQuarter(1);
    const at = store.getState().replay?.at ?? 0;
    const err = store.getState().branchHere([{ playerId: 'alpha', kind: 'bot', level: 'easy' }, { playerId: 'beta', kind: 'human' }]);
    expect(err).toBeNull();
    const s = store.getState();
    expect(s.ui.screen).toBe('reveal');
    expect(s.record?.actions).toHaveLength(at);
    expect(s.record?.checkpoints).toHaveLength(2);
    expect(s.record?.seats.find((x) => x.playerId === 'beta')?.kind).toBe('human');
    expect(s.continueFromReveal()).toBeNull();
    await store.getState().botsIdle();
    expect(store.getState().game?.quarter).toBe(2);
    expect(store.getState().ui.screen).toBe('board');
  });

  it('broken input gets a clear notice and leaves every save untouched', async () => {
    const { store, saves, text, fragment } = await finished();
    const snapshot = new Map(saves.texts);
    const list = await saves.list();
    const cases: [string, () => boolean, RegExp][] = [
      ['truncated', () => store.getState().importRecordText(text.slice(0, 500), 'cut.gpurace.json'), /cut\.gpurace\.json is not valid JSON.*truncated/],
      ['future', () => store.getState().importRecordText(JSON.stringify({ ...JSON.parse(text), formatVersion: 99 }), 'f.json'), /format 99, newer than this build/],
      ['hash', () => store.getState().importRecordText(JSON.stringify({ ...JSON.parse(text), scenario: { id: 'test', hash: 'ffffffffffffffff' } }), 'h.json'), /content hash .* played on ffffffffffffffff/],
      ['illegal', () => {
        const r = JSON.parse(text);
        // Within the schema's limits, but far over any budget: the rules refuse it when it is replayed.
        r.actions[0].orders.bids = [{ sku: 'H100', quantity: 10_000_000, maxPrice: 10_000_000 }];
        return store.getState().importRecordText(JSON.stringify(r), 'i.json');
      }, /action 0 \(submitOrders\) is illegal at this point/],
      ['engine', () => store.getState().importRecordText(JSON.stringify({ ...JSON.parse(text), engineVersion: 999 }), 'e.json'), /needs engine version 999/],
      ['scenario', () => store.getState().importRecordText(JSON.stringify({ ...JSON.parse(text), scenario: { id: 'nope', hash: 'ffffffffffffffff' }, scenarioSnapshot: undefined }), 's.json'), /scenario "nope", which this build does not have/],
      ['snapshot of another scenario', () => store.getState().importRecordText(JSON.stringify({ ...JSON.parse(text), scenario: { id: 'nope', hash: 'ffffffffffffffff' } }), 's2.json'), /the scenario saved with this game is "test", but the game names "nope"/],
      // A broken copy inside only matters when the build's scenario is not the one played (here: another hash).
      ['broken snapshot', () => store.getState().importRecordText(JSON.stringify({ ...JSON.parse(text), scenario: { id: 'test', hash: 'ffffffffffffffff' }, scenarioSnapshot: { ...JSON.parse(text).scenarioSnapshot, quarters: -1 } }), 's3.json'), /the scenario saved with this game is not valid \(\$\.quarters: /],
      ['huge', () => store.getState().importRecordText(' '.repeat(6_000_000), 'big.json'), /at most 5,000,000/],
      ['cut link', () => store.getState().openLink(fragment.slice(0, 60)), /^share link: /],
    ];
    for (const [name, run, msg] of cases) {
      store.getState().showMenu('landing');
      expect(run(), name).toBe(false);
      expect(noticeShown(store), name).toMatch(msg);
      expect(store.getState().ui.screen, name).toBe('menu');
    }
    await store.getState().flushSaves();
    expect(saves.texts).toEqual(snapshot);
    expect(await saves.list()).toEqual(list);
    // And the parse helpers agree on a good file.
    expect(parseRecordText(text).ok).toBe(true);
  });
});
