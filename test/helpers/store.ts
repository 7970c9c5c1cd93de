import type { Notice } from '../../src/store/notices';
import { noticeText } from '../../src/ui/notice-text';
import { handleMessage } from '../../src/ai/worker';
import { answerOf, type BotRunner } from '../../src/store/bot-client';

/** Runs bots in-process through the worker's own message handler (no Worker in Node). */
export const inlineBots: BotRunner = {
  think: async (state, playerId, level) => {
    const res = handleMessage({ type: 'think', requestId: 1, playerId, level, state });
    if (res.type === 'error') throw new Error(res.message);
    return answerOf(res);
  },
  dispose: () => {},
};

/** The store's notice as the player reads it (in the current language), or '' if there is none. */
export function noticeShown(store: { getState(): { ui: { notice: Notice | null } } }): string {
  const n = store.getState().ui.notice;
  return n ? noticeText(n) : '';
}
