/**
 * What the board drew, as data on its canvas (`data-board`): the companies left and right of the export wall,
 * each supply stack's vendor colour, and every string labelled. The canvas is pixels; this is what a test (or
 * a tool reading the page) can check the board said, in the current language.
 */
import type * as Phaser from 'phaser';
import type { CompanySpec, GameState } from '../engine/types';
import { vendorStyle } from '../store/scenario-look';
import { labelBoxes, labelsDrawn, type LabelBox } from './labels';

/** The board's summary as written to the canvas. */
export interface BoardSummary {
  /** Company ids in the left column (in front of the wall) and the right (behind it). */
  left: string[];
  right: string[];
  /** Per SKU on the board: its id, vendor and the colour of its stack (#rrggbb). */
  stacks: { sku: string; vendor: string; color: string }[];
  /** Every string drawn, in drawing order. */
  text: string[];
  /** Where each label ended up (canvas pixels), so a test can check that no text is drawn over other text. */
  labels: LabelBox[];
  /** The top of the tallest supply stack (canvas pixels), so a test can check the stacks stay under their legend. */
  stacksTop?: number;
  /** Each campus card's box (canvas pixels), so the tutorial's card can keep off the one the news talks about. */
  campuses?: { id: string; x: number; y: number; w: number; h: number }[];
}

/** Writes the summary of a finished draw onto the game's canvas. */
export function writeBoardSummary(
  scene: Phaser.Scene,
  game: GameState,
  left: readonly CompanySpec[],
  right: readonly CompanySpec[],
  stacksTop?: number,
  campuses?: ReadonlyMap<string, { x: number; y: number; w: number; h: number }>,
): void {
  const canvas = scene.game.canvas as HTMLCanvasElement | undefined;
  if (!canvas) return;
  const summary: BoardSummary = {
    left: left.map((c) => c.id),
    right: right.map((c) => c.id),
    stacks: game.scenario.skus.map((k) => ({ sku: k.id, vendor: k.vendor, color: vendorStyle(game.scenario, k.vendor).color })),
    text: [...labelsDrawn()],
    labels: labelBoxes(),
    ...(stacksTop === undefined ? {} : { stacksTop: Math.round(stacksTop * 10) / 10 }),
    ...(campuses ? { campuses: [...campuses].map(([id, b]) => ({ id, x: Math.round(b.x), y: Math.round(b.y), w: Math.round(b.w), h: Math.round(b.h) })) } : {}),
  };
  canvas.dataset.board = JSON.stringify(summary);
}
