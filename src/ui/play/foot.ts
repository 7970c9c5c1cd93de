/**
 * The orders panel's foot (preview, problems, Submit) sticks to the bottom of the scrolling panel. When it
 * grows (a problem appears) it must not cover the field being typed in: the panel learns the foot's height
 * (for scroll-padding, so Tab scrolls fields clear of it) and scrolls the focused field up if it is covered.
 */
export function keepClearOfFoot(form: HTMLElement, foot: HTMLElement): void {
  const panel = form.closest<HTMLElement>('.panel');
  if (!panel || getComputedStyle(foot).position !== 'sticky') return;
  const h = foot.offsetHeight;
  panel.style.setProperty('--orders-foot-h', `${h}px`);
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !form.contains(active) || foot.contains(active)) return;
  const a = active.getBoundingClientRect();
  const top = foot.getBoundingClientRect().top;
  if (a.bottom > top - 4) panel.scrollTop += a.bottom - top + 8;
}
