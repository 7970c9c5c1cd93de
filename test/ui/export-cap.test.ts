/**
 * The 2025 scenario's Tier-2 cap as the Gulf Sovereign Cloud seat reads it. The engine applies a cap per rule, to
 * the units of every chip the rule catches added together (src/engine/orders.ts). Before, the Export status said
 * "NVIDIA H100 SXM at most 4,158 a quarter; NVIDIA H200 SXM at most 4,158 a quarter; …" and each chip row "Capped at
 * 4,158 units a quarter", as if each chip had its own cap; the refusal named no chips and said nothing of Submit;
 * and in Q1 the status said "Every chip on sale is open to you" beside two rows closed to GULF buyers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load';
import { validateOrders, type GameState } from '../../src/engine';
import { createGame } from '../../src/engine/setup';
import { setLang } from '../../src/text/i18n';
import { orderErrorText } from '../../src/ui/error-text';
import { capGroups, capUsedText } from '../../src/ui/play/export-cap';
import { chipNote, exportStatusText } from '../../src/ui/play/export-status';
import { orders } from '../helpers/game';

afterEach(() => setLang('en'));

const scenario = loadScenario('scenarios/2025-diffusion-rule.json');
const q1 = createGame(scenario, 'export-cap-1');
const q2: GameState = { ...q1, quarter: 1 };
const GULF = 'gulf-cloud';
const sku = (id: string) => {
  const s = scenario.skus.find((x) => x.id === id);
  if (!s) throw new Error(`no ${id}`);
  return s;
};
const bids = (h100: number, b200: number) => orders({ bids: [{ sku: 'H100', quantity: h100, maxPrice: 40_000 }, { sku: 'B200', quantity: b200, maxPrice: 40_000 }] });

describe('the Tier-2 cap: one cap across the chips it catches, as the engine applies it', () => {
  it('the engine sums the chips: 4,158 in total pass, one more is refused', () => {
    expect(validateOrders(q2, GULF, bids(2_000, 2_158))).toBeNull();
    expect(validateOrders(q2, GULF, bids(2_000, 2_159))?.code).toBe('EXPORT_CAP');
    expect(capGroups(q2, GULF).map((g) => [g.cap, g.skus.map((s) => s.id)])).toEqual([[4158, ['H100', 'H200', 'B200', 'MI300X']]]);
  });

  it('the Export status says the cap once, in total across the four chips (EN and DE)', () => {
    expect(exportStatusText(q2, GULF).text).toBe(
      'Limited: at most 4,158 a quarter in total across NVIDIA H100 SXM, NVIDIA H200 SXM, NVIDIA B200 (Blackwell), and AMD Instinct MI300X. Not sold to GULF buyers: NVIDIA H20 (China) and Huawei Ascend 910B.',
    );
    setLang('de');
    expect(exportStatusText(q2, GULF).text).toBe(
      'Eingeschränkt: höchstens 4.158 pro Quartal für NVIDIA H100 SXM, NVIDIA H200 SXM, NVIDIA B200 (Blackwell) und AMD Instinct MI300X zusammen. Nicht an GULF-Käufer verkauft: NVIDIA H20 (China) und Huawei Ascend 910B.',
    );
  });

  it('a capped chip row says the cap is shared, and the count follows the bids of all four chips', () => {
    expect(chipNote(q2, GULF, sku('H100')).text).toBe('One cap of 4,158 units a quarter for 4 chips together (see Export status): AI Diffusion Rule: Tier-2 cap (as announced)');
    const [g] = capGroups(q2, GULF);
    if (!g) throw new Error('no cap');
    expect(capUsedText(g, bids(4_158, 4_158))).toBe('8,316 of 4,158 used');
    setLang('de');
    expect(chipNote(q2, GULF, sku('B200')).text).toBe('Eine gemeinsame Obergrenze von 4.158 Stück pro Quartal für 4 Chips (siehe Exportstatus): KI-Diffusionsregel: Obergrenze für Stufe 2 (wie angekündigt)');
    expect(capUsedText(g, bids(1_000, 0))).toBe('1.000 von 4.158 verplant');
  });

  it('the refusal names the chips counted together and says Submit is refused until the bids fit (EN and DE)', () => {
    const e = validateOrders(q2, GULF, bids(4_158, 4_158));
    if (!e) throw new Error('expected a refusal');
    expect(orderErrorText(e, { game: q2, playerId: GULF })).toBe(
      'AI Diffusion Rule: Tier-2 cap (as announced) caps Gulf Sovereign Cloud (Tier 2, composite) at 4,158 units a quarter in total across NVIDIA H100 SXM, NVIDIA H200 SXM, NVIDIA B200 (Blackwell), and AMD Instinct MI300X; these bids ask for 8,316. Submit is refused until the bids fit the cap.',
    );
    setLang('de');
    expect(orderErrorText(e, { game: q2, playerId: GULF })).toBe(
      'KI-Diffusionsregel: Obergrenze für Stufe 2 (wie angekündigt) begrenzt Gulf Sovereign Cloud (Tier 2, composite) auf 4.158 Stück pro Quartal für NVIDIA H100 SXM, NVIDIA H200 SXM, NVIDIA B200 (Blackwell) und AMD Instinct MI300X zusammen; diese Gebote verlangen 8.316. Abschicken geht erst, wenn die Gebote unter die Obergrenze passen.',
    );
  });
});

describe('Q1 before the cap: the status is true about the chips not sold to the region', () => {
  it('says no export rule binds the seat and names the two chips not sold to GULF buyers (EN and DE)', () => {
    expect(chipNote(q1, GULF, sku('H20'))).toEqual({ locked: true, text: 'NVIDIA does not sell it to GULF buyers' });
    expect(exportStatusText(q1, GULF).text).toBe('No export rule binds you. Not sold to GULF buyers: NVIDIA H20 (China) and Huawei Ascend 910B.');
    setLang('de');
    expect(exportStatusText(q1, GULF).text).toBe('Keine Exportregel bindet dich. Nicht an GULF-Käufer verkauft: NVIDIA H20 (China) und Huawei Ascend 910B.');
  });

  it('a US seat of the base scenario is told the same of the Ascend, which Huawei does not sell to it', () => {
    const g = createGame(loadScenario('scenarios/2024-hopper-scramble.json'), 'export-cap-2');
    expect(exportStatusText(g, 'microsoft').text).toBe('No export rule binds you. Not sold to US buyers: Huawei Ascend 910B.');
  });
});
