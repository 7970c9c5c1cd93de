/**
 * The replay viewer's cap on re-deriving bots' reasons (issue 10 item 5): a quarter of a record may hold many
 * submissions of one bot (each withdrawn but the last), and asking the bot worker about each would flood it.
 * Only the latest submission of each bot in the quarter shown is asked about: at most one request per seat.
 */
import type { missingRationales, ReplayData } from './replay-data';

type Missing = ReturnType<typeof missingRationales>[number];

/**
 * The missing rationales worth asking for: each bot's latest submission in the quarter shown (its earlier
 * ones were withdrawn; they are never asked about, however often the viewer moves), at most seats-many.
 */
export function latestSubmissions(d: Pick<ReplayData, 'record' | 'states'>, missing: readonly Missing[]): Missing[] {
  const quarter = missing[0]?.state.quarter;
  if (quarter === undefined) return [];
  const latest = new Map<string, number>();
  d.record.actions.forEach((a, i) => {
    if (a.type === 'submitOrders' && d.states[i]?.quarter === quarter) latest.set(a.playerId, i);
  });
  return missing.filter((m) => latest.get(m.action.playerId) === m.index).slice(0, d.record.seats.length);
}
