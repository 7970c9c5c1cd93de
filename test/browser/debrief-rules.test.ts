/**
 * The debrief's export rules on the time axis say when a rule never applied. In the base scenario the AI
 * Diffusion Rule is due from Q2 2025 and rescinded that same quarter (effectiveQuarter 5, endQuarter 5): the
 * debrief listed it as "from Q2 2025, lifted in Q2 2025", and the board's export rules box "ended Q2 '25", leaving a
 * newcomer to guess whether it bound them. In English and German.
 */
import { describe, expect, inject, it } from 'vitest';
import { boardLabels, overlappingText, settleBoard, startGame, tid, useSession } from './helpers';

for (const [lang, name, never, both, onBoard] of [
  ['en', 'AI Diffusion Rule', /due from Q2 2025, lifted before it took effect: never in force in this game$/, /from Q2 2025, lifted in Q2 2025/, /AI Diffusion Rule \(January 2025\) · lifted Q2 '25, never in force/],
  ['de', 'KI-Diffusionsregel', /vorgesehen ab Q2 2025, vorher aufgehoben: in diesem Spiel nie in Kraft$/, /ab Q2 2025, aufgehoben in Q2 2025/, /KI-Diffusionsregel \(Januar 2025\) · aufgehoben Q2 '25, nie in Kraft/],
] as const) {
  describe(`the debrief's export rules, ${lang}`, () => {
    const s = useSession();

    it(`say in ${lang} that a rule lifted before it took effect never applied`, async () => {
      const { page, errors } = s();
      await page.goto(`${inject('baseUrl')}?lang=${lang}`);
      await startGame(page, '2024-hopper-scramble', { humans: ['microsoft'], bots: 'bot:easy', seed: 'rules-1' });
      let board = '';
      for (let guard = 0; guard < 20; guard++) {
        const which = await Promise.race([
          tid(page, 'submit-orders')
            .waitFor()
            .then(() => 'orders' as const),
          tid(page, 'reveal-continue')
            .waitFor()
            .then(() => 'reveal' as const),
          tid(page, 'game-over')
            .waitFor({ timeout: 30_000 })
            .then(() => 'over' as const),
        ]);
        if (which === 'over') break;
        // The board at the reveal of Q2 2025, the quarter the rule was due and lifted: its rules box, line by line.
        if (which === 'reveal' && (await tid(page, 'quarter-label').textContent()) === 'Q2 2025') {
          await settleBoard(page, { errors });
          const labels = await boardLabels(page);
          board = labels.map((l) => l.text).join(' ');
          expect(overlappingText(labels), 'text over text on the board').toEqual([]);
        }
        await tid(page, which === 'orders' ? 'submit-orders' : 'reveal-continue').click();
        // Sent orders stay on screen until the quarter resolves, a task later when the bots are done: wait for them to go,
        // or the race above finds the same Submit again and clicks it as the panel is cleared.
        if (which === 'orders') await tid(page, 'submit-orders').waitFor({ state: 'detached' });
      }
      expect(board).toMatch(onBoard);
      await tid(page, 'open-debrief').click();
      const rule = page.locator('.debrief-rules li').filter({ hasText: name });
      await expect.poll(() => rule.count(), { timeout: 20_000 }).toBe(1);
      const text = ((await rule.textContent()) ?? '').replace(/\s+/g, ' ').trim();
      expect(text).toMatch(never);
      expect(text).not.toMatch(both);
      expect(errors).toEqual([]);
    });
  });
}
