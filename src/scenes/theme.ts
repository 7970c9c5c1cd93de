/** Colours, fonts and sizes shared by the scenes (matching src/ui/styles.css). */
import * as Phaser from 'phaser';
import { lang } from '../text/i18n';
import type { Scenario } from '../engine/types';
import { vendorStyle } from '../store/scenario-look';

/** Colour palette as numbers for Phaser. */
export const C = {
  bg: 0x0d1319,
  card: 0x151e28,
  cardLine: 0x263443,
  text: 0xe4eaf1,
  muted: 0x9aa9ba,
  faint: 0x5d6d80,
  idle: 0x4a5566,
  nvidia: 0x76b900,
  wall: 0xb4553c,
  wallLine: 0x7a3526,
  focus: 0xffd166,
  event: 0xf2c46d,
  rule: 0xe07a5f,
} as const;

/** Colour strings for Text styles. */
export const CSS = {
  text: '#e4eaf1',
  muted: '#9aa9ba',
  faint: '#8090a3', // as --faint in styles.css: 4.5:1 on the panels
  nvidia: '#76b900',
  warn: '#f2c46d',
  rule: '#f0a08a',
  /** Above par (as the DOM tables' --ok) and below it. */
  ok: '#9bd67a',
  behind: '#f0a08f',
} as const;

/** The font stack (DejaVu Sans is the usual fallback on Linux). */
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

/** A vendor's colour for supply stacks and chips: the scenario's look (src/store/scenario-look.ts): the relationship vendor green, others their own. */
export function vendorColor(vendor: string, scenario: Pick<Scenario, 'skus' | 'relationship' | 'presentation'>): number {
  return hexColor(vendorStyle(scenario, vendor).color);
}

/** "#1f77b4" -> 0x1f77b4 (grey if malformed). */
export function hexColor(css: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(css.trim());
  return m && m[1] ? parseInt(m[1], 16) : 0x8fa3b8;
}

/** A text style at a size (px, already scaled) and colour. */
export function textStyle(size: number, color: string = CSS.text, bold = false): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: FONT,
    fontSize: `${Math.max(10, Math.round(size))}px`,
    color,
    fontStyle: bold ? 'bold' : 'normal',
    resolution: Math.min(2, Math.max(1, globalThis.devicePixelRatio || 1)),
  };
}

/** True when the player asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Marks the canvas with the size last drawn (tests wait for it to match the canvas after a resize). */
export function markDrawn(scene: Phaser.Scene): void {
  const c = scene.game.canvas;
  if (!c) return;
  c.dataset.drawn = `${Math.floor(scene.scale.width)}x${Math.floor(scene.scale.height)}`;
  // The language the board's text was drawn in (tests wait for it after a switch).
  c.dataset.lang = lang();
  // The scene drawn (tests wait for the screen's own scene: it starts a task and a frame after the panel).
  c.dataset.scene = scene.scene.key;
}

/**
 * WebGL where the browser has a GPU for it, else Phaser's Canvas renderer. Without a GPU (school PCs with
 * blocked drivers, VMs, headless Chromium) WebGL runs in software (SwiftShader, llvmpipe) and every frame
 * is also read back on the main thread: the reveal then runs at 15-30 FPS and each frame is a long task,
 * where Canvas 2D keeps 60. Chromium still hands out SwiftShader despite `failIfMajorPerformanceCaveat`,
 * so the renderer's name decides too.
 */
export function preferredRenderer(): number {
  try {
    const probe = document.createElement('canvas');
    const gl = probe.getContext('webgl', { failIfMajorPerformanceCaveat: true });
    if (!gl) return Phaser.CANVAS;
    let name = String(gl.getParameter(gl.RENDERER));
    if (!/swiftshader|llvmpipe|softpipe|software|basic render/i.test(name)) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      if (info) name = String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL));
    }
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name) ? Phaser.CANVAS : Phaser.AUTO;
  } catch {
    return Phaser.AUTO;
  }
}

/** The chip texture in a colour: WebGL tints the white chip; Phaser's Canvas renderer cannot, so it gets a tinted copy. */
export function chipTexture(scene: Phaser.Scene, color: number): string {
  if (scene.game.renderer.type === Phaser.WEBGL) return 'chip';
  const key = `chip-${color.toString(16).padStart(6, '0')}`;
  if (scene.textures.exists(key)) return key;
  const src = scene.textures.get('chip').getSourceImage() as CanvasImageSource & { width: number; height: number };
  const tex = scene.textures.createCanvas(key, src.width, src.height);
  const ctx = tex?.getContext();
  if (!tex || !ctx) return 'chip';
  ctx.drawImage(src, 0, 0);
  ctx.globalCompositeOperation = 'multiply';
  ctx.fillStyle = `#${color.toString(16).padStart(6, '0')}`;
  ctx.fillRect(0, 0, src.width, src.height);
  ctx.globalCompositeOperation = 'destination-in';
  ctx.drawImage(src, 0, 0);
  tex.refresh();
  return key;
}

/**
 * Takes the board cell's size now if the layout changed it (a new screen can resize the cell before the
 * ResizeObserver reports it), so a scene's first draw is at the right size instead of drawing twice.
 */
export function fitParent(scene: Phaser.Scene): void {
  if (scene.scale.getParentBounds()) scene.scale.refresh();
}
