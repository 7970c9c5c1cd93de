/**
 * The page's safety nets of issue 10, store level (what a player sees in the store's screen and notice):
 * item 1 (a link or resume that cannot be replayed falls back to the menu, the save kept, exportable and
 * deletable; a replay step budget), item 4 (the save index read entry by entry, orphans found), item 5 (the
 * viewer asks the bot worker at most once per seat), item 8 (storage that never answers or is missing) and
 * item 12 (a tab whose game another tab has resolved further takes no orders). The browser versions:
 * test/browser/safety.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyOrders, scenarioHash } from '../../src/engine';
import type { Action, GameState, Orders } from '../../src/engine/types';
import { newRecord, type GameRecord } from '../../src/replay/record';
import { createGame, applyAction } from '../../src/engine';
import type { BotRunner } from '../../src/store/bot-client';
import { createGameStore, STALE_MESSAGE, type GameStore, type TabChannel, type TabMessage } from '../../src/store/game-store';
import { buildReplay } from '../../src/store/replay-data';
import { MAX_QUARTER_STEPS, precheckActions, unsafeNumberIn } from '../../src/store/replay-guard';
import { saveFailure } from '../../src/store/autosaver';
import { createIdbSaveStorage, createMemorySaveStorage, type SaveStorage } from '../../src/store/saves';
import { parseScenarioModules } from '../../src/store/scenarios';
import { recordProblemText } from '../../src/ui/record-problem-text';
import { recordProblem, sourced, sourcedEnglish } from '../../src/replay/problems';
import { setLang } from '../../src/text/i18n';
import { makeScenario } from '../helpers/scenario';
import { inlineBots as bots, noticeShown } from '../helpers/store';
import { noticeText as shown } from '../../src/ui/notice-text';

/** The share link of issue 10, item 1: 416 injections of one card, then a quarter that resolves. */
const ISSUE_LINK =
  '#replay=7dlBDoIwEAXQu3RdTFsQjedwJWFRyoAmlhKoiXh6B0w3bty6-M0k8_Pa6QWm0tJILYVRpsiuYRxpymY3Wd_cSUiRO93YUufdoTSOmiPTU8hK-Jubwhy6yOApWm59CP02Y719hYFDs0Rq7eBWjMR9iKLmYbLzwvSz8dtPVYUULXk7tNn8mHpab0AgEAgEAoFAIBAIBAKBQCAQCAQCgUAgEAgE-jtSUvGiews6BZNCnkKRwn4LZt2lq6_Dv627_DJTmuus1GmrHV9dRP0G';

const hopper = parseScenarioModules({ 'scenarios/2024-hopper-scramble.json': JSON.parse(readFileSync(join('scenarios', '2024-hopper-scramble.json'), 'utf8')) as unknown });
const test = [{ fileName: 'test.json', ok: true as const, scenario: makeScenario() }];
let tick = 0;
const now = () => new Date(Date.UTC(2026, 11, 4, 12, 0, tick++));

/**
 * The issue link's record cut to its first two injections of the card, its six orders and the resolution
 * (test/fixtures/safety/repeated-card.gpurace.json: within the record schema's per-quarter caps, which may
 * refuse the link itself before the page's guard sees it), re-pinned to today's shipped scenario.
 */
function linkRecordOnToday() {
  const entry = hopper[0];
  if (!entry?.ok) throw new Error('hopper scenario does not parse');
  const raw = JSON.parse(readFileSync(join('test', 'fixtures', 'safety', 'repeated-card.gpurace.json'), 'utf8')) as Record<string, unknown>;
  return { ...raw, scenario: { id: entry.scenario.id, hash: scenarioHash(entry.scenario) } } as unknown as GameRecord;
}

async function booted(store: GameStore): Promise<void> {
  store.getState().assetsLoaded();
  await expect.poll(() => store.getState().ui.screen).not.toBe('boot');
}

afterEach(() => setLang('en'));

