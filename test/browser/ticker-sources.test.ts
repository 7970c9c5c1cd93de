/**
 * Headlines' sources in German, in the ticker, its list of every headline and the panel's news list: a source
 * that is a generic description is in German ("(NVIDIA-Spezifikationen)", not "(NVIDIA specifications)", after the
 * H20 headline of the classroom sprint's second quarter), a proper name as written ("NVIDIA", "US Bureau of
 * Industry and Security"). The full table is checked in test/ui/source-names.test.ts.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './harness';
import { botsIdle, startGame, tid } from './helpers';

describe('headline sources in German', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  it('the ticker, its list and the news list name a generic source in German', async () => {
    s = await openSession(inject('chromePath'), { width: 1280, height: 720 });
    const { page, errors } = s;
    await page.goto(new URL('?lang=de', inject('baseUrl')).toString());
    await startGame(page, 'classroom-sprint', { humans: ['microsoft'], bots: 'bot:easy', seed: 'ticker-sources' });
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
    const all = [...texts.ticker, ...texts.list, ...texts.news].join('\n');
    expect(all).not.toContain('specifications');
    expect(errors).toEqual([]);
  }, 90_000);
});
