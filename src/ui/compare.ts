/**
 * The class comparison (data-testid `compare-groups`): the game files of several groups that played the same
 * scenario with the same seed, each replayed and checked, side by side: a score matrix (company by group,
 * with the companies each group played marked) and each group's standings with the parts of the score.
 * Files are read with a size cap; nothing from a file reaches the page as HTML.
 */
import type { GameStore } from '../store/game-store';
import { companyOf } from '../store/selectors';
import { quarterLabel } from '../engine';
import { companyBadge, el } from './dom';
import { margin, score as points } from '../text/format';
import { lang, t } from '../text/i18n';
import { formatInt } from '../text/i18n/format';
import { MAX_RECORD_BYTES } from '../replay/parse';
import { teamNameOf, withTeam } from '../replay/team-name';
import { readGroup, type GroupResult } from './compare-data';

interface CompareState {
  open: boolean;
  groups: GroupResult[];
  errors: string[];
}

const state: CompareState = { open: false, groups: [], errors: [] };
const listeners = new Set<() => void>();
const changed = (): void => {
  for (const fn of listeners) fn();
};

/** Calls `fn` whenever the comparison changes; returns the unsubscribe function. */
export function onCompareChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Opens (or closes) the comparison. */
export function setCompareOpen(open: boolean): void {
  state.open = open;
  changed();
}

/** Adds files' texts in order (each checked against the groups before it); returns the errors. */
export function addGroupTexts(store: GameStore, files: readonly { name: string; text: string }[]): string[] {
  const errors: string[] = [];
  for (const f of files) {
    const r = readGroup(store.getState().scenarios, f.text, f.name, state.groups);
    if (r.ok) state.groups = [...state.groups, r.group];
    else errors.push(r.error);
  }
  state.errors = errors;
  changed();
  return errors;
}

/** The menu's button that opens the comparison. */
export function compareButton(): HTMLElement {
  return el('button', { class: 'btn btn-wide', testid: 'compare-open', attrs: { type: 'button' }, on: { click: () => setCompareOpen(true) } }, t('classroom.compare.open'));
}


/** Reads picked files (size-capped) and adds them; unreadable files are reported with the rest. */
async function readFiles(store: GameStore, files: readonly File[]): Promise<void> {
  const texts: { name: string; text: string }[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    if (file.size > MAX_RECORD_BYTES) {
      unreadable.push(t('classroom.compare.err.tooBig', { file: file.name, size: formatInt(file.size), max: formatInt(MAX_RECORD_BYTES) }));
      continue;
    }
    try {
      texts.push({ name: file.name, text: await file.text() });
    } catch (e) {
      unreadable.push(t('classroom.compare.err.read', { file: file.name, reason: String(e) }));
    }
  }
  const errors = addGroupTexts(store, texts);
  if (unreadable.length) {
    state.errors = [...unreadable, ...errors];
    changed();
  }
}

function fileInput(store: GameStore): HTMLElement {
  const input = el('input', { class: 'file-input', testid: 'compare-import', attrs: { type: 'file', multiple: true, accept: '.json,.gpurace.json,application/json', id: 'compare-import' } });
  input.addEventListener('change', () => {
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (files.length === 0) return;
    void readFiles(store, files);
  });
  return el('label', { class: 'btn btn-primary file-btn compare-add', attrs: { for: 'compare-import' } }, input, t('classroom.compare.add'));
}

function matrix(groups: readonly GroupResult[]): HTMLElement {
  const first = groups[0] as GroupResult;
  const sc = first.scenario;
  const table = el('table', { class: 'table compare-matrix', testid: 'compare-matrix' });
  table.append(
    el('caption', {}, t('classroom.compare.matrix')),
    el('thead', {}, el('tr', {}, el('th', { class: 'left', attrs: { scope: 'col' } }, t('classroom.compare.company')), ...groups.map((g) => el('th', { attrs: { scope: 'col' } }, g.name)))),
  );
  const body = el('tbody');
  for (const c of sc.companies) {
    // A row is a company across every group (each group's teams are in its column's heading).
    const row = el('tr', {}, el('th', { class: 'left company', attrs: { scope: 'row' } }, companyBadge(c, true, null)));
    for (const g of groups) {
      const st = g.standings.find((x) => x.playerId === c.id);
      const played = g.played.includes(c.id);
      row.append(
        el(
          'td',
          { class: played ? 'played' : '', attrs: { 'data-group': g.name, 'data-player': c.id } },
          st ? el('span', { class: 'num big' }, points(st.score)) : '–',
          played ? el('span', { class: 'compare-played', title: t('classroom.compare.playedMark') }, el('span', { attrs: { 'aria-hidden': 'true' } }, '★'), el('span', { class: 'sr-only' }, t('classroom.compare.playedMark'))) : null,
          st ? el('span', { class: 'compare-rank' }, t('classroom.compare.rank', { rank: st.rank })) : null,
        ),
      );
    }
    body.append(row);
  }
  table.append(body);
  return el('div', { class: 'table-wrap' }, table);
}

