import { lang, t, type Lang } from './index';

const locales: Record<Lang, string> = { en: 'en-US', de: 'de-DE' };

/** The BCP 47 locale of the current language. */
export function locale(): string {
  return locales[lang()];
}

/** A whole number for people, grouped by the locale (485,000 / 485.000). */
export function formatInt(n: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(n);
}

/** Money abbreviated for reading ($14.6B / 14,6 Mrd. $); exact amounts go in formatMoneyExact. */
export function formatMoney(n: number): string {
  const a = Math.abs(n);
  const one = (x: number) => new Intl.NumberFormat(locale(), { maximumFractionDigits: 1, minimumFractionDigits: x < 100 ? 1 : 0 }).format(x);
  if (a >= 1e9) return t('money.billion', { value: one(n / 1e9) });
  if (a >= 1e6) return t('money.million', { value: one(n / 1e6) });
  if (a >= 1e4) return t('money.thousand', { value: one(n / 1e3) });
  return formatMoneyExact(n);
}

/** Money to the dollar ($25,000 / 25.000 $). */
export function formatMoneyExact(n: number): string {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(n);
}

/** A date (ISO yyyy-mm-dd) for people (13 May 2025 / 13. Mai 2025). */
export function formatDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}
