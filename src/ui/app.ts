/**
 * Mounts the DOM side of the game: the right-hand panel (menu, orders, standings, news, reveal, final
 * standings) and the news ticker. It rebuilds a panel only when what it shows changes, so typing in the
 * orders form never loses focus.
 */
import { needsFreshPress } from './fresh-press';
import { quarterLabel } from '../engine';
import { activeHumanSeat, type GameStore, type StoreData } from '../store/game-store';
import { noticeKey } from '../store/notices';
import { currentQuarterLabel, lastRecord, companyOf } from '../store/selectors';
import { clear, el, companyBadge, setBadgeTeams } from './dom';
import { setGlossaryScoring } from './glossary';
import { renderMenu } from './menu-panel';
import { renderOrders } from './orders-panel';
import { finalTable, newsList, revealTables, standingsTable } from './tables';
import { noteText } from './notes';
import { asRationale } from '../store/rationale-schema';
import { gameTools } from './game-files';
import { renderReplay } from './replay-panel';
import { whyList, type WhyItem } from './why-list';
import { classroomKey } from './classroom';
import { facilitatorToggle } from './facilitator';
import { handoffNote } from './hotseat';
import { revealComplete, revealedRecord } from '../store/facilitator';
import { seatOnScreen } from '../store/hotseat';
import { t as translate } from '../text/i18n';
import { quarterSummaries } from './play/quarter-summary';
import { allocationHintShown } from './play/bid-outcomes';
import { gameOverWhy } from './play/game-over-why';
import { humanSeatIds } from '../engine/queries';
import { renderTicker } from './ticker';

// The saved-games list and the notice count only on the menu (the viewer shows its notice in place).
function panelKey(s: StoreData): string {
  const g = s.game;
  const menu = s.ui.screen === 'menu' ? `${s.saves.map((m) => m.id + m.updatedAt).join(',')}|${s.savesProblems.malformed}|${s.savesProblems.orphans.map((m) => m.id).join(',')}|${noticeKey(s.ui.notice)}` : '';
  const replay = s.ui.screen === 'replay' ? `${s.replay?.record.seed ?? ''}|${s.replay?.states.length ?? 0}|${noticeKey(s.ui.notice)}` : '';
  return [s.ui.resolving, s.ui.language, s.ui.screen, s.ui.menuStep, s.record?.seed ?? '', g?.quarter ?? -1, g?.phase ?? '', g?.history.length ?? 0, activeHumanSeat(s)?.playerId ?? '', menu, replay, s.record?.createdAt ?? '', classroomKey(s), s.ui.staleGame?.saveId ?? ''].join('|');
}

/** Export, share and back-to-menu under a running game's panel. */
function toolsSection(store: GameStore): HTMLElement {
  return el(
    'section',
    { class: 'panel-tools', attrs: { 'aria-label': translate('app.thisGame') } },
    gameTools(store),
    el('button', { class: 'btn btn-small', testid: 'to-menu', attrs: { type: 'button', title: translate('app.toMenuHint') }, on: { click: () => store.getState().showMenu('landing') } }, translate('app.toMenu')),
  );
}

/** The bots' rationales for the quarter just revealed, by seat order. */
function revealWhy(s: StoreData): WhyItem[] {
  const g = s.game;
  const rec = g ? lastRecord(g) : undefined;
  if (!g || !rec || !s.record) return [];
  const items: WhyItem[] = [];
  for (const r of Object.values(s.record.rationales ?? {})) {
    const why = asRationale(r);
    if (why && why.quarter === rec.quarter) items.push({ playerId: why.playerId, why: { kind: 'ok', rationale: why, derived: false } });
  }
  const order = g.scenario.companies.map((c) => c.id);
  return items.sort((a, b) => order.indexOf(a.playerId) - order.indexOf(b.playerId));
}

function humans(s: StoreData): string[] {
  return humanSeatIds(s.record?.seats);
}

function header(s: StoreData, phaseText: string, store?: GameStore): HTMLElement {
  const g = s.game;
  if (!g) return el('div');
  return el(
    'div',
    { class: 'panel-head' },
    el('span', { class: 'quarter', testid: 'quarter-label' }, currentQuarterLabel(g)),
    el(
      'span',
      { class: 'phase' },
      el('span', { class: 'thinking', attrs: { role: 'status', id: 'bots-status' } }, s.ui.botsThinking && g.phase === 'orders' ? translate('app.thinking') : ''),
      translate('app.phaseLine', { phase: phaseText, n: g.quarter + 1, total: g.scenario.quarters }),
    ),
    store ? facilitatorToggle(store) : null,
  );
}

