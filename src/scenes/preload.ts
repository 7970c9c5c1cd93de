import * as Phaser from 'phaser';
import type { GameStore } from '../store/game-store';
import { SCENE } from './keys';
import { C, CSS, textStyle } from './theme';
import { t } from '../text/i18n';

/** Preload: loads the board's few assets with a progress bar, then shows the menu. */
export class PreloadScene extends Phaser.Scene {
  /** `done`: after the assets load, show the store's screen (the store may have booted before the board). */
  constructor(
    private readonly store: GameStore,
    private readonly done: () => void = () => {},
  ) {
    super(SCENE.preload);
  }

  preload(): void {
    const { width, height } = this.scale;
    const bw = Math.min(360, width * 0.6);
    const x = (width - bw) / 2;
    const y = height / 2;
    this.add.text(width / 2, y - 36, 'GPU Race', textStyle(22, CSS.text, true)).setOrigin(0.5);
    const frame = this.add.graphics();
    frame.lineStyle(1, C.cardLine, 1).strokeRoundedRect(x, y, bw, 10, 5);
    const bar = this.add.graphics();
    const label = this.add.text(width / 2, y + 24, t('board.loading'), textStyle(12, CSS.muted)).setOrigin(0.5, 0);
    this.load.on('progress', (v: number) => {
      bar.clear().fillStyle(C.nvidia, 1).fillRoundedRect(x + 1, y + 1, Math.max(8, (bw - 2) * v), 8, 4);
      label.setText(t('board.loadingPct', { pct: Math.round(v * 100) }));
    });
    this.load.setPath('img/');
    this.load.svg('chip', 'chip.svg', { width: 64, height: 64 });
    this.load.svg('grid', 'grid.svg', { width: 64, height: 64 });
  }

  create(): void {
    // Next frame, once this scene counts as running, so the switch to the menu stops it.
    this.time.delayedCall(0, () => {
      if (this.store.getState().ui.screen === 'boot') this.store.getState().assetsLoaded();
      else this.done();
    });
  }
}
