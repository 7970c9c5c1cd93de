/**
 * Why a game record (a file, a share link, a saved game) cannot be opened: one sentence per problem code of
 * src/replay/problems.ts, filled in by src/ui/record-problem-text.ts. The replay guard's codes and the per-
 * quarter cap use the older `safety.guard.*` and `safety.cap.quarter` sentences (src/text/i18n/safety.ts).
 * Most sentences are a reason after the record's name and a colon (`record.labelled`: "share link: it is
 * empty."); `{{subject}}` is the record's name at the start of a sentence ("The shared link", a file's name).
 */
export const noticesEn = {
  'record.label.link': 'share link',
  'record.label.save': 'the saved game',
  'record.labelled': '{{label}}: {{reason}}',
  'record.quoted': '“{{id}}”',
  'record.where.quarter': ' (quarter {{quarter}})',
  'record.where.quarterAction': ' (quarter {{quarter}}, action {{action}})',
  'record.where.action': ' (action {{action}})',
  'record.where.steps': ' (after {{steps}} steps)',
  'record.more': ', and {{count}} more',
  'record.tooBig': '{{subject}} is {{bytes}} bytes; a game record is at most {{max}}.',
  'record.notJson': '{{subject}} is not valid JSON ({{detail}}); the file may be truncated.',
  'record.tooDeep': '{{subject}} nests deeper than {{max}} levels; a game record never does (the file is damaged or hostile).',
  'record.notObject': '{{subject}} is not a game record (expected a JSON object).',
  'record.notRecord': '{{subject}} is not a GPU Race game record (no "format": "gpurace-record").',
  'record.badFormatVersion': '$.formatVersion must be a whole number from 1',
  'record.newerFormat':
    '{{subject}} is a record of format {{version}}, newer than this build reads ({{reads}}); update the game to open it.',
  'record.schema': 'field {{path}}: {{detail}}',
  'record.seatTwice':
    '"{{playerId}}" has a seat already ($.seats[{{first}}], again at $.seats[{{index}}]); a record has one seat per company',
  'record.recordCap': '{{subject}} cannot be opened: it holds {{count}} actions; a game of {{seats}} seats has at most {{max}}.',
  'record.linkEmpty': 'it is empty',
  'record.linkTooLong': 'it is {{chars}} characters long; at most {{max}} are read',
  'record.linkCharacters': 'the link has characters that base64url does not use (was it cut or edited?)',
  'record.linkBase64': 'the link is not valid base64url (was it cut or edited?)',
  'record.linkTooBig': 'the link unpacks to more than {{max}} bytes, so it is refused',
  'record.linkNoUnpack': 'the link does not unpack (was it cut or edited?)',
  'record.linkCut': 'the link ends too early (was it cut off?)',
  'record.linkNotRecord': 'it unpacks, but not to a record (was it edited?)',
  'record.linkLayout': 'the link’s layout {{layout}} is not one this build reads ({{reads}}); update the game to open it',
  'record.linkBroken': 'the record packed in the link is broken{{where}} (was it cut or edited?)',
  'record.linkUnreadable': 'it could not be read ({{detail}})',
  'record.snapshotInvalid': 'the scenario saved with this game is not valid ({{path}}: {{detail}}{{more}})',
  'record.snapshotOtherId': 'the scenario saved with this game is "{{snapshot}}", but the game names "{{scenario}}"',
  'record.snapshotHash':
    'the scenario saved with this game has content hash {{hash}}, but the game was played on {{recorded}} (the file was altered)',
  'record.scenarioMissing': 'this game was played on scenario "{{scenario}}", which this build does not have',
  'record.engineVersion': 'this record needs engine version {{needs}}; this build runs version {{runs}}',
  'record.otherScenario': 'the record is a game of scenario "{{recorded}}", not "{{scenario}}"',
  'record.seatsUnknown': 'the record seats {{ids}}, not a company of scenario "{{scenario}}"',
  'record.seatsMissing': 'the record has no seat for {{ids}}; every company of scenario "{{scenario}}" needs one (human or bot)',
  'record.seatsCount': 'the record has {{seats}} seats for {{companies}} companies; one seat per company',
  'record.scenarioHash': 'scenario "{{scenario}}" has content hash {{hash}}, but the record was played on {{recorded}}',
  'record.illegal': 'action {{at}} ({{type}}) is illegal at this point{{where}}: {{error}}',
  'record.hashDiffers': 'state hash {{hash}} differs from the recorded {{recorded}}{{where}}',
  'record.fewerCheckpoints': 'the record has fewer checkpoints than resolved quarters{{where}}',
  'record.moreCheckpoints': 'the record has more checkpoints than resolved quarters{{where}}',
};

