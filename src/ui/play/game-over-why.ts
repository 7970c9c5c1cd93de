/** The game-over line for each person who played here ("You finished 6th of 6: 30.1 against Microsoft’s par of 36.0, −5.9. …"), from the engine's gameOverLine. */
import { gameOverLine } from '../../engine/score-story';
import type { GameState } from '../../engine/types';
import { companyOf } from '../../store/selectors';
import { companyBadge, el } from '../dom';
import { gameOverSentences } from './score-words';
import { teamNameOf } from '../../replay/team-name';

/**
 * One paragraph per human seat (named when several share the screen; a class game's teams by team and company,
 * from the record's `seats`), or null when no one played here.
 */
export function gameOverWhy(game: GameState, humans: readonly string[], seats?: readonly { playerId: string; teamName?: string }[]): HTMLElement | null {
  const you = humans.length === 1;
  const lines = humans.flatMap((id) => {
    const line = gameOverLine(game, id);
    if (!line) return [];
    const c = companyOf(game.scenario, id);
    const { main, unspent } = gameOverSentences(game, line, you, teamNameOf(seats, id));
    // The cash sentence in its own span: the printed handout leaves it to the table's Cash column.
    const text = el('span', {}, main, unspent ? el('span', { class: 'why-unspent' }, ` ${unspent}`) : null);
    return [el('p', { attrs: { 'data-player': id, 'data-rank': line.rank } }, !you && c ? companyBadge(c, false) : null, text)];
  });
  return lines.length ? el('div', { class: 'game-over-why', testid: 'game-over-why' }, ...lines) : null;
}
