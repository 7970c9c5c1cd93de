/**
 * The notice while a game is on screen (board, reveal, final standings): a save that failed (storage full,
 * private mode) or a game saved as a copy because another tab had played it further (docs/security.md, rows
 * 24 and 25). The menu and the replay viewer show the same notice in their panels; this banner covers the rest.
 */
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is a side effect by design
import './play-notice.css';
import type { GameStore, Screen, StoreData } from '../store/game-store';
import { noticeKey } from '../store/notices';
import { el } from './dom';
import { noticeBox } from './game-files';

const PLAYING: ReadonlySet<Screen> = new Set(['board', 'reveal', 'gameOver']);

function key(s: StoreData): string {
  return PLAYING.has(s.ui.screen) ? noticeKey(s.ui.notice) : '';
}

/** Mounts the banner into `host`; returns an unsubscribe function. */
export function mountPlayNotice(store: GameStore, host: HTMLElement): () => void {
  const box = el('div', { class: 'play-notice', testid: 'play-notice' });
  host.append(box);
  const draw = (): void => {
    const n = key(store.getState()) ? noticeBox(store) : null;
    box.replaceChildren(...(n ? [n] : []));
    box.hidden = !n;
  };
  draw();
  return store.subscribe(key, draw);
}
