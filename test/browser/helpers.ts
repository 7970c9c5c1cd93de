/** Helpers the browser tests share (vitest-aware; the bench uses harness.ts alone). */
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { openSession, SHOTS, type Page, type Session } from './harness';

/**
 * One Chromium session for a describe block: opened before its tests, closed after them. Call it inside
 * `describe`; the returned function gives the session to the tests.
 */
export function useSession(viewport?: { width: number; height: number }): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await openSession(inject('chromePath'), viewport);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('the browser session is not open yet');
    return session;
  };
}

/**
 * A fresh Chromium session for each test that asks for one (its own window size from the start, a clean profile),
 * closed after that test. Call it inside `describe`; the returned function opens the session.
 */
export function useFreshSession(): (
  viewport?: { width: number; height: number },
  media?: Parameters<typeof openSession>[3],
) => Promise<Session> {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });
  return async (viewport, media) => {
    await session?.close();
    mkdirSync(SHOTS, { recursive: true });
    session = await openSession(inject('chromePath'), viewport, [], media);
    return session;
  };
}

/** The game's address, opening it in `lang` when given (`?lang=de`). */
export function gameUrl(lang?: string): string {
  return lang ? new URL(`?lang=${lang}`, inject('baseUrl')).toString() : inject('baseUrl');
}

/** The element with a data-testid. */
export const tid = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

/** The board's scene for each screen of the app (`#app[data-screen]`, src/scenes/index.ts). */
const SCREEN_SCENE: Record<string, string> = { menu: 'Menu', board: 'Board', reveal: 'Reveal', gameOver: 'GameOver', replay: 'Replay' };

/**
 * Waits until the board canvas has drawn the screen's own scene (it starts a task and a frame after the panel:
 * when the reveal's Continue appears the orders board is still drawn, settled) at its cell's size (in `lang`,
 * if given) and no reveal animation runs, then two more frames. On a timeout the error says what the canvas
 * reported and the page errors so far.
 */
export async function settleBoard(page: Page, opts: { errors?: string[]; lang?: string } = {}): Promise<void> {
  try {
    await page.waitForFunction(
      ([want, scenes]) => {
        const c = document.querySelector<HTMLCanvasElement>('#board canvas');
        const box = document.querySelector('#board')?.getBoundingClientRect();
        if (!c || !box) return false;
        const scene = scenes[document.querySelector<HTMLElement>('#app')?.dataset.screen ?? ''];
        const drawn = c.width === Math.floor(box.width) && c.dataset.drawn === `${c.width}x${c.height}` && c.dataset.animating !== 'reveal';
        return drawn && (scene === undefined || c.dataset.scene === scene) && (want === null || c.dataset.lang === want);
      },
      [opts.lang ?? null, SCREEN_SCENE] as const,
      { timeout: 15_000 },
    );
  } catch (e) {
    const info = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('#board canvas');
      const box = document.querySelector('#board')?.getBoundingClientRect();
      return { canvas: c ? [c.width, c.height, { ...c.dataset }] : null, box: box ? [box.width, box.height] : null };
    });
    throw new Error(`board did not settle${opts.lang ? ` in ${opts.lang}` : ''}: ${JSON.stringify(info)}; errors: ${(opts.errors ?? []).join(' | ')}`, { cause: e });
  }
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * Resizes the window and waits for the page's own signal that the board has redrawn at the new size (the
 * canvas matches its cell and says so in `data-drawn`), never for a fixed time.
 */
export async function resizeAndSettle(page: Page, width: number, height: number, opts: { errors?: string[] } = {}): Promise<void> {
  await page.setViewportSize({ width, height });
  await settleBoard(page, opts);
}

/** Waits until no bot is thinking. */
export async function botsIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector<HTMLElement>('#app')?.dataset.bots === 'idle', undefined, { timeout: 20_000 });
}

/**
 * From the menu: a new game of `scenario` with the companies in `humans` (ids) played here and every other
 * seat a bot of `bots`; types `seed` when given (else the menu's random one stays). Returns the seats'
 * company ids in menu order.
 */
export async function startGame(page: Page, scenario: string, opts: { humans?: readonly string[]; bots?: string; seed?: string } = {}): Promise<string[]> {
  await tid(page, 'new-game').click();
  await tid(page, 'scenario-select').selectOption(scenario);
  const seats = page.locator('select[data-testid^="seat-"]');
  const ids: string[] = [];
  for (let i = 0; i < (await seats.count()); i++) {
    const id = ((await seats.nth(i).getAttribute('data-testid')) ?? '').replace(/^seat-/, '');
    ids.push(id);
    await seats.nth(i).selectOption(opts.humans?.includes(id) ? 'human' : (opts.bots ?? 'bot:easy'));
  }
  if (opts.seed !== undefined) await tid(page, 'seed-input').fill(opts.seed);
  await tid(page, 'start-game').click();
  return ids;
}

/** Opens the game (in `lang`, when given) and starts a game of `scenario` there, as startGame does. */
export async function openGame(
  page: Page,
  scenario: string,
  opts: Parameters<typeof startGame>[2] & { lang?: string } = {},
): Promise<string[]> {
  await page.goto(gameUrl(opts.lang));
  return startGame(page, scenario, opts);
}

