/** The menu: a short landing, then the new-game form (scenario, seats, seed, start). */
import { parTenths, quarterLabel } from '../engine';
import type { GameStore, Seat } from '../store/game-store';
import type { SaveMeta } from '../store/saves';
import { BOT_LEVELS_UI, type SeatChoice } from './seat-choice';
import { el, companyBadge } from './dom';
import { score } from '../text/format';
import { download, importButton, noticeBox } from './game-files';
import { compareButton } from './compare';
import { facilitatorToggle } from './facilitator';
import { lang, t } from '../text/i18n';
import { leadOf, parHintOf } from '../text/scenario-words';
import { formatIssues } from '../scenario';
// oxlint-disable-next-line import/no-unassigned-import -- the refusal list's stylesheet is a side effect by design
import './scenario-file.css';
import { MAX_SCENARIO_BYTES } from '../store/scenario-file';
import { formatInt } from '../text/i18n/format';
import { locale } from '../text/i18n/format';
import { storeErrorText } from './record-problem-text';
import { languageSelect } from './language';
import { classroomServed } from './classroom-net/detect';
import { TUTORIAL_SCENARIO, TUTORIAL_SEAT } from '../store/tutorial';

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
        el('p', { class: 'lead', testid: 'menu-lead' }, landingLead(store)),
        el(
          'p',
          { class: 'muted' },
          t('neutral.intro'),
        ),
        noticeBox(store),
        s.saves.length > 0
          ? el('button', { class: 'btn btn-primary btn-wide', testid: 'continue-game', attrs: { type: 'button' }, on: { click: () => void store.getState().continueGame() } }, t(s.saves[0]?.phase === 'gameOver' ? 'menu.seeResult' : 'menu.continue'), el('span', { class: 'btn-sub' }, saveLine(store, s.saves[0] as SaveMeta)))
          : null,
        el('button', { class: `btn btn-wide${s.saves.length > 0 ? '' : ' btn-primary'}`, testid: 'new-game', attrs: { type: 'button' }, on: { click: () => store.getState().showMenu('setup') } }, t('app.newGame')),
        tutorialButton(store),
        importButton(store),
        compareButton(),
        el('button', { class: 'btn btn-wide', testid: 'policy-lab-open', attrs: { type: 'button', title: t('lab.openHint') }, on: { click: () => void import('./lab/lab').then((m) => m.openLab(store), (e: unknown) => console.warn(`policy lab: ${String(e)}`)) } }, t('lab.open')),
        // Only when the classroom server (npm run classroom) served the page: a class game, a device per team.
        classroomServed()
          ? el('button', { class: 'btn btn-wide', testid: 'class-game', attrs: { type: 'button', title: t('net.menuHint') }, on: { click: () => void import('./classroom-net').then((m) => m.openClassroom()) } }, t('net.menu'))
          : null,
        el('div', { class: 'row' }, facilitatorToggle(store)),
        languageSelect(store),
      ),
      savedGames(store),
    );
    root.querySelector<HTMLButtonElement>('[data-testid="continue-game"], [data-testid="new-game"]')?.focus();
    return;
  }
  renderSetup(root, store);
}

/**
 * "Play the tutorial": starts the shipped tutorial at once, the coached seat played by the player and every other
 * company by a normal bot (as the setup form would start it), so a newcomer need not find it in the scenario list.
 */
function tutorialButton(store: GameStore): HTMLElement | null {
  const tutorial = store.getState().scenarios.find((e) => e.ok && !e.fromFile && e.scenario.id === TUTORIAL_SCENARIO);
  if (!tutorial || !tutorial.ok) return null;
  const seats = tutorial.scenario.companies.map((c) => seatOf(c.id, c.id === TUTORIAL_SEAT ? 'human' : 'bot:normal'));
  const start = (): void => {
    const err = store.getState().startGame(TUTORIAL_SCENARIO, randomSeed(), seats);
    if (err) console.warn(`tutorial: ${storeErrorText(err)}`);
  };
  return el('button', { class: 'btn btn-wide', testid: 'play-tutorial', attrs: { type: 'button' }, on: { click: start } }, t('menu.tutorial'), el('span', { class: 'btn-sub' }, t('menu.tutorialSub')));
}

/** The landing's lead: the scenario the player loaded, else the first shipped one (from its `presentation`, or derived). */
function landingLead(store: GameStore): string {
  const entries = store.getState().scenarios;
  const first = entries.find((e) => e.ok && e.fromFile) ?? entries.find((e) => e.ok);
  return first && first.ok ? leadOf(first.scenario) : t('neutral.leadPlain', { year: 2024 });
}