describe('item 1: a link or a save that cannot be replayed falls back to the menu; the save stays', () => {
  it('the link from the issue opens to a clear refusal at boot, in English and German, with no engine step taken', async () => {
    const store = createGameStore({ scenarios: hopper, bots, initialFragment: ISSUE_LINK });
    await booted(store);
    expect(store.getState().ui.screen).toBe('menu');
    const n = store.getState().ui.notice;
    expect(n?.code).toBe('openFailed');
    const text = n?.code === 'openFailed' ? sourcedEnglish(n.values.problem) : '';
    // Refused by the record rules (too many actions in a quarter), by today's scenario's hash, or by the guard.
    expect(text).toMatch(/^(share link: \$\.actions\[\d+\]: quarter 1 has more than \d+ actions|shared link: .*(event card "demand-surge" again|content hash))/);
    // The same actions on today's scenario: the guard refuses before a single engine step.
    const b = buildReplay(hopper, linkRecordOnToday(), { kind: 'link', name: 'shared link' }, null);
    expect(b.ok).toBe(false);
    if (b.ok) return;
    expect(b.steps).toBe(0);
    expect(recordProblemText(b.problem)).toBe('The shared link cannot be opened: it plays the event card “demand-surge” again (first at action 0, again at action 1); a card can be played once per game.');
    setLang('de');
    expect(recordProblemText(b.problem)).toBe('Der geteilte Link lässt sich nicht öffnen: Die Ereigniskarte „demand-surge“ wird noch einmal gespielt (zuerst bei Aktion 0, wieder bei Aktion 1); eine Karte kann pro Spiel nur einmal gespielt werden.');
  });

  it('a saved game that cannot be replayed is not resumed: the menu says why, and the save can be exported and deleted', async () => {
    const saves = createMemorySaveStorage();
    const text = JSON.stringify(linkRecordOnToday());
    const meta = { id: 'bad-1', scenarioId: '2024-hopper-scramble', scenarioTitle: 'Hopper', quarter: 0, quarters: 8, phase: 'orders' as const, humans: [], createdAt: null, updatedAt: '2026-12-04T12:00:00.000Z', actions: 9 };
    await saves.put(meta, text);
    await saves.setSession({ saveId: 'bad-1', selectedCompany: null });
    const store = createGameStore({ scenarios: hopper, bots, saves, now });
    await booted(store);
    expect(store.getState().ui.screen).toBe('menu');
    const n = store.getState().ui.notice;
    expect(n?.code).toBe('saveKept');
    expect(n?.code === 'saveKept' ? sourcedEnglish(n.values.problem) : '').toMatch(/^the game: the record plays the event card "demand-surge" again/);
    expect(noticeShown(store)).toBe('The saved game cannot be opened: it plays the event card “demand-surge” again (first at action 0, again at action 1); a card can be played once per game. The saved game is kept under Saved games: export or delete it there.');
    setLang('de');
    expect(noticeShown(store)).toMatch(/^Das gespeicherte Spiel lässt sich nicht öffnen: .*Das gespeicherte Spiel bleibt unter „Gespeicherte Spiele“: Dort kannst du es exportieren oder löschen\.$/);
    // Still listed, exported as stored, and deletable; a reload does not try it again (the session was cleared).
    expect(store.getState().saves.map((m) => m.id)).toEqual(['bad-1']);
    expect((await store.getState().exportSave('bad-1'))?.text).toBe(text);
    expect((await saves.session())?.saveId).toBeNull();
    await store.getState().deleteSave('bad-1');
    expect(store.getState().saves).toEqual([]);
    expect(saves.texts.size).toBe(0);
  });

  it('a save the page froze on last time (its opening mark is still set) is not opened again, and is kept', async () => {
    const saves = createMemorySaveStorage();
    const first = createGameStore({ scenarios: test, bots, saves, now });
    await booted(first);
    expect(first.getState().startGame('test', 'froze', [{ playerId: 'alpha', kind: 'human' }])).toBeNull();
    await first.getState().botsIdle();
    await first.getState().flushSaves();
    const id = first.getState().saveId ?? '';
    let marked: string | null = id;
    const sets: (string | null)[] = [];
    const store = createGameStore({ scenarios: test, bots, saves, now, openingMark: { get: () => marked, set: (v) => void sets.push((marked = v)) } });
    await booted(store);
    expect(store.getState().ui.screen).toBe('menu');
    expect(store.getState().ui.notice?.code).toBe('notResumed');
    expect(noticeShown(store)).toBe('The last game did not finish opening the last time this page was loaded, so it was not opened again. It is kept under Saved games: continue, export or delete it there.');
    expect(store.getState().saves.map((m) => m.id)).toEqual([id]);
    expect(marked).toBeNull();
    // Opened by hand, it plays; the mark is set while it replays and while its quarter resolves, then cleared.
    expect(await store.getState().continueGame(id)).toBe(true);
    expect(store.getState().submitHuman('alpha', emptyOrders())).toBeNull();
    await store.getState().botsIdle();
    expect(store.getState().ui.screen).toBe('reveal');
    expect(sets.filter((v) => v === id).length).toBeGreaterThanOrEqual(2);
    expect(marked).toBeNull();
  });

  it('the replay guard: a quarter past the step budget is refused before replaying; an unsafe number is found by path', () => {
    const pair: Action[] = [
      { type: 'submitOrders', playerId: 'alpha', orders: emptyOrders() },
      { type: 'withdrawOrders', playerId: 'alpha' },
    ];
    const many: Action[] = Array.from({ length: MAX_QUARTER_STEPS / 2 + 1 }, () => pair).flat();
    expect(precheckActions(many)?.reason).toMatch(/more than 2000 actions/);
    expect(precheckActions(many.slice(0, MAX_QUARTER_STEPS))).toBeNull();
    const g = createGame(makeScenario(), 's');
    expect(unsafeNumberIn(g)).toBeNull();
    const bad: GameState = { ...g, players: g.players.map((p, i) => (i === 1 ? { ...p, cash: 2 ** 60 } : p)) };
    expect(unsafeNumberIn(bad)).toBe('players[1].cash');
    expect(unsafeNumberIn({ ...g, players: g.players.map((p, i) => (i === 0 ? { ...p, powerMw: Number.NaN } : p)) })).toBe('players[0].powerMw');
  });
});

