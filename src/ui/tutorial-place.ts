/**
 * Keeps the tutorial's card off the board's campus cards where it can: a card that sits over the board beside a
 * target in the side panel covered ByteDance's card while the news said "Look for ByteDance's bids". The board
 * writes each campus card's box into its summary (`data-board`, src/scenes/board-summary.ts); this moves the
 * card up or down, still level with its target, to a place that covers none of them, if there is one.
 */

/** A box in CSS pixels from the window's top left. */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The campus cards the board drew (CSS px), empty when there is no board or it has not said. */
function campusBoxes(): Box[] {
  const c = document.querySelector<HTMLCanvasElement>('#board canvas');
  if (!c?.dataset.board || c.width <= 0 || c.height <= 0) return [];
  let list: unknown;
  try {
    list = (JSON.parse(c.dataset.board) as { campuses?: unknown }).campuses;
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  const r = c.getBoundingClientRect();
  const kx = r.width / c.width;
  const ky = r.height / c.height;
  const out: Box[] = [];
  for (const k of list as { x?: unknown; y?: unknown; w?: unknown; h?: unknown }[]) {
    if (typeof k.x !== 'number' || typeof k.y !== 'number' || typeof k.w !== 'number' || typeof k.h !== 'number') continue;
    out.push({ left: r.left + k.x * kx, top: r.top + k.y * ky, right: r.left + (k.x + k.w) * kx, bottom: r.top + (k.y + k.h) * ky });
  }
  return out;
}

/**
 * The top for a card `w` x `h` at `left` beside a target (its rows `target.top`..`target.bottom`): `top` itself
 * unless it covers a campus card and another top between 8 and `maxTop`, still level with some of the target's
 * rows, covers none (the nearest such).
 */
export function topOffCampuses(top: number, left: number, w: number, h: number, target: { top: number; bottom: number }, maxTop: number): number {
  const boxes = campusBoxes().filter((b) => b.left < left + w && b.right > left);
  const covers = (y: number): boolean => boxes.some((b) => b.top < y + h && b.bottom > y);
  if (!covers(top)) return top;
  const tops = boxes.flatMap((b) => [b.bottom + 8, b.top - h - 8]).sort((a, b) => Math.abs(a - top) - Math.abs(b - top));
  return tops.find((y) => y >= 8 && y <= maxTop && y < target.bottom && y + h > target.top && !covers(y)) ?? top;
}