function renderBoardPanel(root: HTMLElement, store: GameStore): void {
  const s = store.getState();
  const g = s.game;
  if (!g) return;
  root.append(header(s, translate('app.phase.orders'), store));
  // Hot seat: a team's orders show only once it has taken the device (src/store/hotseat.ts).
  const seat = seatOnScreen(s);
  const ordersBox = el('section', { class: 'section', attrs: { 'aria-label': translate('app.phase.orders') } });
  root.append(ordersBox);
  // Another tab has played this game further: no orders here (the notice above offers to reload it).
  if (s.ui.staleGame) ordersBox.append(el('div', { class: 'waiting', testid: 'stale-game', attrs: { role: 'status' } }, translate('safety.stale')));
  else if (seat) renderOrders(ordersBox, store, seat.playerId);
  else if (handoffNote(s)) ordersBox.append(handoffNote(s) as HTMLElement);
  else {
    ordersBox.append(el('div', { class: 'waiting', attrs: { role: 'status' } }, translate('app.waiting')));
  }
  root.append(el('section', { class: 'section', attrs: { 'aria-labelledby': 'standings-h' } }, el('h3', { attrs: { id: 'standings-h' } }, translate('tables.standings')), standingsTable(g, humans(s))));
  root.append(el('section', { class: 'section', attrs: { 'aria-labelledby': 'news-h' } }, el('h3', { attrs: { id: 'news-h' } }, translate('app.news')), newsList(g)));
  root.append(toolsSection(store));
}

function renderRevealPanel(root: HTMLElement, store: GameStore): void {
  const s = store.getState();
  const g = s.game;
  const rec = g ? lastRecord(g) : undefined;
  if (!g || !rec) return;
  root.append(header(s, translate('app.phase.reveal'), store));
  const last = g.quarter + 1 >= g.scenario.quarters;
  // Focused a frame later: a key still held from sending the orders must not press it (src/ui/fresh-press.ts).
  const cont = needsFreshPress(
    el(
      'button',
      {
        class: 'btn btn-primary btn-wide',
        testid: 'reveal-continue',
        // The facilitator view: no Continue until every chip is revealed (a stray click must not skip the reveal).
        attrs: { type: 'button', disabled: !revealComplete(s) },
        title: revealComplete(s) ? undefined : translate('classroom.fac.continueLocked'),
        on: { click: () => revealComplete(store.getState()) && store.getState().continueFromReveal() },
      },
      last ? translate('app.seeFinal') : translate('app.continueTo', { quarter: quarterLabel(g.scenario, g.quarter + 1) }),
    ),
  );
  root.append(
    el('section', { class: 'section stack' }, el('h2', {}, translate('replay.revealed')), quarterSummaries(g, humans(s)), allocationHintShown(rec, humans(s)) ? el('p', { class: 'muted', testid: 'reveal-hint' }, translate('app.revealHint')) : '', cont),
  );
  root.append(el('section', { class: 'section' }, revealTables(g, revealedRecord(s, rec), humans(s))));
  // The facilitator reveals chip by chip: the rest of the quarter follows the last chip.
  if (!revealComplete(s)) return void root.append(toolsSection(store));
  const notes = rec.notes.map((n) => noteText(g, n));
  if (notes.length) root.append(el('section', { class: 'section' }, el('h3', {}, translate('replay.alsoThisQuarter')), el('ul', { class: 'news' }, ...notes.map((t) => el('li', {}, t)))));
  const why = revealWhy(s);
  if (why.length) root.append(el('section', { class: 'section', attrs: { 'aria-labelledby': 'why-h' } }, el('h3', { attrs: { id: 'why-h' } }, translate('app.whyBids')), whyList(g, why)));
  root.append(el('section', { class: 'section', attrs: { 'aria-labelledby': 'standings-h' } }, el('h3', { attrs: { id: 'standings-h' } }, translate('tables.standings')), standingsTable(g, humans(s))));
  root.append(toolsSection(store));
  // Focus in the next frame: focusing now would force a layout of the whole new panel inside the click that
  // resolved the quarter, making that one task long.
  requestAnimationFrame(() => {
    if (cont.isConnected) cont.focus({ preventScroll: true });
  });
}

/** Opens the debrief (its module and chart library load on first use). */
function openDebriefLazy(store: GameStore): void {
  import('./debrief').then((m) => m.openDebrief(store), (e: unknown) => console.warn(`debrief: ${String(e)}`));
}