function groupCard(g: GroupResult): HTMLElement {
  const sc = g.scenario;
  const w = sc.scoring.weights;
  // The group's own team names (not the game on screen's): "Azure Owls (Microsoft)".
  const teamOf = (id: string): string | null => teamNameOf(g.record.seats, id);
  const names = g.played.map((id) => withTeam(companyOf(sc, id)?.name ?? id, teamOf(id)));
  const head = (key: 'capability' | 'market' | 'independence' | 'efficiency', weight: number): HTMLElement =>
    el('th', { attrs: { scope: 'col' }, title: t('classroom.compare.weight', { weight }) }, t(`classroom.compare.${key}`));
  const table = el('table', { class: 'table' });
  table.append(
    el(
      'thead',
      {},
      el('tr', {}, el('th', { attrs: { scope: 'col' } }, '#'), el('th', { class: 'left', attrs: { scope: 'col' } }, t('classroom.compare.company')), el('th', { attrs: { scope: 'col' } }, t('classroom.compare.score')), head('capability', w.capability), head('market', w.market), head('independence', w.independence), head('efficiency', w.efficiency)),
    ),
  );
  const body = el('tbody');
  for (const s of g.standings) {
    const c = companyOf(sc, s.playerId);
    body.append(
      el(
        'tr',
        { class: g.played.includes(s.playerId) ? 'me' : '', attrs: { 'data-player': s.playerId, 'data-rank': s.rank } },
        el('td', { class: 'num' }, String(s.rank)),
        el('td', { class: 'company' }, c ? companyBadge(c, true, teamOf(s.playerId)) : s.playerId),
        // The score, and under it the score against par that the rank follows (no extra column: the card is half a screen wide).
        el('td', { class: 'num big' }, points(s.score), s.margin === null ? null : el('span', { class: 'compare-margin', title: t('tables.marginHint'), attrs: { 'data-margin': s.margin } }, t('tables.marginShort', { margin: margin(s.margin) }))),
        el('td', { class: 'num' }, points(s.parts.capability)),
        el('td', { class: 'num' }, points(s.parts.market)),
        el('td', { class: 'num' }, points(s.parts.independence)),
        el('td', { class: 'num' }, points(s.parts.efficiency)),
      ),
    );
  }
  table.append(body);
  return el(
    'article',
    { class: 'compare-group', testid: 'compare-group', attrs: { 'data-group': g.name } },
    el(
      'div',
      { class: 'spread' },
      el('h3', {}, g.name),
      el('button', { class: 'btn btn-small btn-danger', attrs: { type: 'button', 'aria-label': t('classroom.compare.remove', { group: g.name }) }, on: { click: () => { state.groups = state.groups.filter((x) => x !== g); state.errors = []; changed(); } } }, '×'),
    ),
    el('p', { class: 'compare-played-line' }, names.length ? t('classroom.compare.played', { companies: names.join(', ') }) : t('classroom.compare.botsOnly')),
    el('p', { class: 'muted' }, g.over ? t('classroom.compare.over') : t('classroom.compare.unfinished', { quarter: quarterLabel(sc, g.quarters - 1) })),
    el('p', { class: 'faint' }, t('classroom.compare.verified', { count: g.quarters })),
    el('div', { class: 'table-wrap' }, table),
  );
}

/** The comparison screen, or null when it is closed. */
export function compareOverlay(store: GameStore): HTMLElement | null {
  if (!state.open) return null;
  const close = el('button', { class: 'btn', testid: 'compare-close', attrs: { type: 'button' }, on: { click: () => setCompareOpen(false) } }, t('classroom.compare.close'));
  const box = el('div', { class: 'compare', testid: 'compare-groups', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'compare-title' } });
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') setCompareOpen(false);
  });
  const first = state.groups[0];
  box.append(
    el('div', { class: 'spread compare-head' }, el('h1', { attrs: { id: 'compare-title' } }, t('classroom.compare.title')), close),
    el('p', { class: 'muted' }, t('classroom.compare.intro')),
    el(
      'div',
      { class: 'row compare-tools' },
      fileInput(store),
      state.groups.length ? el('button', { class: 'btn', testid: 'compare-clear', attrs: { type: 'button' }, on: { click: () => { state.groups = []; state.errors = []; changed(); } } }, t('classroom.compare.clear')) : null,
    ),
  );
  if (state.errors.length) box.append(el('ul', { class: 'compare-errors', testid: 'compare-errors', attrs: { role: 'alert' } }, ...state.errors.map((m) => el('li', {}, m))));
  if (!first) {
    box.append(el('p', { class: 'faint' }, t('classroom.compare.empty')));
  } else {
    const title = first.scenario.title[lang()] || first.scenario.title.en;
    box.append(
      el('p', { class: 'compare-basis', testid: 'compare-basis' }, t('classroom.compare.basis', { scenario: title, seed: first.record.seed })),
      matrix(state.groups),
      el('div', { class: 'compare-groups-row' }, ...state.groups.map(groupCard)),
    );
  }
  requestAnimationFrame(() => {
    if (!box.contains(document.activeElement)) close.focus({ preventScroll: true });
  });
  return box;
}
