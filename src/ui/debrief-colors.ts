/**
 * Colours for the debrief's charts: the scenario's company colours kept readable on the dark screen and on
 * white paper (lightened or darkened until they reach a contrast of 3:1, the WCAG bar for graphics), a dash
 * pattern per series so lines differ without colour, and NVIDIA's supply in green.
 */
import { PRIMARY_GREEN } from '../store/scenario-look';

/** The two backgrounds the charts are drawn on. */
export type ChartTheme = 'dark' | 'print';

/** Axis, grid and marker colours of a theme. */
export interface ThemeColors {
  background: string;
  text: string;
  grid: string;
  rule: string;
  spend: string;
  revenue: string;
}

/** The theme's colours (dark: the game's palette; print: black on white). */
export const THEMES: Record<ChartTheme, ThemeColors> = {
  dark: { background: '#141d27', text: '#c9d3de', grid: '#263443', rule: '#f2c46d', spend: '#ff9b8f', revenue: '#8fc7ff' },
  print: { background: '#ffffff', text: '#1a1a1a', grid: '#d9d9d9', rule: '#9a5b00', spend: '#b3261e', revenue: '#1f5fa8' },
};

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  let h = m[1] as string;
  if (h.length === 3) h = h.split('').map((c) => c + c).join('');
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((v) => Math.round(Math.max(0, Math.min(255, v))).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: Rgb): number {
  const f = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

/** WCAG contrast ratio of two colours (1..21); 1 if either is not a hex colour. */
export function contrast(a: string, b: string): number {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) return 1;
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour mixed towards white (on a dark background) or black (on a light one) in small steps until it
 * reaches `min` contrast against the background; the hue stays. A colour that is not hex comes back as is.
 */
export function readable(color: string, background: string, min = 3): string {
  const c = parseHex(color);
  const bg = parseHex(background);
  if (!c || !bg) return color;
  const toward: Rgb = luminance(bg) < 0.5 ? [255, 255, 255] : [0, 0, 0];
  for (let k = 0; k <= 20; k++) {
    const t = k / 20;
    const mixed: Rgb = [c[0] + (toward[0] - c[0]) * t, c[1] + (toward[1] - c[1]) * t, c[2] + (toward[2] - c[2]) * t];
    const hex = toHex(mixed);
    if (contrast(hex, background) >= min) return hex;
  }
  return toHex(toward);
}

/** Dash patterns, one per series in turn (solid first), so lines differ in print and without colour. */
export const DASHES: readonly number[][] = [[], [8, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 5]];

/** The dash of the i-th series. */
export function dashFor(i: number): number[] {
  return [...(DASHES[i % DASHES.length] as number[])];
}

const NVIDIA_GREENS: Record<ChartTheme, string[]> = {
  dark: ['#76b900', '#b5e86b', '#4f9a2a', '#d7f5a8'],
  print: ['#3f7d00', '#2a5200', '#6a9f1f', '#1c3800'],
};
const OTHER_VENDORS: Record<ChartTheme, string[]> = {
  dark: ['#ff9b8f', '#c9a7ff', '#9aa9ba', '#f2c46d'],
  print: ['#b3261e', '#5e35b1', '#4a5563', '#8a5a00'],
};

/**
 * Colours for the price lines, in the order given: the relationship vendor's SKUs in greens (`primary`, unless
 * the scenario paints that vendor another colour), each other vendor's first SKU in the vendor's own colour (as
 * on the board), further SKUs in other hues.
 */
export function skuColors(vendors: readonly string[], theme: ChartTheme, look: (vendor: string) => { primary: boolean; color: string } = (v) => ({ primary: v === 'NVIDIA', color: '' })): string[] {
  let g = 0;
  let o = 0;
  const seen = new Set<string>();
  return vendors.map((v) => {
    const style = look(v);
    if (style.primary && (!style.color || style.color.toLowerCase() === PRIMARY_GREEN)) return NVIDIA_GREENS[theme][g++ % NVIDIA_GREENS[theme].length] as string;
    if (style.color && !seen.has(v)) {
      seen.add(v);
      return readable(style.color, THEMES[theme].background);
    }
    return OTHER_VENDORS[theme][o++ % OTHER_VENDORS[theme].length] as string;
  });
}

const FIXED_REGIONS: Readonly<Record<string, string>> = { US: '#56B4E9', CN: '#D55E00' };
const OTHER_REGIONS = ['#009E73', '#CC79A7', '#E69F00', '#F0E442', '#0072B2', '#999999'] as const;

/**
 * Colours for the debrief's region lines, in order: US blue and CN red as always, every other region the next
 * colour of the palette that no line has yet (distinct while the palette lasts; the lines' dashes differ too).
 */
export function regionColors(regions: readonly string[], theme: ChartTheme): string[] {
  const used = new Set<string>(regions.flatMap((r) => (FIXED_REGIONS[r] ? [FIXED_REGIONS[r]] : [])));
  let k = 0;
  return regions.map((r) => {
    let c = FIXED_REGIONS[r];
    if (!c) {
      c = OTHER_REGIONS[k % OTHER_REGIONS.length] as string;
      for (let n = 0; n < OTHER_REGIONS.length && used.has(c); n++) c = OTHER_REGIONS[++k % OTHER_REGIONS.length] as string;
      k++;
      used.add(c);
    }
    return readable(c, THEMES[theme].background);
  });
}
