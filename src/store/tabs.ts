/**
 * Tabs of one browser profile tell each other what they saved (issue 10 item 12), over a BroadcastChannel:
 * a tab showing a game another tab has resolved further stops taking orders for it (src/store/game-store.ts).
 * Messages from other tabs are untrusted and checked field by field. Also the page's "opening" mark
 * (sessionStorage): a save the page froze on while opening it is not resumed at the next load.
 */
import type { TabChannel, TabMessage } from './game-store';

const CHANNEL = 'gpu-race-saves';
const OPENING = 'gpurace-opening';

/** A message from another tab, checked; null if it is not one. */
export function asTabMessage(x: unknown): TabMessage | null {
  if (x === null || typeof x !== 'object') return null;
  const m = x as Partial<TabMessage>;
  const int = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  if (typeof m.saveId !== 'string' || m.saveId.length === 0 || m.saveId.length > 200 || !int(m.actions) || !int(m.resolved)) return null;
  return { saveId: m.saveId, actions: m.actions, resolved: m.resolved };
}

/** The channel between this page's tabs; undefined where the browser has no BroadcastChannel. */
export function broadcastTabs(): TabChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const ch = new BroadcastChannel(CHANNEL);
  return {
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a BroadcastChannel has no target origin
    post: (m) => ch.postMessage(m),
    listen: (fn) =>
      ch.addEventListener('message', (e: MessageEvent) => {
        const m = asTabMessage(e.data);
        if (m) fn(m);
      }),
  };
}

/** The opening mark, kept in this tab's sessionStorage (a reload of a frozen tab still sees it). */
export function sessionOpeningMark(): { get(): string | null; set(id: string | null): void } {
  return {
    get() {
      try {
        const v = globalThis.sessionStorage?.getItem(OPENING);
        return typeof v === 'string' && v.length <= 200 ? v : null;
      } catch {
        return null;
      }
    },
    set(id) {
      try {
        if (id === null) globalThis.sessionStorage?.removeItem(OPENING);
        else globalThis.sessionStorage?.setItem(OPENING, id);
      } catch {
        // sessionStorage off: no mark, the page just resumes as before
      }
    },
  };
}
