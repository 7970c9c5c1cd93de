/** The menu: a short landing, then the new-game form (scenario, seats, seed, start). */
import { quarterLabel } from '../engine';
import type { GameStore, Seat } from '../store/game-store';
import type { SaveMeta } from '../store/saves';
import { BOT_LEVELS_UI, type SeatChoice } from './seat-choice';
import { el, companyBadge } from './dom';
import { importButton, noticeBox } from './game-files';
import { compareButton } from './compare';
import { facilitatorToggle } from './facilitator';
import { t } from './i18n';

/** A random seed for a new game: UI, not rules (the rules only ever see the string). */
export function randomSeed(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** Renders the menu into the panel. */
export function renderMenu(root: HTMLElement, store: GameStore): void {
  const s = store.getState();
  if (s.ui.menuStep === 'landing') {
    root.append(
      el(
        'div',
        { class: 'menu-hero' },
        el('h1', {}, 'GPU Race'),
        el('p', { class: 'lead' }, 'It is 2024. Every hyperscaler wants NVIDIA’s H100s, and there are not enough.'),
        el(
          'p',
          { class: 'muted' },
          'Each quarter you bid in a sealed auction for scarce chips, build the power to run them, fund your own silicon, and live under US export rules. Then every bid is revealed.',
        ),
        noticeBox(store),
        s.saves.length > 0
          ? el('button', { class: 'btn btn-primary btn-wide', testid: 'continue-game', attrs: { type: 'button' }, on: { click: () => void store.getState().continueGame() } }, 'Continue', el('span', { class: 'btn-sub' }, saveLine(store, s.saves[0] as SaveMeta)))
          : null,
        el('button', { class: `btn btn-wide${s.saves.length > 0 ? '' : ' btn-primary'}`, testid: 'new-game', attrs: { type: 'button' }, on: { click: () => store.getState().showMenu('setup') } }, 'New game'),
        importButton(store),
        compareButton(),
        el('div', { class: 'row' }, facilitatorToggle(store)),
      ),
      savedGames(store),
    );
    root.querySelector<HTMLButtonElement>('[data-testid="continue-game"], [data-testid="new-game"]')?.focus();
    return;
  }
  renderSetup(root, store);
}

function renderSetup(root: HTMLElement, store: GameStore): void {
  const entries = store.getState().scenarios;
  const good = entries.filter((e) => e.ok);
  const form = el('form', { class: 'stack', attrs: { 'aria-labelledby': 'setup-title', novalidate: true } });
  root.append(form);
  form.append(el('h2', { attrs: { id: 'setup-title' } }, 'New game'));

  // Scenario
  const select = el('select', { class: 'scenario-select', testid: 'scenario-select', attrs: { id: 'scenario-select' } });
  for (const e of entries) {
    if (e.ok) select.append(el('option', { attrs: { value: e.scenario.id } }, e.scenario.title.en));
    else select.append(el('option', { attrs: { value: '', disabled: true } }, `${e.fileName} (invalid)`));
  }
  const desc = el('p', { class: 'muted' });
  const invalid = el('div', { class: 'invalid', attrs: { role: 'note' } });
  for (const e of entries) if (!e.ok) invalid.append(el('p', {}, `${e.fileName}: ${e.errors[0]?.path ?? ''} ${e.errors[0]?.message ?? ''}`));
  form.append(el('div', { class: 'stack' }, el('label', { attrs: { for: 'scenario-select' } }, 'Scenario'), select, desc, invalid));

  // Seats
  const seatsBox = el('fieldset', { class: 'stack seats' });
  const seatChoices = new Map<string, HTMLSelectElement>();
  const renderSeats = (): void => {
    seatsBox.replaceChildren(el('legend', { class: 'sr-only' }, 'Seats'), el('h3', {}, 'Seats'));
    seatChoices.clear();
    const entry = good.find((e) => e.ok && e.scenario.id === select.value);
    if (!entry || !entry.ok) return;
    desc.textContent = `${entry.scenario.description.en} (${entry.scenario.quarters} quarters, ${entry.scenario.companies.length} companies)`;
    entry.scenario.companies.forEach((c, i) => {
      const id = `seat-${c.id}`;
      const sel = el('select', { testid: `seat-${c.id}`, attrs: { id, 'aria-label': `${c.name} is played by` } });
      for (const o of BOT_LEVELS_UI) sel.append(el('option', { attrs: { value: o.value, selected: i === 0 ? o.value === 'human' : o.value === 'bot:normal' } }, o.label));
      seatChoices.set(c.id, sel);
      seatsBox.append(el('div', { class: 'seat' }, el('label', { attrs: { for: id } }, companyBadge(c)), sel));
    });
  };
  select.addEventListener('change', renderSeats);
  form.append(seatsBox, el('p', { class: 'faint' }, t('classroom.hotseat.hint')));

  // Seed
  const seed = el('input', { testid: 'seed-input', attrs: { id: 'seed-input', type: 'text', value: randomSeed(), autocomplete: 'off', spellcheck: 'false', maxlength: 64 } });
  const reroll = el('button', { class: 'btn', attrs: { type: 'button', title: 'Pick a new random seed' }, on: { click: () => { seed.value = randomSeed(); } } }, 'New seed');
  form.append(
    el(
      'div',
      { class: 'stack' },
      el('label', { attrs: { for: 'seed-input' } }, 'Seed (same seed and same orders give the same game)'),
      el('div', { class: 'seed-row' }, seed, reroll),
    ),
  );

  const error = el('p', { class: 'invalid', attrs: { role: 'alert' } });
  const start = el('button', { class: 'btn btn-primary btn-wide', testid: 'start-game', attrs: { type: 'submit' } }, 'Start game');
  const back = el('button', { class: 'btn', attrs: { type: 'button' }, on: { click: () => store.getState().showMenu('landing') } }, 'Back');
  form.append(error, start, back);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const seats: Seat[] = [];
    for (const [playerId, sel] of seatChoices) seats.push(seatOf(playerId, sel.value as SeatChoice));
    const seedText = seed.value.trim() || randomSeed();
    const err = store.getState().startGame(select.value, seedText, seats);
    if (err) error.textContent = err.message;
  });

  if (good.length === 0) {
    error.textContent = 'No playable scenario was found in scenarios/.';
    start.disabled = true;
  }
  renderSeats();
  select.focus();
}

