/**
 * Text on the canvas as cached textures. A Phaser Text object paints its own canvas, measures its font by
 * scanning pixels and uploads a texture every time one is made, and the board makes about 150 of them on
 * every quarter change (the scenes are restarted, which destroys them). Most strings repeat from one
 * quarter to the next and between the Board and the Reveal, so each distinct (string, style) is painted
 * once into a texture that outlives the scenes; a label is then just an Image, cheap to make.
 */
import type * as Phaser from 'phaser';
import { FONT } from './theme';

/** How a label looks. Sizes are canvas pixels (already scaled). */
export interface LabelStyle {
  size: number;
  color: string;
  bold?: boolean;
  /** Wrap at spaces to this width (px); lines are aligned by `align`. */
  wrap?: number;
  align?: 'left' | 'center' | 'right';
}

interface Entry {
  key: string;
  /** Size in canvas pixels (the texture is `res` times larger). */
  w: number;
  h: number;
  used: number;
}

/** Pixel ratio of the label textures (as Phaser's Text uses: the device's, at most 2). */
function resolution(): number {
  return Math.min(2, Math.max(1, globalThis.devicePixelRatio || 1));
}

let measureCtx: CanvasRenderingContext2D | null = null;
const cache = new Map<string, Entry>();
let generation = 0;
let serial = 0;
/** Keep at most this many textures; older unused ones go when a new draw starts. */
const MAX_ENTRIES = 700;

/**
 * The smallest font a label is painted at (canvas pixels): 10 on a phone's small board, 12 on a board the size
 * of a laptop's or a projector's, where the class reads it from the back of the room (set by the board's draw).
 */
let minPx = 10;
/** Whether shrinking a label to fit stops at minPx (a readable board) or may go below it (a phone's). */
let hold = false;

/** Sets the smallest label font for the draws that follow (see minPx), and whether shrinking stops there. */
export function setMinLabel(px: number, holdFloor: boolean): void {
  minPx = px;
  hold = holdFloor;
}

/** Whether labels keep to minPx when shrunk to fit. */
export function holdsFloor(): boolean {
  return hold;
}

/**
 * How far a label of `size` may shrink to fit: to `floor` of its size, but on a readable board (holdsFloor)
 * not below the smallest label font.
 */
export function shrinkFloor(size: number, floor: number): number {
  return hold ? Math.max(floor, minPx / paintedPx(size)) : floor;
}

/** The font size a label of `size` is painted at. */
function paintedPx(size: number): number {
  return Math.max(minPx, Math.round(size));
}

function font(size: number, bold: boolean): string {
  return `${bold ? 'bold ' : ''}${paintedPx(size)}px ${FONT}`;
}

/** Each label's painted font size, for shrinkToFit. */
const paintedSize = new WeakMap<Phaser.GameObjects.Image, number>();

/**
 * Shrinks a label (about its origin) to at most `maxW` wide, but never below `floor` of its size nor, on a
 * readable board, below the smallest label font (a long German amount never runs into its neighbour, and stays readable).
 */
export function shrinkToFit<T extends Phaser.GameObjects.Image>(img: T, maxW: number, floor = 0.55): T {
  if (!(img.displayWidth > maxW && maxW > 0)) return img;
  const px = paintedSize.get(img);
  const res = resolution();
  const now = Math.abs(img.scaleX) * res;
  // The smallest scale that keeps the font at minPx (relative to the texture's own size).
  const least = px && hold ? Math.max(floor, minPx / (px * now)) : floor;
  img.setScale(img.scaleX * Math.min(1, Math.max(least, maxW / img.displayWidth)));
  return img;
}

/**
 * Leaves out a label wider than `maxW` even at the smallest label font (a phone's supply column): removed from the
 * draw and its summary, rather than drawn over its neighbours or shrunk below readable.
 */
export function dropIfWider<T extends Phaser.GameObjects.Image>(img: T, maxW: number): T | null {
  if (img.displayWidth <= maxW + 0.5) return img;
  const i = drawnImages.findIndex((d) => d.img === img);
  if (i >= 0) {
    const [gone] = drawnImages.splice(i, 1);
    const j = drawnStrings.lastIndexOf(gone?.str ?? '');
    if (j >= 0) drawnStrings.splice(j, 1);
  }
  img.destroy();
  return null;
}

function ctx(): CanvasRenderingContext2D {
  if (!measureCtx) {
    const c = document.createElement('canvas');
    c.width = c.height = 1;
    const got = c.getContext('2d');
    if (!got) throw new Error('no 2D canvas');
    measureCtx = got;
  }
  return measureCtx;
}

const metricsCache = new Map<string, { ascent: number; descent: number }>();
function lineMetrics(f: string): { ascent: number; descent: number } {
  let m = metricsCache.get(f);
  if (!m) {
    const c = ctx();
    c.font = f;
    ctxFont = f;
    const t = c.measureText('Mgy|');
    m = { ascent: Math.ceil(t.fontBoundingBoxAscent || t.actualBoundingBoxAscent || 10), descent: Math.ceil(t.fontBoundingBoxDescent || t.actualBoundingBoxDescent || 3) };
    metricsCache.set(f, m);
  }
  return m;
}

/** The font the measuring context has (setting `font` parses it, so it is set only when it changes). */
let ctxFont = '';
/** Widths already measured, by font and string: a redraw measures the same strings (and wrap prefixes) again. */
const measured = new Map<string, number>();
const MAX_WIDTHS = 20_000;

