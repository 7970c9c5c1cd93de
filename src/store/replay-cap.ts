/**
 * The replay viewer's cap on re-deriving bots' reasons (issue 10 item 5): a quarter of a record may hold many
 * submissions of one bot (each withdrawn but the last), and asking the bot worker about each would flood it.
 * Only the latest submission of each bot in the quarter shown is asked about: at most one request per seat.
 */
import type { missingRationales, ReplayData } from './replay-data';

type Missing = ReturnType<typeof missingRationales>[number];

/** The missing rationales worth asking for: each bot's latest submission in the quarter, at most seats-many. */
export function latestSubmissions(d: Pick<ReplayData, 'record'>, missing: readonly Missing[]): Missing[] {
  // `missing` is in action order: a later submission of the same bot replaces the one before.
  const latest = new Map<string, Missing>();
  for (const m of missing) latest.set(m.action.playerId, m);
  return [...latest.values()].sort((a, b) => a.index - b.index).slice(0, d.record.seats.length);
}
