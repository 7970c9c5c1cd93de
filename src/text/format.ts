/**
 * Number formatting for people: short forms to read, exact forms for title/aria-label. Every form follows the
 * current language (src/text/i18n): "$14.6B" / "14,6 Mrd. $", "12,345" / "12.345".
 */
import { lang, t } from './i18n';
import { locale } from './i18n/format';

const MINUS = '−';

const formatters = new Map<string, Intl.NumberFormat>();

/** A cached Intl.NumberFormat of the current locale (building one is slow, and the board formats often). */
function nf(min: number, max: number): Intl.NumberFormat {
  const key = `${locale()}|${min}|${max}`;
  let fmt = formatters.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(locale(), { minimumFractionDigits: min, maximumFractionDigits: max });
    formatters.set(key, fmt);
  }
  return fmt;
}

/** Up to `digits` decimals, no trailing zeros, grouped for the locale. */
function dec(x: number, digits: number): string {
  return nf(0, digits).format(x);
}

/** Three significant digits at most, no trailing zeros: 14.6, 320, 1.25 (German 14,6 / 320 / 1,25). */
function trim(x: number): string {
  return dec(x, x >= 100 ? 0 : x >= 10 ? 1 : 2);
}

/** The tier (0 = none, 1 = thousand, 2 = million, 3 = billion, 4 = trillion) and the scaled value; 999,999 is 1M, not 1000k. */
function tier(a: number, max: number): [number, number] {
  let k = 0;
  while (k < max && a >= 1e3 ** (k + 1) * (k === 0 ? 10 : 1)) k++;
  // A value that would round up to 1000 of its tier reads as 1 of the next.
  if (k > 0 && k < max && a / 1e3 ** k >= 999.5) k++;
  return [k, a / 1e3 ** k];
}

const MONEY_KEYS = ['money.exact', 'money.thousand', 'money.million', 'money.billion', 'money.trillion'] as const;
const COUNT_KEYS = ['', 'count.thousand', 'count.million', 'count.billion'] as const;

/** "$14.6B", "$320M", "$32.5k", "$950" (German "14,6 Mrd. $", "320 Mio. $", "32,5 Tsd. $", "950 $"). */
export function money(n: number): string {
  const sign = n < 0 ? MINUS : '';
  const [k, x] = tier(Math.abs(n), 4);
  return sign + t(MONEY_KEYS[k] ?? 'money.exact', { value: k === 0 ? dec(x, 0) : trim(x) });
}

/** An amount as people of the language would type it into a field: "$27.5k" in English, "27.500" in German. */
export function typedMoney(n: number): string {
  return lang() === 'de' ? exact(n) : money(n);
}

/** "$14,600,000,000" / "14.600.000.000 $": the exact amount. */
export function moneyExact(n: number): string {
  return (n < 0 ? MINUS : '') + t('money.exact', { value: dec(Math.abs(n), 0) });
}

/** "412k", "1.2M", "950" (German "412 Tsd.", "1,2 Mio."): a count abbreviated. */
export function count(n: number): string {
  const sign = n < 0 ? MINUS : '';
  const [k, x] = tier(Math.abs(n), 3);
  const key = COUNT_KEYS[k];
  return sign + (k === 0 || !key ? dec(x, 0) : t(key, { value: trim(x) }));
}

/** "12,345" / "12.345": a count in full. */
export function exact(n: number): string {
  return dec(n, 0);
}

/** "412k units" / "412 Tsd. Stück". */
export function units(n: number): string {
  return t('unit.units', { value: count(n) });
}

/** "1,200 MW" / "1.200 MW". */
export function mw(n: number): string {
  return t('unit.mw', { value: dec(n, 0) });
}

/** "1.2M H100e" / "1,2 Mio. H100e". */
export function h100e(n: number): string {
  return t('unit.h100e', { value: count(Math.round(n)) });
}

/**
 * The side of par (or of no change) a difference in tenths is on as it shows, with one decimal: 1 above, −1
 * below, 0 when it shows as 0.0 (under half a tenth either way), which the words call "on par".
 */
export function marginSign(tenths: number): -1 | 0 | 1 {
  return Math.abs(tenths) < 0.5 ? 0 : tenths > 0 ? 1 : -1;
}

/** A score difference in tenths with its sign: "+1.8", "−2.0" (a real minus), "0.0" (no sign: see marginSign). */
export function margin(tenths: number): string {
  const side = marginSign(tenths);
  const body = nf(1, 1).format(side === 0 ? 0 : Math.abs(tenths) / 10);
  return side > 0 ? `+${body}` : side < 0 ? `\u2212${body}` : body;
}

/** A 0..1000 score (tenths) as "73.4" / "73,4". */
export function score(tenths: number): string {
  return nf(1, 1).format(tenths / 10);
}
