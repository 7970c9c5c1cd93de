/**
 * The coached tutorial's advice beats par (issue 13 item 4), on fixed seeds: strategies/tutorial-advice.mjs,
 * the scripted bot that plays exactly what the tutorial's cards advise, gives the same orders as the
 * tutorial's own advice (src/store/tutorial.ts) every quarter, and from Microsoft's seat against normal bots
 * finishes above par. The advice puts nothing into Maia's ramp, so Maia 100 stays in the ramp all game.
 * The full 20-seed measurement is in the README (*The coached tutorial*).
 */
import { describe, expect, it } from 'vitest';
import { parseSeats } from '../../src/cli/args';
import { playSeats, seatDeciders } from '../../src/cli/bot-file';
import { loadScenario } from '../../src/cli/load';
import { finalStandings, type GameState } from '../../src/engine';
import { advisedOrders, TUTORIAL_SEAT } from '../../src/store/tutorial';

const scenario = loadScenario('scenarios/tutorial.json');
const seats = parseSeats('file:strategies/tutorial-advice.mjs,normal,normal', scenario.companies.length);

describe('the tutorial advice, played as a scripted bot', () => {
  it.each(['1', '6', '9'])(
    "plays the tutorial card's orders and beats par (seed %s)",
    async (seed) => {
      const deciders = await seatDeciders(seats);
      let checked = 0;
      const wrapped = deciders.map((d) => (state: GameState, playerId: string) => {
        const out = d(state, playerId);
        if (playerId === TUTORIAL_SEAT) {
          const want = advisedOrders(state);
          const got = out.orders;
          expect({
            bids: got.bids,
            siliconInvestment: got.siliconInvestment,
            customOrder: got.customOrder,
            powerBuild: got.powerBuild,
            powerFast: got.powerFast ?? 0,
          }).toEqual({
            bids: want.bids,
            siliconInvestment: want.siliconInvestment,
            customOrder: want.customOrder,
            powerBuild: 0,
            powerFast: 0,
          });
          expect(state.players.find((p) => p.id === TUTORIAL_SEAT)?.silicon.stage).toBe('ramp');
          checked++;
        }
        return out;
      });
      const played = playSeats(scenario, seed, seats, wrapped);
      expect(played.rejections).toEqual([]);
      expect(checked).toBe(scenario.quarters);
      const me = finalStandings(played.state).find((s) => s.playerId === TUTORIAL_SEAT);
      expect(me?.margin ?? -1).toBeGreaterThan(0);
    },
    60_000,
  );
});
