/**
 * Whether the page was served by the classroom server (src/server): it puts a marker into the page, so the
 * menu can offer the class game without asking the network (a static host has no marker).
 */
export function classroomServed(doc: Document = document): boolean {
  return doc.querySelector('meta[name="gpurace-classroom"]') !== null;
}

/** The join code in a join link (`?join=CODE`), or null. */
export function joinCodeInUrl(search: string = location.search): string | null {
  return new URLSearchParams(search).get('join');
}

/** The class game the facilitator was running in this tab (`?facilitate=CODE`), or null. */
export function facilitateCodeInUrl(search: string = location.search): string | null {
  return new URLSearchParams(search).get('facilitate');
}
