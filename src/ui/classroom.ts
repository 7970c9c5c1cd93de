/**
 * Mounts the classroom layer around the game: the hot seat's privacy screen, the facilitator's bar, stage and
 * pause screen, and the class comparison. Each piece redraws only when what it shows changes; while a
 * screen covers the page, the page behind it is inert (no focus, no screen reader).
 */
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is a side effect by design
import './classroom.css';
import type { GameStore, StoreData } from '../store/game-store';
import { revealShown } from '../store/facilitator';
import { seatAwaitingHandoff } from '../store/hotseat';
import { compareOverlay, onCompareChange } from './compare';
import { facilitatorBar, pauseScreen, revealStage } from './facilitator';
import { passDeviceScreen } from './hotseat';
import { lang, onLangChange } from '../text/i18n';

/** What the game panel must be rebuilt for on the classroom's account (app.ts adds it to its panel key). */
export function classroomKey(s: StoreData): string {
  const f = s.ui.facilitator;
  return [seatAwaitingHandoff(s)?.playerId ?? '', f.on, f.paused, revealShown(s), s.game?.news.length ?? -1, lang()].join('|');
}

function barKey(s: StoreData): string {
  const g = s.game;
  return [s.ui.facilitator.on, s.ui.screen, s.record?.seed ?? '', s.saveId ?? '', g?.quarter ?? -1, g?.phase ?? '', g?.history.length ?? 0, g?.news.length ?? 0, g?.pending.filter(Boolean).length ?? 0, revealShown(s), lang()].join('|');
}

function overlayKey(s: StoreData): string {
  const g = s.game;
  return [seatAwaitingHandoff(s)?.playerId ?? '', s.ui.facilitator.paused, s.ui.screen, g?.pending.filter(Boolean).length ?? 0, lang()].join('|');
}

/** Mounts the classroom layer into the page; returns the unmount function. */
export function mountClassroom(store: GameStore, app: HTMLElement): () => void {
  const bar = document.createElement('div');
  bar.className = 'fac-bar-slot';
  const stage = document.createElement('div');
  stage.className = 'fac-stage-slot';
  const overlays = document.createElement('div');
  overlays.className = 'classroom-overlays';
  app.prepend(bar);
  app.append(stage);
  document.body.append(overlays);

  const drawBar = (): void => {
    const s = store.getState();
    document.body.classList.toggle('facilitator', s.ui.facilitator.on);
    const b = facilitatorBar(store);
    bar.replaceChildren(...(b ? [b] : []));
    bar.hidden = !b;
    const st = revealStage(store);
    stage.replaceChildren(...(st ? [st] : []));
    stage.hidden = !st;
  };
  const compareSlot = document.createElement('div');
  compareSlot.className = 'compare-slot';
  document.body.append(compareSlot);
  const setInert = (): void => {
    app.inert = overlays.childElementCount > 0 || compareSlot.childElementCount > 0;
  };
  const drawOverlays = (): void => {
    // The pause screen goes over the privacy screen: the facilitator speaks first.
    const o = pauseScreen(store) ?? passDeviceScreen(store);
    overlays.replaceChildren(...(o ? [o] : []));
    setInert();
  };
  const drawCompare = (): void => {
    const c = compareOverlay(store);
    compareSlot.replaceChildren(...(c ? [c] : []));
    setInert();
  };

  const unsubBar = store.subscribe(barKey, drawBar);
  const unsubOverlays = store.subscribe(overlayKey, drawOverlays);
  const unsubCompare = onCompareChange(drawCompare);
  const unsubLang = onLangChange(() => {
    drawBar();
    drawOverlays();
    drawCompare();
  });
  drawBar();
  drawOverlays();
  drawCompare();
  return () => {
    unsubBar();
    unsubOverlays();
    unsubCompare();
    unsubLang();
    bar.remove();
    stage.remove();
    overlays.remove();
    compareSlot.remove();
  };
}
