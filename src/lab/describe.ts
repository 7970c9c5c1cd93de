/**
 * A variant as a readable list of changes, in English and German ("Export rule “H20 licence” switched off",
 * "H100 supply +30% from Q2 2024"). Names come from the scenario (rules, SKUs, companies, cards), so the list
 * is scenario-neutral. Used by the CLI, the docs generator and the lab's page alike.
 */
import { quarterLabel, ruleModes, type RuleMode, type Scenario } from '../engine';
import type { Variant } from './variant';
import { fmt } from './format';

/** A language the lab speaks. */
export type LabLang = 'en' | 'de';

const pct = (p: number, lang: LabLang): string => {
  const n = fmt(Math.abs(p), lang, Number.isInteger(p) ? 0 : 1);
  return `${p < 0 ? '−' : '+'}${n}%`;
};

function modeText(m: RuleMode, lang: LabLang): string {
  const de = lang === 'de';
  switch (m.kind) {
    case 'banned':
      return de ? 'verboten' : 'banned';
    case 'licence':
      return de ? `Lizenz (${m.approvalPct}% Genehmigungen)` : `licence (${m.approvalPct}% approved)`;
    case 'revenueShare':
      return de ? `erlaubt gegen ${m.pct}% Umsatzanteil` : `allowed for a ${m.pct}% revenue share`;
    case 'cap':
      return de ? `Obergrenze ${fmt(m.unitsPerQuarter, 'de')} Stück je Quartal` : `capped at ${fmt(m.unitsPerQuarter, 'en')} units a quarter`;
    default: {
      const never: never = m;
      return never;
    }
  }
}

const list = (xs: readonly string[], lang: LabLang): string => (xs.length === 0 ? (lang === 'de' ? 'keine' : 'none') : xs.join(', '));

