/**
 * The replay viewer's panel: step by phase or by quarter, scrub, jump to a quarter; every sealed order and
 * every bot's reasons at that point; the standings as they were; "Branch from here". The controls are built
 * once per replay and the content is updated in place, so the scrubber can be dragged and focus stays put.
 */
// oxlint-disable-next-line import/no-unassigned-import -- the viewer's stylesheet is a side effect by design
import './replay.css';
import { scenarioName } from '../text/scenario-names';
import { quarterLabel } from '../engine';
import type { GameState, Orders } from '../engine/types';
import type { GameStore, Seat } from '../store/game-store';
import type { ReplayData } from '../store/replay-data';
import { companyOf, lastRecord, shortSkuName } from '../store/selectors';
import { companyBadge, el } from './dom';
import * as f from '../text/format';
import { gameTools, noticeBox } from './game-files';
import { noteText } from './notes';
import { BOT_LEVELS_UI, type SeatChoice } from './seat-choice';
import { revealTables, standingsTable } from './tables';
import { whyList, type WhyItem } from './why-list';
import { lang, t as translate } from '../text/i18n';
import { storeErrorText } from './record-problem-text';
import { humanSeatIds } from '../engine/queries';

function ordersText(game: GameState, o: Orders): string {
  const parts: string[] = [];
  for (const b of o.bids) {
    const sku = game.scenario.skus.find((s) => s.id === b.sku);
    parts.push(translate('replay.bid', { units: f.count(b.quantity), sku: sku ? shortSkuName(sku) : b.sku, price: f.money(b.maxPrice) }));
  }
  if (o.powerBuild > 0) parts.push(translate('replay.build', { mw: f.mw(o.powerBuild) }));
  if ((o.powerFast ?? 0) > 0) parts.push(translate('replay.buildFast', { mw: f.mw(o.powerFast ?? 0) }));
  if (o.siliconInvestment > 0) parts.push(translate('replay.silicon', { money: f.money(o.siliconInvestment) }));
  if (o.customOrder > 0) parts.push(translate('replay.ownChips', { n: f.count(o.customOrder) }));
  for (const g of o.greyMarket) parts.push(translate('replay.grey', { n: f.count(g.quantity), sku: g.sku }));
  if (o.partnership) parts.push(translate('replay.deal', { name: scenarioName(game.scenario.partnerships.find((p) => p.id === o.partnership)?.name ?? o.partnership) }));
  return parts.length ? parts.join(' · ') : translate('replay.passes');
}

/** The submitOrders actions of the quarter shown, up to the position (all of them at the reveal). */
function quarterSubmits(d: ReplayData): { index: number; playerId: string; orders: Orders }[] {
  const state = d.states[d.at];
  if (!state) return [];
  // Each company's latest submission only: one it withdrew and sent again is replaced (a record may hold
  // thousands of such pairs; listing each would flood the page).
  const latest = new Map<string, { index: number; playerId: string; orders: Orders }>();
  for (let i = 0; i < d.at; i++) {
    const a = d.record.actions[i];
    if (a?.type === 'submitOrders' && d.states[i]?.quarter === state.quarter) latest.set(a.playerId, { index: i, playerId: a.playerId, orders: a.orders });
  }
  return [...latest.values()].sort((a, b) => a.index - b.index);
}

function positionText(d: ReplayData): string {
  const s = d.states[d.at];
  if (!s) return '';
  const stop = d.stops.find((x) => x.at === d.at);
  const phase =
    s.phase === 'gameOver'
      ? translate('replay.phase.gameOver')
      : s.phase === 'reveal'
        ? translate('replay.phase.reveal')
        : stop
          ? translate('replay.phase.open')
          : translate('replay.phase.sealed', { done: s.pending.filter(Boolean).length, total: s.players.length });
  return `${quarterLabel(s.scenario, s.quarter)} · ${phase}`;
}

function content(store: GameStore, d: ReplayData): HTMLElement {
  const state = d.states[d.at] as GameState;
  const humans = humanSeatIds(d.record.seats);
  const box = el('div', { class: 'replay-content' });
  const submits = quarterSubmits(d);
  const rec = state.phase !== 'orders' ? lastRecord(state) : undefined;
  // The bots' reasons first: one line per bot, opening to its reasons (below the long tables they went unseen).
  const why: WhyItem[] = submits.filter((s) => d.rationales[String(s.index)]).map((s) => ({ playerId: s.playerId, why: d.rationales[String(s.index)] as WhyItem['why'] }));
  if (why.length) box.append(el('section', { class: 'section' }, el('h3', {}, translate('replay.why')), whyList(state, why, 'replay-why')));
  if (rec) {
    box.append(el('section', { class: 'section' }, el('h3', {}, translate('replay.revealed')), revealTables(state, rec, humans)));
    const notes = rec.notes.map((n) => noteText(state, n));
    if (notes.length) box.append(el('section', { class: 'section' }, el('h3', {}, translate('replay.alsoThisQuarter')), el('ul', { class: 'news' }, ...notes.map((t) => el('li', {}, t)))));
  }
  const orders = el('ul', { class: 'sealed-orders', testid: 'replay-orders' });
  for (const s of submits) {
    const c = companyOf(state.scenario, s.playerId);
    orders.append(el('li', {}, c ? companyBadge(c) : s.playerId, el('span', { class: 'muted' }, ordersText(state, s.orders))));
  }
  if (submits.length === 0) orders.append(el('li', { class: 'faint' }, translate('replay.noOrders')));
  box.append(el('section', { class: 'section' }, el('h3', {}, rec ? translate('replay.sealedOrders') : translate('replay.sealedSoFar')), orders));
  box.append(el('section', { class: 'section' }, el('h3', {}, translate('replay.standingsThen')), standingsTable(state, humans)));
  void store;
  return box;
}

