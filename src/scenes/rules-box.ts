/**
 * The board's export-rules box under the shorter column of campus cards (src/scenes/board-view.ts): its title,
 * each rule with whether it is in force, and at its foot the quarter's AI revenue pool. The rules come first:
 * the revenue line is drawn only where every rule fits above it, and where even the whole box cannot hold every
 * rule (a phone's board), the last line says how many more there are ("+2 weitere Regeln", or "5 Regeln: siehe
 * Exportstatus" when none fits) instead of leaving
 * them out unseen (at 1280x720 the fourth rule of 2024-hopper-scramble was dropped without a word, and on a
 * 390 px phone the box showed its title alone).
 */
import type * as Phaser from 'phaser';
import { neverInForce, quarterLabel, ruleInForce, ruleIssuer } from '../engine';
import type { GameState } from '../engine/types';
import { money } from '../text/format';
import { lang, t as tr } from '../text/i18n';
import { rulesTitleOf } from '../text/scenario-words';
import { lineHeight, shrinkFloor, shrinkToFit, textWidth, wrapLines, type LabelStyle } from './labels';
import { C, CSS } from './theme';

/** Draws a label at (x, y) in board units (size before scaling); board-view.ts's `text`. */
export type TextFn = (x: number, y: number, str: string, size: number, color?: string, bold?: boolean, extra?: Pick<LabelStyle, 'wrap' | 'align'>) => Phaser.GameObjects.Image;

/** Draws the export rules box into `box` (canvas pixels) at scale `s`. */
export function drawRulesBox(game: GameState, g: Phaser.GameObjects.Graphics, text: TextFn, box: { x: number; y: number; w: number; h: number }, s: number): void {
  const { x, y, w, h } = box;
  g.lineStyle(1, C.cardLine, 1).strokeRoundedRect(x, y, w, h, 8 * s);
  let ty = y + 10 * s;
  const rules = game.scenario.exportRules;
  // Titled by the states that issue the rules (US unless a rule names another issuer).
  const issuers = [...new Set(rules.map((r) => ruleIssuer(r)))];
  // A title too wide even at the smallest label font (a phone's box) goes on two lines instead of shrinking unread.
  const title = rulesTitleOf(game.scenario);
  const tooWide = (str: string, size: number, bold = false): boolean => textWidth(str, size * s, bold) * shrinkFloor(size * s, 0.4) > w - 24 * s;
  const titleL = shrinkToFit(text(x + 12 * s, ty, title, 10.5, CSS.muted, true, tooWide(title, 10.5, true) ? { wrap: w - 24 * s } : {}), w - 24 * s, 0.4);
  ty += Math.max(20 * s, titleL.displayHeight + 6 * s);
  const q = game.quarter;
  const short = (k: number): string => quarterLabel(game.scenario, k).replace(/ (\d\d)(\d\d)$/, " '$2");
  if (rules.length === 0) {
    text(x + 12 * s, ty, tr('board.noRules'), 11, CSS.muted, false, { wrap: w - 24 * s });
  }
  const lines = rules.map((r) => {
    const active = ruleInForce(r, q);
    const ended = r.endQuarter !== undefined && q >= r.endQuarter;
    const when = active ? tr('board.ruleInForce') : ended ? tr(neverInForce(r) ? 'lo.board.ruleNever' : 'board.ruleEnded', { quarter: short(r.endQuarter ?? 0) }) : tr('board.ruleFrom', { quarter: short(r.effectiveQuarter) });
    const str = `${active ? '■' : '□'} ${issuers.length > 1 ? `${ruleIssuer(r)}: ` : ''}${r.name[lang()]} · ${when}`;
    return { str, active, th: wrapLines(str, 11 * s, false, w - 24 * s).length * lineHeight(11 * s) };
  });
  // The footer (the quarter's revenue pool) at the box's foot, as many lines as it wraps to, if the rules leave room.
  const revenue = tr('board.revenue', { money: money(game.scenario.market.revenuePool[game.quarter] ?? 0) });
  const revenueH = wrapLines(revenue, 10.5 * s, false, w - 24 * s).length * lineHeight(10.5 * s);
  const footerH = Math.max(46 * s, revenueH + 14 * s);
  const rulesEnd = lines.reduce((end, l) => end + l.th + 6 * s, ty);
  const footer = rulesEnd <= y + h - footerH && rulesEnd + revenueH + 4 * s <= y + h - 10 * s;
  const limit = footer ? y + h - footerH : y + h - 10 * s;
  const moreH = lineHeight(10.5 * s);
  for (const [i, l] of lines.entries()) {
    // Room for this rule, and for the "+N more" line after it unless it is the last.
    if (ty + l.th + (i < lines.length - 1 ? 6 * s + moreH : 0) > limit) {
      // None drawn: not "+N more" (more than what?) but how many there are and where they are named.
      const more = tr(i === 0 ? 'shots.board.allRules' : 'shots.board.moreRules', { count: lines.length - i });
      if (ty + moreH * (tooWide(more, 10.5) ? 2 : 1) <= limit) shrinkToFit(text(x + 12 * s, ty, more, 10.5, CSS.faint, false, tooWide(more, 10.5) ? { wrap: w - 24 * s } : {}), w - 24 * s, 0.4);
      break;
    }
    text(x + 12 * s, ty, l.str, 11, l.active ? CSS.rule : CSS.faint, false, { wrap: w - 24 * s });
    ty += l.th + 6 * s;
  }
  if (footer) text(x + 12 * s, y + h - 10 * s, revenue, 10.5, CSS.faint, false, { wrap: w - 24 * s }).setOrigin(0, 1);
}
