/**
 * Nothing lost (store level, no browser): a write that fails (storage full, private mode) warns the player and
 * keeps the last good save; corrupt content in storage gets a message, not a crash. Two tabs on one game:
 * test/security/tabs.test.ts; the browser versions: test/browser/storage-full.test.ts and tabs.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { emptyOrders } from '../../src/engine';
import { createGameStore } from '../../src/store/game-store';
import { createMemorySaveStorage, type SaveStorage } from '../../src/store/saves';
import { parseRecordText } from '../../src/replay/parse';
import { makeScenario } from '../helpers/scenario';
import { inlineBots as bots, noticeShown } from '../helpers/store';

const scenarios = [{ fileName: 'test.json', ok: true as const, scenario: makeScenario() }];
let tick = 0;
const now = () => new Date(Date.UTC(2026, 10, 29, 12, 0, tick++));

/** Memory storage whose writes fail (like a full IndexedDB) while `full` is true. */
function fillable(): { storage: SaveStorage; inner: ReturnType<typeof createMemorySaveStorage>; fill(on: boolean): void } {
  const inner = createMemorySaveStorage();
  let full = false;
  const storage: SaveStorage = {
    ...inner,
    async put(meta, text) {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return inner.put(meta, text);
    },
  };
  return { storage, inner, fill: (on) => (full = on) };
}

describe('storage', () => {
  it('a write that fails (storage full) warns the player, keeps the last good save, and the game goes on; the warning goes once a save works again', async () => {
    const { storage, inner, fill } = fillable();
    const warnings: string[] = [];
    const store = createGameStore({ scenarios, bots, saves: storage, now, random: () => 0.5, warn: (m) => warnings.push(m) });
    store.getState().assetsLoaded();
    await expect.poll(() => store.getState().ui.screen).not.toBe('boot');
    expect(store.getState().startGame('test', 'seed-full', [{ playerId: 'alpha', kind: 'human' }])).toBeNull();
    await store.getState().botsIdle();
    await store.getState().flushSaves();
    const saveId = store.getState().saveId;
    if (!saveId) throw new Error('no save');
    const good = inner.texts.get(saveId);
    expect(good).toBeTruthy();

    fill(true);
    expect(store.getState().submitHuman('alpha', { ...emptyOrders(), bids: [{ sku: 'H100', quantity: 10, maxPrice: 30_000 }] })).toBeNull();
    await store.getState().botsIdle();
    await store.getState().flushSaves();
    expect(store.getState().ui.notice?.kind).toBe('error');
    expect(noticeShown(store)).toMatch(/could not be saved.*quota/i);
    expect(warnings.some((w) => /could not be saved/.test(w))).toBe(true);
    // The last good save is still there, whole, and still opens.
    expect(inner.texts.get(saveId)).toBe(good);
    expect(parseRecordText(good ?? '').ok).toBe(true);
    // The game itself goes on; once there is room again, the next action saves everything.
    expect(store.getState().continueFromReveal()).toBeNull();
    fill(false);
    await store.getState().botsIdle();
    await store.getState().flushSaves();
    const later = parseRecordText(inner.texts.get(saveId) ?? '');
    if (!later.ok) throw new Error(later.error);
    expect(later.record.actions.length).toBe(store.getState().record?.actions.length);
    // Saving works again, so the warning goes away.
    expect(store.getState().ui.notice).toBeNull();
  });

  it('a corrupt save in storage gets a message at boot, not a crash, and is left for the player to delete', async () => {
    const inner = createMemorySaveStorage();
    const meta = { id: 'bad', scenarioId: 'test', scenarioTitle: 'Test', quarter: 0, quarters: 4, phase: 'orders' as const, humans: ['alpha'], createdAt: null, updatedAt: '2026-11-29T12:00:00Z' };
    await inner.put(meta, '{"format":"gpurace-record","formatVersion":2,"__proto__":{"polluted":true}}');
    await inner.setSession({ saveId: 'bad', selectedCompany: 'alpha' });
    const store = createGameStore({ scenarios, bots, saves: inner, now, random: () => 0.5, warn: () => {} });
    store.getState().assetsLoaded();
    await expect.poll(() => store.getState().ui.screen).toBe('menu');
    expect(noticeShown(store)).toMatch(/the saved game/);
    expect(inner.texts.has('bad')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
