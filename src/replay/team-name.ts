/**
 * A team's name (a class game's team names itself when it takes its company): at most 24 characters, no
 * control characters. Optional on a record's seat (records without names load as before).
 */
import { z } from '../zod';

export const MAX_TEAM_NAME = 24;

export const teamNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_TEAM_NAME)
  .refine((s) => !/\p{Cc}/u.test(s), 'no control characters');

/** A seat's team name from a record (if any). */
export function teamNameOf(seats: readonly { playerId: string; teamName?: string }[] | undefined, playerId: string): string | null {
  return seats?.find((s) => s.playerId === playerId)?.teamName ?? null;
}

/** "Team (Company)" when the seat has a team name, the company's name otherwise. */
export function withTeam(company: string, team: string | null): string {
  return team ? `${team} (${company})` : company;
}

/** The team names of a record's seats, in seat order (none for games that are not class games). */
export function teamNames(seats: readonly { teamName?: string }[] | undefined): string[] {
  return (seats ?? []).flatMap((s) => (s.teamName ? [s.teamName] : []));
}

/** "-azure-llamas" for file names, from team names (ASCII letters and digits, at most 40 characters), or "" without names. */
export function teamsPart(teams: readonly string[]): string {
  const words = teams.map((t) => t.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase()).filter((w) => w !== '');
  const joined = words.join('-').slice(0, 40).replace(/-+$/, '');
  return joined ? `-${joined}` : '';
}