/** What playToTheEnd does at each screen before it moves on, and how long it waits for one. */
export interface PlayHooks {
  /** At each orders panel, before Submit is clicked (to fill in bids, or turn on the facilitator view). */
  orders?: () => Promise<void>;
  /** At each reveal, before Continue is clicked (to look at the board, or reveal every chip). */
  reveal?: () => Promise<void>;
  /** How long to wait for the next screen (ms; 30 s unless told). */
  timeout?: number;
}

/**
 * Plays the started game to its final standings: submits each orders panel as it stands (after `hooks.orders`)
 * and continues each reveal (after `hooks.reveal`), until the game-over screen shows. Throws if it has not after
 * 60 screens.
 */
export async function playToTheEnd(page: Page, hooks: PlayHooks = {}): Promise<void> {
  const timeout = hooks.timeout ?? 30_000;
  for (let screens = 0; screens < 60; screens++) {
    const which = await Promise.race([
      // The button it will click, not the panel: the panel can be on screen a moment before its submit button.
      tid(page, 'submit-orders')
        .waitFor({ timeout })
        .then(() => 'orders' as const),
      tid(page, 'reveal-continue')
        .waitFor({ timeout })
        .then(() => 'reveal' as const),
      tid(page, 'game-over')
        .waitFor({ timeout })
        .then(() => 'over' as const),
    ]);
    if (which === 'over') return;
    if (which === 'orders') {
      await hooks.orders?.();
      await tid(page, 'submit-orders').click();
      // Sent orders stay on screen until the quarter resolves, a task later when the bots are done: wait for them to
      // go, or the race above finds the same Submit again and clicks it as the panel is cleared.
      await tid(page, 'submit-orders').waitFor({ state: 'detached', timeout });
    } else {
      await hooks.reveal?.();
      await tid(page, 'reveal-continue').click();
    }
  }
  throw new Error('the game did not reach its final standings in 60 screens');
}

/** A text's box on the page or the canvas (CSS pixels), as the board's `data-board` labels give them. */
export interface TextBox {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The font size as drawn (canvas pixels), where the board reports it. */
  size?: number;
}

/** True if two boxes overlap by more than `slack` pixels both ways. */
export function boxesOverlap(a: TextBox, b: TextBox, slack = 1): boolean {
  return a.x < b.x + b.w - slack && b.x < a.x + a.w - slack && a.y < b.y + b.h - slack && b.y < a.y + a.h - slack;
}

/** Pairs of non-empty text boxes drawn over each other, as "a | b" (an empty list when none are). */
export function overlappingText(boxes: readonly TextBox[]): string[] {
  const out: string[] = [];
  const real = boxes.filter((b) => b.w > 0 && b.h > 0 && b.text.trim() !== '');
  for (let i = 0; i < real.length; i++) {
    for (let j = i + 1; j < real.length; j++) {
      const a = real[i] as TextBox;
      const b = real[j] as TextBox;
      if (boxesOverlap(a, b)) out.push(`${a.text} | ${b.text}`);
    }
  }
  return out;
}

/** Where the board drew each label (its `data-board` summary, src/scenes/board-summary.ts). */
export async function boardLabels(page: Page): Promise<TextBox[]> {
  const raw = await page.locator('#board canvas').getAttribute('data-board');
  if (!raw) throw new Error('the board wrote no data-board');
  return (JSON.parse(raw) as { labels: TextBox[] }).labels;
}

/** Where the game-over scene drew each text (its `data-game-over` summary, src/scenes/game-over.ts). */
export async function gameOverLabels(page: Page): Promise<TextBox[]> {
  const raw = await page.locator('#board canvas').getAttribute('data-game-over');
  if (!raw) throw new Error('the game-over scene wrote no data-game-over');
  return (JSON.parse(raw) as { labels: TextBox[] }).labels;
}

/**
 * The shown elements matching `cells` inside `root` that stick out of the screen or out of a box that clips or
 * scrolls them sideways (a box scrolled sideways with no cue hides them from the player), or whose own text is
 * cut off; as "th "Cash" at 380-450 outside 14-376" (an empty list when all fit).
 */
export function cutOff(page: Page, root: string, cells: string): Promise<string[]> {
  return page.evaluate(
    ([rootSel, cellSel]) => {
      const vw = document.documentElement.clientWidth;
      const box = document.querySelector<HTMLElement>(rootSel);
      if (!box) throw new Error(`no ${rootSel}`);
      const shown = (e: HTMLElement): boolean => e.checkVisibility() && !e.closest('.sr-only') && e.getBoundingClientRect().width > 0;
      /** The visible span of x: the screen, narrowed by every ancestor that clips or scrolls sideways. */
      const span = (e: HTMLElement): [number, number] => {
        let left = 0;
        let right = vw;
        for (let p = e.parentElement; p; p = p.parentElement) {
          if (getComputedStyle(p).overflowX === 'visible') continue;
          const b = p.getBoundingClientRect();
          left = Math.max(left, b.left);
          right = Math.min(right, b.right);
        }
        return [left, right];
      };
      const out: string[] = [];
      for (const e of box.querySelectorAll<HTMLElement>(cellSel)) {
        if (!shown(e)) continue;
        const r = e.getBoundingClientRect();
        const [left, right] = span(e);
        const what = `${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim()}"`;
        if (r.left < left - 0.5 || r.right > right + 0.5) out.push(`${what} at ${Math.round(r.left)}-${Math.round(r.right)} outside ${Math.round(left)}-${Math.round(right)}`);
        else if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible') out.push(`${what} cut off`);
      }
      return out;
    },
    [root, cells] as const,
  );
}
