/**
 * Draws the board for a game state into a container: the timeline across the top, the supply stacks per
 * SKU in the middle, a campus per company (the companies an export rule binds on the right, src/store/scenario-look.ts)
 * and the export-control wall between the supply and them. Pure drawing: it reads the state and returns where things are, so
 * the Reveal scene can fly chips between them.
 */
import * as Phaser from 'phaser';
import { scenarioName } from '../text/scenario-names';
import { teamNameOf, withTeam } from '../replay/team-name';
import { entityListing, exportStatus, quarterLabel } from '../engine';
import type { CompanySpec, GameState, PlayerState } from '../engine/types';
import { fleetSummary, lastClearing, wallLevel } from '../store/selectors';
import { powerNeededMw } from '../engine/queries';
import { badgeOf, boardSides, shortSkuNameIn, vendorStyle } from '../store/scenario-look';
import { money, count, exact, mw, h100e } from '../text/format';
import { lang, t as tr, type Key } from '../text/i18n';
import { wake } from './render-on-demand';
import { drawTimelineLegend, scoreMoved, seatTag, supplyOnBoard } from './board-extras';
import { writeBoardSummary } from './board-summary';
import { campusHeader, campusRows } from './campus-card';
import { beginLabels, dropIfWider, fitText, holdsFloor, label, lineHeight, setMinLabel, shrinkFloor, shrinkToFit, textWidth, wrapLines, type LabelStyle } from './labels';
import { C, CSS, hexColor, vendorColor as lookColor } from './theme';
import { drawRulesBox, type TextFn } from './rules-box';
import { powerWords } from './power-words';

/** Where the board put things (in canvas pixels). */
/** Below this size the board is not drawn (see drawBoard). */
export const MIN_BOARD_W = 320;
export const MIN_BOARD_H = 200;
/** From this size up (canvas pixels) the board's labels are at least 12 px; below it (a phone), at least 10. */
export const READABLE_BOARD = { w: 600, h: 400 } as const;

export interface BoardAnchors {
  stacks: Map<string, { x: number; y: number }>;
  campuses: Map<string, { x: number; y: number; w: number; h: number }>;
  otherBuyers: { x: number; y: number };
  scale: number;
}

/** Options for drawing. */
export interface BoardOptions {
  width: number;
  height: number;
  /** Player ids played by people at this screen (outlined). */
  highlight: readonly string[];
  selected: string | null;
  onSelect?: (playerId: string) => void;
  /** The record's seats: a class game's cards name their teams ("Azure Owls (Microsoft)"). */
  seats?: readonly { playerId: string; teamName?: string }[];
}

const STAGES = ['design', 'tapeout', 'ramp', 'volume'] as const;
const STAGE_LABEL: Record<string, Key> = { none: 'board.stage.none', design: 'board.stage.design', tapeout: 'board.stage.tapeout', ramp: 'board.stage.ramp', volume: 'board.stage.volume' };

/** Shrinks a label (about its origin) to at most `maxW` wide, never below the smallest label font (labels.ts). */
const shrinkTo = shrinkToFit;

/** The board's base size; everything scales from it. */
const BASE_W = 860;
const BASE_H = 640;

function side(game: GameState): { left: CompanySpec[]; right: CompanySpec[] } {
  return boardSides(game.scenario, game.scenario.companies);
}

/** The scenario being drawn, for the SKU names' and vendors' look (set at the start of drawBoard). */
let drawn: GameState['scenario'] | null = null;
const shortSkuName = (k: { name: string; vendor: string }): string => (drawn ? shortSkuNameIn(drawn, k) : k.name);
const vendorColor = (vendor: string): number => (drawn ? lookColor(vendor, drawn) : C.faint);

/** Draws the whole board at once; returns anchors for animations. */
export function drawBoard(scene: Phaser.Scene, root: Phaser.GameObjects.Container, game: GameState, opt: BoardOptions): BoardAnchors {
  const build = boardParts(scene, root, game, opt);
  for (const run of build.parts) run();
  wake(scene.game);
  return build.anchors;
}

/** The board as parts to draw in order, and where things will be. */
export interface BoardBuild {
  /** The timeline, each campus, the rules box, then the wall and the supply stacks (which write the board's summary). */
  parts: (() => void)[];
  /** Filled in as the parts run: complete once the last one has. */
  anchors: BoardAnchors;
}

