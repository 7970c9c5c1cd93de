/** Entry point: the store, the DOM panels and the Phaser board. */
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is a side effect by design
import './ui/styles.css';
import { createWorkerBotRunner } from './store/bot-client';
import { afterPaint, createGameStore } from './store/game-store';
import { createIdbSaveStorage } from './store/saves';
import { loadBundledScenarios } from './store/scenarios';
import { broadcastTabs, sessionOpeningMark } from './store/tabs';
import { mountUi } from './ui/app';
import { mountClassroom } from './ui/classroom';
import { mountPlayNotice } from './ui/play-notice';
import { mountTutorial } from './ui/tutorial';
import { mountGlossary } from './ui/glossary';
import { mountAnnouncer } from './ui/announce';
import { bindLanguage, initialLanguage } from './ui/language';
import { classroomServed, facilitateCodeInUrl, joinCodeInUrl } from './ui/classroom-net/detect';

const app = document.getElementById('app');
const board = document.getElementById('board');
const panel = document.getElementById('panel');
const ticker = document.getElementById('ticker');
if (!app || !board || !panel || !ticker) throw new Error('index.html is missing #app, #board, #panel or #ticker');

// The language: ?lang=de (or en), else the choice kept from last time, else English; the store's ui.language leads from here on.
const language = initialLanguage();
const store = createGameStore({
  scenarios: loadBundledScenarios(),
  bots: createWorkerBotRunner(),
  saves: createIdbSaveStorage(),
  initialFragment: location.hash,
  language,
  openingMark: sessionOpeningMark(),
  tabs: broadcastTabs(),
  // A quarter resolves in a task of its own, after the click that sealed the last orders is painted.
  schedule: afterPaint,
});
bindLanguage(store);
mountUi(store, panel, ticker, app);
mountClassroom(store, app);
mountPlayNotice(store, app);
mountTutorial(store);
mountGlossary();
mountAnnouncer(store);
// A share link pasted into the address bar of an open page.
window.addEventListener('hashchange', () => {
  if (location.hash.startsWith('#replay=') && store.getState().ui.screen !== 'boot') store.getState().openLink(location.hash);
  if (location.hash.startsWith('#lab=')) openLabLink(location.hash);
});
// A policy-lab link (#lab=...): the lab loads on demand and plays the shared run again.
function openLabLink(fragment: string): void {
  import('./ui/lab/lab').then((m) => m.openLab(store, fragment), (e: unknown) => console.warn(`policy lab: ${String(e)}`));
}
if (location.hash.startsWith('#lab=')) openLabLink(location.hash);
// A join link (?join=CODE) or a facilitator's reload (?facilitate=CODE) on the classroom server opens the class
// game over the page; the board starts only when it is closed (a team's phone never needs it).
if (classroomServed() && (joinCodeInUrl() || facilitateCodeInUrl())) {
  void import('./ui/classroom-net').then((m) => m.openClassroom({ join: joinCodeInUrl(), facilitate: facilitateCodeInUrl(), onClose: () => startBoard() }));
} else startBoard();

/**
 * The board (Phaser and the scenes) loads on demand: the menu is DOM and needs none of it, so the page's
 * initial script stays small. The store boots at once (the preload scene's call later changes nothing).
 */
function startBoard(): void {
  store.getState().assetsLoaded();
  import('./scenes').then(
    (m) => m.startScenes(store, board as HTMLElement),
    (e: unknown) => console.warn(`board: ${String(e)}`),
  );
}
