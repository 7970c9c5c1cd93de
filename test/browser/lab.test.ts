/**
 * The policy lab in headless Chromium: a variant edited in the form (and a broken one refused with its JSON
 * path), a long run cancelled, a run of 200 games with progress, the summary, charts and tables, CSV and JSON
 * export (the JSON is exactly what Node computes for the same variant, games and seed), the share link
 * reopening the same variant and numbers, and a game opened in the replay viewer. Screenshots at three sizes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { loadScenario } from '../../src/cli/load';
import { runLab, type LabSummary } from '../../src/lab/run';
import { parseVariant } from '../../src/lab/variant';
import { encodeLabLink } from '../../src/lab/link';
import { SHOTS, type Page } from './harness';
import { tid, useSession } from './helpers';

async function openLab(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await tid(page, 'policy-lab-open').click();
  await tid(page, 'policy-lab').waitFor();
}

const runState = (page: Page) => tid(page, 'policy-lab').getAttribute('data-run');

async function download(page: Page, id: string): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), tid(page, id).click()]);
  const path = await d.path();
  return { name: d.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('policy lab', () => {
  const s = useSession();

  it('edits a variant, cancels a run, runs 200 games, exports what Node computes, and reopens from its link', async () => {
    const { page, errors } = s();
    await openLab(page, inject('baseUrl'));
    // The form: another scenario, one rule switched off, a name.
    await tid(page, 'lab-scenario').selectOption('classroom-sprint');
    await tid(page, 'lab-rule-oct-2023-on').uncheck();
    await tid(page, 'lab-title').fill('No October rule');
    await expect.poll(() => tid(page, 'lab-changes').textContent()).toContain('switched off');
    const json = JSON.parse(await tid(page, 'lab-json').inputValue()) as { rules?: unknown; title?: unknown; scenario?: unknown };
    expect(json.scenario).toBe('classroom-sprint');
    expect(json.rules).toEqual([{ id: 'oct-2023', enabled: false }]);
    expect(json.title).toEqual({ en: 'No October rule', de: 'No October rule' });
    // A supply change shows in the list at once.
    await tid(page, 'lab-group-supply').locator('summary').click();
    await tid(page, 'lab-supply-H100').fill('25');
    await expect.poll(() => tid(page, 'lab-changes').textContent()).toContain('+25%');
    await tid(page, 'lab-supply-H100').fill('0');
    await expect.poll(() => tid(page, 'lab-changes').textContent()).not.toContain('+25%');
    // A broken variant pasted as JSON: every problem with its path, and the run is refused.
    await tid(page, 'lab-group-json').locator('summary').click();
    const good = await tid(page, 'lab-json').inputValue();
    await tid(page, 'lab-json').fill(good.replace('"enabled": false', '"enabled": "no"'));
    await tid(page, 'lab-json-apply').click();
    await expect.poll(() => tid(page, 'lab-errors').textContent()).toContain('$.rules[0].enabled');
    await tid(page, 'lab-json').fill(good);
    await tid(page, 'lab-json-apply').click();
    await expect.poll(() => tid(page, 'policy-lab').getAttribute('data-valid')).toBe('true');
    expect(await tid(page, 'lab-rule-oct-2023-on').isChecked()).toBe(false);

    // A long run, cancelled part-way.
    await tid(page, 'lab-bots').selectOption('easy');
    await tid(page, 'lab-games').fill('10000');
    await tid(page, 'lab-run').click();
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-testid="policy-lab"]')?.dataset.done ?? 0) > 0);
    expect(await tid(page, 'lab-cancel').isEnabled()).toBe(true);
    expect(await tid(page, 'lab-status').textContent()).toMatch(/of 20000 games · about \d+ s left/);
    await tid(page, 'lab-cancel').click();
    await expect.poll(() => runState(page)).toBe('cancelled');
    expect(await tid(page, 'lab-status').textContent()).toMatch(/Cancelled after \d+ of 20000 games/);
    expect(await tid(page, 'lab-cancel').isEnabled()).toBe(false);

    // A run of 200 games a side, to the end.
    await tid(page, 'lab-games').fill('200');
    await tid(page, 'lab-seed').fill('class-7');
    await tid(page, 'lab-run').click();
    await expect.poll(() => runState(page), { timeout: 120_000 }).toBe('done');
    expect(await tid(page, 'lab-progress').evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([400, 400]);
    expect(await tid(page, 'lab-summary').locator('li').count()).toBeGreaterThan(0);
    expect(await tid(page, 'lab-summary').textContent()).toContain('No October rule: ');
    // Charts drawn, the table with every measure, wins and prices.
    await expect.poll(() => tid(page, 'lab-results').getAttribute('data-charts')).toMatch(/^[2-3]$/);
    expect(await tid(page, 'lab-charts').locator('canvas').count()).toBeGreaterThanOrEqual(2);
    const rows = await tid(page, 'lab-table').locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(4 * 3 + 2);
    expect(await tid(page, 'lab-table').locator('tr[data-metric="wallShare"]').count()).toBe(1);
    expect(await tid(page, 'lab-wins').locator('tbody tr').count()).toBe(4);
    // Another measure in the chart.
    await tid(page, 'lab-metric').selectOption('grey');
    await expect.poll(() => tid(page, 'lab-charts').locator('[data-chart="grey"] canvas').count()).toBe(1);
    await tid(page, 'policy-lab').evaluate((r) => r.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/policy-lab-edit-1280x720.png` });

    // Export: the CSV's header, and the JSON is exactly what Node computes for the same run.
    const csv = await download(page, 'lab-export-csv');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text.split('\n')[0]).toBe('section,metric,company,base_mean,base_sd,base_median,variant_mean,variant_sd,variant_median,diff,diff_lo95,diff_hi95,rel_diff,clear,quarter');
    const exported = JSON.parse((await download(page, 'lab-export-json')).text) as LabSummary;
    expect(exported.games).toBe(200);
    const v = parseVariant(exported.variant);
    if (!v.ok) throw new Error('the exported variant does not parse');
    const sprint = loadScenario('scenarios/classroom-sprint.json');
    const node = runLab({ base: sprint, variant: v.variant, games: 200, bots: sprint.companies.map(() => 'easy' as const), seed: 'class-7' });
    expect(exported).toEqual(JSON.parse(JSON.stringify(node)));
    const summaryText = await tid(page, 'lab-summary').textContent();

    // The share link reopens the same variant and plays the same numbers again.
    await tid(page, 'lab-share').click();
    const url = await tid(page, 'lab-share-url').inputValue();
    expect(url).toContain('#lab=');
    expect(url.length).toBeLessThan(2500);
    await page.goto('about:blank');
    await page.goto(url);
    await tid(page, 'policy-lab').waitFor();
    await expect.poll(() => runState(page), { timeout: 120_000 }).toBe('done');
    expect(await tid(page, 'lab-check').getAttribute('data-same')).toBe('true');
    expect(await tid(page, 'lab-summary').textContent()).toBe(summaryText);
    expect(JSON.parse(await tid(page, 'lab-json').inputValue())).toEqual(exported.variant);
    expect(await tid(page, 'lab-games').inputValue()).toBe('200');
    expect(await tid(page, 'lab-seed').inputValue()).toBe('class-7');

    // Any game opens in the replay viewer (a variant game carries its scenario).
    await tid(page, 'lab-replay-game').fill('3');
    await tid(page, 'lab-replay-side').selectOption('variant');
    await tid(page, 'lab-open-replay').click();
    await expect.poll(() => page.locator('#app').getAttribute('data-screen')).toBe('replay');
    expect(await tid(page, 'policy-lab').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('speaks German and loads a question from the library', async () => {
    const { page, errors } = s();
    await openLab(page, `${inject('baseUrl')}?lang=de`);
    expect(await tid(page, 'lab-run').textContent()).toBe('Starten');
    await tid(page, 'lab-library').selectOption('h20-banned-q2-2024');
    await expect.poll(() => tid(page, 'lab-changes').textContent()).toContain('gilt ab Q2 2024');
    expect(await tid(page, 'lab-question').textContent()).toContain('Washington');
    expect(await tid(page, 'lab-rule-h20-revenue-share-2025-on').isChecked()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('opens a link made on the command line, with one bot level per seat, and plays it', async () => {
    const { page, errors } = s();
    const tutorial = loadScenario('scenarios/tutorial.json');
    const variant = { format: 'gpurace-variant' as const, scenario: tutorial.id, id: 'budget', title: { en: 'Half budget', de: 'Halbes Budget' }, budgets: [{ company: tutorial.companies[0]?.id ?? '', pct: -50 }] };
    const bots = ['easy', 'normal', 'easy'] as const;
    await page.goto(`${inject('baseUrl')}?lang=de#${encodeLabLink({ variant, games: 100, bots: [...bots], seed: 'seats' })}`);
    await tid(page, 'policy-lab').waitFor();
    expect(await tid(page, 'lab-bots').inputValue()).toBe('seats');
    await expect.poll(() => runState(page), { timeout: 120_000 }).toBe('done');
    expect(await tid(page, 'lab-meta').textContent()).toContain('Bots easy,normal,easy');
    expect(await tid(page, 'lab-check').count()).toBe(0);
    const exported = JSON.parse((await download(page, 'lab-export-json')).text) as LabSummary;
    expect(exported).toEqual(JSON.parse(JSON.stringify(runLab({ base: tutorial, variant, games: 100, bots: [...bots], seed: 'seats' }))));
    expect(await tid(page, 'lab-summary').textContent()).toContain('Halbes Budget: ');
    expect(errors).toEqual([]);
  });
});

describe.each([
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
])('policy lab at $width x $height', (viewport) => {
  const s = useSession(viewport);

  it('runs a question from the library and lays out without horizontal overflow', async () => {
    const { page, errors } = s();
    await openLab(page, inject('baseUrl'));
    await tid(page, 'lab-scenario').selectOption('2024-hopper-scramble');
    await tid(page, 'lab-library').selectOption('h20-banned-q2-2024');
    await tid(page, 'lab-bots').selectOption('normal');
    await tid(page, 'lab-games').fill('100');
    await tid(page, 'lab-run').click();
    await expect.poll(() => runState(page), { timeout: 120_000 }).toBe('done');
    await expect.poll(() => tid(page, 'lab-results').getAttribute('data-charts')).toMatch(/^[1-3]$/);
    const overflow = await tid(page, 'policy-lab').evaluate((root) => {
      const out: string[] = [];
      if (root.scrollWidth > root.clientWidth + 1) out.push(`lab ${root.scrollWidth} > ${root.clientWidth}`);
      for (const w of root.querySelectorAll('.lab-form, .lab-run, .lab-summary, .lab-chart')) if (w.scrollWidth > w.clientWidth + 1) out.push(`${w.className} ${w.scrollWidth} > ${w.clientWidth}`);
      return out;
    });
    expect(overflow).toEqual([]);
    expect(await tid(page, 'lab-summary').textContent()).toContain('H20 banned from Q2 2024: ');
    await tid(page, 'policy-lab').evaluate((r) => r.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/policy-lab-${viewport.width}x${viewport.height}.png` });
    expect(errors).toEqual([]);
  });
});
