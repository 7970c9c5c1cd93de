/** Debrief strings (charts, exports, print handout). */
export const debriefEn = {
  'debrief.placeholder': 'Debrief',
};

/** German debrief strings. */
export const debriefDe: Record<keyof typeof debriefEn, string> = {
  'debrief.placeholder': 'Nachbesprechung',
};
