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
  // The export-rules box's last line where it cannot hold every rule (src/scenes/rules-box.ts).
  'shots.board.moreRules_one': '+{{count}} more rule',
  'shots.board.moreRules_other': '+{{count}} more rules',
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
  'shots.board.moreRules_one': '+{{count}} weitere Regel',
  'shots.board.moreRules_other': '+{{count}} weitere Regeln',
};
