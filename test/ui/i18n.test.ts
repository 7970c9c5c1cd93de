import { afterEach, describe, expect, it } from 'vitest';
import { catalogues, langFromSearch, setLang, t } from '../../src/ui/i18n';
import { formatDate, formatInt, formatMoney, formatMoneyExact } from '../../src/ui/i18n/format';

afterEach(() => setLang('en'));

describe('i18n', () => {
  it('German has exactly the English keys, none empty', () => {
    expect(Object.keys(catalogues.de).sort()).toEqual(Object.keys(catalogues.en).sort());
    for (const [k, v] of Object.entries(catalogues.de)) expect(v.trim(), k).not.toBe('');
  });

  it('keeps {{params}} in both languages', () => {
    const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(catalogues.en) as (keyof typeof catalogues.en)[]) expect(params(catalogues.de[k]), k).toEqual(params(catalogues.en[k]));
  });

  it('switches language and reads ?lang=', () => {
    expect(t('lang.name')).toBe('English');
    setLang('de');
    expect(t('lang.name')).toBe('Deutsch');
    expect(langFromSearch('?lang=de')).toBe('de');
    expect(langFromSearch('?lang=fr')).toBeNull();
  });

  it('formats numbers, money and dates for the locale', () => {
    expect(formatInt(485000)).toBe('485,000');
    expect(formatMoney(14_600_000_000)).toBe('$14.6B');
    expect(formatMoneyExact(25000)).toBe('$25,000');
    expect(formatDate('2025-05-13')).toBe('May 13, 2025');
    setLang('de');
    expect(formatInt(485000)).toBe('485.000');
    expect(formatMoney(14_600_000_000)).toBe('14,6 Mrd. $');
    expect(formatMoneyExact(25000)).toMatch(/^25\.000\s\$$/);
    expect(formatDate('2025-05-13')).toBe('13. Mai 2025');
  });
});
