/** Shorter board wordings for narrow campus cards and the rules box (the phone's board, the game-over board at 1280x720), so numbers are never cut by an ellipsis. */
export const shotsEn = {
  'shots.board.movedShort': 'Score {{score}} after {{quarter}} ({{change}})',
  'shots.board.movedShortest': 'Score {{score}} ({{quarter}}: {{change}})',
  'shots.board.powerNeedsShortest': 'needs {{need}}',
  'shots.board.allOpenShort': 'All chips open',
  'shots.board.runningIdleShortest': '{{running}} · {{idle}} idle',
  'shots.board.idleOnly': '{{idle}} idle',
  'shots.board.powerBuildingNoPct': '{{online}} · +{{mw}} MW',
  // Online and building in one unit at the end ("1,174 · +1,346 MW"): the second number kept its unit.
  'shots.board.powerBuildingNoPctShort': '{{online}} · +{{mw}} MW',
  // Power online alone where no wording with the share in use fits (the gauge beside it shows the share).
  'shots.board.powerNoPct': '{{online}}',
  // The export-rules box's last line where it cannot hold every rule (src/scenes/rules-box.ts).
  'shots.board.moreRules_one': '+{{count}} more rule',
  'shots.board.moreRules_other': '+{{count}} more rules',
  'shots.board.allRules_one': '{{count}} rule: see Export status',
  'shots.board.allRules_other': '{{count}} rules: see Export status',
};

export const shotsDe: Record<keyof typeof shotsEn, string> = {
  'shots.board.movedShort': 'Punkte {{score}} nach {{quarter}} ({{change}})',
  'shots.board.movedShortest': 'Punkte {{score}} ({{quarter}}: {{change}})',
  'shots.board.powerNeedsShortest': 'braucht {{need}}',
  'shots.board.allOpenShort': 'Alle Chips frei',
  'shots.board.runningIdleShortest': '{{running}} · {{idle}} ungenutzt',
  'shots.board.idleOnly': '{{idle}} ungenutzt',
  'shots.board.powerBuildingNoPct': '{{online}} · +{{mw}} MW',
  'shots.board.powerBuildingNoPctShort': '{{online}} · +{{mw}} MW',
  'shots.board.powerNoPct': '{{online}}',
  'shots.board.moreRules_one': '+{{count}} weitere Regel',
  'shots.board.moreRules_other': '+{{count}} weitere Regeln',
  'shots.board.allRules_one': '{{count}} Regel: siehe Exportstatus',
  'shots.board.allRules_other': '{{count}} Regeln: siehe Exportstatus',
};
