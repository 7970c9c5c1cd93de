/**
 * An export cap as the engine applies it: one cap per rule, on the units of every chip that rule catches for the
 * buyer added together (src/engine/orders.ts bidError sums the bids per rule), not a cap per chip. This module
 * groups the chips on sale now by the cap that binds them, words the cap once ("at most 4,158 a quarter in total
 * across …"), and counts the units the bids as typed use of it. The refusal over a cap is error-text.ts orderErrorText.
 */
import { exportSummary } from '../../engine';
import type { GameState, Orders, SkuSpec } from '../../engine/types';
import * as f from '../../text/format';
import { lang, t } from '../../text/i18n';

/** One cap binding the player this quarter: its rule, its units a quarter and the chips on sale now that share it. */
export interface CapGroup {
  ruleId: string;
  rule: string;
  cap: number;
  skus: SkuSpec[];
}

/** The caps binding the player this quarter, in scenario order of their first chip (the chips the engine counts together). */
export function capGroups(game: GameState, playerId: string): CapGroup[] {
  const groups = new Map<string, CapGroup>();
  for (const { sku, status } of exportSummary(game, playerId).chips) {
    const st = status.export;
    if (!status.open || st.capUnits === null || st.ruleId === null) continue;
    const g = groups.get(st.ruleId) ?? { ruleId: st.ruleId, rule: st.ruleName?.[lang()] ?? st.ruleId, cap: st.capUnits, skus: [] };
    g.skus.push(sku);
    groups.set(st.ruleId, g);
  }
  return [...groups.values()];
}

/** Names as a list in the reader's language: "A, B and C" / "A, B und C". */
export function listText(names: readonly string[]): string {
  return new Intl.ListFormat(lang() === 'de' ? 'de-DE' : 'en-US', { style: 'long', type: 'conjunction' }).format(names);
}

/** The cap in the export status: once for all the chips it counts together, or per chip when it catches one. */
export function capStatusText(g: CapGroup): string {
  const units = f.exact(g.cap);
  const [only] = g.skus;
  if (g.skus.length === 1 && only) return t('lo.export.cap', { sku: only.name, units });
  return t('lo.export.capShared', { units, list: listText(g.skus.map((s) => s.name)) });
}

/** A capped chip row's note: the cap, shared with how many chips, and the rule. */
export function capRowText(g: CapGroup): string {
  const units = f.exact(g.cap);
  return g.skus.length > 1 ? t('lo.row.capShared', { units, n: g.skus.length, rule: g.rule }) : t('orders.cap', { units, rule: g.rule });
}

/** Units the bids ask for under the cap (every tranche of every chip it catches). */
export function capUsed(g: CapGroup, orders: Orders): number {
  const ids = new Set(g.skus.map((s) => s.id));
  return orders.bids.reduce((a, b) => a + (ids.has(b.sku) ? b.quantity : 0), 0);
}

/** "4,158 of 4,158 used" for the bids as typed. */
export function capUsedText(g: CapGroup, orders: Orders): string {
  return t('lo.export.capUsed', { used: f.exact(capUsed(g, orders)), units: f.exact(g.cap) });
}

/** The chips a cap counts together, for the refusal ("across A, B and C together"); '' when it catches one chip. */
export function capAcrossText(game: GameState, playerId: string, ruleId: string): string {
  const g = capGroups(game, playerId).find((x) => x.ruleId === ruleId);
  return g && g.skus.length > 1 ? t('lo.export.capAcross', { list: listText(g.skus.map((s) => s.name)) }) : '';
}
