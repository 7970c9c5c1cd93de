/**
 * The words of the final standings' column heads that the debrief (and its printed handout) shares with the
 * game-over table: one thing, one word on both screens.
 */
import type { Key } from '../text/i18n';
import { teamNames } from '../replay/team-name';

/** The names' column head: "Team (company)" when the rows name teams (a class game), "Company" otherwise, as on the game-over table. */
export function nameHeadKey(seats: readonly { teamName?: string }[] | undefined): Key {
  return teamNames(seats).length > 0 ? 'classroom.final.company' : 'tables.company';
}
