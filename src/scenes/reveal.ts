import * as Phaser from 'phaser';
import type { GameStore } from '../store/game-store';
import { lastRecord } from '../store/selectors';
import { drawBoard, type BoardAnchors } from './board-view';
import { humanIds } from './board';
import { SCENE } from './keys';
import { renderOnDemand } from './render-on-demand';
import { chipTexture, fitParent, hexColor, markDrawn, prefersReducedMotion, vendorColor } from './theme';

/** Longest the whole flight may take (ms): short, so it explains without making anyone wait. */
const TOTAL_MS = 1400;
const FLIGHT_MS = 520;

/**
 * The reveal: chips fly from each SKU's stack to the winners in the order the auction filled them
 * (highest bid first). Short, skippable with Space/Escape/Enter or a click, and off with reduced motion.
 */
export class RevealScene extends Phaser.Scene {
  private root!: Phaser.GameObjects.Container;
  private tokens!: Phaser.GameObjects.Container;

  constructor(private readonly store: GameStore) {
    super(SCENE.reveal);
  }

  create(): void {
    renderOnDemand(this.game, this.store);
    fitParent(this);
    this.root = this.add.container();
    this.tokens = this.add.container();
    const onResize = (): void => {
      this.skip();
      this.drawStatic();
    };
    const onKey = (e: KeyboardEvent): void => {
      // A key held from sending the orders auto-repeats: only a fresh press skips the reveal.
      if (e.repeat) return;
      if (e.key === ' ' || e.key === 'Escape' || e.key === 'Enter') this.skip();
    };
    this.scale.on('resize', onResize);
    this.input.keyboard?.on('keydown', onKey);
    this.input.on('pointerdown', () => this.skip());
    this.events.once('shutdown', () => {
      this.scale.off('resize', onResize);
      this.input.keyboard?.off('keydown', onKey);
      this.setAnimating(false);
    });
    const anchors = this.drawStatic();
    if (anchors && !prefersReducedMotion()) this.fly(anchors);
  }

  private drawStatic(): BoardAnchors | null {
    const game = this.store.getState().game;
    this.root.removeAll(true);
    if (!game) return null;
    const anchors = drawBoard(this, this.root, game, { width: this.scale.width, height: this.scale.height, highlight: humanIds(this.store), selected: null, seats: this.store.getState().record?.seats });
    markDrawn(this);
    return anchors;
  }

  private setAnimating(on: boolean): void {
    // A hook for the browser tests and the bench (which measure the animation); not read by the game.
    if (this.game.canvas) this.game.canvas.dataset.animating = on ? 'reveal' : 'idle';
  }

  private skip(): void {
    this.tweens.killAll();
    this.tokens.removeAll(true);
    this.setAnimating(false);
  }

  private fly(anchors: BoardAnchors): void {
    const game = this.store.getState().game;
    const rec = game ? lastRecord(game) : undefined;
    if (!game || !rec) return;
    type Flight = { from: { x: number; y: number }; to: { x: number; y: number }; color: number; order: number };
    const flights: Flight[] = [];
    let longest = 1;
    for (const c of rec.clearing) {
      const sku = game.scenario.skus.find((k) => k.id === c.sku);
      const from = anchors.stacks.get(c.sku);
      if (!sku || !from) continue;
      // Fill order: highest max price first (the engine fills bids in price order).
      const winners = c.bids.filter((b) => b.filled > 0).sort((a, b) => b.maxPrice - a.maxPrice);
      const unit = Math.max(1, c.sold / 12);
      let order = 0;
      for (const b of winners) {
        const camp = anchors.campuses.get(b.bidder);
        const to = camp ? { x: camp.x + camp.w / 2, y: camp.y + camp.h / 2 } : anchors.otherBuyers;
        const company = game.scenario.companies.find((co) => co.id === b.bidder);
        const color = company ? hexColor(company.color) : vendorColor(sku.vendor, game.scenario);
        const n = Math.max(1, Math.min(5, Math.round(b.filled / unit)));
        for (let i = 0; i < n; i++) flights.push({ from, to, color, order: order++ });
      }
      longest = Math.max(longest, order);
    }
    if (flights.length === 0) return;
    const step = Math.min(90, (TOTAL_MS - FLIGHT_MS) / longest);
    const size = 18 * anchors.scale;
    let remaining = flights.length;
    this.setAnimating(true);
    for (const f of flights) {
      const chip = this.add.image(f.from.x, f.from.y, chipTexture(this, f.color)).setDisplaySize(size, size).setTint(f.color).setAlpha(0);
      this.tokens.add(chip);
      const jitter = (f.order % 3) * 6 - 6;
      this.tweens.add({
        targets: chip,
        x: f.to.x + jitter,
        y: f.to.y + jitter,
        alpha: { from: 1, to: 0.85 },
        delay: f.order * step,
        duration: FLIGHT_MS,
        ease: 'Cubic.easeInOut',
        onStart: () => chip.setAlpha(1),
        onComplete: () => {
          chip.destroy();
          remaining -= 1;
          if (remaining === 0) this.setAnimating(false);
        },
      });
    }
  }
}

