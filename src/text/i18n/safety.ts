/**
 * Strings of the page's safety nets (issue 10): saving off, a game another tab moved on, a save or link the
 * page refuses to replay, the save index's problems, the class comparison's scenario and seat checks.
 * The store's notices and the record problems are data (src/store/notices.ts, src/replay/problems.ts), worded
 * by src/ui/notice-text.ts and src/ui/record-problem-text.ts; the replay guard's codes use the sentences here.
 */
export const safetyEn = {
  'safety.stale': 'Another tab has played this game further. This tab no longer takes orders for it: reload the game to go on from where the other tab is.',
  'safety.reloadGame': 'Reload that game',
  'safety.source.link': 'The shared link',
  'safety.source.game': 'The saved game',
  'safety.guard.repeatCard': '{{source}} cannot be opened: it plays the event card “{{card}}” again (first at action {{first}}, again at action {{at}}); a card can be played once per game.',
  'safety.guard.quarterSteps': '{{source}} cannot be opened: one quarter holds more than {{max}} actions (at action {{at}}), more than a replay may take.',
  'safety.guard.tooMany': '{{source}} cannot be opened: it has {{n}} actions; a replay stops after {{max}}.',
  'safety.guard.unsafe': '{{source}} cannot be opened: action {{at}} ({{type}}) drives {{path}} past the range of numbers the game can count exactly. The replay was stopped after {{steps}} steps.',
  'safety.guard.budget': '{{source}} cannot be opened: the replay went past its budget of {{max}} steps.',
  'safety.cap.quarter': '{{source}} cannot be opened: quarter {{quarter}} holds more than {{max}} actions (at action {{at}}); a game of {{seats}} seats needs at most {{max}} a quarter.',
  'safety.export': 'Export',
  'safety.exportLabel': 'Export saved game {{name}} as a file',
  'safety.orphans': 'Found in storage without an index entry',
  'safety.orphansHint': 'These games were saved, but the list of saved games did not name them (an older build or a damaged list). Continue, replay, export or delete each.',
  'safety.orphanUnknown': 'A saved game that cannot be read',
  'safety.malformed_one': '{{count}} entry in the list of saved games could not be read. It is kept as it was; if its game is still stored, it is listed below.',
  'safety.malformed_other': '{{count}} entries in the list of saved games could not be read. They are kept as they were; games still stored are listed below.',
  'safety.compare.altered': '{{file}} carries its own copy of “{{scenario}}” that differs from this game’s (content hash {{hash}}, not {{expected}}): the copy was altered, so the file is not compared.',
  'safety.compare.otherHash': '{{file}} was played on a version of “{{scenario}}” with content hash {{hash}}, but the groups here played {{expected}}. Compare only games of the same scenario version.',
  'safety.compare.seatUnknown': '{{file}} seats “{{company}}”, which is not a company of this scenario: the seats were edited, so the file is not compared.',
  'safety.compare.seatTwice': '{{file}} seats “{{company}}” twice: the seats were edited, so the file is not compared.',
  'safety.compare.seatMissing': '{{file}} has no seat for {{company}}: the seats were edited, so the file is not compared.',
} as const;

/** German safety strings: every key of safetyEn. */
export const safetyDe: Record<keyof typeof safetyEn, string> = {
  'safety.stale': 'Ein anderer Tab hat dieses Spiel weitergespielt. Dieser Tab nimmt dafür keine Bestellungen mehr an: Lade das Spiel neu, um dort weiterzumachen, wo der andere Tab steht.',
  'safety.reloadGame': 'Dieses Spiel neu laden',
  'safety.source.link': 'Der geteilte Link',
  'safety.source.game': 'Das gespeicherte Spiel',
  'safety.guard.repeatCard': '{{source}} lässt sich nicht öffnen: Die Ereigniskarte „{{card}}“ wird noch einmal gespielt (zuerst bei Aktion {{first}}, wieder bei Aktion {{at}}); eine Karte kann pro Spiel nur einmal gespielt werden.',
  'safety.guard.quarterSteps': '{{source}} lässt sich nicht öffnen: Ein Quartal enthält mehr als {{max}} Aktionen (bei Aktion {{at}}), mehr als eine Wiederholung abspielt.',
  'safety.guard.tooMany': '{{source}} lässt sich nicht öffnen: Es enthält {{n}} Aktionen; eine Wiederholung hält nach {{max}} an.',
  'safety.guard.unsafe': '{{source}} lässt sich nicht öffnen: Aktion {{at}} ({{type}}) treibt {{path}} über den Zahlenbereich hinaus, den das Spiel genau zählen kann. Die Wiederholung wurde nach {{steps}} Schritten angehalten.',
  'safety.guard.budget': '{{source}} lässt sich nicht öffnen: Die Wiederholung hat ihr Budget von {{max}} Schritten überschritten.',
  'safety.cap.quarter': '{{source}} lässt sich nicht öffnen: Quartal {{quarter}} enthält mehr als {{max}} Aktionen (bei Aktion {{at}}); ein Spiel mit {{seats}} Plätzen braucht höchstens {{max}} pro Quartal.',
  'safety.export': 'Exportieren',
  'safety.exportLabel': 'Gespeichertes Spiel {{name}} als Datei exportieren',
  'safety.orphans': 'Im Speicher gefunden, aber nicht in der Liste',
  'safety.orphansHint': 'Diese Spiele wurden gespeichert, aber die Liste der gespeicherten Spiele nennt sie nicht (eine ältere Version oder eine beschädigte Liste). Jedes lässt sich fortsetzen, wiederholen, exportieren oder löschen.',
  'safety.orphanUnknown': 'Ein gespeichertes Spiel, das sich nicht lesen lässt',
  'safety.malformed_one': '{{count}} Eintrag in der Liste der gespeicherten Spiele ließ sich nicht lesen. Er bleibt, wie er war; ist sein Spiel noch gespeichert, steht es unten.',
  'safety.malformed_other': '{{count}} Einträge in der Liste der gespeicherten Spiele ließen sich nicht lesen. Sie bleiben, wie sie waren; noch gespeicherte Spiele stehen unten.',
  'safety.compare.altered': '{{file}} bringt eine eigene Kopie von „{{scenario}}“ mit, die von der dieses Spiels abweicht (Inhalts-Hash {{hash}} statt {{expected}}): Die Kopie wurde verändert, deshalb wird die Datei nicht verglichen.',
  'safety.compare.otherHash': '{{file}} wurde mit einer Fassung von „{{scenario}}“ mit dem Inhalts-Hash {{hash}} gespielt, die Gruppen hier aber mit {{expected}}. Verglichen werden nur Spiele derselben Szenariofassung.',
  'safety.compare.seatUnknown': '{{file}} vergibt einen Platz an „{{company}}“, das kein Unternehmen dieses Szenarios ist: Die Plätze wurden verändert, deshalb wird die Datei nicht verglichen.',
  'safety.compare.seatTwice': '{{file}} vergibt den Platz von „{{company}}“ zweimal: Die Plätze wurden verändert, deshalb wird die Datei nicht verglichen.',
  'safety.compare.seatMissing': '{{file}} hat keinen Platz für {{company}}: Die Plätze wurden verändert, deshalb wird die Datei nicht verglichen.',
};
