/**
 * A campus card's layout (src/scenes/campus-card.ts) in Node: at any card height, the lines it keeps lie inside
 * the card and none overlaps another; on a large card every line is kept at the even spacing the board always
 * used; on a small one the most important lines are the ones kept.
 */
import { describe, expect, it } from 'vitest';
import { CAMPUS_ROWS, campusHeader, campusRows, type CampusRow } from '../../src/scenes/campus-card';

/** Line heights as the board measures them at scale s (labels never below 10 px: about 12 px a line). */
function heights(s: number, moved: boolean): Partial<Record<CampusRow, number>> {
  const small = Math.max(12, 10.5 * s * 1.2);
  return {
    money: Math.max(12, 15 * s * 1.2),
    chips: small,
    power: small,
    silicon: Math.max(12, 11 * s * 1.2),
    export: small,
    ...(moved ? { moved: small } : {}),
  };
}

/** Pairs of kept lines that overlap, and lines outside [top, bottom]. */
function problems(rows: Map<CampusRow, number>, h: Partial<Record<CampusRow, number>>, top: number, bottom: number): string[] {
  const out: string[] = [];
  const boxes = [...rows].map(([r, y]) => ({ r, y0: y, y1: y + (h[r] ?? 0) }));
  for (const b of boxes) if (b.y0 < top - 1e-9 || b.y1 > bottom + 1e-9) out.push(`${b.r} outside the card`);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a && b && a.y0 < b.y1 - 1e-9 && b.y0 < a.y1 - 1e-9) out.push(`${a.r} over ${b.r}`);
    }
  }
  return out;
}

describe('campus card lines', () => {
  it('never overlap and stay inside the card, at any height and scale', () => {
    for (const s of [0.7, 0.85, 1, 1.3, 1.6]) {
      for (const moved of [false, true]) {
        const h = heights(s, moved);
        for (let avail = 0; avail <= 200; avail += 1) {
          const rows = campusRows(50, 50 + avail, h);
          expect(problems(rows, h, 50, 50 + avail), `s=${s} moved=${moved} height=${avail}`).toEqual([]);
          // Rows come in reading order.
          const order = [...rows.keys()].map((r) => CAMPUS_ROWS.indexOf(r));
          expect(order).toEqual([...order].sort((a, b) => a - b));
        }
      }
    }
  });

  it('spreads every line evenly when they fit, as the board always did', () => {
    const h = heights(1, true);
    const rows = campusRows(100, 220, h);
    expect([...rows.entries()]).toEqual(CAMPUS_ROWS.map((r, i) => [r, 100 + i * 20]));
    const five = campusRows(100, 200, heights(1, false));
    expect([...five.values()]).toEqual([100, 120, 140, 160, 180]);
  });

  it('keeps cash and compute, then the export status, then chips, power and silicon on a small card', () => {
    const h = { money: 12, chips: 12, power: 12, silicon: 12, export: 12, moved: 12 };
    expect([...campusRows(0, 11, h).keys()]).toEqual([]);
    expect([...campusRows(0, 12, h).keys()]).toEqual(['money']);
    expect([...campusRows(0, 30, h).keys()]).toEqual(['money', 'export']);
    expect([...campusRows(0, 40, h).keys()]).toEqual(['money', 'chips', 'export']);
    expect([...campusRows(0, 60, h).keys()]).toEqual(['money', 'chips', 'power', 'silicon', 'export']);
    // Packed with the spare height shared: the first line at the top, the last ending at the bottom.
    const two = campusRows(0, 30, h);
    expect([...two.values()]).toEqual([0, 18]);
  });

  it('draws only the lines asked for', () => {
    expect([...campusRows(0, 100, { money: 12, export: 12 }).keys()]).toEqual(['money', 'export']);
    expect(campusRows(0, 100, {}).size).toBe(0);
  });
});

describe('campus card header', () => {
  it('keeps the seat tag beside a name that fits, or leaves the name room enough', () => {
    expect(campusHeader(80, 40, 200, { gap: 6, minName: 48 })).toEqual({ showTag: true, nameMax: 154 });
    expect(campusHeader(200, 40, 120, { gap: 6, minName: 48 })).toEqual({ showTag: true, nameMax: 74 });
  });

  it('drops the tag on a narrow card when the name would not fit beside it', () => {
    expect(campusHeader(90, 45, 80, { gap: 6, minName: 48 })).toEqual({ showTag: false, nameMax: 80 });
    // A short name still has its tag.
    expect(campusHeader(20, 45, 80, { gap: 6, minName: 48 })).toEqual({ showTag: true, nameMax: 29 });
  });
});
