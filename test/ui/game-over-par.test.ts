/**
 * The play-tester's game-over line compared parts with the game's best, while the standings rank by score less
 * par: the line now starts with what the rank is made of, the seat's final score, its par after the last quarter
 * and the difference. Measured on a real seeded game of the base scenario; an old file without par says nothing of par.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { botOrders } from '../../src/ai';
import type { Scenario } from '../../src/engine';
import { emptyOrders } from '../../src/engine/orders';
import { gameOverLine } from '../../src/engine/score-story';
import { finalStandings } from '../../src/engine/scoring';
import { playGame } from '../../src/replay/session';
import { shippedScenario } from '../helpers/scenario';
import * as f from '../../src/text/format';
import { setLang } from '../../src/text/i18n';
import { gameOverText, ordinal } from '../../src/ui/play/score-words';

afterEach(() => setLang('en'));

function load(id: string): Scenario {
  const sc = shippedScenario(id);
  if (!sc) throw new Error(`${id} does not parse`);
  return sc;
}

const scenario = load('2024-hopper-scramble');
// The newcomer's game: Microsoft (the player) stops ordering from the fifth quarter, every other seat a normal bot.
const play = (s: Scenario) => playGame(s, 'par-swing-1', (st, id) => (id === 'microsoft' && st.quarter >= 4 ? { orders: emptyOrders() } : botOrders(st, id, 'normal'))).state;

describe('the game-over line against par', () => {
  it('says the final score, the seat’s par at the end, the difference and the place it gives', () => {
    const state = play(scenario);
    const line = gameOverLine(state, 'microsoft');
    const me = finalStandings(state).find((s) => s.playerId === 'microsoft');
    if (!line || !me || me.margin === null) throw new Error('no line');
    expect(me.par).toBe(568);
    expect(line.rank).toBe(me.rank);
    expect(me.margin).toBeLessThan(0);
    // Before: "You finished 6th of 6, 20.1 below par: capability cost the most points, …", no score and no par.
    const en = `You finished ${ordinal(me.rank)} of 6: ${f.score(me.score)} against Microsoft’s par of 56.8, ${f.margin(me.margin)}. `;
    expect(gameOverText(state, line, true).startsWith(en)).toBe(true);
    setLang('de');
    const de = `Du: Platz ${me.rank} von 6 mit ${f.score(me.score)} Punkten gegen das Par von Microsoft (56,8): ${f.margin(me.margin)}. `;
    expect(gameOverText(state, line, true).startsWith(de)).toBe(true);
  });

  it('says nothing of par where the scenario has none (old files)', () => {
    const { par: _par, ...scoring } = scenario.scoring;
    const state = play({ ...scenario, scoring });
    const line = gameOverLine(state, 'microsoft');
    if (!line) throw new Error('no line');
    const text = gameOverText(state, line, true);
    expect(text).toMatch(new RegExp(`^(You won|You finished ${ordinal(line.rank)} of 6): ${f.score(line.score).replace('.', '\\.')} points\\. `));
    expect(text).not.toMatch(/\bpar\b/i);
    setLang('de');
    expect(gameOverText(state, line, true)).not.toMatch(/\bpar\b/i);
  });
});