/**
 * The board in parts: run one after another they make exactly what one draw makes (the same objects in the
 * same order), so a scene can spread a first draw, which paints every label's texture, over several tasks.
 */
export function boardParts(scene: Phaser.Scene, root: Phaser.GameObjects.Container, game: GameState, opt: BoardOptions): BoardBuild {
  const { width: W, height: H } = opt;
  const s = Math.max(0.7, Math.min(W / BASE_W, H / BASE_H, 1.6));
  const stacks = new Map<string, { x: number; y: number }>();
  const campuses = new Map<string, { x: number; y: number; w: number; h: number }>();
  const anchors: BoardAnchors = { stacks, campuses, otherBuyers: { x: 0, y: 0 }, scale: s };
  // While the page lays itself out the canvas can be a few pixels wide for a frame: sizes derived from it
  // would go negative, and a rounded rect of negative size makes Canvas 2D throw (a negative arc radius).
  if (W < MIN_BOARD_W || H < MIN_BOARD_H) return { parts: [], anchors };
  // A laptop's or a projector's board: no label under 12 px, so the class reads it from the back of the room.
  const readable = W >= READABLE_BOARD.w && H >= READABLE_BOARD.h;
  // On a phone's board no label under 10 px either (they were drawn at 4-5 px): one that cannot fit is left out.
  const labelFloor = (): void => setMinLabel(readable ? 12 : 10, true);
  const parts: (() => void)[] = [];
  // Every part draws this game's scenario (the SKU names' and vendors' look) at this board's label floor
  // (another scene may have drawn in between).
  const part = (fn: () => void): void => {
    parts.push(() => {
      drawn = game.scenario;
      labelFloor();
      fn();
    });
  };
  drawn = game.scenario;
  labelFloor();
  const g = scene.add.graphics();
  root.add(g);
  const text: TextFn = (x, y, str, size, color = CSS.text, bold = false, extra = {}) => {
    const t = label(scene, x, y, str, { size: size * s, color, bold, ...extra });
    root.add(t);
    return t;
  };

  const pad = Math.round(14 * s);
  // ---------------------------------------------------------------- timeline
  const tlH = Math.round(54 * s);
  part(() => {
    beginLabels(scene);
    drawTimeline(game, g, text, pad, W - pad, tlH, s);
  });

  // ---------------------------------------------------------------- columns
  const { left, right } = side(game);
  const top = tlH + Math.round(12 * s);
  const bottom = H - pad;
  const wallW = Math.round(20 * s);
  const gap = Math.round(12 * s);
  // The campus cards give up width (down to 22% of the board each) until every supply column fits its labels.
  const campusMax = Math.min(250 * s, W * 0.275);
  const middle = 2 * pad + 2 * gap + wallW + Math.max(gap, Math.ceil(lineHeight(10 * s, true) + 3 * s) + 1);
  const campusFit = (W - middle - supplyColumnNeed(game, s) * game.scenario.skus.length) / 2;
  const campusW = Math.round(readable ? Math.max(Math.min(campusMax, campusFit), Math.min(campusMax, W * 0.22)) : campusMax);
  const leftX = pad;
  const rightX = W - pad - campusW;
  const wallX = rightX - gap - wallW;
  const centerX0 = leftX + campusW + gap;
  // The wall's label runs up beside it (labels never go below 10 px): the supply column ends left of it.
  const centerX1 = wallX - Math.max(gap, Math.ceil(lineHeight(10 * s, true) + 3 * s) + 1);

  const rows = Math.max(left.length, right.length, 1);
  const cardH = Math.min(Math.round(176 * s), Math.floor((bottom - top - gap * (rows - 1)) / rows));
  const placeColumn = (list: CompanySpec[], x: number): void => {
    list.forEach((c, i) => {
      const y = top + i * (cardH + gap);
      const p = game.players.find((pl) => pl.id === c.id);
      if (!p) return;
      campuses.set(c.id, { x, y, w: campusW, h: cardH });
      part(() => drawCampus(scene, root, g, text, game, c, p, { x, y, w: campusW, h: cardH }, s, opt));
    });
  };
  placeColumn(left, leftX);
  placeColumn(right, rightX);
  const shorter = left.length > right.length ? { list: right, x: rightX } : right.length > left.length ? { list: left, x: leftX } : null;
  if (shorter) {
    const y0 = top + shorter.list.length * (cardH + gap);
    if (bottom - y0 > 70 * s) part(() => drawRulesBox(game, g, text, { x: shorter.x, y: y0, w: campusW, h: bottom - y0 }, s));
  }

  part(() => drawMiddle());

  // The wall, then the supply stacks between the columns, then the summary of the whole draw.
  function drawMiddle(): void {
    // ---------------------------------------------------------------- wall
    const wl = wallLevel(game, lang());
    const wallTop = top;
    const wallFullH = bottom - top;
    const frac = wl.total > 0 ? wl.active / wl.total : 0;
    const wallH = Math.round(Math.max(wallFullH * 0.08, wallFullH * (0.15 + 0.85 * frac)));
    const brickH = Math.max(8, Math.round(12 * s));
    g.fillStyle(C.cardLine, 0.5).fillRect(wallX, wallTop, wallW, wallFullH);
    const wallY = bottom - wallH;
    for (let y = bottom - brickH, row = 0; y >= wallY - 1; y -= brickH, row++) {
      const off = row % 2 === 0 ? 0 : wallW / 2;
      g.fillStyle(wl.active > 0 ? C.wall : C.idle, 1);
      for (let x = wallX - off; x < wallX + wallW; x += wallW) {
        const bx = Math.max(wallX, x);
        const bw = Math.min(wallX + wallW, x + wallW) - bx - 1;
        if (bw > 1) g.fillRect(bx, y, bw, brickH - 1);
      }
    }
    // The label runs up the gap beside the wall, from its foot.
    const labelText = fitText([tr('board.wall', { count: wl.active }), tr('board.wallShort', { count: wl.active })], bottom - wallTop, 10 * s, true);
    text(wallX - 3 * s, bottom, labelText, 10, wl.active > 0 ? CSS.rule : CSS.faint, true).setOrigin(0, 1).setAngle(-90);

    // ---------------------------------------------------------------- supply stacks
    const skus = game.scenario.skus;
    const cw = centerX1 - centerX0;
    const onSale = tr('board.onSaleIn', { quarter: quarterLabel(game.scenario, game.quarter) });
    text(centerX0 + cw / 2, top, onSale, 13, CSS.muted, true, { wrap: cw, align: 'center' }).setOrigin(0.5, 0);
    // Under the title (two lines in a narrow column): the stacks' legend, then the timeline's.
    const stackLegendY = top + Math.max(20 * s, wrapLines(onSale, 13 * s, true, cw).length * lineHeight(13 * s, true));
    // The stacks' legend on two lines where one cannot hold it at the smallest label font (a phone's column).
    const stackLegend = tr('board.stackLegend');
    const legendWrap = textWidth(stackLegend, 10.5 * s) * shrinkFloor(10.5 * s, 0.55) > cw - 8 * s;
    const legendY = stackLegendY + Math.max(16 * s, (legendWrap ? wrapLines(stackLegend, 10.5 * s, false, cw - 8 * s).length : 1) * lineHeight(10.5 * s));
    const colW = cw / Math.max(1, skus.length);
    // Shrink the SKU names (a little) if their longest word would not fit a column.
    let widest = 1;
    for (const k of skus) for (const word of shortSkuName(k).split(' ')) widest = Math.max(widest, textWidth(word, 12.5 * s, true));
    const nameSize = 12.5 * Math.max(0.8, Math.min(1, (colW - 6) / widest));
    const nameStyle = (avail: boolean): LabelStyle => ({ size: nameSize * s, color: avail ? CSS.text : CSS.faint, bold: true, align: 'center', wrap: colW - 4 });
    // Two name lines if any SKU name needs them, so the numbers under the stacks stay aligned.
    const nameLines = Math.max(1, ...skus.map((k) => wrapLines(shortSkuName(k), nameSize * s, true, colW - 4).length));
    const lineH = Math.max(15 * s, lineHeight(nameSize * s, true));
    // A price too wide for its column even at its least (80%, or the 12 px floor) goes on two lines: number, then unit.
    const priceFit = colW - 6 * s;
    const priceText = (k: (typeof skus)[number]): string => {
      const last = lastClearing(game, k.id);
      return last ? money(last.clearing.clearingPrice) : money(k.listPrice);
    };
    const twoLinePrices = skus.some((k) => textWidth(priceText(k), 12.5 * s, true) * shrinkFloor(12.5 * s, 0.8) > priceFit);
    const split = (str: string): string => (twoLinePrices ? str.replace(/[\s\u00a0]/, '\n') : str);
    // Under each stack: its name, its count, then its price (lines at least as tall as their 10 or 12 px text).
    const countH = Math.max(15 * s, lineHeight(11 * s) + 1);
    const priceH = lineHeight(12.5 * s, true);
    const labelsH = Math.max(nameLines * lineH + 36 * s + (twoLinePrices ? 18 * s : 0), 7 * s + nameLines * lineH + countH + priceH * (twoLinePrices ? 2 : 1) + 4 * s);
    const baseY = bottom - labelsH;
    // The timeline's legend under the stacks' legend (when it fits the column).
    const legendH = drawTimelineLegend(g, text, centerX0 + cw / 2, legendY, cw - 8 * s, s);
    const stackTop = Math.round(legendY + 8 * s + legendH);
    const maxSupply = Math.max(1, ...skus.map((k) => supplyOnBoard(game, k)));
    // 22 tiles at most, each at least 5 px tall; where the column is short (a phone) fewer tiles, so the
    // tallest stack still starts under the legends instead of over them.
    const maxTiles = Math.max(1, Math.min(22, Math.floor((baseY - stackTop) / 5)));
    const tileH = Math.max(5, Math.floor((baseY - stackTop) / maxTiles));
    let tallest = baseY;
    let numbers = false; // whether any stack kept a number under it (else their legend is left out)
    const keep = (img: Phaser.GameObjects.Image, maxW: number): void => {
      if (dropIfWider(img, maxW)) numbers = true;
    };
    skus.forEach((sku, i) => {
      const cx = centerX0 + colW * i + colW / 2;
      const supply = supplyOnBoard(game, sku);
      const available = sku.availableFrom <= game.quarter;
      const color = vendorColor(sku.vendor);
      // Area-true (square-root) heights: a big stack still leaves room to see the small ones.
      const tiles = supply > 0 ? Math.max(1, Math.round(Math.sqrt(supply / maxSupply) * maxTiles)) : 0;
      const tw = Math.min(colW - 12 * s, 44 * s);
      for (let t = 0; t < tiles; t++) {
        const y = baseY - (t + 1) * tileH;
        g.fillStyle(color, t % 2 === 0 ? 0.95 : 0.82).fillRoundedRect(cx - tw / 2, y + 1, tw, tileH - 2, Math.min(3, tileH / 3));
      }
      if (tiles === 0) {
        g.lineStyle(1, C.faint, 0.8).strokeRoundedRect(cx - tw / 2, baseY - tileH * 2, tw, tileH * 2 - 2, 3);
      }
      stacks.set(sku.id, { x: cx, y: baseY - Math.max(1, tiles) * tileH });
      tallest = Math.min(tallest, baseY - Math.max(1, tiles) * tileH);
      // On a phone six columns share a narrow middle: the labels under a stack shrink further to stay in it.
      const narrow = 0.4;
      // Each label left out where even 10 px cannot fit the column (six stacks on a phone).
      const nameL = shrinkTo(label(scene, cx, baseY + 5 * s, shortSkuName(sku), nameStyle(available)).setOrigin(0.5, 0), colW - 2, narrow);
      root.add(nameL);
      dropIfWider(nameL, colW - 2);
      const y2 = baseY + 5 * s + nameLines * lineH + 2 * s;
      const fit = priceFit;
      keep(shrinkTo(text(cx, y2, available ? count(supply) : quarterLabel(game.scenario, sku.availableFrom).replace(/ (\d\d)(\d\d)$/, " '$2"), 11, available ? CSS.muted : CSS.faint).setOrigin(0.5, 0), fit, narrow), fit);
      const last = lastClearing(game, sku.id);
      if (last) keep(shrinkTo(text(cx, y2 + countH, split(money(last.clearing.clearingPrice)), 12.5, vendorStyle(game.scenario, sku.vendor).primary ? vendorStyle(game.scenario, sku.vendor).color : CSS.text, true, { align: 'center' }).setOrigin(0.5, 0), fit, narrow), fit);
      else if (available) {
        const listed = tr('orders.list', { price: money(sku.listPrice) });
        keep(shrinkTo(text(cx, y2 + countH, textWidth(listed, 10.5 * s) <= fit ? listed : split(money(sku.listPrice)), 10.5, CSS.faint, false, { align: 'center' }).setOrigin(0.5, 0), fit, narrow), fit);
      }
    });
    if (numbers) shrinkTo(text(centerX0 + cw / 2, stackLegendY, stackLegend, 10.5, CSS.faint, false, legendWrap ? { wrap: cw - 8 * s, align: 'center' } : {}).setOrigin(0.5, 0), cw - 8 * s);
    g.lineStyle(1, C.cardLine, 1).lineBetween(centerX0 + 6, baseY, centerX1 - 6, baseY);
    writeBoardSummary(scene, game, left, right, tallest, campuses);
    anchors.otherBuyers = { x: centerX0 + cw / 2, y: top - 10 };
  }

  return { parts, anchors };
}

