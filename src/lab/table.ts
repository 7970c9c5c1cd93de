/**
 * A lab result as text: the table the CLI prints (and docs/policy-lab.md shows) and the CSV the page exports.
 * Both are built from the LabSummary alone, so they show exactly the numbers of `--json`.
 */
import { quarterLabel, type Scenario } from '../engine';
import type { LabLang } from './describe';
import { compact, fmt, money } from './format';
import type { LabSummary, MetricRow } from './run';

/** A metric's name in words ("ByteDance: deployed H100e"). */
export function metricName(m: Pick<MetricRow, 'kind' | 'company'>, sc: Scenario, vendor: string, lang: LabLang): string {
  const de = lang === 'de';
  const c = sc.companies.find((x) => x.id === m.company)?.name ?? m.company ?? '';
  switch (m.kind) {
    case 'score':
      return de ? `${c}: Punkte` : `${c}: score`;
    case 'margin':
      return de ? `${c}: Punkte gegenüber Par` : `${c}: score against par`;
    case 'deployed':
      return de ? `${c}: eingesetzte H100e` : `${c}: deployed H100e`;
    case 'cash':
      return de ? `${c}: Bargeld` : `${c}: cash`;
    case 'wallShare':
      return de ? 'Anteil hinter der Exportmauer' : 'share behind the export wall';
    case 'vendorRevenue':
      return de ? `Umsatz von ${vendor}` : `${vendor} revenue`;
    case 'grey':
      return de ? 'Graumarkt-Chips' : 'grey-market chips';
    default: {
      const never: never = m.kind;
      return never;
    }
  }
}

/** A value of a metric in its unit, short. */
export function metricValue(kind: MetricRow['kind'], x: number, lang: LabLang): string {
  switch (kind) {
    case 'score':
    case 'margin':
      return fmt(x / 10, lang, 1);
    case 'wallShare':
      return `${fmt(x * 100, lang, 1)}%`;
    case 'cash':
    case 'vendorRevenue':
      return money(x, lang);
    default:
      return compact(x, lang);
  }
}

/** The difference with its interval, in the metric's unit (and relative, where it means something). */
export function effectText(m: MetricRow, lang: LabLang): string {
  const e = m.effect;
  const sign = (x: number) => (x > 0 ? '+' : '');
  // A share's difference is in percentage points, not percent.
  const v = (x: number) => (m.kind === 'wallShare' ? `${sign(x)}${fmt(x * 100, lang, 1)} ${lang === 'de' ? 'Pp.' : 'pp'}` : `${sign(x)}${metricValue(m.kind, x, lang)}`);
  const rel = e.rel !== null && m.kind !== 'wallShare' && m.kind !== 'score' && m.kind !== 'margin' ? ` (${sign(e.rel)}${fmt(e.rel * 100, lang, 1)}%)` : '';
  return `${v(e.diff)} [${v(e.lo)}, ${v(e.hi)}]${rel}${e.clear ? ' *' : ''}`;
}

/** The CLI's table. */
export function formatLabTable(s: LabSummary, sc: Scenario, lang: LabLang = 'en'): string {
  const de = lang === 'de';
  const out: string[] = [];
  out.push(`${s.variant.title[lang]} — ${sc.title[lang]}`);
  out.push(de ? `${s.games} Spiele je Seite, Bots ${s.bots.join(',')}, Startwerte ${s.seedRule}` : `${s.games} games a side, bots ${s.bots.join(',')}, seeds ${s.seedRule}`);
  out.push('');
  out.push(de ? 'Änderungen:' : 'Changes:');
  for (const c of s.changes[lang]) out.push(`  - ${c}`);
  out.push('');
  const w = Math.max(30, ...s.metrics.map((m) => metricName(m, sc, s.primaryVendor, lang).length + 2));
  out.push(`${(de ? 'Messgröße' : 'metric').padEnd(w)}${(de ? 'Basis' : 'base').padStart(12)}${'variant'.padStart(12)}   ${de ? 'Differenz [95%-Intervall]' : 'difference [95% interval]'}`);
  for (const m of s.metrics) {
    out.push(`${metricName(m, sc, s.primaryVendor, lang).padEnd(w)}${metricValue(m.kind, m.base.mean, lang).padStart(12)}${metricValue(m.kind, m.variant.mean, lang).padStart(12)}   ${effectText(m, lang)}`);
  }
  out.push(de ? '(* das Intervall schließt die Null aus; Differenzen gepaart nach Spiel)' : '(* the interval excludes zero; differences paired game by game)');
  out.push('');
  out.push(de ? 'Siege (Basis → Variante):' : 'Wins (base → variant):');
  out.push(`  ${s.winners.map((x) => `${sc.companies.find((c) => c.id === x.company)?.name ?? x.company} ${x.base} → ${x.variant}`).join(', ')}`);
  out.push('');
  out.push(de ? 'Mittlerer Markträumungspreis je Chip und Quartal (Basis → Variante):' : 'Mean clearing price per chip and quarter (base → variant):');
  for (const p of s.prices) {
    const name = sc.skus.find((k) => k.id === p.sku)?.name ?? p.sku;
    const cells = p.base.map((b, q) => {
      const v = p.variant[q] ?? null;
      if (b === null && v === null) return null;
      const f = (x: number | null) => (x === null ? '–' : money(x, lang));
      return `${quarterLabel(sc, q)} ${f(b)} → ${f(v)}`;
    }).filter((x): x is string => x !== null);
    if (cells.length) out.push(`  ${name}: ${cells.join('; ')}`);
  }
  out.push('');
  out.push(de ? 'Zusammenfassung:' : 'Summary:');
  for (const line of s.summary[lang]) out.push(`  ${line}`);
  out.push('');
  out.push(de ? `Abgelehnte Orders: ${s.rejected.base} / ${s.rejected.variant}` : `rejected orders: ${s.rejected.base} base, ${s.rejected.variant} variant`);
  return out.join('\n');
}

const csvCell = (x: string | number | null): string => {
  if (x === null) return '';
  const s = String(x);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One row per metric (both sides' statistics and the paired difference), then prices and wins. */
export function labCsv(s: LabSummary): string {
  const rows: (string | number | null)[][] = [['section', 'metric', 'company', 'base_mean', 'base_sd', 'base_median', 'variant_mean', 'variant_sd', 'variant_median', 'diff', 'diff_lo95', 'diff_hi95', 'rel_diff', 'clear', 'quarter']];
  for (const m of s.metrics) rows.push(['metric', m.kind, m.company ?? '', m.base.mean, m.base.sd, m.base.median, m.variant.mean, m.variant.sd, m.variant.median, m.effect.diff, m.effect.lo, m.effect.hi, m.effect.rel, m.effect.clear ? 1 : 0, '']);
  for (const p of s.prices) p.base.forEach((b, q) => rows.push(['price', p.sku, '', b, null, null, p.variant[q] ?? null, null, null, null, null, null, null, null, q]));
  for (const w of s.winners) rows.push(['wins', 'wins', w.company, w.base, null, null, w.variant, null, null, w.variant - w.base, null, null, null, null, '']);
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}