function saveLine(store: GameStore, m: SaveMeta): string {
  const entry = store.getState().scenarios.find((e) => e.ok && e.scenario.id === m.scenarioId);
  const q = entry && entry.ok ? quarterLabel(entry.scenario, m.quarter) : `quarter ${m.quarter + 1}`;
  const where = m.phase === 'gameOver' ? 'game over' : `${q}${m.phase === 'reveal' ? ', reveal' : ''}`;
  return `${m.scenarioTitle}, ${where}`;
}

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** The saved games, newest first: what, where, when; continue, replay or delete each. */
function savedGames(store: GameStore): HTMLElement {
  const saves = store.getState().saves;
  const box = el('section', { class: 'section saved', attrs: { 'aria-labelledby': 'saved-h' } }, el('h3', { attrs: { id: 'saved-h' } }, 'Saved games'));
  const list = el('ul', { class: 'saved-list', testid: 'saved-games' });
  for (const m of saves) {
    const companies = m.humans.map((h) => {
      const entry = store.getState().scenarios.find((e) => e.ok && e.scenario.id === m.scenarioId);
      const c = entry && entry.ok ? entry.scenario.companies.find((x) => x.id === h) : undefined;
      return c ? companyBadge(c) : el('span', {}, h);
    });
    const over = m.phase === 'gameOver';
    list.append(
      el(
        'li',
        { class: 'saved-game', attrs: { 'data-save': m.id } },
        el('div', { class: 'saved-what' }, el('span', { class: 'saved-title' }, saveLine(store, m)), el('time', { class: 'faint', attrs: { datetime: m.updatedAt } }, when(m.updatedAt))),
        el('div', { class: 'saved-who muted' }, companies.length ? 'You: ' : 'Bots only', ...companies),
        el(
          'div',
          { class: 'row' },
          over ? null : el('button', { class: 'btn btn-small', testid: 'saved-continue', attrs: { type: 'button' }, on: { click: () => void store.getState().continueGame(m.id) } }, 'Continue'),
          el('button', { class: 'btn btn-small', testid: 'saved-replay', attrs: { type: 'button' }, on: { click: () => void store.getState().replaySave(m.id) } }, 'Replay'),
          el(
            'button',
            {
              class: 'btn btn-small btn-danger',
              testid: 'saved-delete',
              attrs: { type: 'button', 'aria-label': `Delete saved game ${saveLine(store, m)}` },
              on: {
                click: (e) => {
                  const b = e.currentTarget as HTMLButtonElement;
                  // Two clicks: the first asks.
                  if (b.dataset.confirm !== 'yes') {
                    b.dataset.confirm = 'yes';
                    b.textContent = 'Delete?';
                    return;
                  }
                  void store.getState().deleteSave(m.id);
                },
              },
            },
            'Delete',
          ),
        ),
      ),
    );
  }
  if (saves.length === 0) list.append(el('li', { class: 'faint' }, 'No saved games yet: every game saves itself after each move.'));
  box.append(list);
  return box;
}

function seatOf(playerId: string, choice: SeatChoice): Seat {
  if (choice === 'human') return { playerId, kind: 'human', level: 'normal' };
  const level = choice.slice(4) as Seat['level'];
  return { playerId, kind: 'bot', level };
}