function renderSetup(root: HTMLElement, store: GameStore, loaded: HTMLElement | null = null): void {
  const entries = store.getState().scenarios;
  const good = entries.filter((e) => e.ok);
  const form = el('form', { class: 'stack', attrs: { 'aria-labelledby': 'setup-title', novalidate: true } });
  root.append(form);
  form.append(el('h2', { attrs: { id: 'setup-title' } }, t('app.newGame')));

  // Scenario
  const select = el('select', { class: 'scenario-select', testid: 'scenario-select', attrs: { id: 'scenario-select' } });
  for (const e of entries) {
    if (e.ok) select.append(el('option', { attrs: { value: e.scenario.id } }, e.fromFile ? t('neutral.fromFile', { title: e.scenario.title[lang()] }) : e.scenario.title[lang()]));
    else select.append(el('option', { attrs: { value: '', disabled: true } }, t('menu.invalid', { file: e.fileName })));
  }
  const desc = el('p', { class: 'muted' });
  // The scenario's learning goals and discussion questions, for the teacher choosing it (in the language shown).
  const lesson = el('details', { class: 'lesson muted', testid: 'scenario-lesson' });
  const invalid = el('div', { class: 'invalid', attrs: { role: 'note' } });
  for (const e of entries) if (!e.ok) invalid.append(el('p', {}, `${e.fileName}: ${e.errors[0]?.path ?? ''} ${e.errors[0]?.message ?? ''}`));
  const lead = el('p', { class: 'lead', testid: 'scenario-lead' });
  form.append(el('div', { class: 'stack' }, el('label', { attrs: { for: 'scenario-select' } }, t('menu.scenario')), select, lead, desc, lesson, invalid));
  // A scenario file of the player's own: checked like `npm run scenario:check`, then listed first.
  form.append(scenarioFileInput(root, store), loaded ?? el('div', { testid: 'load-scenario-result', attrs: { role: 'status' } }));

  // Seats
  const seatsBox = el('fieldset', { class: 'stack seats' });
  const seatChoices = new Map<string, HTMLSelectElement>();
  const renderSeats = (): void => {
    seatsBox.replaceChildren(el('legend', { class: 'sr-only' }, t('menu.seats')), el('h3', {}, t('menu.seats')));
    seatChoices.clear();
    const entry = good.find((e) => e.ok && e.scenario.id === select.value);
    if (!entry || !entry.ok) return;
    lead.textContent = leadOf(entry.scenario);
    desc.textContent = t('menu.scenarioMeta', { description: entry.scenario.description[lang()], quarters: entry.scenario.quarters, companies: entry.scenario.companies.length });
    const { goals, questions } = entry.scenario.classroom;
    lesson.hidden = goals.length + questions.length === 0;
    lesson.replaceChildren(
      el('summary', {}, t('menu.lesson')),
      goals.length ? el('p', {}, el('strong', {}, t('menu.goals'))) : '',
      goals.length ? el('ul', {}, ...goals.map((g) => el('li', {}, g[lang()]))) : '',
      questions.length ? el('p', {}, el('strong', {}, t('menu.questions'))) : '',
      questions.length ? el('ul', {}, ...questions.map((q) => el('li', {}, q[lang()]))) : '',
    );
    entry.scenario.companies.forEach((c, i) => {
      const id = `seat-${c.id}`;
      const sel = el('select', { testid: `seat-${c.id}`, attrs: { id, 'aria-label': t('seat.playedBy', { company: c.name }) } });
      for (const o of BOT_LEVELS_UI) sel.append(el('option', { attrs: { value: o.value, selected: i === 0 ? o.value === 'human' : o.value === 'bot:normal' } }, o.label));
      seatChoices.set(c.id, sel);
      const par = entry.scenario.scoring.par?.[c.id]?.at(-1);
      const parText = par === undefined ? null : el('span', { class: 'seat-par faint', title: parHintOf(entry.scenario) }, t('menu.seatPar', { par: score(parTenths(par)) }));
      seatsBox.append(el('div', { class: 'seat' }, el('label', { attrs: { for: id } }, companyBadge(c), parText), sel));
    });
    if (entry.scenario.scoring.par) seatsBox.append(el('p', { class: 'faint', testid: 'seats-par-hint' }, t('menu.parHint')));
  };
  select.addEventListener('change', renderSeats);
  form.append(seatsBox, el('p', { class: 'faint' }, t('classroom.hotseat.hint')));

  // Seed
  const seed = el('input', { testid: 'seed-input', attrs: { id: 'seed-input', type: 'text', value: randomSeed(), autocomplete: 'off', spellcheck: 'false', maxlength: 64 } });
  const reroll = el('button', { class: 'btn', attrs: { type: 'button', title: t('menu.newSeedHint') }, on: { click: () => { seed.value = randomSeed(); } } }, t('menu.newSeed'));
  form.append(
    el(
      'div',
      { class: 'stack' },
      el('label', { attrs: { for: 'seed-input' } }, t('menu.seed')),
      el('div', { class: 'seed-row' }, seed, reroll),
    ),
  );

  const error = el('p', { class: 'invalid', attrs: { role: 'alert' } });
  const start = el('button', { class: 'btn btn-primary btn-wide', testid: 'start-game', attrs: { type: 'submit' } }, t('menu.start'));
  const back = el('button', { class: 'btn', attrs: { type: 'button' }, on: { click: () => store.getState().showMenu('landing') } }, t('menu.back'));
  form.append(error, start, back);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const seats: Seat[] = [];
    for (const [playerId, sel] of seatChoices) seats.push(seatOf(playerId, sel.value as SeatChoice));
    const seedText = seed.value.trim() || randomSeed();
    const err = store.getState().startGame(select.value, seedText, seats);
    if (err) error.textContent = storeErrorText(err);
  });

  if (good.length === 0) {
    error.textContent = t('menu.noScenario');
    start.disabled = true;
  }
  renderSeats();
  select.focus();
}

