/**
 * A foundry access cut on the seat's region (an event's foundryAccess effect in force this quarter): the
 * engine counts the region's asks at that percentage before sharing the free units pro rata (accessCutAsk
 * and foundryAccessPct in src/engine/silicon.ts, the one definition of the cut), so such a seat never gets
 * more than that share of its ask, even with units to spare. Named by the event that made it (headline and date, from the news), with an expectation when last
 * quarter shows how full the foundry was for a company whose asks were not cut.
 */
import { foundryAccessPct, quarterLabel } from '../../engine';
import type { EventEffect, GameState, ScenarioEvent } from '../../engine/types';
import { companyOf } from '../../store/selectors';
import { lang, t } from '../../text/i18n';
import { formatDate } from '../../text/i18n/format';
import { regionNameIn } from '../../text/scenario-words';

type AccessMod = Extract<GameState['modifiers'][number], { kind: 'foundryAccess' }>;


/** The event (and the news item that applied it) behind a foundryAccess modifier, if the news holds it. */
function sourceOf(game: GameState, m: AccessMod): { event: ScenarioEvent & { date?: string }; quarter: number } | null {
  const sc = game.scenario;
  const all: (ScenarioEvent & { date?: string })[] = [...sc.events, ...sc.eventDeck.cards];
  const matches = (e: EventEffect, q: number): boolean => e.kind === 'foundryAccess' && e.region === m.region && e.pct === m.pct && q + e.quarters === m.untilQuarter;
  for (let i = game.news.length - 1; i >= 0; i--) {
    const n = game.news[i];
    const event = n && all.find((e) => e.id === n.eventId);
    if (n && event?.effects.some((e) => matches(e, n.quarter))) return { event, quarter: n.quarter };
  }
  return null;
}

/** Last quarter's fill (booked / asked) of a company whose asks are not cut now: how full the foundry was. */
function uncutFill(game: GameState): number | null {
  const rec = game.history[game.history.length - 1];
  if (!rec) return null;
  let best: number | null = null;
  for (const o of rec.orders) {
    const asked = o.orders.customOrder;
    if (asked <= 0 || foundryAccessPct(game.modifiers, companyOf(game.scenario, o.playerId)?.region) < 100) continue;
    const booked = rec.notes.reduce((a, n) => a + (n.code === 'foundryBooked' && n.playerId === o.playerId ? Number(n.values['units']) || 0 : 0), 0);
    best = Math.max(best ?? 0, Math.min(1, booked / asked));
  }
  return best;
}

/** The booking hint's sentence for a seat whose foundry share is cut this quarter ('' when it is not). */
export function foundryCutText(game: GameState, playerId: string): string {
  const region = companyOf(game.scenario, playerId)?.region;
  const pct = foundryAccessPct(game.modifiers, region);
  if (region === undefined || pct >= 100) return '';
  const sc = game.scenario;
  const cut = game.modifiers.find((m): m is AccessMod => m.kind === 'foundryAccess' && m.region === region && m.pct < 0);
  const src = cut ? sourceOf(game, cut) : null;
  const factor = Math.floor(pct);
  const fill = uncutFill(game);
  const expect = fill === null ? factor : Math.floor(pct * fill);
  const values = {
    factor,
    region: regionNameIn(sc, region),
    last: cut ? quarterLabel(sc, cut.untilQuarter - 1) : '',
    since: src ? (src.event.date ? formatDate(src.event.date) : quarterLabel(sc, src.quarter)) : '',
    source: src ? src.event.headline[lang()] : '',
    expect,
  };
  const head = t(src ? 'lo.booking.cut' : 'lo.booking.cutUnnamed', values);
  return head + (expect < factor ? t('lo.booking.cutExpect', values) : '') + '.';
}
