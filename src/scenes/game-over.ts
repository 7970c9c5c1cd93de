import * as Phaser from 'phaser';
import { finalStandings, quarterLabel } from '../engine';
import type { GameStore } from '../store/game-store';
import { MIN_BOARD_W, MIN_BOARD_H, READABLE_BOARD } from './board-view';
import { teamNameOf, withTeam } from '../replay/team-name';
import { badgeOf } from '../store/scenario-look';
import { SCENE } from './keys';
import { drawInParts, type Build } from './draw-in-parts';
import { renderOnDemand } from './render-on-demand';
import { C, CSS, fitParent, hexColor, markDrawn, textStyle } from './theme';
import { lang, t } from '../text/i18n';
import { margin, marginSign, score } from '../text/format';
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
  /** The draw under way (its cancel), if any. */
  private readonly build: Build = { cancel: null };

  constructor(private readonly store: GameStore) {
    super(SCENE.gameOver);
  }

  create(): void {
    renderOnDemand(this.game, this.store);
    fitParent(this);
    this.build.cancel = null;
    this.root = this.add.container();
    const onResize = (): void => this.draw();
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => {
      this.scale.off('resize', onResize);
      const canvas = this.game.canvas as HTMLCanvasElement | undefined;
      if (canvas) delete canvas.dataset.free;
      this.build.cancel?.();
      this.build.cancel = null;
    });
    this.draw();
  }

  /**
   * Draws the final bars into a new, hidden container, a part per task (the titles, each company's row, the
   * legend and notes): every text is a texture painted on creation, more than a frame's work in one task.
   * The old drawing stays until the new one is whole; then they swap and one frame renders it.
   */
  private draw(): void {
    this.build.cancel?.();
    this.build.cancel = null;
    const game = this.store.getState().game;
    const canvas = this.game.canvas as HTMLCanvasElement | undefined;
    if (!game) {
      this.root.removeAll(true);
      return;
    }
    const { width: w, height: h } = this.scale;
    // Too small to lay out (a frame mid-resize): sizes would go negative and Canvas 2D throws on them.
    if (w < MIN_BOARD_W || h < MIN_BOARD_H) {
      this.root.removeAll(true);
      markDrawn(this); // drawn: empty at this size, and the canvas says so
      return;
    }
    // Until the new drawing is whole, the canvas does not claim to show it.
    if (canvas) {
      delete canvas.dataset.drawn;
      delete canvas.dataset.gameOver;
      delete canvas.dataset.free;
    }
    const next = this.add.container().setVisible(false);
    const parts: (() => void)[] = [];
    const s = Math.max(0.7, Math.min(w / 640, h / 600, 1.6));
    // As on the board: no text under 12 px on a laptop's or a projector's screen, 10 on a phone's (the bars
    // need less room than the board: at 1024x768 the final table leaves them two fifths of the width).
    const minPx = w >= READABLE_BOARD.w * 2 / 3 && h >= READABLE_BOARD.h * 0.9 ? 12 : 10;
    const g = this.add.graphics();
    next.add(g);
    const drawn: Phaser.GameObjects.Text[] = [];
    const txt = (x: number, y: number, str: string, size: number, color: string = CSS.text, bold = false): Phaser.GameObjects.Text => {
      const o = this.add.text(x, y, str, textStyle(Math.max(minPx, size * s), color, bold));
      next.add(o);
      drawn.push(o);
      return o;
    };
    const pad = 24 * s;
    const weights = game.scenario.scoring.weights;
    const standings = finalStandings(game);
    const hasPar = standings.some((st) => st.margin !== null);
    const marginW = hasPar ? 70 * s : 0;
    const seats = this.store.getState().record?.seats;
    const nameOf = (id: string, company: string): string => withTeam(company, teamNameOf(seats, id));
    // The badge's swatch holds a 12 px initial on a projector; the name starts after it.
    const sw = Math.max(22 * s, minPx + 10);
    const nameX = pad + 24 * s + sw + 8 * s;
    let top = 0;
    let rowH = 0;
    let barX = 0;
    let barW = 0;
    // The legend's items (where each goes, in canvas pixels) and the notes' top, worked out with the rows.
    let legend: { x: number; y: number }[] = [];
    let notesY = 0;
    // The titles, and the layout they leave room for.
    parts.push(() => {
      txt(pad, pad, t('board.final'), 24, CSS.text, true);
      // The subtitle wraps in a narrow column; the rows start under it.
      const sub = txt(pad, pad + 34 * s, t('board.finalLine', { title: game.scenario.title[lang()], from: quarterLabel(game.scenario, 0), to: quarterLabel(game.scenario, game.scenario.quarters - 1) }), 12.5, CSS.muted).setWordWrapWidth(w - 2 * pad);
      top = Math.max(pad + 76 * s, sub.y + sub.height + 30 * s);
      // With a par the rows are ranked by score minus par: that column sits at the right, the score before it.
      if (hasPar) {
        txt(w - pad - marginW, top - 18 * s, t('tables.score'), 11, CSS.muted).setOrigin(1, 0.5);
        txt(w - pad, top - 18 * s, t('tables.margin'), 11, CSS.muted).setOrigin(1, 0.5);
      }
      // A class game's rows name the team with its company ("Azure Owls (Microsoft)"): the names' column is as
      // wide as its longest name, up to 40% of the screen (past that a name wraps onto a second line).
      const nameSize = Math.max(minPx, 14 * s);
      let widest = 0;
      for (const st of standings) {
        const c = game.scenario.companies.find((x) => x.id === st.playerId);
        if (c) widest = Math.max(widest, this.measure(nameOf(c.id, c.name), nameSize, st.rank === 1));
      }
      const labelW = Math.min(Math.max(170 * s, nameX - pad + widest + 12 * s), w * 0.4);
      barX = pad + labelW;
      barW = w - barX - pad - 56 * s - marginW;
      // The legend under the bars, wrapping onto more lines when narrow; from the left edge where that takes fewer
      // lines (a phone). The rows get the room the legend and the note under it leave, so the note is not cut.
      const items = PARTS.map((part) => this.measure(t('board.partWeight', { part: t(part.label), w: weights[part.key] }), Math.max(minPx, 11.5 * s), false));
      const lineH = Math.max(20 * s, Math.max(minPx, 11.5 * s) * 1.3 + 3);
      const place = (x0: number): { x: number; line: number }[] => {
        let lx = x0;
        let line = 0;
        return items.map((iw) => {
          if (lx > x0 && lx + 17 * s + iw > w - pad) {
            lx = x0;
            line++;
          }
          const at = { x: lx, line };
          lx += 17 * s + iw + 16 * s;
          return at;
        });
      };
      const underBars = place(barX);
      const fromLeft = place(pad);
      const lines = (p: { line: number }[]): number => (p.at(-1)?.line ?? 0) + 1;
      const chosen = lines(fromLeft) < lines(underBars) ? fromLeft : underBars;
      const legendH = lines(chosen) * lineH;
      const noteH = this.measure(t('board.barsNote'), Math.max(minPx, 11.5 * s), false, w - 2 * pad, true);
      rowH = Math.min(64 * s, (h - top - 10 * s - legendH - 12 * s - noteH - 6 * s) / Math.max(1, standings.length));
      const legendTop = top + standings.length * rowH + 10 * s;
      legend = chosen.map((p) => ({ x: p.x, y: legendTop + p.line * lineH }));
      notesY = legendTop + legendH + 12 * s;
    });
    standings.forEach((st, i) => parts.push(() => {
      const c = game.scenario.companies.find((x) => x.id === st.playerId);
      if (!c) return;
      const y = top + i * rowH;
      const col = hexColor(c.color);
      txt(pad, y + rowH / 2, `${st.rank}`, 16, i === 0 ? CSS.nvidia : CSS.muted, true).setOrigin(0, 0.5);
      g.fillStyle(col, 1).fillRoundedRect(pad + 24 * s, y + rowH / 2 - sw / 2, sw, sw, 4 * s);
      const badge = txt(pad + 24 * s + sw / 2, y + rowH / 2, badgeOf(c), 12, '#0b0f14', true).setOrigin(0.5);
      // Smaller to fit its swatch, but not below the smallest text.
      if (badge.displayWidth > sw - 4 * s) badge.setScale(badge.scaleX * Math.max(minPx / Math.max(minPx, 12 * s), (sw - 4 * s) / badge.displayWidth));
      // A long name wraps where its row has room for the lines, else it is cut to one line with an ellipsis (the
      // table under the board names it in full).
      const nameW = barX - nameX - 8 * s;
      const name = txt(nameX, y + rowH / 2, nameOf(c.id, c.name), 14, CSS.text, i === 0)
        .setOrigin(0, 0.5)
        .setWordWrapWidth(nameW);
      if (name.height > rowH) fitOneLine(name.setWordWrapWidth(null), nameW);
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
        const side = marginSign(st.margin);
        const color = side > 0 ? CSS.ok : side < 0 ? CSS.behind : CSS.text;
        txt(w - pad, y + rowH / 2, margin(st.margin), 16, color, true).setOrigin(1, 0.5);
      }
    }));
    // The legend and the notes, then the record of what was drawn.
    parts.push(() => {
      // Legend under the bars, where the layout put it.
      let legendBottom = legend[0]?.y ?? notesY;
      PARTS.forEach((part, k) => {
        const at = legend[k] ?? { x: barX, y: notesY };
        const item = txt(at.x + 17 * s, at.y, t('board.partWeight', { part: t(part.label), w: weights[part.key] }), 11.5, CSS.muted);
        g.fillStyle(part.color, 1).fillRect(at.x, at.y + 3 * s, 12 * s, 12 * s);
        legendBottom = Math.max(legendBottom, at.y + item.height, at.y + 15 * s);
      });
      const notes = txt(pad, notesY, t('board.barsNote'), 11.5, CSS.faint).setWordWrapWidth(w - 2 * pad);
      let notesBottom = notes.y + notes.height;
      if (hasPar) {
        const parNote = txt(pad, notes.y + notes.height + 2 * s, t('app.parNote'), 11.5, CSS.faint).setWordWrapWidth(w - 2 * pad);
        // Where it would be cut at the canvas's foot (a phone's short canvas), leave it out: the panel says the same.
        if (parNote.y + parNote.height > h) {
          drawn.pop();
          parNote.destroy();
        } else notesBottom = parNote.y + parNote.height;
      }
      // What the scene drew (each text's box and its font size as shown), for a test or a tool, as the board's data-board.
      if (canvas) {
        const labels = drawn.map((o) => {
          const b = o.getBounds();
          const round = (v: number): number => Math.round(v * 10) / 10;
          return { text: o.text, x: round(b.x), y: round(b.y), w: round(b.width), h: round(b.height), size: round(Number.parseFloat(String(o.style.fontSize)) * Math.abs(o.scaleY)) };
        });
        canvas.dataset.gameOver = JSON.stringify({ labels });
        // The board's room under the bars (canvas pixels), for a card the page lays over it (the tutorial's review,
        // src/ui/tutorial.ts): where the text starts at the left, the bottom of the legend, and the top and bottom
        // of the notes under it (they say again what the panel says beside them).
        const round = (v: number): number => Math.round(v * 10) / 10;
        canvas.dataset.free = JSON.stringify({ x: round(pad), legend: round(legendBottom), notesTop: round(notes.y), notesBottom: round(notesBottom) });
      }
    });
    drawInParts(this, this.build, next, parts, () => {
      this.root.destroy();
      this.root = next.setVisible(true);
    });
  }

  /**
   * A string's width in a Text style (canvas pixels), measured by a throwaway Text; with `wrap`, its height
   * wrapped at that width.
   */
  private measure(str: string, size: number, bold: boolean, wrap?: number, height = false): number {
    const o = this.add.text(0, 0, str, textStyle(size, CSS.text, bold));
    if (wrap !== undefined) o.setWordWrapWidth(wrap);
    const v = height ? o.height : o.width;
    o.destroy();
    return v;
  }
}

/** Cuts a one-line Text to the most of its start that fits `maxW` with an ellipsis ("Gulf Sovereign Cl…"). */
function fitOneLine(o: Phaser.GameObjects.Text, maxW: number): void {
  const full = o.text;
  if (o.displayWidth <= maxW) return;
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    o.setText(`${full.slice(0, mid).trimEnd()}…`);
    if (o.displayWidth <= maxW) lo = mid;
    else hi = mid - 1;
  }
  o.setText(`${full.slice(0, lo).trimEnd()}…`);
}