/** Width of a one-line string in a style (canvas pixels). */
export function textWidth(str: string, size: number, bold = false): number {
  const f = font(size, bold);
  const k = `${f}|${str}`;
  let w = measured.get(k);
  if (w !== undefined) return w;
  const c = ctx();
  if (ctxFont !== f) {
    c.font = f;
    ctxFont = f;
  }
  w = c.measureText(str).width;
  if (measured.size >= MAX_WIDTHS) measured.clear();
  measured.set(k, w);
  return w;
}

/** Height of one line in a style (canvas pixels). */
export function lineHeight(size: number, bold = false): number {
  const m = lineMetrics(font(size, bold));
  return m.ascent + m.descent;
}

/** Greedy word wrap at spaces (a word longer than the width keeps its own line, as Phaser's Text does). */
export function wrapLines(str: string, size: number, bold: boolean, width: number): string[] {
  const out: string[] = [];
  for (const para of str.split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (line && textWidth(next, size, bold) > width) {
        out.push(line);
        line = word;
      } else line = next;
    }
    out.push(line);
  }
  return out;
}

/** The first candidate that fits maxW, else the last one shortened with an ellipsis. */
export function fitText(candidates: readonly string[], maxW: number, size: number, bold = false): string {
  for (const c of candidates) if (textWidth(c, size, bold) <= maxW) return c;
  const full = candidates[candidates.length - 1] ?? '';
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${full.slice(0, mid).trimEnd()}…`, size, bold) <= maxW) lo = mid;
    else hi = mid - 1;
  }
  return `${full.slice(0, lo).trimEnd()}…`;
}

function paint(scene: Phaser.Scene, str: string, st: LabelStyle, cacheKey: string): Entry {
  const res = resolution();
  const bold = !!st.bold;
  const f = font(st.size, bold);
  const lines = st.wrap ? wrapLines(str, st.size, bold, st.wrap) : str.split('\n');
  const { ascent, descent } = lineMetrics(f);
  const lh = ascent + descent;
  const widths = lines.map((l) => textWidth(l, st.size, bold));
  const w = Math.max(1, Math.ceil(Math.max(...widths)));
  const h = lh * lines.length;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(w * res);
  canvas.height = Math.ceil(h * res);
  const c = canvas.getContext('2d');
  if (c) {
    c.scale(res, res);
    c.font = f;
    c.fillStyle = st.color;
    c.textBaseline = 'alphabetic';
    lines.forEach((l, i) => {
      const lw = widths[i] ?? 0;
      const x = st.align === 'center' ? (w - lw) / 2 : st.align === 'right' ? w - lw : 0;
      c.fillText(l, x, i * lh + ascent);
    });
  }
  const key = `label:${++serial}`;
  // A plain texture (Phaser's TextureSource takes a canvas as it takes an image): addCanvas would make a
  // CanvasTexture, which also copies every pixel out (getImageData) for pixel access we never use.
  scene.textures.addImage(key, canvas as unknown as HTMLImageElement);
  const e: Entry = { key, w, h, used: generation };
  cache.set(cacheKey, e);
  return e;
}

/** The strings labelled since the last beginLabels (what the canvas says, for its text summary). */
let drawnStrings: string[] = [];
/** The labels made since the last beginLabels, for their bounds once the draw is done. */
let drawnImages: { str: string; img: Phaser.GameObjects.Image }[] = [];

/** A label's box on the canvas once drawn (canvas pixels, after its origin, scale and container). */
export interface LabelBox {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The font's size as drawn (canvas pixels): its painted size times any shrinking of the label. */
  size: number;
}

/** Where every label of the current draw ended up (labels destroyed since, or invisible, are left out). */
export function labelBoxes(): LabelBox[] {
  const out: LabelBox[] = [];
  const res = resolution();
  for (const { str, img } of drawnImages) {
    if (!img.active || !img.visible || img.alpha === 0) continue;
    const px = paintedSize.get(img) ?? 0;
    const b = img.getBounds();
    // The texture is painted at `res` times the size and shown at 1/res; a label shrunk to fit is smaller still.
    const size = Math.round(px * Math.abs(img.scaleY) * res * 10) / 10;
    out.push({ text: str, x: Math.round(b.x * 10) / 10, y: Math.round(b.y * 10) / 10, w: Math.round(b.width * 10) / 10, h: Math.round(b.height * 10) / 10, size });
  }
  return out;
}

/** The strings labelled since the last beginLabels, in drawing order. */
export function labelsDrawn(): readonly string[] {
  return drawnStrings;
}

/** Starts a new full draw: textures unused for a few draws may be dropped once the cache is large. */
export function beginLabels(scene: Phaser.Scene): void {
  generation++;
  drawnStrings = [];
  drawnImages = [];
  if (cache.size <= MAX_ENTRIES) return;
  for (const [k, e] of cache) {
    if (e.used >= generation - 3) continue;
    cache.delete(k);
    if (scene.textures.exists(e.key)) scene.textures.remove(e.key);
  }
}

/** A label at (x, y) with its top-left there (change with setOrigin); the texture is shared and cached. */
export function label(scene: Phaser.Scene, x: number, y: number, str: string, st: LabelStyle): Phaser.GameObjects.Image {
  drawnStrings.push(str);
  const res = resolution();
  const cacheKey = `${res}|${Math.round(st.size * 100)}|${minPx}|${st.bold ? 1 : 0}|${st.color}|${st.align ?? 'left'}|${st.wrap ? Math.round(st.wrap) : 0}|${str}`;
  let e = cache.get(cacheKey);
  if (!e || !scene.textures.exists(e.key)) e = paint(scene, str, st, cacheKey);
  e.used = generation;
  const img = scene.add.image(x, y, e.key).setOrigin(0, 0).setScale(1 / res);
  paintedSize.set(img, paintedPx(st.size));
  drawnImages.push({ str, img });
  return img;
}