/** The file input for a scenario of the player's own (test id `load-scenario`); the setup is rebuilt to list it. */
function scenarioFileInput(root: HTMLElement, store: GameStore): HTMLElement {
  const input = el('input', { class: 'file-input', testid: 'load-scenario', attrs: { type: 'file', accept: '.json,application/json', id: 'load-scenario' } });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const show = (box: HTMLElement): void => {
      root.replaceChildren();
      renderSetup(root, store, box);
      box.focus();
    };
    if (file.size > MAX_SCENARIO_BYTES) {
      show(refusal(t('neutral.tooBig', { file: file.name, size: formatInt(file.size), max: formatInt(MAX_SCENARIO_BYTES) }), []));
      return;
    }
    file.text().then(
      (text) => {
        const r = store.getState().loadScenarioText(text, file.name);
        if (!r.ok) {
          show(refusal(t('neutral.refused', { file: r.fileName, count: r.errors.length }), formatIssues(r.errors).split('\n')));
          return;
        }
        show(el('p', { class: 'notice info', testid: 'load-scenario-result', attrs: { role: 'status', tabindex: '-1', 'data-ok': 'true' } }, t('neutral.loaded', { title: r.entry.scenario.title[lang()], file: file.name })));
      },
      (e: unknown) => show(refusal(t('neutral.unreadable', { file: file.name, reason: String(e) }), [])),
    );
  });
  return el('div', { class: 'row' }, el('label', { class: 'btn file-btn', attrs: { for: 'load-scenario', title: t('neutral.loadHint') } }, input, t('neutral.load')));
}

/** Why a scenario file was refused: a heading in the page's language, then the parser's own lines (as the CLI prints them). */
function refusal(head: string, lines: readonly string[]): HTMLElement {
  const shown = lines.filter((l) => l.trim() !== '').slice(0, 20);
  const more = lines.filter((l) => l.trim() !== '').length - shown.length;
  return el(
    'div',
    { class: 'notice error load-refused', testid: 'load-scenario-result', attrs: { role: 'alert', tabindex: '-1', 'data-ok': 'false' } },
    el('p', {}, el('strong', {}, head)),
    shown.length ? el('ul', { class: 'load-issues' }, ...shown.map((l) => el('li', {}, el('code', {}, l)))) : null,
    more > 0 ? el('p', {}, t('neutral.moreIssues', { count: more })) : null,
  );
}

