/**
 * A company's badge: the one or two characters in its colour swatch on the board, the menu and every table.
 * The scenario's `badge` if it gives one; else the `initial` when the name starts with it (Meta, M), else the
 * name's first letter followed by the initial (Microsoft, whose initial is S because Meta has M: "MS"), so a
 * badge never shows a letter the name does not start with. Initials are unique, so derived badges are too.
 */
import type { CompanySpec } from '../engine/types';

/** The badge of a company (see the file's comment for the default). */
export function badgeOf(c: Pick<CompanySpec, 'name' | 'initial' | 'badge'>): string {
  if (c.badge) return c.badge;
  const first = /[A-Za-z0-9]/.exec(c.name)?.[0]?.toUpperCase();
  if (!first || first === c.initial) return c.initial;
  return `${first}${c.initial}`;
}
