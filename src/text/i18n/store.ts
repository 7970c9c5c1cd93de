/** The store's notices (src/store/notices.ts), one string per code, translated by src/ui/notice-text.ts. */
export const storeEn = {
  'store.notice.stale': 'Another tab has played this game further. This tab no longer takes orders for it: reload the game to go on from where the other tab is.',
  'store.notice.notResumed': 'The last game did not finish opening the last time this page was loaded, so it was not opened again. It is kept under Saved games: continue, export or delete it there.',
  'store.notice.noSave': 'There is no saved game yet.',
  'store.notice.gone': 'That saved game is gone.',
  'store.notice.unreadable': 'That saved game could not be read.',
  'store.notice.readFailed': 'The saved game could not be read ({{detail}}).',
  'store.notice.deleteFailed': 'The saved game could not be deleted ({{detail}}).',
  'store.notice.savingOffMissing':
    'Saving is off: this browser does not let the page keep games (IndexedDB is not available, as in some private windows). The game plays on, but nothing is saved: export a game to keep it.',
  'store.notice.savingOffFailed':
    'Saving is off: the browser could not open its storage for this page. The game plays on, but nothing is saved in this tab: export a game to keep it, or reload the page later.',
  'store.notice.savingOffTimeout':
    'Saving is off: the browser did not open its storage within {{seconds}} seconds (another tab may hold it open). The game plays on, but nothing is saved in this tab: export a game to keep it, or reload the page later.',
  'store.notice.copy':
    'This game is also open in another tab, which saved moves this tab has not seen. Nothing was overwritten: this tab now saves its game as a copy (both are under Saved games).',
  'store.notice.saveFailed': 'The game could not be saved ({{error}}). The last save is kept and the game goes on.',
  'store.notice.saveFailedFirst': 'The game could not be saved ({{error}}). Nothing of this game is saved yet; the game goes on.',
  'store.notice.refusedWrite': 'the browser refused the write',
  'store.notice.quota':
    "The game could not be saved: the browser's storage for this page is full (QuotaExceededError). The last save is kept and the game goes on; free some space (delete old saved games) and the next move saves again.",
  'store.notice.quotaFirst':
    "The game could not be saved: the browser's storage for this page is full (QuotaExceededError). Nothing of this game is saved yet; the game goes on. Free some space (delete old saved games) and the next move saves again.",
  'store.notice.saveKept': '{{reason}} The saved game is kept under Saved games: export or delete it there.',
  'store.notice.fileTooBig': '{{name}} is {{size}} bytes; a game record is at most {{max}}',
  'store.notice.fileUnreadable': '{{name}} could not be read ({{error}})',
};

export const storeDe: Record<keyof typeof storeEn, string> = {
  'store.notice.stale': 'Ein anderer Tab hat dieses Spiel weitergespielt. Dieser Tab nimmt dafür keine Bestellungen mehr an: Lade das Spiel neu, um dort weiterzumachen, wo der andere Tab steht.',
  'store.notice.notResumed':
    'Das letzte Spiel wurde beim letzten Laden dieser Seite nicht fertig geöffnet und deshalb nicht noch einmal geöffnet. Es bleibt unter „Gespeicherte Spiele“: Dort kannst du es fortsetzen, exportieren oder löschen.',
  'store.notice.noSave': 'Es gibt noch kein gespeichertes Spiel.',
  'store.notice.gone': 'Dieses gespeicherte Spiel gibt es nicht mehr.',
  'store.notice.unreadable': 'Dieses gespeicherte Spiel konnte nicht gelesen werden.',
  'store.notice.readFailed': 'Das gespeicherte Spiel konnte nicht gelesen werden ({{detail}}).',
  'store.notice.deleteFailed': 'Das gespeicherte Spiel konnte nicht gelöscht werden ({{detail}}).',
  'store.notice.savingOffMissing':
    'Speichern ist aus: Dieser Browser lässt die Seite keine Spiele aufbewahren (IndexedDB ist nicht verfügbar, wie in manchen privaten Fenstern). Das Spiel geht weiter, aber nichts wird gespeichert: Exportiere ein Spiel, um es zu behalten.',
  'store.notice.savingOffFailed':
    'Speichern ist aus: Der Browser konnte seinen Speicher für diese Seite nicht öffnen. Das Spiel geht weiter, aber in diesem Tab wird nichts gespeichert: Exportiere ein Spiel, um es zu behalten, oder lade die Seite später neu.',
  'store.notice.savingOffTimeout':
    'Speichern ist aus: Der Browser hat seinen Speicher nicht innerhalb von {{seconds}} Sekunden geöffnet (vielleicht hält ihn ein anderer Tab offen). Das Spiel geht weiter, aber in diesem Tab wird nichts gespeichert: Exportiere ein Spiel, um es zu behalten, oder lade die Seite später neu.',
  'store.notice.copy':
    'Dieses Spiel ist auch in einem anderen Tab geöffnet, und dort wurden Züge gespeichert, die dieser Tab nicht kennt. Nichts wurde überschrieben: Dieser Tab speichert sein Spiel jetzt als Kopie (beide stehen unter „Gespeicherte Spiele“).',
  'store.notice.saveFailed': 'Das Spiel konnte nicht gespeichert werden ({{error}}). Der letzte Spielstand bleibt erhalten, und das Spiel geht weiter.',
  'store.notice.saveFailedFirst': 'Das Spiel konnte nicht gespeichert werden ({{error}}). Von diesem Spiel ist noch nichts gespeichert; das Spiel geht weiter.',
  'store.notice.refusedWrite': 'der Browser hat das Schreiben verweigert',
  'store.notice.quota':
    'Das Spiel konnte nicht gespeichert werden: Der Speicher des Browsers für diese Seite ist voll (QuotaExceededError). Der letzte Spielstand bleibt erhalten, und das Spiel geht weiter; schaffe Platz (lösche alte gespeicherte Spiele), dann speichert der nächste Zug wieder.',
  'store.notice.quotaFirst':
    'Das Spiel konnte nicht gespeichert werden: Der Speicher des Browsers für diese Seite ist voll (QuotaExceededError). Von diesem Spiel ist noch nichts gespeichert; das Spiel geht weiter. Schaffe Platz (lösche alte gespeicherte Spiele), dann speichert der nächste Zug wieder.',
  'store.notice.saveKept': '{{reason}} Das gespeicherte Spiel bleibt unter „Gespeicherte Spiele“: Dort kannst du es exportieren oder löschen.',
  'store.notice.fileTooBig': '{{name}} hat {{size}} Byte; eine Spielaufzeichnung hat höchstens {{max}}',
  'store.notice.fileUnreadable': '{{name}} konnte nicht gelesen werden ({{error}})',
};