/** The width a supply column needs for its labels at this scale: the SKU name's longest word, its price, its count. */
function supplyColumnNeed(game: GameState, s: number): number {
  let need = 0;
  for (const k of game.scenario.skus) {
    for (const word of shortSkuName(k).split(' ')) need = Math.max(need, textWidth(word, 12.5 * s, true));
    const last = lastClearing(game, k.id);
    need = Math.max(need, textWidth(money(last ? last.clearing.clearingPrice : k.listPrice), last ? 12.5 * s : 10.5 * s, !!last) * 0.8);
  }
  return need + 8 * s;
}

function drawTimeline(game: GameState, g: Phaser.GameObjects.Graphics, text: TextFn, x0: number, x1: number, h: number, s: number): void {
  const n = game.scenario.quarters;
  const lineY = Math.round(h * 0.62);
  g.fillStyle(0x121a22, 1).fillRect(0, 0, x1 + x0, h);
  g.lineStyle(1, C.cardLine, 1).lineBetween(0, h, x1 + x0, h);
  const step = (x1 - x0) / n;
  g.lineStyle(2, C.cardLine, 1).lineBetween(x0 + step / 2, lineY, x1 - step / 2, lineY);
  const ruleQs = new Set(game.scenario.exportRules.map((r) => r.effectiveQuarter));
  const eventQs = new Set<number>(game.scenario.events.map((e) => e.quarter));
  for (const item of game.news) eventQs.add(item.quarter);
  const done = game.phase === 'gameOver' ? n : game.quarter;
  for (let q = 0; q < n; q++) {
    const cx = x0 + step * q + step / 2;
    const current = q === game.quarter && game.phase !== 'gameOver';
    if (q < done || (q === game.quarter && game.phase === 'reveal')) g.lineStyle(2, C.nvidia, 0.6).lineBetween(cx - step / 2, lineY, cx + step / 2, lineY);
    if (current) {
      g.fillStyle(C.nvidia, 0.18).fillRoundedRect(cx - step / 2 + 2, 3, step - 4, h - 6, 6);
      g.fillStyle(C.nvidia, 1).fillCircle(cx, lineY, 7 * s);
    } else if (q < done) {
      g.fillStyle(0x6d8f3a, 1).fillCircle(cx, lineY, 5 * s);
    } else {
      g.fillStyle(C.bg, 1).fillCircle(cx, lineY, 5 * s);
      g.lineStyle(2, C.faint, 1).strokeCircle(cx, lineY, 5 * s);
    }
    const qLabel = quarterLabel(game.scenario, q).replace(/ (\d\d)(\d\d)$/, " '$2");
    text(cx, 5 * s, qLabel, 11.5, current ? CSS.text : CSS.muted, current).setOrigin(0.5, 0);
    // Markers: a diamond for news, a small bar for an export rule taking effect.
    const my = lineY + 13 * s;
    let mx = cx - (eventQs.has(q) && ruleQs.has(q) ? 6 * s : 0);
    if (eventQs.has(q)) {
      const r = 4 * s;
      g.fillStyle(C.event, q <= game.quarter ? 1 : 0.55).fillTriangle(mx - r, my, mx, my - r, mx + r, my).fillTriangle(mx - r, my, mx, my + r, mx + r, my);
      mx += 12 * s;
    }
    if (ruleQs.has(q)) g.fillStyle(C.rule, q <= game.quarter ? 1 : 0.55).fillRect(mx - 4 * s, my - 3 * s, 8 * s, 6 * s);
  }
}