function renderGameOverPanel(root: HTMLElement, store: GameStore): void {
  const s = store.getState();
  const g = s.game;
  if (!g) return;
  const box = el('div', { class: 'stack', testid: 'game-over' });
  root.append(box);
  const table = finalTable(g, humans(s));
  const winnerId = table.querySelector('tr[data-rank="1"]')?.getAttribute('data-player') ?? '';
  const winner = companyOf(g.scenario, winnerId);
  box.append(
    el('div', { class: 'panel-head' }, el('h2', {}, translate('app.gameOver')), el('span', { class: 'phase' }, translate('app.range', { from: quarterLabel(g.scenario, 0), to: quarterLabel(g.scenario, g.scenario.quarters - 1) }))),
    winner ? el('p', { class: 'winner' }, companyBadge(winner), translate('app.wins')) : '',
    el('p', { class: 'muted' }, translate('app.scoreNote')),
    gameOverWhy(g, humans(s)) ?? '',
    g.scenario.scoring.par ? el('p', { class: 'muted', testid: 'par-note' }, translate('app.parNote')) : '',
    table,
    el('button', { class: 'btn btn-primary btn-wide', testid: 'new-game', attrs: { type: 'button' }, on: { click: () => store.getState().showMenu('setup') } }, translate('app.newGame')),
    el('button', { class: 'btn btn-wide', testid: 'open-debrief', attrs: { type: 'button' }, on: { click: () => openDebriefLazy(store) } }, translate('debrief.open')),
    el('button', { class: 'btn btn-wide', testid: 'replay-this', attrs: { type: 'button' }, on: { click: () => { const id = store.getState().saveId; if (id) void store.getState().replaySave(id); } } }, translate('app.replayThis')),
    toolsSection(store),
  );
  box.querySelector<HTMLButtonElement>('[data-testid="new-game"]')?.focus({ preventScroll: true });
}

/** Mounts the panel and ticker; returns an unsubscribe function. */
export function mountUi(store: GameStore, panel: HTMLElement, ticker: HTMLElement, app: HTMLElement): () => void {
  let cleanup: (() => void) | null = null;
  let lastScreen = store.getState().ui.screen;
  let deferred: ReturnType<typeof setTimeout> | undefined;
  const render = (): void => {
    clearTimeout(deferred);
    const s = store.getState();
    cleanup?.();
    cleanup = null;
    // A class game's team names in every company badge (standings, reveal, replay viewer).
    setBadgeTeams(s.record?.seats ?? s.replay?.record.seats);
    // "How to win" in the glossary names the four parts with the weights of the game on screen.
    setGlossaryScoring(s.game?.scenario ?? null);
    // Leaving a shared link's replay takes the link out of the address bar (a reload then resumes the saved game).
    if (lastScreen === 'replay' && s.ui.screen !== 'replay' && location.hash.startsWith('#replay=')) history.replaceState(null, '', location.pathname + location.search);
    lastScreen = s.ui.screen;
    // Keep the focus on the same control when a panel is rebuilt (e.g. the replay viewer after a step).
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.testid;
    app.dataset.screen = s.ui.screen;
    clear(panel);
    panel.scrollTop = 0;
    switch (s.ui.screen) {
      case 'boot':
        break;
      case 'menu':
        renderMenu(panel, store);
        break;
      case 'board':
        renderBoardPanel(panel, store);
        break;
      case 'reveal':
        renderRevealPanel(panel, store);
        break;
      case 'gameOver':
        renderGameOverPanel(panel, store);
        break;
      case 'replay':
        cleanup = renderReplay(panel, store);
        break;
      default: {
        const never: never = s.ui.screen;
        return never;
      }
    }
    if (focused) panel.querySelector<HTMLElement>(`[data-testid="${focused}"]`)?.focus({ preventScroll: true });
  };
  // While the quarter resolves (in the next task) the panel stays as it is: the reveal is built once, with no
  // waiting panel built in between and thrown away.
  // A new screen (the reveal after a resolve, the next quarter after Continue) is built in a task of its own
  // after the store's update, so the action and the panel never make one long task; other changes redraw at once.
  const unsubPanel = store.subscribe(
    (s) => panelKey(s),
    () => {
      const s = store.getState();
      if (s.ui.resolving) return;
      clearTimeout(deferred);
      if (s.ui.screen === lastScreen) return render();
      // The old screen's panel goes at once (no stale button to press twice); the new one follows.
      clear(panel);
      deferred = setTimeout(render, 0);
    },
  );
  // The bots' status updates in place (rebuilding the panel would take the focus from a field being typed in).
  const unsubBots = store.subscribe(
    (s) => s.ui.botsThinking,
    (thinking) => {
      app.dataset.bots = thinking ? 'thinking' : 'idle';
      const status = panel.querySelector('#bots-status');
      if (status) status.textContent = thinking && store.getState().game?.phase === 'orders' ? translate('app.thinking') : '';
    },
    { fireImmediately: true },
  );
  const unsubTicker = store.subscribe(
    (s) => `${s.game?.news.length ?? -1}|${s.game?.quarter ?? -1}|${s.ui.screen}|${s.ui.language}`,
    () => renderTicker(ticker, store.getState()),
  );
  render();
  renderTicker(ticker, store.getState());
  return () => {
    clearTimeout(deferred);
    unsubPanel();
    unsubBots();
    unsubTicker();
  };
}