/** The variant's changes as sentences, in the scenario's words. */
export function describeVariant(base: Scenario, v: Variant, lang: LabLang): string[] {
  const de = lang === 'de';
  const q = (n: number) => quarterLabel(base, n);
  const from = (n: number | undefined) => (n === undefined || n === 0 ? '' : de ? ` ab ${q(n)}` : ` from ${q(n)}`);
  const out: string[] = [];
  for (const p of v.rules ?? []) {
    const rule = base.exportRules.find((r) => r.id === p.id);
    const name = `“${rule ? rule.name[lang] : p.id}”`;
    const R = de ? `Exportregel ${name}` : `Export rule ${name}`;
    if (p.enabled === false) {
      out.push(de ? `${R} abgeschaltet` : `${R} switched off`);
      continue;
    }
    if (p.effectiveQuarter !== undefined) out.push(de ? `${R} gilt ab ${q(p.effectiveQuarter)}${rule ? ` (statt ${q(rule.effectiveQuarter)})` : ''}` : `${R} in force from ${q(p.effectiveQuarter)}${rule ? ` (was ${q(rule.effectiveQuarter)})` : ''}`);
    if (p.endQuarter === null) out.push(de ? `${R} wird nie aufgehoben` : `${R} never lifted`);
    else if (p.endQuarter !== undefined) out.push(de ? `${R} endet ${q(p.endQuarter)}` : `${R} lifted in ${q(p.endQuarter)}`);
    const was = rule ? ruleModes(rule) : [];
    const wasText = was.map((m) => modeText(m, lang)).join(' + ');
    if (p.mode && JSON.stringify([p.mode]) !== JSON.stringify(was)) out.push(de ? `${R}: ${modeText(p.mode, lang)}${rule ? ` (statt ${wasText})` : ''}` : `${R}: ${modeText(p.mode, lang)}${rule ? ` (was ${wasText})` : ''}`);
    if (p.regions) out.push(de ? `${R} bindet die Regionen ${list(p.regions, lang)}` : `${R} binds the regions ${list(p.regions, lang)}`);
    if (p.tiers) out.push(de ? `${R} bindet die Exportstufen ${list(p.tiers, lang)}` : `${R} binds the export tiers ${list(p.tiers, lang)}`);
    if (p.thresholds) {
      const th = p.thresholds.map((t) => `TPP ≥ ${t.tppMin}${t.densityMin === undefined ? '' : de ? ` und Dichte ≥ ${t.densityMin}` : ` and density ≥ ${t.densityMin}`}`).join(de ? ' oder ' : ' or ');
      out.push(de ? `${R} erfasst ${th || 'keinen Chip über Schwellen'}` : `${R} catches ${th || 'no chip by threshold'}`);
    }
    if (p.vendors) out.push(de ? `${R}: Schwellen gelten für ${list(p.vendors, lang)}` : `${R}: thresholds apply to ${list(p.vendors, lang)}`);
    if (p.skus) out.push(de ? `${R} nennt ${list(p.skus, lang)}` : `${R} names ${list(p.skus, lang)}`);
  }
  for (const p of v.supply ?? []) {
    const what = [...(p.skus ?? []).map((id) => base.skus.find((k) => k.id === id)?.name ?? id), ...(p.vendors ?? []).map((x) => (de ? `alle ${x}-Chips` : `all ${x} chips`))];
    const target = what.length ? what.join(', ') : de ? 'alle Chips' : 'every chip';
    out.push(de ? `Angebot ${target} ${pct(p.pct, lang)}${from(p.fromQuarter)}` : `Supply of ${target} ${pct(p.pct, lang)}${from(p.fromQuarter)}`);
  }
  if (v.foundryPct !== undefined) out.push(de ? `Foundry-Kapazität für eigene Chips ${pct(v.foundryPct, lang)}` : `Foundry capacity for own chips ${pct(v.foundryPct, lang)}`);
  for (const p of v.budgets ?? []) {
    const c = base.companies.find((x) => x.id === p.company)?.name ?? p.company;
    out.push(de ? `Budget von ${c} ${pct(p.pct, lang)}${from(p.fromQuarter)}` : `${c}'s budget ${pct(p.pct, lang)}${from(p.fromQuarter)}`);
  }
  for (const p of v.outsideDemand ?? []) {
    const parts = [
      ...(p.ids ?? []).map((id) => base.otherDemand.find((d) => d.id === id)?.name ?? id),
      ...(p.skus ?? []).map((id) => (de ? `für ${base.skus.find((k) => k.id === id)?.name ?? id}` : `for ${base.skus.find((k) => k.id === id)?.name ?? id}`)),
      ...(p.regions ?? []).map((r) => (de ? `aus ${r}` : `from ${r}`)),
    ];
    const target = parts.length ? ` (${parts.join(', ')})` : de ? ' (alle Blöcke)' : ' (every block)';
    out.push(de ? `Nachfrage außerhalb des Spiels${target} ${pct(p.pct, lang)}${from(p.fromQuarter)}` : `Outside demand${target} ${pct(p.pct, lang)}${from(p.fromQuarter)}`);
  }
  const d = v.deck;
  if (d) {
    if (d.drawPct !== undefined) out.push(de ? `Ereigniskarten: Ziehchance ${d.drawPct}% je Quartal (statt ${base.eventDeck.drawPct}%)` : `Event deck: ${d.drawPct}% chance of a card a quarter (was ${base.eventDeck.drawPct}%)`);
    const card = (id: string) => {
      const c = base.eventDeck.cards.find((x) => x.id === id);
      return `“${c ? c.headline[lang] : id}”`;
    };
    for (const id of d.remove ?? []) out.push(de ? `Ereigniskarte ${card(id)} entfernt` : `Event card ${card(id)} removed`);
    for (const [id, w] of Object.entries(d.weights ?? {})) {
      const was = base.eventDeck.cards.find((x) => x.id === id)?.weight;
      out.push(de ? `Ereigniskarte ${card(id)}: Gewicht ${w}${was === undefined ? '' : ` (statt ${was})`}` : `Event card ${card(id)}: weight ${w}${was === undefined ? '' : ` (was ${was})`}`);
    }
    for (const a of d.add ?? []) {
      const ev = base.events.find((e) => e.id === a.event);
      const name = `“${ev ? ev.headline[lang] : a.event}”`;
      out.push(de ? `Ereignis ${name} kommt nicht planmäßig, sondern als Zufallskarte (Gewicht ${a.weight})` : `Event ${name} no longer scheduled but a random card (weight ${a.weight})`);
    }
  }
  if (out.length === 0) out.push(de ? 'Keine Änderung: das Grundszenario' : 'No change: the base scenario');
  return out;
}
