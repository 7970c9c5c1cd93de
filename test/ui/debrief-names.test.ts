/**
 * Partnership offers named in the language shown in the debrief: its key moments (a deal won) and the bots'
 * reasoning (also the reveal's "why" list) name a shipped scenario's offer as src/text/scenario-names.ts reads it
 * in German, as the orders form and the reveal's notes already do, and a name the table does not know (a
 * player's own scenario file) as written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { shippedScenario } from '../helpers/scenario';
import type { BotRationale } from '../../src/ai/types';
import type { GameState, Scenario } from '../../src/engine';
import { setLang } from '../../src/text/i18n';
import { momentText } from '../../src/ui/debrief';
import { explainShown } from '../../src/ui/why-list';

function load(id: string): Scenario {
  const scenario = shippedScenario(id);
  if (!scenario) throw new Error(`${id} does not parse`);
  return scenario;
}
const scenario = load('classroom-sprint');
/** Only the scenario is read for these moments. */
const game = { scenario } as GameState;

afterEach(() => setLang('en'));

describe('key moments', () => {
  it('name a deal won in German in German, as written in English', () => {
    const bid = { kind: 'dealWon', quarter: 1, playerId: 'microsoft', partnership: 'frontier-lab', bid: 50_000_000 } as const;
    const noBid = { kind: 'dealWon', quarter: 2, playerId: 'meta', partnership: 'inference-startup', bid: 0 } as const;
    expect(momentText(game, bid)).toBe('Microsoft wins the Frontier AI lab: reserved training compute deal with a sealed bid of $50M.');
    setLang('de');
    expect(momentText(game, bid)).toBe(
      'Microsoft gewinnt den Vertrag „Frontier-KI-Labor: reservierte Trainingsrechenleistung“ mit einem verdeckten Gebot von 50\u00a0Mio.\u00a0$.',
    );
    expect(momentText(game, noBid)).toBe('Meta gewinnt den Vertrag „KI-Start-up: Inferenzkapazität“.');
  });

  it('keep a name the German table does not know as it is written', () => {
    const own = structuredClone(scenario);
    own.partnerships[0]!.name = 'Acme Robotics: pilot cluster';
    setLang('de');
    expect(
      momentText({ scenario: own } as GameState, {
        kind: 'dealWon',
        quarter: 0,
        playerId: 'google',
        partnership: own.partnerships[0]!.id,
        bid: 0,
      }),
    ).toBe('Google gewinnt den Vertrag „Acme Robotics: pilot cluster“.');
  });
});

describe("the bots' reasoning", () => {
  /** A normal bot's rationale that takes the frontier lab's deal with a sealed bid and says nothing else. */
  const rationale = {
    playerId: 'meta',
    quarter: 0,
    level: 'normal',
    bids: [],
    silicon: { reasons: [], investment: 0, customOrder: 0 },
    power: { reasons: [], mw: 0 },
    grey: { reasons: [], units: 0 },
    partnership: {
      id: 'frontier-lab',
      reasons: [
        {
          code: 'labDeal',
          values: { partner: 'Frontier AI lab: reserved training compute', revenue: 300_000_000, forgone: 100_000_000, h100e: 50_000 },
        },
        { code: 'dealBid', values: { partner: 'Frontier AI lab: reserved training compute', bid: 50_000_000, value: 200_000_000 } },
      ],
    },
    cash: { reasons: [] },
    iterations: 0,
  } as BotRationale;
  const reasons = () => explainShown(rationale, scenario, 4).parts.flatMap((p) => p.reasons);

  it('name the offer a bot weighs in German in German', () => {
    expect(reasons()[0]).toMatch(/^take the Frontier AI lab: reserved training compute deal: /);
    setLang('de');
    expect(reasons()).toEqual([
      expect.stringMatching(/^Vertrag mit Frontier-KI-Labor: reservierte Trainingsrechenleistung annehmen: /),
      expect.stringMatching(/ für den Vertrag mit Frontier-KI-Labor: reservierte Trainingsrechenleistung bieten /),
    ]);
  });
});