function drawCampus(
  scene: Phaser.Scene,
  root: Phaser.GameObjects.Container,
  g: Phaser.GameObjects.Graphics,
  text: TextFn,
  game: GameState,
  c: CompanySpec,
  p: PlayerState,
  box: { x: number; y: number; w: number; h: number },
  s: number,
  opt: BoardOptions,
): void {
  const { x, y, w, h } = box;
  const color = hexColor(c.color);
  const mine = opt.highlight.includes(c.id);
  g.fillStyle(C.card, 1).fillRoundedRect(x, y, w, h, 8 * s);
  g.lineStyle(mine ? 2 : 1, mine ? C.text : C.cardLine, mine ? 0.9 : 1).strokeRoundedRect(x, y, w, h, 8 * s);
  g.fillStyle(color, 1).fillRoundedRect(x, y, 5 * s, h, { tl: 8 * s, bl: 8 * s, tr: 0, br: 0 });

  const ix = x + 12 * s;
  const inner = w - 22 * s;
  // Header: initial badge, name, region.
  // The badge's box grows with a label that cannot shrink below 12 px ("MS" on a projector's board).
  const bs = Math.max(22 * s, lineHeight(12 * s, true) + 2, textWidth(badgeOf(c), 12 * s, true) + 4 * s);
  g.fillStyle(color, 1).fillRoundedRect(ix, y + 8 * s, bs, bs, 4 * s);
  shrinkTo(text(ix + bs / 2, y + 8 * s + bs / 2, badgeOf(c), 12, '#0b0f14', true).setOrigin(0.5), bs - 4 * s);
  // The name beside the seat tag; on a narrow card the tag goes, and a name too long even at 60% is cut.
  const nameX = ix + bs + 7 * s;
  const tagX = x + w - 10 * s;
  // A class game's card names its team with the company where that fits, else the team (the badge says the
  // company); the team's name replaces the seat's "team 1" in the tag.
  const team = teamNameOf(opt.seats, c.id);
  const tag = team ? c.region : seatTag(opt.highlight, c.id, c.region);
  // How far the name may shrink: to 60%, but on a readable board not below the smallest label.
  const least = shrinkFloor(14 * s, 0.6);
  const phone = opt.width < READABLE_BOARD.w || opt.height < READABLE_BOARD.h;
  const header = (str: string) => {
    const nw = textWidth(str, 14 * s, true);
    // On a phone's card the tag goes before the name is cut ("ByteDa…" beside "CN": the wall already says the side).
    return { str, nw, head: campusHeader(nw * least, textWidth(tag, 10.5 * s, mine), tagX - nameX, { gap: 6 * s, minName: phone ? Infinity : 48 * s }) };
  };
  const withCompany = header(withTeam(c.name, team));
  const { str: nameStr, nw: nameW, head } = team && withCompany.nw > withCompany.head.nameMax ? header(team) : withCompany;
  const name = text(nameX, y + 8 * s + bs / 2, nameW * least > head.nameMax ? fitText([nameStr], holdsFloor() ? head.nameMax / least : head.nameMax, 14 * s, true) : nameStr, 14, CSS.text, true).setOrigin(0, 0.5);
  if (head.showTag) text(tagX, y + 8 * s + bs / 2, tag, 10.5, mine ? CSS.text : CSS.faint, mine).setOrigin(1, 0.5);
  shrinkTo(name, head.nameMax, 0.6);

  // Lines below the header share the remaining height.
  const rowsTop = y + 8 * s + bs + 6 * s;
  // A human seat's card has a sixth line: what moved its score last quarter.
  const moved = mine ? scoreMoved(game, c.id) : null;
  const small = 10.5 * s;
  const smallH = Math.max(lineHeight(small), 11 * s);
  // Each line's height (labels never go below 10 px): on a small card only the lines that fit are drawn.
  const rowY = campusRows(rowsTop, y + h - 4 * s, {
    money: lineHeight(15 * s, true),
    chips: smallH,
    power: smallH,
    silicon: Math.max(lineHeight(11 * s, true), 11 * s),
    export: smallH,
    ...(moved ? { moved: smallH } : {}),
  });
  const fl = fleetSummary(game, p);
  // Row 1: cash and deployed compute (big numbers).
  const r1 = rowY.get('money');
  if (r1 !== undefined) {
    const room = x + w - 10 * s - ix - 8 * s;
    // Where even the smallest label cannot hold both (German amounts on a projector's narrow card), the compute
    // drops its unit ("150 Tsd." beside the cash; the card's next line says what runs).
    const computeFull = h100e(fl.deployedH100e);
    const atFloor = (str: string): number => textWidth(str, 15 * s, true) * shrinkFloor(15 * s, 0.6);
    const computeText = holdsFloor() && atFloor(money(p.cash)) + atFloor(computeFull) > room ? count(Math.round(fl.deployedH100e)) : computeFull;
    const cashL = text(ix, r1, money(p.cash), 15, CSS.text, true);
    const computeL = text(x + w - 10 * s, r1, computeText, 15, CSS.text, true).setOrigin(1, 0);
    // Both numbers in full, smaller if they would touch (German amounts are longer: "19,5 Mrd. $").
    const both = cashL.displayWidth + computeL.displayWidth;
    if (both > room) {
      const k = Math.max(0.6, room / both);
      shrinkTo(cashL, cashL.displayWidth * k, 0.6);
      shrinkTo(computeL, computeL.displayWidth * k, 0.6);
    }
  }
  // Rows 2 and 3: a short gauge, then words; the words take the first wording that fits (no ellipsis
  // hiding the number that matters), so the gauge stays narrow.
  const barW = Math.round(inner * 0.22);
  const barH = 7 * s;
  const tx = ix + barW + 8 * s;
  const wordsW = x + w - 8 * s - tx;
  const r2 = rowY.get('chips');
  if (r2 !== undefined) {
    const barY = r2 + 4 * s;
    g.fillStyle(C.cardLine, 1).fillRect(ix, barY, barW, barH);
    if (fl.units > 0) {
      g.fillStyle(color, 1).fillRect(ix, barY, (barW * fl.deployed) / fl.units, barH);
      g.fillStyle(C.idle, 1).fillRect(ix + (barW * fl.deployed) / fl.units, barY, (barW * fl.idle) / fl.units, barH);
    }
    const running = count(fl.deployed);
    const idle = count(fl.idle);
    const chipsText = fl.idle > 0 ? fitText([tr('board.runningIdle', { running, idle }), tr('board.runningIdleShort', { running, idle }), tr('shots.board.runningIdleShortest', { running, idle }), tr('shots.board.idleOnly', { idle })], wordsW, small) : tr('board.running', { running });
    text(tx, r2, chipsText, 10.5, fl.idle > 0 ? CSS.warn : CSS.muted);
  }
  // Row 3: power gauge (needed vs online).
  const r3 = rowY.get('power');
  if (r3 !== undefined) {
    const need = powerNeededMw(game, p.id);
    const building = p.projects.reduce((a, pr) => a + pr.mw, 0);
    const cap = Math.max(1, p.powerMw);
    g.fillStyle(C.cardLine, 1).fillRect(ix, r3 + 4 * s, barW, barH);
    g.fillStyle(need > cap ? 0xe0a84f : 0x5aa9e6, 1).fillRect(ix, r3 + 4 * s, barW * Math.min(1, need / cap), barH);
    const pct = tr('board.pct', { n: Math.round((100 * need) / cap) });
    const online = mw(p.powerMw);
    // Short of power: the MW the fleet needs, not a percentage over 100 ("139% used" read as nonsense).
    const needMw = mw(Math.ceil(need));
    const words = powerWords({ online, onlineExact: exact(Math.round(p.powerMw)), pct, need: needMw, building, buildingText: count(building), short: need > cap });
    const powerText = fitText(words, wordsW, small);
    text(tx, r3, powerText, 10.5, need > cap ? CSS.warn : CSS.muted);
  }
  // Row 4: silicon track: dots and stage on the right, the programme's name in what is left.
  const r4 = rowY.get('silicon');
  if (r4 !== undefined) {
    const stageIdx = STAGES.indexOf(p.silicon.stage as (typeof STAGES)[number]);
    const dotR = 4 * s;
    const stageKey = STAGE_LABEL[p.silicon.stage];
    const stageText = stageKey ? tr(stageKey) : p.silicon.stage;
    const sname = scenarioName(c.silicon.name);
    const plain = sname.replace(/\s*\([^)]*\)\s*$/, '');
    const bare = plain.startsWith(`${c.name} `) || plain.startsWith(`${c.name}-`) ? plain.slice(c.name.length + 1) : plain;
    const first = bare.split('/')[0] ?? bare;
    const upper = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
    // Last, a short generic name ("Eigenchip") before any ellipsis.
    const names = [sname, plain, upper(bare), upper(first), tr('board.ownChipShort')];
    const dotsW = 4 * s + STAGES.length * 13 * s;
    // On a narrow card whose name would be cut, the stage's word goes (the dots still show the stage).
    const withStage = textWidth(names[names.length - 1] ?? '', 11 * s, true) <= x + w - 10 * s - textWidth(stageText, small) - dotsW - 6 * s - ix;
    const stageX = x + w - 10 * s - (withStage ? textWidth(stageText, small) : 0);
    const dx0 = stageX - dotsW;
    for (let k = 0; k < STAGES.length; k++) {
      const cx = dx0 + k * 13 * s + dotR;
      const cy = r4 + 7 * s;
      if (k <= stageIdx) g.fillStyle(color, 1).fillCircle(cx, cy, dotR);
      else g.lineStyle(1.5, C.faint, 1).strokeCircle(cx, cy, dotR);
    }
    if (withStage) text(stageX, r4, stageText, 10.5, CSS.muted);
    text(ix, r4, fitText(names, dx0 - 6 * s - ix, 11 * s, true), 11, CSS.text, true);
  }
  // Row 5: export status.
  const r5 = rowY.get('export');
  const locked: string[] = [];
  const limited: string[] = [];
  const limitedTerms: string[] = [];
  for (const sku of game.scenario.skus) {
    if (sku.availableFrom > game.quarter) continue;
    const st = exportStatus(game, c.id, sku.id);
    if (!st.allowed) {
      if (st.mode !== 'notSold') locked.push(shortSkuName(sku));
    } else if (st.mode !== 'free') {
      limited.push(shortSkuName(sku));
      // The terms too, when they fit: "H20 licence 40%", "H20 cap 50k", "H20 15% share".
      const terms: string[] = [];
      if (st.modes.includes('licence')) terms.push(tr('lo.board.licenceItem', { pct: st.approvalPct }));
      if (st.capUnits !== null) terms.push(tr('lo.board.capItem', { units: count(st.capUnits) }));
      if (st.sharePct > 0) terms.push(tr('lo.board.shareItem', { pct: st.sharePct }));
      limitedTerms.push(`${shortSkuName(sku)} ${terms.join(' ')}`);
    }
  }
  // Longest wording first: every name, then fewer names with "+n", then just the count.
  const listed = (heads: string[], names: string[]): string[] => {
    const out: string[] = [];
    for (let k = names.length; k >= 1; k--) for (const hd of heads) out.push(`${hd}: ${names.slice(0, k).join(', ')}${k < names.length ? ` +${names.length - k}` : ''}`);
    for (const hd of heads) out.push(`${hd}: ${tr('board.chips', { count: names.length })}`);
    return out;
  };
  // A grey-market bust first: the entity listing and when it ends (engine entityListing).
  const listing = entityListing(game, c.id);
  const [listedUntil, listedQ] = listing ? [quarterLabel(game.scenario, listing.until), quarterLabel(game.scenario, listing.until).replace(/ (\d\d)(\d\d)$/, " '$2")] : ['', ''];
  const exportText = listing
    ? fitText(
        listing.restOfGame
          ? [tr('lo.board.listedRest', { vendors: listing.vendors.join(', ') }), tr('lo.board.listedRestShort')]
          : [tr('lo.board.listed', { quarter: listedUntil, vendors: listing.vendors.join(', ') }), tr('lo.board.listedShort', { quarter: listedUntil }), tr('lo.board.listedShort', { quarter: listedQ }), tr('lo.board.listedTiny', { quarter: listedQ })],
        inner,
        small,
      )
    : locked.length
    ? fitText(listed([tr('board.exportLocked'), tr('board.locked')], locked), inner, small)
    : limited.length
      ? fitText([...listed([tr('board.licenceLimits'), tr('board.limits')], limitedTerms).slice(0, 2), ...listed([tr('board.licenceLimits'), tr('board.limits')], limited)], inner, small)
      : fitText([tr('board.allOpen'), tr('shots.board.allOpenShort')], inner, small);
  if (r5 !== undefined) text(ix, r5, exportText, 10.5, listing || locked.length ? CSS.rule : limited.length ? CSS.warn : CSS.muted);
  const r6 = rowY.get('moved');
  if (moved && r6 !== undefined) text(ix, r6, fitText([moved.text, ...moved.short], inner, small), 10.5, moved.color);

  if (opt.onSelect) {
    const zone = scene.add.zone(x + w / 2, y + h / 2, w, h).setInteractive({ useHandCursor: true });
    zone.on('pointerup', () => opt.onSelect?.(c.id));
    root.add(zone);
  }
}