function branchBox(store: GameStore, d: ReplayData): { box: HTMLElement; update: () => void } {
  const selects = new Map<string, HTMLSelectElement>();
  const first = d.states[0] as GameState;
  const seatsBox = el('div', { class: 'branch-seats' });
  for (const seat of d.record.seats) {
    const c = companyOf(first.scenario, seat.playerId);
    const id = `branch-seat-${seat.playerId}`;
    const sel = el('select', { testid: id, attrs: { id, 'aria-label': translate('seat.playedBy', { company: c?.name ?? seat.playerId }) } });
    const now: SeatChoice = seat.kind === 'human' ? 'human' : (`bot:${['easy', 'normal', 'hard'].includes(seat.level ?? '') ? seat.level : 'normal'}` as SeatChoice);
    for (const o of BOT_LEVELS_UI) sel.append(el('option', { attrs: { value: o.value, selected: o.value === now } }, o.label));
    selects.set(seat.playerId, sel);
    seatsBox.append(el('div', { class: 'seat' }, el('label', { attrs: { for: id } }, c ? companyBadge(c) : seat.playerId), sel));
  }
  const error = el('p', { class: 'invalid', attrs: { role: 'alert' } });
  const hint = el('p', { class: 'muted' });
  const button = el(
    'button',
    {
      class: 'btn btn-primary btn-wide',
      testid: 'branch-here',
      attrs: { type: 'button' },
      on: {
        click: () => {
          const seats: Seat[] = [];
          for (const [playerId, sel] of selects) seats.push(sel.value === 'human' ? { playerId, kind: 'human' } : { playerId, kind: 'bot', level: sel.value.slice(4) });
          const err = store.getState().branchHere(seats);
          if (err) error.textContent = storeErrorText(err);
        },
      },
    },
    translate('replay.branch'),
  );
  const update = (): void => {
    const cur = store.getState().replay;
    const s = cur?.states[cur.at];
    if (!cur || !s) return;
    button.disabled = s.phase === 'gameOver';
    hint.textContent =
      s.phase === 'gameOver'
        ? translate('replay.branchOver')
        : s.phase === 'reveal'
          ? translate('replay.branchReveal')
          : translate('replay.branchOrders', { quarter: quarterLabel(s.scenario, s.quarter) });
    error.textContent = '';
  };
  update();
  return { box: el('section', { class: 'section stack branch', attrs: { 'aria-labelledby': 'branch-h' } }, el('h3', { attrs: { id: 'branch-h' } }, translate('replay.branch')), hint, seatsBox, error, button), update };
}

/** Opens the debrief of the whole record (charts of every quarter it reached); none before a quarter resolved. */
function debriefButton(store: GameStore, d: ReplayData): HTMLElement | null {
  if ((d.states[d.states.length - 1]?.history.length ?? 0) === 0) return null;
  const open = () => import('./debrief').then((m) => m.openDebrief(store), (e: unknown) => console.warn(`debrief: ${String(e)}`));
  return el('button', { class: 'btn btn-wide', testid: 'replay-debrief', attrs: { type: 'button' }, on: { click: () => void open() } }, translate('debrief.open'));
}