export const noticesDe: Record<keyof typeof noticesEn, string> = {
  'record.label.link': 'Geteilter Link',
  'record.label.save': 'Gespeichertes Spiel',
  'record.labelled': '{{label}}: {{reason}}',
  'record.quoted': '„{{id}}“',
  'record.where.quarter': ' (Quartal {{quarter}})',
  'record.where.quarterAction': ' (Quartal {{quarter}}, Aktion {{action}})',
  'record.where.action': ' (Aktion {{action}})',
  'record.where.steps': ' (nach {{steps}} Schritten)',
  'record.more': ' und {{count}} weitere',
  'record.tooBig': '{{subject}} ist {{bytes}} Bytes groß; ein Spielprotokoll hat höchstens {{max}}.',
  'record.notJson': '{{subject}} ist kein gültiges JSON ({{detail}}); vielleicht ist die Datei abgeschnitten.',
  'record.tooDeep':
    '{{subject}} ist tiefer als {{max}} Ebenen verschachtelt; ein Spielprotokoll ist das nie (die Datei ist beschädigt oder feindselig).',
  'record.notObject': '{{subject}} ist kein Spielprotokoll (erwartet wird ein JSON-Objekt).',
  'record.notRecord': '{{subject}} ist kein Spielprotokoll von GPU Race (es fehlt "format": "gpurace-record").',
  'record.badFormatVersion': '$.formatVersion muss eine ganze Zahl ab 1 sein',
  'record.newerFormat':
    '{{subject}} ist ein Protokoll im Format {{version}}, neuer als diese Version lesen kann ({{reads}}); aktualisiere das Spiel, um es zu öffnen.',
  'record.schema': 'Feld {{path}}: {{detail}}',
  'record.seatTwice':
    '„{{playerId}}“ hat schon einen Platz ($.seats[{{first}}], noch einmal bei $.seats[{{index}}]); ein Protokoll hat einen Platz pro Unternehmen',
  'record.recordCap':
    '{{subject}} lässt sich nicht öffnen: Es enthält {{count}} Aktionen; ein Spiel mit {{seats}} Plätzen hat höchstens {{max}}.',
  'record.linkEmpty': 'Er ist leer',
  'record.linkTooLong': 'Er ist {{chars}} Zeichen lang; gelesen werden höchstens {{max}}',
  'record.linkCharacters': 'Der Link enthält Zeichen, die base64url nicht verwendet (wurde er abgeschnitten oder verändert?)',
  'record.linkBase64': 'Der Link ist kein gültiges base64url (wurde er abgeschnitten oder verändert?)',
  'record.linkTooBig': 'Der Link entpackt sich zu mehr als {{max}} Bytes und wird deshalb abgelehnt',
  'record.linkNoUnpack': 'Der Link lässt sich nicht entpacken (wurde er abgeschnitten oder verändert?)',
  'record.linkCut': 'Der Link endet zu früh (wurde er abgeschnitten?)',
  'record.linkNotRecord': 'Er lässt sich entpacken, enthält aber kein Spielprotokoll (wurde er verändert?)',
  'record.linkLayout':
    'Das Format {{layout}} des Links kann diese Version nicht lesen ({{reads}}); aktualisiere das Spiel, um ihn zu öffnen',
  'record.linkBroken': 'Das im Link gepackte Protokoll ist beschädigt{{where}} (wurde er abgeschnitten oder verändert?)',
  'record.linkUnreadable': 'Er ließ sich nicht lesen ({{detail}})',
  'record.snapshotInvalid': 'Das mit diesem Spiel gespeicherte Szenario ist ungültig ({{path}}: {{detail}}{{more}})',
  'record.snapshotOtherId': 'Das mit diesem Spiel gespeicherte Szenario ist „{{snapshot}}“, das Spiel nennt aber „{{scenario}}“',
  'record.snapshotHash':
    'Das mit diesem Spiel gespeicherte Szenario hat den Inhalts-Hash {{hash}}, gespielt wurde aber mit {{recorded}} (die Datei wurde verändert)',
  'record.scenarioMissing': 'Dieses Spiel wurde mit dem Szenario „{{scenario}}“ gespielt, das diese Version nicht hat',
  'record.engineVersion': 'Dieses Protokoll braucht die Engine-Version {{needs}}; diese Version des Spiels hat {{runs}}',
  'record.otherScenario': 'Das Protokoll ist ein Spiel des Szenarios „{{recorded}}“, nicht „{{scenario}}“',
  'record.seatsUnknown': 'Das Protokoll vergibt Plätze an {{ids}}, kein Unternehmen des Szenarios „{{scenario}}“',
  'record.seatsMissing':
    'Das Protokoll hat keinen Platz für {{ids}}; jedes Unternehmen des Szenarios „{{scenario}}“ braucht einen (Mensch oder Bot)',
  'record.seatsCount': 'Das Protokoll hat {{seats}} Plätze für {{companies}} Unternehmen; ein Platz pro Unternehmen',
  'record.scenarioHash': 'Das Szenario „{{scenario}}“ hat den Inhalts-Hash {{hash}}, gespielt wurde das Protokoll aber mit {{recorded}}',
  'record.illegal': 'Aktion {{at}} ({{type}}) ist an dieser Stelle nicht erlaubt{{where}}: {{error}}',
  'record.hashDiffers': 'Der Zustands-Hash {{hash}} weicht vom gespeicherten {{recorded}} ab{{where}}',
  'record.fewerCheckpoints': 'Das Protokoll hat weniger Prüfpunkte als aufgelöste Quartale{{where}}',
  'record.moreCheckpoints': 'Das Protokoll hat mehr Prüfpunkte als aufgelöste Quartale{{where}}',
};
