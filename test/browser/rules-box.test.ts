/**
 * The board's export-rules box names every rule or says how many it leaves out: at 1280x720 the fourth rule of
 * 2024-hopper-scramble was dropped without a word (the box gave its room to the revenue line), and on a 390 px
 * phone the box showed its title alone. Now the rules come before the revenue line, and where the box cannot hold
 * them all its last line is "+N weitere Regeln" ("+N more rules"): in German and English, at the sizes people
 * use and two phones, the rules drawn plus N are all the scenario's rules, and every rule is drawn whole from
 * 1280x720 up.
 */
import { describe, expect, inject, it } from 'vitest';
import { shippedScenario } from '../helpers/scenario';
import { boardLabels, resizeAndSettle, settleBoard, startGame, tid, useSession } from './helpers';

const SIZES = [
  [1024, 768],
  [1280, 720],
  [1366, 768],
  [1920, 1080],
  [390, 844],
  [360, 740],
] as const;

const RULES = shippedScenario('2024-hopper-scramble')?.exportRules.length ?? 0;
const MORE = { de: /^\+(\d+) weitere Regeln?$/, en: /^\+(\d+) more rules?$/ } as const;
/** Where no rule fits (a phone's box), the line says how many rules there are and where they are named, not "+N more". */
const ALL = { de: /^(\d+) Regeln?: siehe Exportstatus$/, en: /^(\d+) rules?: see Export status$/ } as const;

for (const lang of ['de', 'en'] as const) {
  describe(`the export rules box in ${lang}`, () => {
    const s = useSession({ width: 1280, height: 720 });

    it(`names every rule, or how many more, at ${SIZES.map(([w, h]) => `${w}x${h}`).join(', ')}`, async () => {
      expect(RULES).toBeGreaterThanOrEqual(4);
      const { page, errors } = s();
      await page.goto(`${inject('baseUrl')}?lang=${lang}`);
      await startGame(page, '2024-hopper-scramble', { humans: ['microsoft'], seed: `rules-box-${lang}` });
      await tid(page, 'orders-panel').waitFor();
      await settleBoard(page, { errors });
      const found: Record<string, { drawn: number; more: number }> = {};
      for (const [w, h] of SIZES) {
        await resizeAndSettle(page, w, h, { errors });
        const texts = (await boardLabels(page)).map((l) => l.text.trim());
        const drawn = texts.filter((t) => /^[■□] /.test(t)).length;
        const more = texts.map((t) => (drawn > 0 ? MORE : ALL)[lang].exec(t)?.[1]).filter((n) => n !== undefined);
        expect(more.length, `${w}x${h}: at most one "+N" line`).toBeLessThanOrEqual(1);
        if (drawn === 0) expect(texts.filter((t) => MORE[lang].test(t)), `${w}x${h}: "+N more" with no rule drawn`).toEqual([]);
        found[`${w}x${h}`] = { drawn, more: Number(more[0] ?? 0) };
      }
      for (const [size, { drawn, more }] of Object.entries(found)) expect(drawn + more, `${size}: rules drawn ${drawn}, "+${more}"`).toBe(RULES);
      for (const size of ['1280x720', '1366x768', '1920x1080']) expect(found[size]?.drawn, `${size}: every rule drawn`).toBe(RULES);
      expect(errors).toEqual([]);
    });
  });
}
