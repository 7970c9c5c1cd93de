/**
 * Which export rules the debrief's charts mark, and where their tags go. A rule lifted by the quarter it was due
 * (endQuarter at or before effectiveQuarter: the base scenario's AI Diffusion Rule, due Q2 2025 and rescinded
 * that quarter) never applied: the charts draw no start or end line for it (both sat on the same quarter, as if
 * it had been in force there). The rules list beside the charts keeps its tag and says "never in force in this game".
 *
 * The tags ("R3", "R3 ends", "R4") sit in a band above the plot, so no line or bar of the data crosses them,
 * each starting at its line; a tag that would come closer than a gap to the one before it goes a row up.
 */
import uPlot from 'uplot';
import { neverInForce } from '../engine/export-rules';
import type { Scenario } from '../engine/types';
import type { RuleMarker } from './debrief-data';

/** The markers the charts draw: all but those of rules that were never in force. */
export function chartRuleMarkers(scenario: Pick<Scenario, 'exportRules'>, markers: readonly RuleMarker[]): RuleMarker[] {
  const never = new Set(scenario.exportRules.filter(neverInForce).map((r) => r.id));
  return markers.filter((m) => !never.has(m.id));
}

/** The tags' font, row height, space between a line and its tag, and the least space between two tags in a row (CSS px). */
export const TAG_FONT_PX = 11;
export const TAG_ROW_PX = 13;
export const TAG_PAD_PX = 4;
export const TAG_GAP_PX = 10;
/** Space between the lowest row of tags and the plot. */
const BAND_BOTTOM_PX = 5;

/** A tag to place: the x of its line and its width, in pixels. */
export interface TagBox {
  x: number;
  width: number;
}

/**
 * Where the tags go: each starts just right of its line, moved left only as far as it must not to pass `right`
 * (the plot's right edge); row 0 is the one nearest the plot, and a tag goes into the lowest row where it keeps `gap`
 * from the tag before it. Two tags in one row never overlap and never come closer than `gap`.
 */
export function placeRuleTags(boxes: readonly TagBox[], right: number, pad = TAG_PAD_PX, gap = TAG_GAP_PX): { left: number; row: number }[] {
  const placed = boxes.map((b) => ({ left: Math.min(b.x + pad, right - b.width), row: 0 }));
  const order = boxes.map((_, i) => i).sort((a, b) => (placed[a]?.left ?? 0) - (placed[b]?.left ?? 0) || a - b);
  const rowEnds: number[] = [];
  for (const i of order) {
    const p = placed[i];
    if (!p) continue;
    let row = rowEnds.findIndex((end) => end + gap <= p.left);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = p.left + (boxes[i]?.width ?? 0);
    p.row = row;
  }
  return placed;
}

/** How many rows of tags there are. */
export function tagRows(placed: readonly { row: number }[]): number {
  return placed.reduce((n, p) => Math.max(n, p.row + 1), 0);
}

/**
 * The band above the plot for the tags (CSS px), from a guess at the plot's width before uPlot lays it out
 * (narrower than it will be, so the band has room for at least the rows drawn), or null without markers.
 */
export function tagBandPx(markers: readonly { x: number; tag: string }[], range: readonly [number, number], plotWidthGuess: number, width: (tag: string) => number): number | null {
  if (!markers.length) return null;
  const [lo, hi] = range;
  const px = (x: number): number => ((x - lo) / Math.max(1e-9, hi - lo)) * plotWidthGuess;
  const rows = tagRows(placeRuleTags(markers.map((m) => ({ x: px(m.x), width: width(m.tag) })), plotWidthGuess));
  return rows * TAG_ROW_PX + BAND_BOTTOM_PX;
}

/** Draws the rule markers: dashed vertical lines over the plot and their tags in the band above it. */
export function markerPlugin(markers: readonly { x: number; tag: string }[], color: string): uPlot.Plugin {
  return {
    hooks: {
      draw: [
        (u: uPlot) => {
          const ctx = u.ctx;
          const { top, left, width, height } = u.bbox;
          const ratio = uPlot.pxRatio;
          ctx.save();
          ctx.strokeStyle = color;
          ctx.fillStyle = color;
          ctx.lineWidth = 1.5 * ratio;
          ctx.setLineDash([5 * ratio, 4 * ratio]);
          ctx.font = `${600} ${Math.round(TAG_FONT_PX * ratio)}px system-ui, sans-serif`;
          ctx.textBaseline = 'bottom';
          // uPlot leaves the context right-aligned from its y axis: the tags were drawn ending at their lines, not starting there.
          ctx.textAlign = 'left';
          const xs = markers.map((m) => Math.round(u.valToPos(m.x, 'x', true)));
          const placed = placeRuleTags(
            markers.map((m, i) => ({ x: xs[i] ?? 0, width: ctx.measureText(m.tag).width })),
            left + width,
            TAG_PAD_PX * ratio,
            TAG_GAP_PX * ratio,
          );
          markers.forEach((m, i) => {
            const x = xs[i] ?? 0;
            ctx.beginPath();
            ctx.moveTo(x, top);
            ctx.lineTo(x, top + height);
            ctx.stroke();
            const p = placed[i];
            if (p) ctx.fillText(m.tag, p.left, top - (BAND_BOTTOM_PX - 2 + p.row * TAG_ROW_PX) * ratio);
          });
          ctx.restore();
        },
      ],
    },
  };
}
