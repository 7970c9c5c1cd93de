/**
 * Two tabs on one game (docs/security.md, row 25), store level: two stores share one storage, as two tabs of
 * one browser profile share IndexedDB. A record only grows, so its action count is its version; a tab whose
 * save would replace moves it has not seen saves a copy instead and warns the player. The browser version
 * (two pages, real IndexedDB) is test/browser/tabs.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { emptyOrders } from '../../src/engine';
import type { Orders } from '../../src/engine/types';
import { createGameStore, type GameStore } from '../../src/store/game-store';
import { createAutosaver } from '../../src/store/autosaver';
import { COPY_MESSAGE, createMemorySaveStorage, type SaveMeta, type SaveStorage } from '../../src/store/saves';
import { parseRecordText } from '../../src/replay/parse';
import { makeScenario } from '../helpers/scenario';
import { inlineBots as bots } from '../helpers/store';

const scenarios = [{ fileName: 'test.json', ok: true as const, scenario: makeScenario() }];
let tick = 0;
const now = () => new Date(Date.UTC(2026, 10, 29, 12, 0, tick++));
const bid = (quantity: number, maxPrice: number): Orders => ({ ...emptyOrders(), bids: [{ sku: 'H100', quantity, maxPrice }] });

/** A tab: a store on the shared storage, booted like a page load (it resumes the session's game). */
async function openTab(saves: SaveStorage, seed: number): Promise<{ store: GameStore; warnings: string[] }> {
  const warnings: string[] = [];
  let r = seed;
  const store = createGameStore({ scenarios, bots, saves, now, random: () => (r = (r * 9301 + 49297) % 233280) / 233280, warn: (m) => warnings.push(m) });
  store.getState().assetsLoaded();
  await expect.poll(() => store.getState().ui.screen).not.toBe('boot');
  await store.getState().botsIdle();
  await store.getState().flushSaves();
  return { store, warnings };
}

async function settle(store: GameStore): Promise<void> {
  await store.getState().botsIdle();
  await store.getState().flushSaves();
}

function storedRecord(saves: ReturnType<typeof createMemorySaveStorage>, id: string) {
  const parsed = parseRecordText(saves.texts.get(id) ?? '');
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.record;
}

const meta = (id: string, actions?: number): SaveMeta => ({
  id,
  scenarioId: 'test',
  scenarioTitle: 'Test',
  quarter: 0,
  quarters: 4,
  phase: 'orders',
  humans: ['alpha'],
  createdAt: null,
  updatedAt: '2026-11-29T12:00:00Z',
  ...(actions === undefined ? {} : { actions }),
});

