/** Classroom strings (hot seat, facilitator view, class comparison). */
export const classroomEn = {
  'classroom.placeholder': 'Classroom',
};

/** German classroom strings. */
export const classroomDe: Record<keyof typeof classroomEn, string> = {
  'classroom.placeholder': 'Unterricht',
};
