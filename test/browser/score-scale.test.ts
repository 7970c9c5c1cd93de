/**
 * One scale for the score, named wherever it shows. A German play-tester first met the weights (capability ×40,
 * market ×30, independence ×15, efficiency ×15 in the 2024 scenario) at game over: the help only said "a weighted
 * sum of four parts", the standings in play showed each part's points ("Rech 4,6 … Eff 14,0") and the final table
 * each part's 0–100 value ("11,3 … 77,2"), neither labelled. Now the help names the four parts with the most points
 * each can add (from the scenario's weights), the standings' parts have a key "Points from each part: Cap (of 40) …"
 * and the final table's part columns say "0–100" under their weight.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openGame, playToTheEnd, tid, useFreshSession } from './helpers';

const SCENARIO = JSON.parse(readFileSync('scenarios/2024-hopper-scramble.json', 'utf8')) as { scoring: { weights: Record<'capability' | 'market' | 'independence' | 'efficiency', number> } };
const W = SCENARIO.scoring.weights;
const SUM = W.capability + W.market + W.independence + W.efficiency;
/** The most points a part adds: its weight's share of 100 (40, 30, 15, 15 in this scenario). */
const MAX = (k: keyof typeof W): string => String((100 * W[k]) / SUM);

async function howToWin(page: Page): Promise<string> {
  await page.keyboard.press('F1');
  await tid(page, 'glossary').waitFor();
  const text = (await page.locator('#gloss-howToWin + dd').textContent()) ?? '';
  await page.keyboard.press('Escape');
  return text;
}

describe('the score’s scale is named wherever it shows', () => {
  const fresh = useFreshSession();

  it('in English: the help names the parts with their weights, the standings’ parts are points out of them, the final table’s 0–100', async () => {
    const { page, errors } = await fresh({ width: 1280, height: 720 });
    await openGame(page, '2024-hopper-scramble', { humans: ['bytedance'], bots: 'bot:easy', seed: 'score-scale-1' });
    await tid(page, 'orders-panel').waitFor();
    // Before: 'Your score (0–100) is a weighted sum of four parts; par is …'.
    expect(await howToWin(page)).toContain(`Your score (0–100) is the sum of four parts: capability (up to ${MAX('capability')} points), market (up to ${MAX('market')}), independence (up to ${MAX('independence')}) and efficiency (up to ${MAX('efficiency')}); each part is rated 0–100 and counts at its weight.`);
    // No key before there are parts to explain.
    expect(await tid(page, 'parts-key').count()).toBe(0);
    await tid(page, 'submit-orders').click();
    await tid(page, 'reveal-continue').click();
    await tid(page, 'orders-panel').waitFor();
    // Before: no key; the numbers under each company ('Cap 4.6') said nothing of their scale.
    expect(await tid(page, 'parts-key').textContent()).toBe(`Points from each part:Cap (of ${MAX('capability')})Mkt (of ${MAX('market')})Ind (of ${MAX('independence')})Eff (of ${MAX('efficiency')})`);
    const label = await page.locator('[data-testid=score-parts][data-player=bytedance] li[data-part=capability]').getAttribute('aria-label');
    expect(label).toMatch(new RegExp(`^capability: \\d+\\.\\d of its ${MAX('capability')} points of the score`));
    await playToTheEnd(page);
    // Before: 'Capability ×40' over raw values, with no scale.
    const heads = await page.locator('[data-testid=final-standings] th.part-col').allTextContents();
    expect(heads).toEqual([`Capability ×${W.capability}0–100`, `Market ×${W.market}0–100`, `Indep. ×${W.independence}0–100`, `Effic. ×${W.efficiency}0–100`]);
    expect(errors).toEqual([]);
  });

  it('in German: the help names the parts with their weights', async () => {
    const { page, errors } = await fresh({ width: 1280, height: 720 });
    await openGame(page, '2024-hopper-scramble', { lang: 'de', humans: ['bytedance'], bots: 'bot:easy', seed: 'score-scale-1' });
    await tid(page, 'orders-panel').waitFor();
    // Before: 'Deine Punkte (0–100) sind eine gewichtete Summe aus vier Teilen; …'.
    expect(await howToWin(page)).toContain(`Deine Punkte (0–100) sind die Summe aus vier Teilen: Rechenleistung (bis ${MAX('capability')} Punkte), Markt (bis ${MAX('market')}), Unabhängigkeit (bis ${MAX('independence')}) und Effizienz (bis ${MAX('efficiency')}); jeder Teil wird mit 0–100 bewertet und zählt mit seinem Gewicht.`);
    expect(errors).toEqual([]);
  });
});
