/**
 * Words the UI takes from the scenario being played, in the current language: the menu's lead, the par
 * tooltip, region and bloc names, the debrief's region chart title and the price chart's unit. A scenario may
 * write them (`presentation`); otherwise they are derived from its year, vendors, companies and rules.
 */
import { relationshipVendor, ruleIssuer } from '../engine';
import type { Scenario } from '../engine/types';
import { isWalled, regionGroups, shortSkuNameIn, vendorStyle, type RegionGroup } from '../store/scenario-look';
import { count } from './format';
import { lang, t, type Key } from './i18n';

/** Region codes with a built-in name. */
const REGION_KEYS: Readonly<Record<string, Key>> = {
  US: 'neutral.region.US',
  CN: 'neutral.region.CN',
  EU: 'neutral.region.EU',
  RU: 'neutral.region.RU',
  IN: 'neutral.region.IN',
  JP: 'neutral.region.JP',
  KR: 'neutral.region.KR',
  TW: 'neutral.region.TW',
  GB: 'neutral.region.GB',
};

/** A region code as a name: the scenario's name for it, a built-in name, else the code itself. */
export function regionNameIn(scenario: Pick<Scenario, 'presentation'> | null, region: string): string {
  const given = scenario?.presentation?.regionNames?.[region];
  if (given) return given[lang()];
  const key = REGION_KEYS[region];
  return key ? t(key) : region;
}

/** Region codes with a built-in "to <state>" phrase ("to the US", "an die USA"). */
const TO_STATE_KEYS: Readonly<Record<string, Key>> = {
  US: 'neutral.toState.US',
  CN: 'neutral.toState.CN',
  EU: 'neutral.toState.EU',
  RU: 'neutral.toState.RU',
  IN: 'neutral.toState.IN',
  JP: 'neutral.toState.JP',
  KR: 'neutral.toState.KR',
  TW: 'neutral.toState.TW',
  GB: 'neutral.toState.GB',
};

/**
 * "To <state>" for a payment to the state that issues an export rule, with the language's article and
 * preposition ("to the US", "an die USA"); a name the scenario gives, or an unknown code, goes to "the <name>
 * government" ("an die Regierung (<name>)"), which needs no article of its own.
 */
export function toStateIn(scenario: Pick<Scenario, 'presentation'> | null, region: string): string {
  const key = TO_STATE_KEYS[region];
  if (key && !scenario?.presentation?.regionNames?.[region]) return t(key);
  return t('neutral.toStateNamed', { name: regionNameIn(scenario, region) });
}

/** A debrief region group's label: the bloc's name, or the region's. */
export function groupName(scenario: Pick<Scenario, 'presentation'>, g: RegionGroup): string {
  return g.name ? g.name[lang()] : regionNameIn(scenario, g.region ?? g.key);
}

/** The menu's lead for a scenario: its own, else "It is <year>. Every hyperscaler wants <vendor>'s <best SKU>s ...". */
export function leadOf(scenario: Scenario): string {
  const own = scenario.presentation?.lead;
  if (own) return own[lang()];
  const { vendor } = relationshipVendor(scenario);
  // The vendor's first SKU on sale at the start (the scenario's headline chip), else its first at all.
  const skus = scenario.skus.filter((k) => k.vendor === vendor);
  const sku = skus.find((k) => k.availableFrom === 0) ?? skus[0];
  if (!sku) return t('neutral.leadPlain', { year: scenario.startYear });
  return t('neutral.lead', { year: scenario.startYear, vendor: vendorStyle(scenario, vendor).prefix, sku: shortSkuNameIn(scenario, sku).split(' ')[0] ?? sku.name });
}

/**
 * The par tooltip: the first sentence, then the scenario's reason seats start unequal, or one derived from
 * the companies: the largest own-chip fleet at the start, and a company behind the export wall.
 */
export function parHintOf(scenario: Scenario): string {
  const first = t('neutral.parFirst');
  const own = scenario.presentation?.parHint;
  if (own) return `${first} ${own[lang()]}`;
  let rich: Scenario['companies'][number] | null = null;
  for (const c of scenario.companies) if (c.silicon.startFleet > 0 && (!rich || c.silicon.startFleet > rich.silicon.startFleet)) rich = c;
  const walled = scenario.companies.find((c) => isWalled(scenario, c)) ?? null;
  const chip = rich ? (rich.silicon.name.replace(/\s*\([^)]*\)\s*$/, '').split('/')[0] ?? rich.silicon.name) : '';
  const vals = { rich: rich?.name ?? '', units: rich ? count(rich.silicon.startFleet) : '', chip, walled: walled?.name ?? '' };
  const second = rich && walled ? t('neutral.parBoth', vals) : rich ? t('neutral.parRich', vals) : walled ? t('neutral.parWalled', vals) : t('neutral.parPlain');
  return `${first} ${second}`;
}

/** The debrief's region chart title: "<A> against <B>" for two groups, else "Compute by region". */
export function regionsTitleOf(scenario: Scenario): string {
  const groups = regionGroups(scenario);
  const [a, b] = groups;
  if (groups.length === 2 && a && b) return t('neutral.regions', { a: groupName(scenario, a), b: groupName(scenario, b) });
  return t('neutral.regionsMany');
}

/** The price chart's unit line: the relationship vendor in green, unless the scenario paints it otherwise. */
export function pricesUnitOf(scenario: Scenario): string {
  const { vendor } = relationshipVendor(scenario);
  const style = vendorStyle(scenario, vendor);
  const sells = scenario.skus.some((k) => k.vendor === vendor);
  return sells && style.color === '#76b900' ? t('neutral.pricesUnit', { vendor: style.prefix }) : t('neutral.pricesUnitPlain');
}

/** The states that issue the scenario's export rules, in rule order (a rule naming none is the US's). */
export function ruleIssuersOf(scenario: Pick<Scenario, 'exportRules'>): string[] {
  return [...new Set(scenario.exportRules.map((r) => ruleIssuer(r)))];
}

/** The rules panel's title: "<issuers> EXPORT RULES" by the states that issue them, else "EXPORT RULES". */
export function rulesTitleOf(scenario: Pick<Scenario, 'exportRules'>): string {
  const issuers = ruleIssuersOf(scenario);
  return issuers.length ? t('board.rulesTitle', { issuers: issuers.join(' · ') }) : t('board.rulesTitleNone');
}
