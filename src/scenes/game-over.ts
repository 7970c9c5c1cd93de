import * as Phaser from 'phaser';
import { finalStandings, quarterLabel } from '../engine';
import type { GameStore } from '../store/game-store';
import { MIN_BOARD_W, MIN_BOARD_H } from './board-view';
import { badgeOf } from '../store/scenario-look';
import { SCENE } from './keys';
import { renderOnDemand } from './render-on-demand';
import { C, CSS, fitParent, hexColor, markDrawn, textStyle } from './theme';
import { lang, t } from '../text/i18n';
import { margin, score } from '../text/format';
import { weightedParts } from '../engine/queries';

const PARTS = [
  { key: 'capability', label: 'board.part.capability', color: 0x76b900 },
  { key: 'market', label: 'board.part.market', color: 0x5aa9e6 },
  { key: 'independence', label: 'board.part.independence', color: 0xc39bd3 },
  { key: 'efficiency', label: 'board.part.efficiency', color: 0xebcb8b },
] as const;

/** Game over: one bar per company, split into the weighted parts of its score. */
export class GameOverScene extends Phaser.Scene {
  private root!: Phaser.GameObjects.Container;

  constructor(private readonly store: GameStore) {
    super(SCENE.gameOver);
  }

  create(): void {
    renderOnDemand(this.game, this.store);
    fitParent(this);
    this.root = this.add.container();
    const onResize = (): void => this.draw();
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => this.scale.off('resize', onResize));
    this.draw();
  }

  private draw(): void {
    this.root.removeAll(true);
    const game = this.store.getState().game;
    if (!game) return;
    const { width: w, height: h } = this.scale;
    // Too small to lay out (a frame mid-resize): sizes would go negative and Canvas 2D throws on them.
    if (w < MIN_BOARD_W || h < MIN_BOARD_H) {
      markDrawn(this); // drawn: empty at this size, and the canvas says so
      return;
    }
    const s = Math.max(0.7, Math.min(w / 640, h / 600, 1.6));
    const g = this.add.graphics();
    this.root.add(g);
    const txt = (x: number, y: number, str: string, size: number, color: string = CSS.text, bold = false): Phaser.GameObjects.Text => {
      const o = this.add.text(x, y, str, textStyle(size * s, color, bold));
      this.root.add(o);
      return o;
    };
    const pad = 24 * s;
    txt(pad, pad, t('board.final'), 24, CSS.text, true);
    txt(pad, pad + 34 * s, t('board.finalLine', { title: game.scenario.title[lang()], from: quarterLabel(game.scenario, 0), to: quarterLabel(game.scenario, game.scenario.quarters - 1) }), 12.5, CSS.muted);
    const weights = game.scenario.scoring.weights;
    const standings = finalStandings(game);
    const hasPar = standings.some((st) => st.margin !== null);
    const top = pad + 76 * s;
    // With a par the rows are ranked by score minus par: that column sits at the right, the score before it.
    const marginW = hasPar ? 70 * s : 0;
    if (hasPar) {
      txt(w - pad - marginW, top - 18 * s, t('tables.score'), 11, CSS.muted).setOrigin(1, 0.5);
      txt(w - pad, top - 18 * s, t('tables.margin'), 11, CSS.muted).setOrigin(1, 0.5);
    }
    const legendH = 30 * s;
    const rowH = Math.min(64 * s, (h - top - pad - legendH - 50 * s) / Math.max(1, standings.length));
    const labelW = 170 * s;
    const barX = pad + labelW;
    const barW = w - barX - pad - 56 * s - marginW;
    standings.forEach((st, i) => {
      const c = game.scenario.companies.find((x) => x.id === st.playerId);
      if (!c) return;
      const y = top + i * rowH;
      const col = hexColor(c.color);
      txt(pad, y + rowH / 2, `${st.rank}`, 16, i === 0 ? CSS.nvidia : CSS.muted, true).setOrigin(0, 0.5);
      g.fillStyle(col, 1).fillRoundedRect(pad + 24 * s, y + rowH / 2 - 11 * s, 22 * s, 22 * s, 4 * s);
      const badge = txt(pad + 35 * s, y + rowH / 2, badgeOf(c), 12, '#0b0f14', true).setOrigin(0.5);
      if (badge.displayWidth > 18 * s) badge.setScale((badge.scaleX * 18 * s) / badge.displayWidth);
      txt(pad + 54 * s, y + rowH / 2, c.name, 14, CSS.text, i === 0).setOrigin(0, 0.5);
      g.fillStyle(C.cardLine, 0.6).fillRoundedRect(barX, y + rowH * 0.25, barW, rowH * 0.5, 3 * s);
      let x = barX;
      const shares = weightedParts(game.scenario, st.parts);
      for (const part of PARTS) {
        const value = shares[part.key];
        const pw = barW * value;
        if (pw > 0.5) g.fillStyle(part.color, 1).fillRect(x, y + rowH * 0.25, pw, rowH * 0.5);
        x += pw;
      }
      txt(w - pad - marginW, y + rowH / 2, score(st.score), 16, CSS.text, !hasPar).setOrigin(1, 0.5);
      if (st.margin !== null) {
        const color = st.margin > 0 ? CSS.ok : st.margin < 0 ? CSS.behind : CSS.text;
        txt(w - pad, y + rowH / 2, margin(st.margin), 16, color, true).setOrigin(1, 0.5);
      }
    });
    // Legend under the bars, wrapping onto a second line when narrow.
    let lx = barX;
    let ly = top + standings.length * rowH + 10 * s;
    for (const part of PARTS) {
      const item = txt(0, 0, t('board.partWeight', { part: t(part.label), w: weights[part.key] }), 11.5, CSS.muted);
      if (lx > barX && lx + 17 * s + item.displayWidth > w - pad) {
        lx = barX;
        ly += 20 * s;
      }
      g.fillStyle(part.color, 1).fillRect(lx, ly + 3 * s, 12 * s, 12 * s);
      item.setPosition(lx + 17 * s, ly);
      lx += 17 * s + item.displayWidth + 16 * s;
    }
    txt(pad, ly + 34 * s, t('board.barsNote'), 11.5, CSS.faint);
    if (hasPar) txt(pad, ly + 54 * s, t('app.parNote'), 11.5, CSS.faint).setWordWrapWidth(w - 2 * pad);
    markDrawn(this);
  }
}
