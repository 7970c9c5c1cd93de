/**
 * The coached tutorial's steps as data (src/store/tutorial.ts), through the store in Node: the steps come in
 * order; an action step is done by the typed draft (a price under list does not count) or by sealing; a
 * "Next" step by being seen; nothing shows outside the tutorial or when Microsoft is a bot; the review at the
 * end says whether the advice was followed.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load';
import { emptyDraft } from '../../src/store/drafts';
import { createGameStore, type GameStore } from '../../src/store/game-store';
import { advisedOrders, currentStep, tutorialActive, tutorialReview, TUTORIAL_STEPS } from '../../src/store/tutorial';
import { inlineBots } from '../helpers/store';

const scenario = loadScenario('scenarios/tutorial.json');

function start(human = 'microsoft'): GameStore {
  const store = createGameStore({ scenarios: [{ fileName: 'tutorial.json', ok: true, scenario }], bots: inlineBots });
  store.getState().showMenu('setup');
  const seats = scenario.companies.map((c) =>
    c.id === human
      ? { playerId: c.id, kind: 'human' as const, level: 'normal' }
      : { playerId: c.id, kind: 'bot' as const, level: 'normal' },
  );
  expect(store.getState().startGame('tutorial', '1', seats)).toBeNull();
  return store;
}

describe('the tutorial steps', () => {
  it('run in order, each done by its action or by Next, to the review', async () => {
    const store = start();
    const seen = new Set<string>();
    const step = () => currentStep(store.getState(), seen)?.id ?? null;
    const draft = (d: Partial<ReturnType<typeof emptyDraft>>) =>
      store.getState().setDraft('microsoft', { ...emptyDraft(), ...store.getState().ui.drafts.microsoft, ...d });
    await store.getState().botsIdle();
    expect(tutorialActive(store.getState())).toBe(true);
    expect(step()).toBe('q1-welcome');
    seen.add('q1-welcome');
    expect(step()).toBe('q1-score');
    seen.add('q1-score');
    expect(step()).toBe('q1-quantity');
    draft({ bids: { H100: { quantity: '30,000', maxPrice: '' } } });
    expect(step()).toBe('q1-price');
    draft({ bids: { H100: { quantity: '30,000', maxPrice: '$27,000' } } });
    expect(step()).toBe('q1-price');
    draft({ bids: { H100: { quantity: '30,000', maxPrice: '$30k' } } });
    expect(step()).toBe('q1-silicon');
    // The card advises leaving the ramp unfinished: a "Next" step, not done by typing.
    draft({ siliconInvestment: '0' });
    expect(step()).toBe('q1-silicon');
    seen.add('q1-silicon');
    expect(step()).toBe('q1-maia');
    draft({ customOrder: '100000' });
    expect(step()).toBe('q1-plan');
    seen.add('q1-plan');
    expect(step()).toBe('q1-submit');
    for (let q = 0; q < scenario.quarters; q++) {
      await store.getState().botsIdle();
      expect(store.getState().submitHuman('microsoft', advisedOrders(store.getState().game!))).toBeNull();
      expect(store.getState().ui.screen).toBe('reveal');
      if (q === 0) {
        expect(step()).toBe('q1-summary');
        seen.add('q1-summary');
      }
      expect(step()).toBe(['q1-continue', 'q2-continue', 'q3-continue'][q]);
      expect(store.getState().continueFromReveal()).toBeNull();
      if (q === 0) expect(step()).toBe('q2-bids');
      if (q === 1) expect(step()).toBe('q3-bids');
    }
    expect(step()).toBe('review');
    const review = tutorialReview(store.getState().game!);
    expect(review?.well.map((i) => i.code)).toContain('followed');
    expect(review?.well.map((i) => i.code)).toContain('beatPar');
    seen.add('review');
    expect(step()).toBeNull();
    // Every step is reachable: ids are unique and each names a target and a text.
    expect(new Set(TUTORIAL_STEPS.map((s) => s.id)).size).toBe(TUTORIAL_STEPS.length);
  });

  it('says a game finished exactly on par is on par, not 0.0 points below it', async () => {
    const store = start();
    for (let q = 0; q < scenario.quarters; q++) {
      await store.getState().botsIdle();
      expect(store.getState().submitHuman('microsoft', advisedOrders(store.getState().game!))).toBeNull();
      expect(store.getState().continueFromReveal()).toBeNull();
    }
    const played = store.getState().game!;
    const last = played.history[played.history.length - 1]!;
    const score = last.metrics.find((m) => m.playerId === 'microsoft')!.score;
    /** The finished game with Microsoft's final par set to `tenths` off its score (a margin of `tenths`). */
    const withMargin = (tenths: number) => {
      const g = structuredClone(played);
      g.scenario.scoring.par!.microsoft![last.quarter] = (score - tenths) / 10;
      return tutorialReview(g)!;
    };
    const codes = (r: ReturnType<typeof withMargin>) => ({ well: r.well.map((i) => i.code), toTry: r.toTry.map((i) => i.code) });
    const on = withMargin(0);
    expect(codes(on).well).toContain('onPar');
    expect(codes(on).toTry).not.toContain('belowPar');
    expect(on.well.find((i) => i.code === 'onPar')?.values).toEqual({ rank: expect.any(Number), of: 3 });
    // A tenth either side is beaten or missed, as before.
    expect(codes(withMargin(1)).well).toContain('beatPar');
    expect(codes(withMargin(-1)).toTry).toContain('belowPar');
  });

  it('does not coach when Microsoft is a bot', async () => {
    const store = start('meta');
    await store.getState().botsIdle();
    expect(tutorialActive(store.getState())).toBe(false);
    expect(currentStep(store.getState(), new Set())).toBeNull();
  });
});