describe('item 4: the save index is read entry by entry', () => {
  it('a malformed entry is reported, hides nothing else, is not dropped by the next autosave; its record is listed as found and opens', async () => {
    const saves = createMemorySaveStorage();
    const a = createGameStore({ scenarios: test, bots, saves, now });
    await booted(a);
    const ids: string[] = [];
    for (const seed of ['one', 'two', 'three']) {
      expect(a.getState().startGame('test', seed, [{ playerId: 'alpha', kind: 'human' }])).toBeNull();
      await a.getState().botsIdle();
      await a.getState().flushSaves();
      ids.push(a.getState().saveId ?? '');
    }
    // Damage the middle entry (as an old build or a hand edit might).
    const raw = saves.rawIndex() as Record<string, unknown>[];
    const broken = raw.find((m) => m.id === ids[1]);
    if (!broken) throw new Error('entry missing');
    broken.updatedAt = 17;
    saves.rawIndex(raw);

    const store = createGameStore({ scenarios: test, bots, saves, now });
    await booted(store);
    store.getState().showMenu();
    await expect.poll(() => store.getState().savesProblems.orphans.length).toBe(1);
    expect(new Set(store.getState().saves.map((m) => m.id))).toEqual(new Set([ids[0], ids[2]]));
    expect(store.getState().savesProblems.malformed).toBe(1);
    const orphan = store.getState().savesProblems.orphans[0];
    expect(orphan?.id).toBe(ids[1]);
    expect(orphan?.scenarioId).toBe('test');
    expect(orphan?.humans).toEqual(['alpha']);

    // A new game saves: the other two entries stay, and so does the broken one (as it was).
    expect(store.getState().startGame('test', 'four', [{ playerId: 'alpha', kind: 'human' }])).toBeNull();
    await store.getState().botsIdle();
    await store.getState().flushSaves();
    const after = saves.rawIndex() as { id?: unknown; updatedAt?: unknown }[];
    expect(after.map((m) => m.id).sort()).toEqual([...ids, store.getState().saveId].sort());
    expect(after.find((m) => m.id === ids[1])?.updatedAt).toBe(17);

    // The orphan can be exported and opened (opening it writes a good entry again), or deleted.
    expect((await store.getState().exportSave(ids[1] ?? ''))?.text).toBe(saves.texts.get(ids[1] ?? ''));
    expect(await store.getState().continueGame(ids[1])).toBe(true);
    await store.getState().botsIdle();
    await store.getState().flushSaves();
    store.getState().showMenu();
    await expect.poll(() => store.getState().savesProblems.orphans.length).toBe(0);
    expect(store.getState().saves.map((m) => m.id)).toContain(ids[1]);
    await store.getState().deleteSave(ids[1] ?? '');
    expect(saves.texts.has(ids[1] ?? '')).toBe(false);
    expect((saves.rawIndex() as { id?: unknown }[]).some((m) => m.id === ids[1])).toBe(false);
  });

  it('an index that is not a list at all shows no saves but finds every record as an orphan', async () => {
    const saves = createMemorySaveStorage();
    const a = createGameStore({ scenarios: test, bots, saves, now });
    await booted(a);
    expect(a.getState().startGame('test', 'x', [])).toBeNull();
    await a.getState().botsIdle();
    await a.getState().flushSaves();
    saves.rawIndex({ not: 'a list' });
    expect(await saves.list()).toEqual([]);
    expect(await saves.inspect?.()).toEqual({ malformed: 1, orphans: [a.getState().saveId] });
  });
});

