import { describe, expect, it } from 'vitest';
import { botOrders } from '../../src/ai';
import { finalStandings } from '../../src/engine';
import { playGame } from '../../src/replay/session';
import { naiveNewcomer, sensibleNewcomer } from '../helpers/newcomers';
import { shippedScenario } from '../helpers/scenario';

describe('a newcomer who plays the theme', () => {
  const scenario = shippedScenario();
  if (!scenario) throw new Error('the base scenario does not load');

  // The score must reward the lesson: buying chips you can power and building the power ahead beats buying
  // the most chips and leaving them idle, from every seat of the base game (five normal bots around).
  it.each(scenario.companies.map((c) => c.id))('from %s, buying what it can power beats buying the most chips', (seat) => {
    const margin = (play: typeof sensibleNewcomer) => {
      const { state, rejected } = playGame(scenario, 'newcomer-1', (s, id) => (id === seat ? play(s, id) : botOrders(s, id, 'normal')), { record: false });
      expect(rejected).toEqual([]);
      return finalStandings(state).find((x) => x.playerId === seat)?.margin ?? Number.NaN;
    };
    const sensible = margin(sensibleNewcomer);
    const naive = margin(naiveNewcomer);
    expect(sensible, `sensible ${sensible / 10}, naive ${naive / 10} points against par`).toBeGreaterThan(naive);
  });
});
