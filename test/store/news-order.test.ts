/**
 * The news feed's order (src/store/selectors.ts newsFeed): newest first, except in the tutorial, whose news are
 * its lessons: there each quarter's are listed in reading order ("Welcome" before "Your first bid" before
 * "Seal your orders"), the newest quarter's still on top. And the tutorial's welcome names what the player sees.
 */
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/engine';
import { loadScenario } from '../../src/cli/load';
import { badgeOf } from '../../src/store/scenario-look';
import { newsFeed } from '../../src/store/selectors';
import { TUTORIAL_ADVICE } from '../../src/store/tutorial';
import { playQuarter } from '../helpers/game';

describe('the news feed', () => {
  const tutorial = loadScenario('scenarios/tutorial.json');

  it('lists the tutorial’s lessons in reading order, the newest quarter first', () => {
    let g = createGame(tutorial, '1');
    expect(newsFeed(g).map((n) => n.headline)).toEqual([
      'Welcome to GPU Race: you run Microsoft',
      'Your first bid: the H100 row',
      'The wall is the export rules',
      'Seal your orders',
    ]);
    g = playQuarter(g);
    const feed = newsFeed(g, 'de');
    expect(feed.map((n) => n.quarter)).toEqual(feed.map((n) => n.quarter).sort((a, b) => b - a));
    expect(feed[0]?.quarter).toBe(1);
    const q1 = feed.filter((n) => n.quarter === 1).map((n) => n.headline);
    const order = tutorial.events.filter((e) => e.quarter === 1).map((e) => e.headline.de);
    expect(q1.filter((h) => order.includes(h))).toEqual(order.filter((h) => q1.includes(h)));
  });

  it('keeps newest first in every other scenario', () => {
    const base = loadScenario('scenarios/2024-hopper-scramble.json');
    const g = playQuarter(playQuarter(createGame(base, '1')));
    expect(g.news.length).toBeGreaterThan(2);
    expect(newsFeed(g).map((n) => n.headline)).toEqual(g.news.reduceRight<(string | undefined)[]>((out, n) => [...out, base.events.find((e) => e.id === n.eventId)?.headline.en ?? base.eventDeck.cards.find((c) => c.id === n.eventId)?.headline.en], []));
  });

  it('has the tutorial’s welcome say the player already plays Microsoft, marked with the badge the board shows', () => {
    const ms = tutorial.companies.find((c) => c.id === 'microsoft');
    const welcome = tutorial.events.find((e) => e.id === 'hint-welcome');
    expect(ms && badgeOf(ms)).toBe('MS');
    expect(welcome?.body.en).toContain('You play Microsoft');
    expect(welcome?.body.en).toContain('marked MS,');
    expect(welcome?.body.de).toContain('Du spielst Microsoft');
    expect(welcome?.body.de).toContain('mit MS markiert');
  });

  it('has the first-bid hint give the example the coach then asks for (one number everywhere)', () => {
    const hint = tutorial.events.find((e) => e.id === 'hint-bid');
    const a = TUTORIAL_ADVICE[0];
    const en = (n: number): string => n.toLocaleString('en-US');
    const de = (n: number): string => n.toLocaleString('de-DE');
    expect(hint?.body.en).toContain(`for example ${en(a?.h100 ?? 0)} units at $${en(a?.maxPrice ?? 0)}.`);
    expect(hint?.body.de).toContain(`zum Beispiel ${de(a?.h100 ?? 0)} Stück zu ${de(a?.maxPrice ?? 0)} $.`);
  });
});
