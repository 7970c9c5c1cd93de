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
