/**
 * A tiny DOM builder. Text always goes in as text nodes (textContent), never as HTML, because scenario
 * files are untrusted input.
 */

import { badgeOf } from '../store/scenario-look';

type Child = Node | string | number | null | undefined | false;

/** Element properties the builder understands. */
export interface ElProps {
  class?: string;
  testid?: string;
  text?: string;
  title?: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (e: HTMLElementEventMap[K]) => void };
}

/** Creates an element with props and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElProps = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.testid) node.dataset.testid = props.testid;
  if (props.title) node.title = props.title;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const [type, fn] of Object.entries(props.on ?? {})) node.addEventListener(type, fn as EventListener);
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return node;
}

/** A number with a short form shown and the exact form in title and aria-label. */
export function num(short: string, exactText: string, cls = 'num'): HTMLSpanElement {
  return el('span', { class: cls, title: exactText, attrs: { 'aria-label': exactText } }, short);
}

/**
 * `short` in `span`, its unit a span of its own where the language writes it apart after a no-break space ("16,3
 * Mrd. $"; English "$16.3B" has none), so that a line may break before the unit (and a narrow box may draw it
 * smaller: `.unit` in styles.css) instead of the amount running out of its box.
 */
export function wrapUnit<T extends HTMLElement>(span: T, short: string): T {
  const at = short.indexOf('\u00a0');
  if (at < 0) span.textContent = short;
  else span.replaceChildren(short.slice(0, at), ' ', el('span', { class: 'unit' }, short.slice(at + 1)));
  return span;
}

/**
 * A company badge: colour swatch with the initial, then the name (never colour alone). A class game's team is
 * named with it: `team` given, or else the team names of the game on screen (setBadgeTeams); null for none.
 */
export function companyBadge(c: { id?: string; name: string; initial: string; badge?: string; color: string }, showName = true, team?: string | null): HTMLSpanElement {
  const badge = badgeOf(c);
  const swatch = el('span', { class: 'badge-initial', attrs: { 'aria-hidden': 'true', 'data-len': String(badge.length) } }, badge);
  swatch.style.setProperty('--company', c.color);
  const teamName = team !== undefined ? team : c.id === undefined ? undefined : badgeTeams.get(c.id);
  const name = teamName ? `${teamName} (${c.name})` : c.name;
  return el('span', { class: 'badge' }, swatch, showName ? el('span', { class: 'badge-name', title: name }, name) : null);
}

/** The team names of the game or replay on screen (a class game's record), shown in every company badge. */
let badgeTeams = new Map<string, string>();
/** Sets the team names company badges show (from the record's seats; none for other games). */
export function setBadgeTeams(seats: readonly { playerId: string; teamName?: string }[] | undefined): void {
  badgeTeams = new Map((seats ?? []).flatMap((s) => (s.teamName ? [[s.playerId, s.teamName] as [string, string]] : [])));
}

/** Removes all children. */
export function clear(node: Element): void {
  node.replaceChildren();
}

/** Downloads text as a file (JSON unless another type is given). */
export function download(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { attrs: { href: url, download: fileName } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
