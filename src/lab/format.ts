/**
 * Number formatting for the lab's sentences without Intl: the lab's JSON (sentences included) must be the
 * same text in Node and in every browser, whatever ICU data each ships.
 */
import type { LabLang } from './describe';

/** A number with a fixed count of decimals and thousands separators (en 1,234.5; de 1.234,5). */
export function fmt(x: number, lang: LabLang, digits = 0): string {
  const neg = x < 0;
  const fixed = Math.abs(x).toFixed(digits);
  const [int = '0', frac] = fixed.split('.');
  const sep = lang === 'de' ? '.' : ',';
  let grouped = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) grouped += sep;
    grouped += int[i];
  }
  const out = frac === undefined ? grouped : `${grouped}${lang === 'de' ? ',' : '.'}${frac}`;
  return neg && Number(fixed) !== 0 ? `−${out}` : out;
}

/** Large numbers short: 1.2M, 340k (de: 1,2 Mio., 340 Tsd.). */
export function compact(x: number, lang: LabLang): string {
  const a = Math.abs(x);
  const de = lang === 'de';
  if (a >= 1e9) return `${fmt(x / 1e9, lang, 1)}${de ? ' Mrd.' : 'B'}`;
  if (a >= 1e6) return `${fmt(x / 1e6, lang, 1)}${de ? ' Mio.' : 'M'}`;
  if (a >= 1e4) return `${fmt(x / 1e3, lang, 0)}${de ? ' Tsd.' : 'k'}`;
  return fmt(x, lang, a < 10 && a !== Math.round(a) ? 1 : 0);
}

/** Dollars short: $1.2B (de: 1,2 Mrd. $). */
export function money(x: number, lang: LabLang): string {
  if (lang === 'de') return `${compact(x, lang)} $`;
  const c = compact(x, lang);
  return c.startsWith('−') ? `−$${c.slice(1)}` : `$${c}`;
}