describe('two tabs on one game', () => {
  it('the tab that saves second keeps its moves in a copy and is warned; nothing is overwritten, and each tab plays on in its own save', async () => {
    const saves = createMemorySaveStorage();
    const a = await openTab(saves, 1);
    expect(a.store.getState().startGame('test', 'two-tabs', [{ playerId: 'alpha', kind: 'human' }])).toBeNull();
    await settle(a.store);
    const id = a.store.getState().saveId as string;

    // The second tab opens the same game (the session points at it).
    const b = await openTab(saves, 2);
    expect(b.store.getState().saveId).toBe(id);
    expect(b.store.getState().record?.actions.length).toBe(a.store.getState().record?.actions.length);
    expect(b.store.getState().ui.notice).toBeNull();

    // Both play quarter 1, differently. The first to save keeps the game.
    expect(a.store.getState().submitHuman('alpha', bid(10, 30_000))).toBeNull();
    await settle(a.store);
    expect(storedRecord(saves, id)).toEqual(a.store.getState().record);
    expect(b.store.getState().submitHuman('alpha', bid(20, 31_000))).toBeNull();
    await settle(b.store);

    // The second tab did not overwrite: it is warned, and its game went to a copy.
    expect(storedRecord(saves, id)).toEqual(a.store.getState().record);
    expect(b.store.getState().ui.notice).toEqual({ kind: 'error', code: 'copy', values: {} });
    expect(b.warnings).toEqual([COPY_MESSAGE]);
    const copy = b.store.getState().saveId as string;
    expect(copy).not.toBe(id);
    expect(storedRecord(saves, copy)).toEqual(b.store.getState().record);
    const index = await saves.list();
    expect(index.map((m) => m.id).sort()).toEqual([id, copy].sort());
    expect(index.find((m) => m.id === copy)?.copyOf).toBe(id);
    expect(b.store.getState().saves.map((m) => m.id).sort()).toEqual([id, copy].sort());
    expect(a.store.getState().ui.notice).toBeNull();

    // Both play on, each in its own save, with no further warning.
    expect(a.store.getState().continueFromReveal()).toBeNull();
    expect(b.store.getState().continueFromReveal()).toBeNull();
    await settle(a.store);
    await settle(b.store);
    expect(a.store.getState().submitHuman('alpha', emptyOrders())).toBeNull();
    expect(b.store.getState().submitHuman('alpha', bid(5, 29_000))).toBeNull();
    await settle(a.store);
    await settle(b.store);
    expect(storedRecord(saves, id)).toEqual(a.store.getState().record);
    expect(storedRecord(saves, copy)).toEqual(b.store.getState().record);
    expect(a.warnings).toEqual([]);
    expect(b.warnings).toEqual([COPY_MESSAGE]);
    expect(a.store.getState().record?.actions).not.toEqual(b.store.getState().record?.actions);

    // "Reload": fresh tabs find both games whole.
    const c = await openTab(saves, 3);
    expect(await c.store.getState().continueGame(id)).toBe(true);
    expect(c.store.getState().record).toEqual(a.store.getState().record);
    expect(await c.store.getState().continueGame(copy)).toBe(true);
    expect(c.store.getState().record).toEqual(b.store.getState().record);
    expect(c.warnings).toEqual([]);
  });

  it('a tab that reopens the game after another tab played it saves on normally (no copy, no warning)', async () => {
    const saves = createMemorySaveStorage();
    const a = await openTab(saves, 4);
    expect(a.store.getState().startGame('test', 'reopen', [{ playerId: 'alpha', kind: 'human' }])).toBeNull();
    await settle(a.store);
    const id = a.store.getState().saveId as string;
    const b = await openTab(saves, 5);
    expect(b.store.getState().saveId).toBe(id);
    // Only the first tab plays; the second just sits there.
    expect(a.store.getState().submitHuman('alpha', bid(10, 30_000))).toBeNull();
    await settle(a.store);
    // The second tab goes to the menu and continues the game: it now has the first tab's moves.
    b.store.getState().showMenu('landing');
    expect(await b.store.getState().continueGame(id)).toBe(true);
    expect(b.store.getState().record).toEqual(a.store.getState().record);
    expect(b.store.getState().continueFromReveal()).toBeNull();
    await settle(b.store);
    expect(b.store.getState().saveId).toBe(id);
    expect(b.store.getState().ui.notice).toBeNull();
    expect(b.warnings).toEqual([]);
    expect(storedRecord(saves, id)).toEqual(b.store.getState().record);
    expect((await saves.list()).map((m) => m.id)).toEqual([id]);
  });

  it('storage refuses to replace another version of a save, and writes a missing or older-format one', async () => {
    const saves = createMemorySaveStorage();
    expect(await saves.put(meta('g', 3), 'three', 3)).toEqual({ ok: true });
    expect(await saves.put(meta('g', 5), 'five', 3)).toEqual({ ok: true });
    // A tab that last saw 3 actions must not replace the 5 another tab saved.
    expect(await saves.put(meta('g', 4), 'four', 3)).toEqual({ ok: false, conflict: meta('g', 5) });
    expect(saves.texts.get('g')).toBe('five');
    // A deleted save is written again (nothing to lose); so is one saved by an older build (no count).
    await saves.remove('g');
    expect(await saves.put(meta('g', 4), 'four', 3)).toEqual({ ok: true });
    await saves.put(meta('old'), 'old');
    expect(await saves.put(meta('old', 9), 'nine', 2)).toEqual({ ok: true });
    expect(saves.texts.get('old')).toBe('nine');
  });

  it('the autosaver writes a copy when storage moved on, and later saves of that game go to the copy', async () => {
    const saves = createMemorySaveStorage();
    const copies: [string, string][] = [];
    const errors: string[] = [];
    const saver = createAutosaver(saves, { onError: (n) => errors.push(n.code), onCopied: (from, to) => copies.push([from, to]), newId: () => `copy${copies.length}` });
    saver.opened('g', 2);
    await saves.put(meta('g', 4), 'other tab, 4 actions');
    saver.save(meta('g', 3), () => 'this tab, 3 actions');
    await saver.flush();
    expect(copies).toEqual([['g', 'copy0']]);
    expect(saves.texts.get('g')).toBe('other tab, 4 actions');
    expect(saves.texts.get('copy0')).toBe('this tab, 3 actions');
    // A save still addressed to the original (queued before the store switched) follows the copy.
    saver.save(meta('g', 4), () => 'this tab, 4 actions');
    await saver.flush();
    expect(saves.texts.get('g')).toBe('other tab, 4 actions');
    expect(saves.texts.get('copy0')).toBe('this tab, 4 actions');
    expect((await saves.list()).find((m) => m.id === 'copy0')?.copyOf).toBe('g');
    // Reopening the original from the menu saves to it again.
    saver.opened('g', 4);
    saver.save(meta('g', 5), () => 'reopened, 5 actions');
    await saver.flush();
    expect(saves.texts.get('g')).toBe('reopened, 5 actions');
    expect(errors).toEqual([]);
  });

  it('leaving a game while its last save waits does not drop that save', async () => {
    const inner = createMemorySaveStorage();
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const slow: SaveStorage = {
      ...inner,
      async put(m, text, expected) {
        await gate;
        return inner.put(m, text, expected);
      },
    };
    const saver = createAutosaver(slow, () => {});
    saver.save(meta('first', 1), () => 'first, 1');
    saver.save(meta('first', 2), () => 'first, 2'); // waits
    saver.save(meta('second', 1), () => 'second, 1'); // another game: must not replace the waiting save
    open();
    await saver.flush();
    expect(inner.texts.get('first')).toBe('first, 2');
    expect(inner.texts.get('second')).toBe('second, 1');
  });
});