describe('item 5: the replay viewer asks the bot worker at most once per seat and quarter', () => {
  it('a record with 16 submit/withdraw pairs in a quarter (legal under the record caps): at most seats-many rationale requests, for the latest submissions', async () => {
    const scenario = makeScenario();
    const seats = scenario.companies.map((c) => ({ playerId: c.id, kind: 'bot' as const, level: 'normal' }));
    let state = createGame(scenario, 'flood');
    const record = newRecord(state, seats);
    const push = (a: Action): void => {
      const r = applyAction(state, a);
      if (!r.ok) throw new Error(r.error.message);
      state = r.state;
      record.actions.push(a);
      if (a.type === 'resolveQuarter') {
        const last = state.history[state.history.length - 1];
        if (last) record.checkpoints.push({ quarter: last.quarter, stateHash: last.stateHash });
      }
    };
    const bid = (n: number): Orders => ({ ...emptyOrders(), bids: [{ sku: 'H100', quantity: n, maxPrice: 30_000 }] });
    const PAIRS = 16;
    for (let i = 0; i < PAIRS; i++) {
      push({ type: 'submitOrders', playerId: 'alpha', orders: bid(i + 1) });
      push({ type: 'withdrawOrders', playerId: 'alpha' });
    }
    for (const c of scenario.companies) push({ type: 'submitOrders', playerId: c.id, orders: c.id === 'alpha' ? bid(7) : emptyOrders() });
    push({ type: 'resolveQuarter' });
    const asked: { playerId: string; level: string }[] = [];
    const counting: BotRunner = { think: (s, p, l) => (asked.push({ playerId: p, level: l }), bots.think(s, p, l)), dispose: () => {} };
    const store = createGameStore({ scenarios: test, bots: counting, now });
    await booted(store);
    expect(store.getState().importRecordText(JSON.stringify(record), 'flood.gpurace.json')).toBe(true);
    store.getState().replaySeek(record.actions.length);
    await expect.poll(() => Object.values(store.getState().replay?.rationales ?? {}).filter((r) => r.kind === 'pending').length).toBe(0);
    // Moving about the quarter asks for nothing more (the withdrawn submissions are never asked about).
    for (const at of [1, 7, 12, 2 * PAIRS - 1, 2 * PAIRS + 1, record.actions.length]) store.getState().replaySeek(at);
    await expect.poll(() => Object.values(store.getState().replay?.rationales ?? {}).filter((r) => r.kind === 'pending').length).toBe(0);
    expect(asked.length, JSON.stringify(asked)).toBeLessThanOrEqual(seats.length);
    expect(asked.map((a) => a.playerId).sort()).toEqual(['alpha', 'beta', 'gamma']);
    // The rationale asked for is the one of alpha's last submission, not its withdrawn ones.
    expect(store.getState().replay?.rationales[String(2 * PAIRS)]).toBeDefined();
    expect(store.getState().replay?.rationales['0']).toBeUndefined();
  });
});

