/**
 * The orders panel's power line beside the capacity plan, for the 2025 scenario's Gulf Sovereign Cloud seat (37 MW
 * online, 60 MW due in Q2 2025 and 60 MW in Q3 2025). Before, in Q2 the line read "Now 37 MW online, 120 MW under
 * construction" next to a plan row "Q2 2025 97 MW" (German: "Jetzt 37 MW am Netz" vs "Q2 2025 97 MW"): two numbers
 * a newcomer could not square. Now it says what each is: online now, and online when each quarter resolves, as the
 * plan's rows count it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load';
import { capacityPlan, emptyOrders, type GameState } from '../../src/engine';
import { createGame } from '../../src/engine/setup';
import { setLang } from '../../src/text/i18n';
import { t } from '../../src/text/i18n';
import { powerStatusText, readyText } from '../../src/ui/play/silicon-power';

afterEach(() => setLang('en'));

const q1 = createGame(loadScenario('scenarios/2025-diffusion-rule.json'), 'power-words-1');
const q2: GameState = { ...q1, quarter: 1 };
const GULF = 'gulf-cloud';

describe('the power line agrees with the capacity plan', () => {
  it('Q2: 37 MW online now, 97 MW in Q2 2025 when 60 MW under construction comes online (EN and DE)', () => {
    const plan = capacityPlan(q2, GULF, emptyOrders());
    expect(plan?.quarters.map((q) => q.mw)).toEqual([97, 157, 157]);
    expect(powerStatusText(q2, GULF)).toBe('37 MW online now; 97 MW in Q2 2025, when 60 MW under construction comes online; 157 MW in Q3 2025 (+60 MW under construction); your fleet needs 31 MW.');
    setLang('de');
    expect(powerStatusText(q2, GULF)).toBe('37 MW jetzt am Netz; 97 MW in Q2 2025, wenn 60 MW aus dem Bau ans Netz gehen; 157 MW in Q3 2025 (+60 MW aus dem Bau); deine Flotte braucht 31 MW.');
  });

  it('Q1: nothing arrives this quarter, so the line goes from now to the plan rows of Q2 and Q3', () => {
    expect(capacityPlan(q1, GULF, emptyOrders())?.quarters.map((q) => q.mw)).toEqual([37, 97, 157, 157]);
    expect(powerStatusText(q1, GULF)).toBe('37 MW online now; 97 MW in Q2 2025 (+60 MW under construction); 157 MW in Q3 2025 (+60 MW under construction); your fleet needs 31 MW.');
  });
});

/**
 * A power build that would come online after the game ends (Q4 2025 is the last quarter): before, the grid option
 * read "Slow: $10M per MW, online Q1 2026; …" in Q1 without a word that Q1 2026 never comes. Now the option's own
 * line says so before anything is typed.
 */
describe('a power option online only after the game ends says so in its own line', () => {
  it('grid power ordered in Q1 (online Q1 2026) and on-site power in Q4 (online Q1 2026); on-site in Q1 is in time (EN and DE)', () => {
    const sc = q1.scenario;
    const q4: GameState = { ...q1, quarter: 3 };
    expect(readyText(q1, sc.power.leadQuarters)).toBe('Q1 2026 (after the game ends: it will never run a chip)');
    expect(readyText(q4, 1)).toBe('Q1 2026 (after the game ends: it will never run a chip)');
    expect(readyText(q1, 1)).toBe('Q2 2025');
    expect(t('orders.powerHint', { cost: '$10M', ready: readyText(q1, sc.power.leadQuarters), opex: '$250k' })).toBe(
      'Slow: $10M per MW, online Q1 2026 (after the game ends: it will never run a chip); runs at $250k per MW a quarter.',
    );
    setLang('de');
    expect(readyText(q1, sc.power.leadQuarters)).toBe('Q1 2026 (nach dem Spielende: damit läuft nie ein Chip)');
  });
});