function saveLine(store: GameStore, m: SaveMeta): string {
  const entry = store.getState().scenarios.find((e) => e.ok && e.scenario.id === m.scenarioId);
  const q = entry && entry.ok ? quarterLabel(entry.scenario, m.quarter) : t('menu.quarterN', { n: m.quarter + 1 });
  const where = m.phase === 'gameOver' ? t('menu.saveOver') : m.phase === 'reveal' ? t('menu.saveReveal', { quarter: q }) : q;
  return t('menu.saveLine', { title: entry && entry.ok ? entry.scenario.title[lang()] : m.scenarioTitle, where });
}

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString(locale(), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** The saved games, newest first: what, where, when; continue, replay, export or delete each. Then what the index missed. */
function savedGames(store: GameStore): HTMLElement {
  const saves = store.getState().saves;
  const { malformed, orphans } = store.getState().savesProblems;
  const box = el('section', { class: 'section saved', attrs: { 'aria-labelledby': 'saved-h' } }, el('h3', { attrs: { id: 'saved-h' } }, t('menu.saved')));
  const list = el('ul', { class: 'saved-list', testid: 'saved-games' });
  fillSaves(store, list, saves, false);
  if (saves.length === 0) list.append(el('li', { class: 'faint' }, t('menu.noSaves')));
  box.append(list);
  if (malformed > 0) box.append(el('p', { class: 'notice error saves-malformed', testid: 'saves-malformed', attrs: { role: 'note' } }, t('safety.malformed', { count: malformed })));
  if (orphans.length > 0) {
    const found = el('ul', { class: 'saved-list', testid: 'saved-orphans' });
    fillSaves(store, found, orphans, true);
    box.append(el('h3', { class: 'saved-orphans-h', attrs: { id: 'orphans-h' } }, t('safety.orphans')), el('p', { class: 'faint' }, t('safety.orphansHint')), found);
  }
  return box;
}

/** One list item per save: what, where, when, and its buttons. */
function fillSaves(store: GameStore, list: HTMLElement, saves: readonly SaveMeta[], orphan: boolean): void {
  for (const m of saves) {
    const companies = m.humans.map((h) => {
      const entry = store.getState().scenarios.find((e) => e.ok && e.scenario.id === m.scenarioId);
      const c = entry && entry.ok ? entry.scenario.companies.find((x) => x.id === h) : undefined;
      return c ? companyBadge(c) : el('span', {}, h);
    });
    const over = m.phase === 'gameOver';
    const title = orphan && !m.scenarioId ? t('safety.orphanUnknown') : saveLine(store, m);
    list.append(
      el(
        'li',
        { class: 'saved-game', attrs: { [orphan ? 'data-orphan' : 'data-save']: m.id } },
        el('div', { class: 'saved-what' }, el('span', { class: 'saved-title' }, title), el('time', { class: 'faint', attrs: { datetime: m.updatedAt } }, when(m.updatedAt))),
        el('div', { class: 'saved-who muted' }, companies.length ? t('menu.you') : t('menu.botsOnly'), ...companies),
        el(
          'div',
          { class: 'row' },
          over ? null : el('button', { class: 'btn btn-small', testid: 'saved-continue', attrs: { type: 'button' }, on: { click: () => void store.getState().continueGame(m.id) } }, t('menu.continue')),
          el('button', { class: 'btn btn-small', testid: 'saved-replay', attrs: { type: 'button' }, on: { click: () => void store.getState().replaySave(m.id) } }, t('menu.replay')),
          el(
            'button',
            {
              class: 'btn btn-small',
              testid: 'saved-export',
              attrs: { type: 'button', 'aria-label': t('safety.exportLabel', { name: title }) },
              on: {
                click: () =>
                  void store
                    .getState()
                    .exportSave(m.id)
                    .then((f) => {
                      if (f) download(f.fileName, f.text);
                    }),
              },
            },
            t('safety.export'),
          ),
          el(
            'button',
            {
              class: 'btn btn-small btn-danger',
              testid: 'saved-delete',
              attrs: { type: 'button', 'aria-label': t('menu.deleteLabel', { name: title }) },
              on: {
                click: (e) => {
                  const b = e.currentTarget as HTMLButtonElement;
                  // Two clicks: the first asks.
                  if (b.dataset.confirm !== 'yes') {
                    b.dataset.confirm = 'yes';
                    b.textContent = t('menu.deleteConfirm');
                    return;
                  }
                  void store.getState().deleteSave(m.id);
                },
              },
            },
            t('menu.delete'),
          ),
        ),
      ),
    );
  }
}

function seatOf(playerId: string, choice: SeatChoice): Seat {
  if (choice === 'human') return { playerId, kind: 'human', level: 'normal' };
  const level = choice.slice(4) as Seat['level'];
  return { playerId, kind: 'bot', level };
}
