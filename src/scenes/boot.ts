import * as Phaser from 'phaser';
import { SCENE } from './keys';

/** Boot: nothing to load yet; hands over to Preload at once. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super(SCENE.boot);
  }

  create(): void {
    this.scene.start(SCENE.preload);
  }
}