describe('item 5: a record of thousands of submit/withdraw actions is refused by the record caps, and the page says so', () => {
  it('400 pairs in one quarter: the viewer does not open, the notice names the action and the quarter, and no bot is asked', async () => {
    const scenario = makeScenario();
    const seats = scenario.companies.map((c) => ({ playerId: c.id, kind: 'bot' as const, level: 'normal' }));
    const record = newRecord(createGame(scenario, 'flood-big'), seats);
    for (let i = 0; i < 400; i++) record.actions.push({ type: 'submitOrders', playerId: 'alpha', orders: emptyOrders() }, { type: 'withdrawOrders', playerId: 'alpha' });
    let asked = 0;
    const counting: BotRunner = { think: (s, p, l) => (asked++, bots.think(s, p, l)), dispose: () => {} };
    const store = createGameStore({ scenarios: test, bots: counting, now });
    await booted(store);
    expect(store.getState().importRecordText(JSON.stringify(record), 'flood.gpurace.json')).toBe(false);
    expect(store.getState().ui.screen).toBe('menu');
    const n = store.getState().ui.notice;
    expect(n?.code === 'openFailed' ? sourcedEnglish(n.values.problem) : '').toMatch(/^flood\.gpurace\.json: .*\$\.actions\[\d+\]: quarter 1 has more than \d+ actions/);
    expect(asked).toBe(0);
    // In words, in English and German.
    expect(noticeShown(store)).toMatch(/^flood\.gpurace\.json cannot be opened: quarter 1 holds more than \d+ actions \(at action \d+\); a game of 3 seats needs at most \d+ a quarter\.$/);
    setLang('de');
    expect(noticeShown(store)).toMatch(/^flood\.gpurace\.json lässt sich nicht öffnen: Quartal 1 enthält mehr als \d+ Aktionen/);
    const cap = sourced(recordProblem('quarterCap', { at: 64, quarter: 0, max: 64, seats: 6 }), { kind: 'link', name: 'share link' });
    expect(sourcedEnglish(cap)).toBe('share link: $.actions[64]: quarter 1 has more than 64 actions; a quarter of 6 seats needs at most 64 (orders, up to three changes per seat, resolve, advance and a few injected events)');
    expect(recordProblemText(cap)).toBe(
      'Der geteilte Link lässt sich nicht öffnen: Quartal 1 enthält mehr als 64 Aktionen (bei Aktion 64); ein Spiel mit 6 Plätzen braucht höchstens 64 pro Quartal.',
    );
  });
});

describe('item 8: storage that never answers, or is missing', () => {
  it('indexedDB.open that never settles: boot goes on after the timeout, says saving is off, and the game plays', async () => {
    const never = new Promise<never>(() => {});
    let puts = 0;
    const hung: SaveStorage = { list: () => never, load: () => never, put: () => (puts++, never), remove: () => never, session: () => never, setSession: () => never };
    const warnings: string[] = [];
    const store = createGameStore({ scenarios: test, bots, saves: hung, now, storageTimeoutMs: 30, warn: (m) => warnings.push(m) });
    await booted(store);
    expect(store.getState().ui.screen).toBe('menu');
    const off = store.getState().ui.savingOff;
    expect(off).toEqual({ kind: 'error', code: 'savingOffTimeout', values: { seconds: 0 } });
    const text = off ? shown(off) : '';
    expect(text).toBe('Saving is off: the browser did not open its storage within 0 seconds (another tab may hold it open). The game plays on, but nothing is saved in this tab: export a game to keep it, or reload the page later.');
    expect(noticeShown(store)).toBe(text);
    setLang('de');
    expect(noticeShown(store)).toMatch(/^Speichern ist aus: Der Browser hat seinen Speicher nicht innerhalb von 0 Sekunden geöffnet/);
    setLang('en');
    expect(store.getState().startGame('test', 'off', [{ playerId: 'alpha', kind: 'human' }])).toBeNull();
    await store.getState().botsIdle();
    expect(store.getState().submitHuman('alpha', emptyOrders())).toBeNull();
    await store.getState().botsIdle();
    await store.getState().flushSaves();
    expect(store.getState().ui.screen).toBe('reveal');
    expect(puts).toBe(0);
    // The notice stays honest over the game.
    expect(noticeShown(store)).toBe(text);
  });

  it('no IndexedDB at all: one clear sentence, no JavaScript error, and no claim that a last save is kept', async () => {
    expect(typeof (globalThis as { indexedDB?: unknown }).indexedDB).toBe('undefined');
    const store = createGameStore({ scenarios: test, bots, saves: createIdbSaveStorage(), now });
    await booted(store);
    expect(store.getState().ui.notice?.code).toBe('savingOffMissing');
    expect(noticeShown(store)).toMatch(/^Saving is off: this browser does not let the page keep games/);
    expect(noticeShown(store)).not.toMatch(/ReferenceError|is not defined|last save is kept/);
    expect(store.getState().startGame('test', 'none', [])).toBeNull();
    await store.getState().botsIdle();
    expect(store.getState().ui.notice?.code).toBe('savingOffMissing');
    // A failed first write of a game says nothing of a last save, and no raw error text.
    const first = saveFailure(new TypeError("Cannot read properties of undefined (reading 'transaction')"), false);
    expect(first).toEqual({ kind: 'error', code: 'saveFailed', values: { error: 'TypeError', first: true } });
    expect(shown(first)).toBe('The game could not be saved (TypeError). Nothing of this game is saved yet; the game goes on.');
    expect(shown(saveFailure(new DOMException('x', 'QuotaExceededError'), false))).not.toMatch(/last save is kept/);
    expect(saveFailure(new ReferenceError('indexedDB is not defined')).code).toBe('savingOffMissing');
  });
});

