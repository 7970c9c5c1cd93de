/**
 * Export, import and share-link controls. Files are read with a size cap before parsing; nothing read from
 * a file or a link is ever put into the page as HTML.
 */
import { MAX_RECORD_BYTES } from '../replay/parse';
import type { GameStore } from '../store/game-store';
import { download, el } from './dom';
import { t } from '../text/i18n';
import { formatInt } from '../text/i18n/format';
import { noticeText } from './notice-text';
import { notice } from '../store/notices';

export { download };

/** The page's address with a share fragment. */
export function shareUrl(fragment: string): string {
  return `${location.origin}${location.pathname}#${fragment}`;
}

/** Buttons: export the game as `.gpurace.json`, and make a share link (shown in a box, copied if allowed). */
export function gameTools(store: GameStore): HTMLElement {
  const out = el('div', { class: 'share-out', attrs: { hidden: true } });
  const exportBtn = el(
    'button',
    {
      class: 'btn btn-small',
      testid: 'export-game',
      attrs: { type: 'button', title: t('files.exportHint') },
      on: {
        click: () => {
          const f = store.getState().exportRecord();
          if (f) download(f.fileName, f.text);
        },
      },
    },
    t('files.export'),
  );
  const shareBtn = el(
    'button',
    {
      class: 'btn btn-small',
      testid: 'share-link',
      attrs: { type: 'button', title: t('files.shareHint') },
      on: {
        click: () => {
          const frag = store.getState().shareFragment();
          if (!frag) return;
          const url = shareUrl(frag);
          const input = el('input', { testid: 'share-link-url', attrs: { type: 'text', readonly: true, value: url, 'aria-label': t('files.shareLabel'), spellcheck: 'false' } });
          const note = el('span', { class: 'faint', attrs: { role: 'status' } }, t('files.chars', { n: formatInt(url.length) }));
          out.replaceChildren(input, note);
          out.hidden = false;
          input.select();
          navigator.clipboard?.writeText(url).then(
            () => {
              note.textContent = t('files.copied', { n: formatInt(url.length) });
            },
            () => {},
          );
        },
      },
    },
    t('files.share'),
  );
  return el('div', { class: 'game-tools' }, el('div', { class: 'row' }, exportBtn, shareBtn), out);
}

/** A file picker for `.gpurace.json` that opens the file in the replay viewer (or shows what is wrong). */
export function importButton(store: GameStore): HTMLElement {
  const input = el('input', { class: 'file-input', testid: 'import-game', attrs: { type: 'file', accept: '.json,.gpurace.json,application/json', id: 'import-game' } });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_RECORD_BYTES) {
      store.getState().showNotice(notice('error', 'fileTooBig', { name: file.name, size: file.size, max: MAX_RECORD_BYTES }));
      return;
    }
    file.text().then(
      (text) => store.getState().importRecordText(text, file.name),
      (e: unknown) => store.getState().showNotice(notice('error', 'fileUnreadable', { name: file.name, error: String(e) })),
    );
  });
  return el('label', { class: 'btn file-btn', attrs: { for: 'import-game' } }, input, t('files.open'));
}

/** The notice (an error from an import or a link), with a dismiss button; empty if there is none. */
export function noticeBox(store: GameStore): HTMLElement | null {
  const n = store.getState().ui.notice;
  if (!n) return null;
  // A game another tab has played further: the way on is to reload it from storage (src/store/game-store.ts).
  const stale = store.getState().ui.staleGame;
  const reload = stale
    ? el('button', { class: 'btn btn-small btn-primary', testid: 'reload-stale', attrs: { type: 'button' }, on: { click: () => void store.getState().continueGame(stale.saveId) } }, t('safety.reloadGame'))
    : null;
  return el(
    'div',
    { class: `notice ${n.kind}`, testid: 'notice', attrs: { role: n.kind === 'error' ? 'alert' : 'status' } },
    el('span', {}, noticeText(n)),
    reload,
    el('button', { class: 'btn btn-small', attrs: { type: 'button', 'aria-label': t('files.dismiss') }, on: { click: () => store.getState().dismissNotice() } }, '×'),
  );
}
