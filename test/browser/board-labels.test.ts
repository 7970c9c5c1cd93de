/**
 * No text drawn over other text on the board (issue 14: campus cards at 390×844): the base scenario, six SKUs
 * and six campus cards, in German (the longest words) and English, at the sizes people use and two phones.
 * The board writes each label's box and drawn size to `data-board`; a pair that overlaps by more than a pixel
 * fails, and so does a label under 12 CSS px on a laptop's or a projector's screen (1024×768 up to 1920×1080)
 * or under 10 CSS px on a phone's (the supply stacks' labels were drawn at 4-5 px at 390×844).
 */
import { describe, expect, inject, it } from 'vitest';
import { boardLabels, overlappingText, resizeAndSettle, settleBoard, startGame, tid, useSession } from './helpers';

const SIZES = [
  [1024, 768],
  [1100, 700],
  [1280, 720],
  [1366, 768],
  [1920, 1080],
  [900, 1100],
  [390, 844],
  [360, 740],
] as const;

for (const lang of ['de', 'en'] as const) {
  describe(`the board's labels in ${lang}`, () => {
    const s = useSession({ width: 1280, height: 720 });

    it(`draw no text over text at ${SIZES.map(([w, h]) => `${w}x${h}`).join(', ')}`, async () => {
      const { page, errors } = s();
      await page.goto(`${inject('baseUrl')}?lang=${lang}`);
      await startGame(page, '2024-hopper-scramble', { humans: ['microsoft'], seed: `labels-${lang}` });
      await tid(page, 'orders-panel').waitFor();
      await settleBoard(page, { errors });
      const found: string[] = [];
      for (const [w, h] of SIZES) {
        await resizeAndSettle(page, w, h, { errors });
        const labels = await boardLabels(page);
        expect(labels.length, `labels drawn at ${w}x${h}`).toBeGreaterThan(20);
        for (const pair of overlappingText(labels)) found.push(`${w}x${h}: ${pair}`);
        // The canvas's pixels to CSS pixels (1 unless the page is zoomed).
        const k = await page.locator('#board canvas').evaluate((c: HTMLCanvasElement) => c.getBoundingClientRect().width / c.width);
        // 12 px on a laptop's or a projector's screen; 10 px on a phone's, where labels that cannot fit are left out.
        const least = w >= 1024 ? 12 : 10;
        for (const l of labels)
          if (l.text.trim() && (l.size ?? 0) * k < least) found.push(`${w}x${h}: "${l.text}" at ${((l.size ?? 0) * k).toFixed(1)} px`);
      }
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
}
