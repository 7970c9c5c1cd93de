import * as Phaser from 'phaser';
import type { GameStore } from '../store/game-store';
import { badgeOf, vendorStyles } from '../store/scenario-look';
import { SCENE } from './keys';
import { MIN_BOARD_H, MIN_BOARD_W } from './board-view';
import { renderOnDemand } from './render-on-demand';
import { C, CSS, chipTexture, hexColor, markDrawn, textStyle } from './theme';
import { t } from '../text/i18n';

/** Menu backdrop: the title, a supply stack and the companies of the first scenario around it. */
export class MenuScene extends Phaser.Scene {
  private root!: Phaser.GameObjects.Container;

  constructor(private readonly store: GameStore) {
    super(SCENE.menu);
  }

  create(): void {
    renderOnDemand(this.game, this.store);
    this.root = this.add.container();
    const onResize = (): void => this.draw();
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => this.scale.off('resize', onResize));
    // Redraw when the scenarios change (a file loaded in the menu comes first) or the language does.
    const unsub = this.store.subscribe(
      (s) => [s.scenarios, s.ui.language] as const,
      () => this.draw(),
      { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
    );
    this.events.once('shutdown', () => unsub());
    this.draw();
  }

  private draw(): void {
    this.root.removeAll(true);
    const { width: w, height: h } = this.scale;
    if (w < MIN_BOARD_W || h < MIN_BOARD_H) {
      markDrawn(this); // a frame mid-resize (see drawBoard): drawn empty at this size
      return;
    }
    const s = Math.max(0.6, Math.min(w / 760, h / 640, 1.6));
    this.root.add(this.add.tileSprite(0, 0, w, h, 'grid').setOrigin(0).setAlpha(0.9));
    const cx = w / 2;
    const cy = h * 0.52;
    const g = this.add.graphics();
    this.root.add(g);
    // The companies, colours and year of the first scenario (a loaded file, else the first bundled one).
    const first = this.store.getState().scenarios.find((e) => e.ok);
    const scenario = first && first.ok ? first.scenario : null;
    const primary = scenario ? [...vendorStyles(scenario).values()].find((v) => v.primary) : undefined;
    const chipColor = primary ? hexColor(primary.color) : C.nvidia;
    const drawnText: string[] = [];
    const say = (str: string): string => {
      drawnText.push(str);
      return str;
    };
    // The supply stack: chips in the relationship vendor's colour, fewer than the buyers want.
    const tw = 74 * s;
    const th = 12 * s;
    for (let i = 0; i < 9; i++) g.fillStyle(chipColor, i % 2 ? 0.8 : 0.95).fillRoundedRect(cx - tw / 2, cy + 40 * s - i * th, tw, th - 2 * s, 3 * s);
    this.root.add(this.add.image(cx, cy - 96 * s, chipTexture(this, chipColor)).setTint(chipColor).setDisplaySize(56 * s, 56 * s));
    // Six buyers in a ring.
    const companies = scenario ? scenario.companies : [];
    const r = Math.min(w * 0.36, h * 0.3);
    companies.forEach((c, i) => {
      const a = -Math.PI / 2 + ((i + 0.5) / companies.length) * Math.PI * 2;
      const x = cx + Math.cos(a) * r * 1.15;
      const y = cy + Math.sin(a) * r * 0.85;
      const col = hexColor(c.color);
      g.lineStyle(1, col, 0.35).lineBetween(cx, cy - 20 * s, x, y);
      g.fillStyle(C.card, 1).fillRoundedRect(x - 17 * s, y - 17 * s, 34 * s, 34 * s, 7 * s);
      g.fillStyle(col, 1).fillRoundedRect(x - 13 * s, y - 13 * s, 26 * s, 26 * s, 5 * s);
      const badge = this.add.text(x, y, say(badgeOf(c)), textStyle(14 * s, '#0b0f14', true)).setOrigin(0.5);
      if (badge.displayWidth > 22 * s) badge.setScale((badge.scaleX * 22 * s) / badge.displayWidth);
      this.root.add(badge);
      this.root.add(this.add.text(x, y + 22 * s, say(c.name), textStyle(11 * s, CSS.muted)).setOrigin(0.5, 0));
    });
    this.root.add(this.add.text(cx, 28 * s, 'GPU RACE', textStyle(40 * s, CSS.text, true)).setOrigin(0.5, 0).setLetterSpacing(6 * s));
    this.root.add(this.add.text(cx, 82 * s, say(scenario ? t('neutral.menuTagline', { year: scenario.startYear }) : t('neutral.menuTaglinePlain')), textStyle(16 * s, primary?.color ?? CSS.nvidia)).setOrigin(0.5, 0));
    this.root.add(
      this.add
        .text(cx, h - 24 * s, say(t('board.menuFooter')), textStyle(12 * s, CSS.faint))
        .setOrigin(0.5, 1),
    );
    // What the menu drew, for a test or a tool (as the board's data-board).
    const canvas = this.game.canvas as HTMLCanvasElement | undefined;
    if (canvas) canvas.dataset.menu = JSON.stringify({ scenario: scenario?.id ?? null, text: drawnText });
    markDrawn(this);
  }
}
