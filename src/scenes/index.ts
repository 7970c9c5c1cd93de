/**
 * Starts Phaser in the board element and keeps the running scene in step with the store's screen.
 * Phaser is imported only under src/scenes/.
 */
import * as Phaser from 'phaser';
import type { GameStore, Screen } from '../store/game-store';
import { BoardScene } from './board';
import { BootScene } from './boot';
import { GameOverScene } from './game-over';
import { SCENE } from './keys';
import { MenuScene } from './menu';
import { PreloadScene } from './preload';
import { RevealScene } from './reveal';
import { ReplayScene } from './replay';
import { C, preferredRenderer } from './theme';

const SCREEN_SCENE: Record<Exclude<Screen, 'boot'>, string> = {
  menu: SCENE.menu,
  board: SCENE.board,
  reveal: SCENE.reveal,
  gameOver: SCENE.gameOver,
  replay: SCENE.replay,
};

/** Creates the Phaser game inside `parent`; returns it. */
export function startScenes(store: GameStore, parent: HTMLElement): Phaser.Game {
  const game = new Phaser.Game({
    type: preferredRenderer(),
    parent,
    backgroundColor: C.bg,
    banner: false,
    disableContextMenu: true,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    render: { antialias: true },
    scene: [new BootScene(), new PreloadScene(store, () => show(store.getState().ui.screen)), new MenuScene(store), new BoardScene(store), new RevealScene(store), new GameOverScene(store), new ReplayScene(store)],
  });

  const show = (screen: Screen): void => {
    if (screen === 'boot') return;
    const key = SCREEN_SCENE[screen];
    // Stop whatever runs (Preload included), then start the screen's scene afresh.
    for (const sc of game.scene.getScenes(true)) if (sc.scene.key !== key) game.scene.stop(sc.scene.key);
    if (game.scene.isActive(key)) game.scene.stop(key);
    game.scene.start(key);
  };
  // The scene follows the screen in a task of its own: the store's update, then the DOM panel (built in the
  // task after it, src/ui/app.ts; this timer is queued behind that one), then the scene in the next frame, at
  // the size the new panel leaves the board (one long task would otherwise hold them all, and the board would
  // draw twice, before and after the layout changes).
  let pending = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  store.subscribe(
    (s) => s.ui.screen,
    () => {
      clearTimeout(timer);
      cancelAnimationFrame(pending);
      timer = setTimeout(() => {
        pending = requestAnimationFrame(() => show(store.getState().ui.screen));
      }, 0);
    },
  );
  // A language switch redraws the scene on show in the new language (the menu's, as the switch is there).
  store.subscribe(
    (s) => s.ui.language,
    () => {
      for (const sc of game.scene.getScenes(true)) if (sc.scene.key !== SCENE.boot && sc.scene.key !== SCENE.preload) sc.scene.restart();
    },
  );

  // RESIZE mode follows the window, but the board's cell also changes when the layout does (menu,
  // game over, the panel moving under the board); follow the element itself.
  if (typeof ResizeObserver === 'function') {
    let frame = 0;
    new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        // refresh() alone re-applies the old parent size (and then quietly records the new one), so
        // read the parent's bounds first, as Phaser's own window-resize listener does.
        game.scale.getParentBounds();
        game.scale.refresh();
      });
    }).observe(parent);
  }
  return game;
}
