/** Number formatting for people: short forms to read, exact forms for title/aria-label. */

const exactFmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "$14.6B", "$320M", "$32.5k", "$950": money abbreviated for reading. */
export function money(n: number): string {
  const sign = n < 0 ? '−' : '';
  const a = Math.abs(n);
  if (a >= 1e12) return `${sign}$${trim(a / 1e12)}T`;
  if (a >= 1e9) return `${sign}$${trim(a / 1e9)}B`;
  if (a >= 1e6) return `${sign}$${trim(a / 1e6)}M`;
  if (a >= 1e4) return `${sign}$${trim(a / 1e3)}k`;
  return `${sign}$${exactFmt.format(a)}`;
}

/** "$14,600,000,000": the exact amount. */
export function moneyExact(n: number): string {
  return `${n < 0 ? '−' : ''}$${exactFmt.format(Math.abs(n))}`;
}

/** "412k", "1.2M", "950": a count abbreviated. */
export function count(n: number): string {
  const sign = n < 0 ? '−' : '';
  const a = Math.abs(n);
  if (a >= 1e9) return `${sign}${trim(a / 1e9)}B`;
  if (a >= 1e6) return `${sign}${trim(a / 1e6)}M`;
  if (a >= 1e4) return `${sign}${trim(a / 1e3)}k`;
  return `${sign}${exactFmt.format(a)}`;
}

/** "12,345": a count in full. */
export function exact(n: number): string {
  return exactFmt.format(n);
}

/** "412k units". */
export function units(n: number): string {
  return `${count(n)} units`;
}

/** "1,200 MW". */
export function mw(n: number): string {
  return `${exactFmt.format(n)} MW`;
}

/** "1.2M H100e". */
export function h100e(n: number): string {
  return `${count(Math.round(n))} H100e`;
}

/** A 0..1000 score (tenths) as "73.4". */
export function score(tenths: number): string {
  return (tenths / 10).toFixed(1);
}

/** Three significant digits at most, no trailing ".0" beyond one decimal: 14.6, 320, 1.25 -> 1.3 */
function trim(x: number): string {
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1).replace(/\.0$/, '');
  return x.toFixed(2).replace(/0$/, '').replace(/\.0$/, '');
}