/** Renders the viewer into the panel; returns a cleanup function (its store subscription). */
export function renderReplay(root: HTMLElement, store: GameStore): () => void {
  const d0 = store.getState().replay;
  if (!d0) return () => {};
  const first = d0.states[0] as GameState;
  const sc = first.scenario;
  const viewer = el('div', { class: 'stack replay-viewer', testid: 'replay-viewer', attrs: { 'data-computed-hashes': d0.hashes.join(','), 'data-final-hash': d0.finalHash } });
  root.append(viewer);
  const where = el('span', { class: 'quarter', testid: 'replay-position' });
  const source = d0.source.kind === 'link' ? translate('replay.sharedLink') : d0.source.kind === 'save' ? translate('replay.savedGame', { title: sc.title[lang()] }) : d0.source.name;
  viewer.append(
    el('div', { class: 'panel-head' }, el('h2', {}, translate('replay.title')), el('span', { class: 'phase', title: source }, translate('replay.titleLine', { title: sc.title[lang()], seed: d0.record.seed }))),
    noticeBox(store) ?? '',
    el(
      'p',
      { class: 'muted replay-source' },
      translate('replay.summary', {
        source,
        actions: f.exact(d0.record.actions.length),
        quarters: d0.hashes.length,
        hash: d0.finalHash || translate('replay.noHash'),
        migrated: d0.migratedFrom ? translate('replay.migrated', { version: d0.migratedFrom }) : '',
      }),
    ),
    where,
  );
  const btn = (label: string, testid: string, title: string, fn: () => void): HTMLButtonElement =>
    el('button', { class: 'btn', testid, attrs: { type: 'button', title, 'aria-label': title }, on: { click: fn } }, label);
  const st = () => store.getState();
  const backQ = btn('«', 'replay-quarter-back', translate('replay.quarterBack'), () => st().replayStep(-1, 'quarter'));
  const back = btn(translate('replay.back'), 'replay-step-back', translate('replay.backHint'), () => st().replayStep(-1));
  const fwd = btn(translate('replay.forward'), 'replay-step-forward', translate('replay.forwardHint'), () => st().replayStep(1));
  const fwdQ = btn('»', 'replay-quarter-forward', translate('replay.quarterForward'), () => st().replayStep(1, 'quarter'));
  const scrub = el('input', { class: 'scrub', testid: 'replay-scrub', attrs: { type: 'range', min: 0, max: d0.record.actions.length, step: 1, value: d0.at, 'aria-label': translate('replay.scrub') } });
  scrub.addEventListener('input', () => st().replaySeek(Number(scrub.value)));
  const quarters = el('div', { class: 'quarter-jumps', attrs: { role: 'group', 'aria-label': translate('replay.jump') } });
  const qButtons: HTMLButtonElement[] = [];
  for (let q = 0; q < sc.quarters; q++) {
    const reached = d0.stops.some((s) => s.quarter === q);
    const b = el('button', { class: 'btn btn-small', testid: `replay-quarter-${q + 1}`, attrs: { type: 'button', disabled: !reached, title: quarterLabel(sc, q) } }, translate('replay.quarterButton', { n: q + 1 }));
    b.addEventListener('click', () => st().replayQuarter(q));
    qButtons.push(b);
    quarters.append(b);
  }
  viewer.append(el('div', { class: 'replay-controls', attrs: { role: 'group', 'aria-label': translate('replay.controls') } }, backQ, back, fwd, fwdQ), scrub, quarters);
  const body = el('div');
  viewer.append(body);
  const branch = branchBox(store, d0);
  viewer.append(branch.box, el('section', { class: 'section stack' }, el('h3', {}, translate('replay.keep')), gameTools(store)), debriefButton(store, d0) ?? '', el('button', { class: 'btn btn-wide', testid: 'replay-close', attrs: { type: 'button' }, on: { click: () => st().showMenu('landing') } }, translate('replay.close')));

  viewer.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (t.tagName === 'SELECT' || (t.tagName === 'INPUT' && (t as HTMLInputElement).type !== 'range')) return;
    if (e.key === 'ArrowRight' && t !== scrub) st().replayStep(1);
    else if (e.key === 'ArrowLeft' && t !== scrub) st().replayStep(-1);
    else return;
    e.preventDefault();
  });

  let shown: { at: number; rationales: ReplayData['rationales'] } | null = null;
  const update = (): void => {
    const d = st().replay;
    if (!d || d.record !== d0.record) return;
    if (shown && shown.at === d.at && shown.rationales === d.rationales) return;
    const moved = shown?.at !== d.at;
    shown = { at: d.at, rationales: d.rationales };
    const s = d.states[d.at] as GameState;
    viewer.dataset.at = String(d.at);
    viewer.dataset.quarter = String(s.quarter);
    viewer.dataset.phase = s.phase;
    where.textContent = positionText(d);
    if (scrub.value !== String(d.at)) scrub.value = String(d.at);
    scrub.setAttribute('aria-valuetext', translate('replay.scrubValue', { position: positionText(d), at: d.at, total: d.record.actions.length }));
    back.disabled = d.at === 0;
    fwd.disabled = d.at === d.record.actions.length;
    backQ.disabled = d.at === 0;
    fwdQ.disabled = d.at === d.record.actions.length;
    qButtons.forEach((b, q) => b.setAttribute('aria-current', q === s.quarter ? 'true' : 'false'));
    const scroll = root.scrollTop;
    body.replaceChildren(content(store, d));
    if (!moved) root.scrollTop = scroll;
    branch.update();
  };
  update();
  return store.subscribe((s) => [s.replay?.at, s.replay?.rationales] as const, update, { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] });
}
