/**
 * Small additions to the board, kept out of board-view.ts: the timeline's legend (what its markers mean), a
 * human seat's label on its campus card (hot seat: each its own), and the card's line on what moved the score.
 */
import type * as Phaser from 'phaser';
import { biggestPart, scoreTimeline, type ScorePart } from '../engine/score-story';
import { quarterLabel } from '../engine/time';
import type { GameState } from '../engine/types';
import { margin, score } from '../text/format';
import { t as tr, type Key } from '../text/i18n';
import { textWidth } from './labels';
import { C, CSS } from './theme';

export { supplyOnBoard } from './board-supply';

type Text = (x: number, y: number, str: string, size: number, color?: string, bold?: boolean) => Phaser.GameObjects.Image;

/**
 * The legend of the timeline's markers, centred at (cx, y) within `maxW`: a diamond for news, a bar for an
 * export rule taking effect. Returns its height (0 when it does not fit).
 */
export function drawTimelineLegend(g: Phaser.GameObjects.Graphics, text: Text, cx: number, y: number, maxW: number, s: number): number {
  const size = 10;
  const news = tr('timeline.legendNews');
  const rule = tr('timeline.legendRule');
  const gap = 14 * s;
  const mark = 12 * s;
  const w = mark + textWidth(news, size * s) + gap + mark + textWidth(rule, size * s);
  if (w > maxW) return 0;
  let x = cx - w / 2;
  const my = y + 7 * s;
  const r = 4 * s;
  g.fillStyle(C.event, 1).fillTriangle(x, my, x + r, my - r, x + 2 * r, my).fillTriangle(x, my, x + r, my + r, x + 2 * r, my);
  x += mark;
  text(x, y, news, size, CSS.faint);
  x += textWidth(news, size * s) + gap;
  g.fillStyle(C.rule, 1).fillRect(x, my - 3 * s, 8 * s, 6 * s);
  x += mark;
  text(x, y, rule, size, CSS.faint);
  return 16 * s;
}

/** A human seat's tag on its card: "you · US", or in hot seat "team 2 · US" (each seat its own). */
export function seatTag(highlight: readonly string[], playerId: string, region: string): string {
  const i = highlight.indexOf(playerId);
  if (i < 0) return region;
  return highlight.length > 1 ? tr('card.seatN', { n: i + 1, region }) : tr('board.you', { region });
}

const PART_KEY: Record<ScorePart, Key> = { capability: 'board.part.capability', market: 'board.part.market', independence: 'board.part.independence', efficiency: 'board.part.efficiency' };

/**
 * "Score 33.0 after Q1 '24 (+0.9): Capability +1.3", the part that moved it most, from the engine's score timeline,
 * then shorter forms for a narrow card (each saying which quarter it is after: the orders panel's preview is a
 * projection after the quarter being ordered, and the two must not be mistaken); null before the first quarter.
 */
export function scoreMoved(game: GameState, playerId: string): { text: string; short: string[]; color: string } | null {
  const tl = scoreTimeline(game, playerId);
  const now = tl[tl.length - 1];
  if (!now) return null;
  const d = now.delta.score;
  const part = biggestPart(now.delta.weighted, d < 0 ? -1 : d > 0 ? 1 : 0) ?? biggestPart(now.delta.weighted);
  const color = d > 0 ? CSS.ok : d < 0 ? CSS.behind : CSS.muted;
  const quarter = quarterLabel(game.scenario, now.quarter).replace(/ (\d\d)(\d\d)$/, " '$2");
  const q = { score: score(now.score), change: margin(d), quarter };
  const short = [tr('shots.board.movedShort', q), tr('shots.board.movedShortest', q), tr('shots.board.movedShortest', { ...q, quarter: quarter.replace(/ .*$/, '') })];
  if (!part) return { text: tr('score.movedNone', q), short, color };
  return { text: tr('score.moved', { ...q, part: tr(PART_KEY[part]), partChange: margin(now.delta.weighted[part]) }), short, color };
}
