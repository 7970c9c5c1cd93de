/**
 * Where a campus card's lines go. A card has a header, then up to six lines (cash and compute, chips running,
 * power, own silicon, export status, and on a human seat what moved the score). On a large board they share
 * the card's height evenly, as they always did; on a small one (a phone) labels never shrink below 10 px, so
 * the lines would be drawn over each other: the card then keeps the lines that fit, most important first
 * (cash and compute, export status, chips, power, silicon, score), packed in their reading order. Pure layout,
 * tested in Node (test/scenes/campus-card.test.ts).
 */

/** A card's lines, in reading order. */
export const CAMPUS_ROWS = ['money', 'chips', 'power', 'silicon', 'export', 'moved'] as const;
export type CampusRow = (typeof CAMPUS_ROWS)[number];

/** Which lines a card keeps when not all fit: most important first. */
const PRIORITY: readonly CampusRow[] = ['money', 'export', 'chips', 'power', 'silicon', 'moved'];

/**
 * The top of each kept line, between `top` and `bottom` (canvas pixels). `heights` gives each wanted line's
 * height (a line absent from it is not drawn). If every line fits at an even spacing, they are spread evenly
 * as on a large board; else the most important lines that fit are packed, the spare height shared between them.
 */
export function campusRows(top: number, bottom: number, heights: Partial<Record<CampusRow, number>>): Map<CampusRow, number> {
  const wanted = CAMPUS_ROWS.filter((r) => heights[r] !== undefined);
  const avail = Math.max(0, bottom - top);
  const out = new Map<CampusRow, number>();
  if (wanted.length === 0) return out;
  const even = avail / wanted.length;
  if (wanted.every((r) => (heights[r] ?? 0) <= even)) {
    wanted.forEach((r, i) => out.set(r, top + i * even));
    return out;
  }
  const kept = new Set<CampusRow>();
  let used = 0;
  for (const r of PRIORITY) {
    const h = heights[r];
    if (h === undefined || used + h > avail) continue;
    kept.add(r);
    used += h;
  }
  const rows = CAMPUS_ROWS.filter((r) => kept.has(r));
  const spare = rows.length > 1 ? (avail - used) / (rows.length - 1) : 0;
  let y = top;
  for (const r of rows) {
    out.set(r, y);
    y += (heights[r] ?? 0) + spare;
  }
  return out;
}

/**
 * The header's room for the name beside the seat tag ("you · EU"): the tag stays unless it would leave the name
 * less than `minName` pixels when the name does not fit anyway (then the name takes the whole width).
 */
export function campusHeader(
  nameW: number,
  tagW: number,
  room: number,
  opts: { gap: number; minName: number },
): { showTag: boolean; nameMax: number } {
  const beside = room - tagW - opts.gap;
  if (nameW <= beside || beside >= opts.minName) return { showTag: true, nameMax: beside };
  return { showTag: false, nameMax: room };
}
