/**
 * The menu's first button for a saved game that is already over: a newcomer who finished a game and went back to
 * the menu was offered "Continue" ("Weiterspielen"), as if there were more to play. For a finished game it says
 * "See the result" ("Ergebnis ansehen") and opens the final standings; an unfinished one still says Continue.
 */
import { describe, expect, it } from 'vitest';
import { openGame, playToTheEnd, tid, useFreshSession } from './helpers';

describe('the menu after a finished game', () => {
  const open = useFreshSession();

  it('offers the result, not Continue, in English and German', async () => {
    const { page, errors } = await open({ width: 1280, height: 720 });
    await openGame(page, 'tutorial', { humans: ['microsoft'], seed: 'menu-finished' });
    // Unfinished: Continue.
    await tid(page, 'submit-orders').waitFor();
    await tid(page, 'to-menu').click();
    await expect.poll(() => tid(page, 'continue-game').textContent()).toMatch(/^Continue/);
    await tid(page, 'continue-game').click();
    await playToTheEnd(page);
    await tid(page, 'to-menu').click();
    await expect.poll(() => tid(page, 'continue-game').textContent()).toMatch(/^See the result/);
    await tid(page, 'language-select').selectOption('de');
    await expect.poll(() => tid(page, 'continue-game').textContent()).toMatch(/^Ergebnis ansehen/);
    // It opens the final standings.
    await tid(page, 'continue-game').click();
    await tid(page, 'game-over').waitFor();
    expect(errors).toEqual([]);
  });
});
