/**
 * Citation checks: every real-world or game-balance number in a scenario names the source that backs it.
 * Companies, SKUs, other-demand blocks and partnerships carry a `cite` map (field -> source ids); the rule
 * settings (market, power, silicon, grey market, scoring, event deck) are cited in the top-level `cite` map.
 */
import type { Scenario } from '../engine/types';

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

/** Fields each kind of entry must cite. */
export const REQUIRED_CITES = {
  sku: ['h100e', 'watts', 'listPrice', 'tpp', 'density', 'supply'],
  otherDemand: ['quantity', 'maxPrice'],
  aiLab: ['computeH100e', 'revenuePerQuarter', 'shortfallPenalty'],
  chipmaker: ['prepayment', 'priorityUnits'],
  scenario: [
    'market.revenuePool',
    'market.migYield',
    'power.costPerMw',
    'power.leadQuarters',
    'power.opexPerMwPerQuarter',
    'power.overhead',
    'silicon.stageCost',
    'silicon.setbackPct',
    'silicon.rampCap',
    'silicon.foundryPool',
    'scoring.weights',
    'eventDeck.drawPct',
  ],
  greyMarket: ['greyMarket.premiumPct', 'greyMarket.catchPct', 'greyMarket.finePct'],
} as const;

function checkMap(report: Report, cite: Record<string, string[]> | undefined, required: readonly string[], fields: ReadonlySet<string>, base: Path, sources: ReadonlySet<string>): void {
  if (!cite) {
    report(base, `expected a "cite" map naming the sources of ${required.join(', ')}, found none`);
    return;
  }
  for (const field of required) {
    if (!cite[field]) report([...base, 'cite'], `expected a citation for "${field}" (cite.${field}: [source ids]), found none`);
  }
  for (const [key, ids] of Object.entries(cite)) {
    const head = key.split('.')[0] ?? key;
    if (!fields.has(head) && !fields.has(key)) report([...base, 'cite', key], `expected a field name (${[...fields].slice(0, 8).join(', ')}, ...), found ${JSON.stringify(key)}`);
    ids.forEach((id, j) => {
      if (!sources.has(id)) report([...base, 'cite', key, j], `expected the id of an entry in $.sources, found ${JSON.stringify(id)} (no such source)`);
    });
  }
}

/** The rule-setting paths a scenario must cite in its top-level `cite` map (optional blocks only when the file sets them). */
export function requiredRuleCites(s: Scenario): string[] {
  return [
    ...REQUIRED_CITES.scenario,
    ...(s.greyMarket.enabled ? REQUIRED_CITES.greyMarket : []),
    ...(s.scoring.par ? ['scoring.par'] : []),
    ...(s.scoring.reference ? ['scoring.reference'] : []),
    // Optional rule blocks must be cited when a file sets them (their defaults are documented in docs/scenarios.md).
    ...(s.power.onsite ? ['power.onsite'] : []),
    ...(s.silicon.booking ? ['silicon.booking'] : []),
  ];
}

/** Reports every missing or dangling citation outside the companies (which cross-refs checks). */
export function checkCitations(report: Report, s: Scenario): void {
  const sources = new Set(s.sources.map((x) => x.id));
  s.skus.forEach((k, i) => checkMap(report, k.cite, REQUIRED_CITES.sku, new Set(Object.keys(k)), ['skus', i], sources));
  s.otherDemand.forEach((o, i) => checkMap(report, o.cite, REQUIRED_CITES.otherDemand, new Set(Object.keys(o)), ['otherDemand', i], sources));
  s.partnerships.forEach((p, i) => checkMap(report, p.cite, p.kind === 'aiLab' ? REQUIRED_CITES.aiLab : REQUIRED_CITES.chipmaker, new Set(Object.keys(p)), ['partnerships', i], sources));
  const required = requiredRuleCites(s);
  const settings = new Set(['market', 'power', 'silicon', 'greyMarket', 'scoring', 'eventDeck']);
  checkMap(report, s.cite, required, settings, [], sources);
}
