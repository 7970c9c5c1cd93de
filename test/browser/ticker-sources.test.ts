/**
 * Headlines' sources in German, in the ticker, its list of every headline and the panel's news list: a source
 * that is a generic description is in German ("(NVIDIA-Spezifikationen)", not "(NVIDIA specifications)", after the
 * H20 headline of the classroom sprint's second quarter), a proper name as written ("NVIDIA"), the US export agency
 * by its German name ("(BIS des US-Handelsministeriums)" after the sprint's opening headline, which read "(US Bureau
 * of Industry and Security)"). The full table is checked in test/ui/source-names.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { botsIdle, openGame, tid, useFreshSession } from './helpers';

describe('headline sources in German', () => {
  const open = useFreshSession();

  it('the ticker, its list and the news list name a generic source in German', async () => {
    const { page, errors } = await open({ width: 1280, height: 720 });
    await openGame(page, 'classroom-sprint', { lang: 'de', humans: ['microsoft'], bots: 'bot:easy', seed: 'ticker-sources' });
    await tid(page, 'submit-orders').click();
    await tid(page, 'reveal-continue').click();
    await botsIdle(page);
    await tid(page, 'orders-panel').waitFor();
    const texts = await page.evaluate(() => ({
      ticker: [...document.querySelectorAll('#ticker .ticker-item')].map((e) => e.textContent ?? ''),
      list: [...document.querySelectorAll('#ticker .ticker-list-item .faint')].map((e) => e.textContent ?? ''),
      news: [...document.querySelectorAll('[data-testid="news-feed"] .meta span')].map((e) => e.textContent ?? ''),
    }));
    const h20 = texts.ticker.find((x) => x.includes('H20'));
    expect(h20, 'the H20 headline in the ticker').toBeDefined();
    expect(h20).toContain('(NVIDIA-Spezifikationen)');
    expect(texts.list).toContain('(NVIDIA-Spezifikationen)');
    expect(texts.news).toContain('NVIDIA-Spezifikationen');
    expect(texts.list).toContain('(NVIDIA)');
    expect(texts.list).toContain('(BIS des US-Handelsministeriums)');
    const all = [...texts.ticker, ...texts.list, ...texts.news].join('\n');
    expect(all).not.toContain('specifications');
    expect(all).not.toContain('Bureau of Industry');
    expect(errors).toEqual([]);
  }, 90_000);
});
