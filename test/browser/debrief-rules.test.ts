/**
 * The debrief's export rules on the time axis say when a rule never applied. In the base scenario the AI
 * Diffusion Rule is due from Q2 2025 and rescinded that same quarter (effectiveQuarter 5, endQuarter 5): the
 * debrief listed it as "from Q2 2025, lifted in Q2 2025", and the board's export rules box "ended Q2 '25", leaving a
 * newcomer to guess whether it bound them. In English and German.
 */
import { describe, expect, it } from 'vitest';
import { boardLabels, openGame, overlappingText, playToTheEnd, settleBoard, tid, useSession } from './helpers';

for (const [lang, name, never, both, onBoard] of [
  ['en', 'AI Diffusion Rule', /due from Q2 2025, lifted before it took effect: never in force in this game$/, /from Q2 2025, lifted in Q2 2025/, /AI Diffusion Rule \(January 2025\) · lifted Q2 '25, never in force/],
  ['de', 'KI-Diffusionsregel', /vorgesehen ab Q2 2025, vorher aufgehoben: in diesem Spiel nie in Kraft$/, /ab Q2 2025, aufgehoben in Q2 2025/, /KI-Diffusionsregel \(Januar 2025\) · aufgehoben Q2 '25, nie in Kraft/],
] as const) {
  describe(`the debrief's export rules, ${lang}`, () => {
    const s = useSession();

    it(`say in ${lang} that a rule lifted before it took effect never applied`, async () => {
      const { page, errors } = s();
      await openGame(page, '2024-hopper-scramble', { lang, humans: ['microsoft'], bots: 'bot:easy', seed: 'rules-1' });
      let board = '';
      await playToTheEnd(page, {
        // The board at the reveal of Q2 2025, the quarter the rule was due and lifted: its rules box, line by line.
        reveal: async () => {
          if ((await tid(page, 'quarter-label').textContent()) !== 'Q2 2025') return;
          await settleBoard(page, { errors });
          const labels = await boardLabels(page);
          board = labels.map((l) => l.text).join(' ');
          expect(overlappingText(labels), 'text over text on the board').toEqual([]);
        },
      });
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
