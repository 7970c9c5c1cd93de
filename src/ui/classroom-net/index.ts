/**
 * The class game with a device per team (loaded only when the page was served by the classroom server):
 * a full-screen layer over the game with the facilitator's screen or a team's screen.
 */
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is a side effect by design
import './net.css';
import { el } from '../dom';
import { onLangChange, t } from '../../text/i18n';
import { mountFacilitator } from './facilitator';
import { mountTeam } from './team';

export interface OpenOptions {
  /** A join link's code: straight to the team's join screen. */
  join?: string | null;
  /** The game this tab was facilitating (after a reload). */
  facilitate?: string | null;
  /** Called once the layer is closed. */
  onClose?: () => void;
}

let open: { close(): void } | null = null;

/** Opens the class-game layer (once). */
export function openClassroom(opts: OpenOptions = {}): void {
  if (open) return;
  const content = el('div', { class: 'net-content' });
  let teardown: (() => void) | null = null;
  const close = (): void => {
    teardown?.();
    offLang();
    layer.remove();
    open = null;
    history.replaceState(null, '', location.pathname);
    opts.onClose?.();
  };
  const title = el('h1', {}, t('net.title'));
  const back = el('button', { class: 'btn btn-small', testid: 'class-close', attrs: { type: 'button' }, on: { click: close } }, t('net.close'));
  const layer = el('div', { class: 'net-layer', testid: 'class-layer', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-label': t('net.title') } }, el('header', { class: 'net-top' }, title, back), content);
  const offLang = onLangChange(() => {
    title.textContent = t('net.title');
    back.textContent = t('net.close');
  });
  document.body.append(layer);
  open = { close };
  if (opts.join) teardown = mountTeam(content, opts.join);
  else if (opts.facilitate) teardown = mountFacilitator(content, opts.facilitate);
  else {
    content.append(
      el(
        'div',
        { class: 'stack net-choose' },
        el('p', {}, t('net.chooseRole')),
        el('button', { class: 'btn btn-primary btn-wide', testid: 'class-as-facilitator', attrs: { type: 'button' }, on: { click: () => (teardown = mountFacilitator(content, null)) } }, t('net.asFacilitator')),
        el('button', { class: 'btn btn-wide', testid: 'class-as-team', attrs: { type: 'button' }, on: { click: () => (teardown = mountTeam(content, null)) } }, t('net.asTeam')),
      ),
    );
  }
}
