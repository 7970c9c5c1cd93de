/**
 * settleBoard waits for the screen's own scene. The board's scene follows the screen a task and a frame after the
 * panel (src/scenes/index.ts): measured in a four-quarter classroom game, at 7 of 8 screen changes (every reveal and every next quarter) the panel's new
 * button was there while the canvas still showed the last screen's scene, drawn at its size and not animating,
 * so the old wait (size and animation only) could pass at once and a test read labels or took a shot of the
 * orders board under the reveal's panel. The canvas now names the scene it drew (data-scene).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { settleBoard, startGame, tid, useSession } from './helpers';

const drawnScene = (page: Page): Promise<string | undefined> => page.evaluate(() => document.querySelector<HTMLCanvasElement>('#board canvas')?.dataset.scene);

describe('settleBoard after a screen change', () => {
  const s = useSession();

  it('returns only once the new screen has drawn its own scene', async () => {
    const { page, errors } = s();
    await page.goto(inject('baseUrl'));
    await tid(page, 'new-game').waitFor();
    await settleBoard(page, { errors });
    expect(await drawnScene(page)).toBe('Menu');
    await startGame(page, 'classroom-sprint', { humans: ['microsoft'], bots: 'bot:easy', seed: 'settle-1' });
    for (let q = 0; q < 4; q++) {
      await tid(page, 'submit-orders').click();
      await tid(page, 'reveal-continue').waitFor();
      await settleBoard(page, { errors });
      expect(await drawnScene(page), `Q${q + 1} reveal`).toBe('Reveal');
      await tid(page, 'reveal-continue').click();
      const next = await Promise.race([tid(page, 'submit-orders').waitFor().then(() => 'Board'), tid(page, 'game-over').waitFor().then(() => 'GameOver')]);
      await settleBoard(page, { errors });
      expect(await drawnScene(page), `after Q${q + 1}`).toBe(next);
      if (next === 'GameOver') break;
    }
    expect(errors).toEqual([]);
  });
});
