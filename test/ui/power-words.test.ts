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
import { powerStatusText } from '../../src/ui/play/silicon-power';

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