/** Two tabs' channels, delivering each message to the other tab (as BroadcastChannel does, never to the sender). */
function channelPair(): [TabChannel, TabChannel] {
  const fns: ((m: TabMessage) => void)[][] = [[], []];
  const make = (me: 0 | 1): TabChannel => ({ post: (m) => queueMicrotask(() => fns[1 - me]?.forEach((f) => f(structuredClone(m)))), listen: (f) => void fns[me]?.push(f) });
  return [make(0), make(1)];
}

describe('item 12: a tab whose game another tab has resolved further takes no orders and offers to reload it', () => {
  it('after a reveal in tab A, tab B cannot submit that quarter; reloading shows A’s reveal', async () => {
    const saves = createMemorySaveStorage();
    const [chA, chB] = channelPair();
    const a = createGameStore({ scenarios: test, bots, saves, now, tabs: chA, random: () => 0.25 });
    await booted(a);
    expect(a.getState().startGame('test', 'tabs', [{ playerId: 'alpha', kind: 'human' }])).toBeNull();
    await a.getState().botsIdle();
    await a.getState().flushSaves();
    const id = a.getState().saveId ?? '';
    const b = createGameStore({ scenarios: test, bots, saves, now, tabs: chB, random: () => 0.75 });
    await booted(b);
    await b.getState().botsIdle();
    expect(b.getState().saveId).toBe(id);
    expect(b.getState().ui.screen).toBe('board');

    expect(a.getState().submitHuman('alpha', { ...emptyOrders(), bids: [{ sku: 'H100', quantity: 100, maxPrice: 30_000 }] })).toBeNull();
    await a.getState().flushSaves();
    expect(a.getState().ui.screen).toBe('reveal');
    await expect.poll(() => b.getState().ui.staleGame?.saveId).toBe(id);
    expect(b.getState().ui.notice?.code).toBe('stale');
    expect(noticeShown(b)).toBe(STALE_MESSAGE);
    const err = b.getState().submitHuman('alpha', { ...emptyOrders(), bids: [{ sku: 'H100', quantity: 999, maxPrice: 40_000 }] });
    expect(err?.message).toBe(STALE_MESSAGE);
    expect(b.getState().record?.checkpoints.length).toBe(0);
    setLang('de');
    expect(noticeShown(b)).toMatch(/^Ein anderer Tab hat dieses Spiel weitergespielt/);
    setLang('en');

    // Reload the game: B is at A's reveal, takes orders again next quarter, and nothing was saved as a copy.
    expect(await b.getState().continueGame(id)).toBe(true);
    expect(b.getState().ui.staleGame).toBeNull();
    expect(b.getState().ui.screen).toBe('reveal');
    expect(b.getState().record?.actions.length).toBe(a.getState().record?.actions.length);
    expect((await saves.list()).map((m) => m.id)).toEqual([id]);
  });
});
