/**
 * A button that only a fresh key press activates (issue 10 item 10). Holding Enter on the orders form sends
 * the orders once; the reveal's Continue (and the hot seat's "take the device") is focused a frame later, and
 * without this the key's auto-repeat would press it too, skipping the reveal unseen. Here a key press counts
 * only if it is not an auto-repeat (`event.repeat`) and the key was not already down when the button got the
 * focus. A pointer click always counts.
 */

const held = new Set<string>();
let listening = false;

function listen(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('keydown', (e) => held.add(e.key), true);
  window.addEventListener('keyup', (e) => held.delete(e.key), true);
  // Keys released while the window had no focus send no keyup.
  window.addEventListener('blur', () => held.clear());
}

const ACTIVATES = new Set(['Enter', ' ']);

/** Makes `button` ignore key presses that began before it had the focus, and auto-repeats. Returns it. */
export function needsFreshPress<T extends HTMLElement>(button: T): T {
  listen();
  let before = new Set<string>();
  let armed = false;
  button.addEventListener('focus', () => {
    before = new Set(held);
    armed = false;
  });
  button.addEventListener('keydown', (e) => {
    if (!ACTIVATES.has(e.key)) return;
    if (e.repeat || before.has(e.key)) {
      e.preventDefault();
      return;
    }
    armed = true;
  });
  button.addEventListener('keyup', (e) => {
    if (e.key === ' ' && !armed) e.preventDefault();
    before.delete(e.key);
  });
  // A click from the keyboard has detail 0: it counts only after a fresh press on this button.
  button.addEventListener(
    'click',
    (e) => {
      if (e.detail === 0 && !armed) {
        e.preventDefault();
        e.stopImmediatePropagation();
        return;
      }
      armed = false;
    },
    true,
  );
  return button;
}
