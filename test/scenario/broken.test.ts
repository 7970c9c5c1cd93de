import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/types';
import { MAX_ISSUES, MAX_SCENARIO_BYTES, parseScenario, parseScenarioText, type ScenarioIssue } from '../../src/scenario';

const fixtures = join(import.meta.dirname, '../fixtures/scenarios');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const base = JSON.parse(readFileSync(join(import.meta.dirname, '../../scenarios/2024-hopper-scramble.json'), 'utf8')) as Scenario;

function errorsOf(res: ReturnType<typeof parseScenario>): ScenarioIssue[] {
  if (res.ok) expect.fail('expected the scenario to be rejected');
  return res.errors;
}

/** The issue at `path`, failing with the full list if there is none. */
function at(errors: ScenarioIssue[], path: string): ScenarioIssue {
  const hit = errors.find((e) => e.path === path);
  if (!hit) expect.fail(`no issue at ${path}; got:\n${errors.map((e) => `${e.path}: ${e.message}`).join('\n')}`);
  return hit;
}

/** Parses a copy of the base game after `mutate`. */
function mutated(mutate: (s: Scenario & Record<string, unknown>) => void): ScenarioIssue[] {
  const s = structuredClone(base) as Scenario & Record<string, unknown>;
  mutate(s);
  return errorsOf(parseScenario(s, 'mutated.json'));
}

describe('broken fixture files', () => {
  it('the minimal fixture itself is valid', () => {
    expect(parseScenarioText(read('minimal.json'), 'minimal.json').ok).toBe(true);
  });

  const cases: [file: string, path: string, message: RegExp][] = [
    ['missing-field.json', '$.companies[1].budget', /expected a list.*found nothing \(the field is missing\)/],
    ['wrong-type.json', '$.skus[0].watts', /expected a whole number, found the text "700"/],
    ['negative-supply.json', '$.skus[1].supply[1]', /expected a whole number >= 0, found -5/],
    ['unknown-sku-in-rule.json', '$.exportRules[0].catches.skus[0]', /expected a SKU id \(H100, H20\), found "H800"/],
    ['short-series.json', '$.companies[0].budget', /expected 2 entries \(one per quarter\), found 1/],
    ['uncited-source.json', '$.companies[1].cite.cash[0]', /found "capex-beta" \(no such source\)/],
  ];
  it.each(cases)('%s: error at %s', (file, path, message) => {
    const errors = errorsOf(parseScenarioText(read(file), file));
    const issue = at(errors, path);
    expect(issue.message).toMatch(message);
    expect(issue.file).toBe(file);
  });

  it('reports every problem of a file, not just the first', () => {
    const errors = errorsOf(parseScenarioText(read('many-errors.json'), 'many-errors.json'));
    at(errors, '$.companies[0].cash');
    expect(at(errors, '$.companies[1].bugdet').message).toMatch(/did you mean "budget"/);
    at(errors, '$.companies[1].budget');
    expect(at(errors, '$.market.pricing').message).toMatch(/expected "uniform" or "payAsBid", found the text "dutch"/);
  });

  it('bad JSON gives the line and column', () => {
    const errors = errorsOf(parseScenarioText(read('bad-syntax.json'), 'bad-syntax.json'));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^invalid JSON at line 14, column 3: expected "," or "}"/);
  });
});

describe('broken variants of the base game', () => {
  it('a SKU named "custom" is refused', () => {
    const errors = mutated((s) => {
      s.skus[0] = { ...s.skus[0]!, id: 'custom' };
    });
    expect(at(errors, '$.skus[0].id').message).toMatch(/reserved/);
  });

  it('unknown SKUs in other demand, groups, fleets and event effects are refused', () => {
    const errors = mutated((s) => {
      s.otherDemand[0]!.sku = 'H300';
      s.skuGroups.hopper = ['H100', 'H300'];
      s.companies[0]!.fleet.A100 = 5;
      s.events[2]!.effects = [{ kind: 'supply', sku: 'B300', pct: -50, quarters: 2 }];
    });
    at(errors, '$.otherDemand[0].sku');
    at(errors, '$.skuGroups.hopper[1]');
    at(errors, '$.companies[0].fleet.A100');
    at(errors, '$.events[2].effects[0].sku');
  });

  it('fleet key "custom" (own silicon) is allowed', () => {
    const s = structuredClone(base);
    s.companies[0]!.fleet.custom = 10;
    expect(parseScenario(s).ok).toBe(true);
  });

  it('duplicate ids, initials and colours are refused', () => {
    const errors = mutated((s) => {
      s.companies[1] = { ...s.companies[1]!, id: 'microsoft', initial: 'S', color: s.companies[0]!.color.toLowerCase() };
      s.sources.push({ ...s.sources[0]! });
      s.eventDeck.cards[0] = { ...s.eventDeck.cards[0]!, id: s.events[0]!.id };
    });
    expect(at(errors, '$.companies[1].id').message).toMatch(/unique company id/);
    at(errors, '$.companies[1].initial');
    at(errors, '$.companies[1].color');
    at(errors, `$.sources[${base.sources.length}].id`);
    at(errors, '$.eventDeck.cards[0].id');
  });

  it('per-quarter series must have exactly `quarters` entries', () => {
    const errors = mutated((s) => {
      s.skus[0]!.supply.push(1);
      s.market.revenuePool.pop();
      s.silicon.foundryPool.pop();
      s.otherDemand[0]!.quantity.pop();
    });
    at(errors, '$.skus[0].supply');
    at(errors, '$.market.revenuePool');
    at(errors, '$.silicon.foundryPool');
    at(errors, '$.otherDemand[0].quantity');
  });

  it('quarters out of range and a rule that ends before it starts are refused', () => {
    const errors = mutated((s) => {
      s.events[0]!.quarter = 8;
      s.exportRules[1]!.endQuarter = 4;
      s.startQuarter = 5;
    });
    expect(at(errors, '$.startQuarter').message).toMatch(/expected a whole number <= 4, found 5/);
    expect(at(errors, '$.events[0].quarter').message).toMatch(/expected a quarter 0\.\.7.*found 8/);
    expect(at(errors, '$.exportRules[1].endQuarter').message).toMatch(/endQuarter >= effectiveQuarter/);
  });

  it('after a type error the cross-checks wait, and the parser says so', () => {
    const errors = mutated((s) => {
      (s as Record<string, unknown>).quarters = 'eight';
      s.events[0]!.quarter = 20;
    });
    at(errors, '$.quarters');
    expect(errors.some((e) => e.path.startsWith('$.events'))).toBe(false);
    expect(at(errors, '$').message).toMatch(/^note: the cross-checks/);
  });

  it('every company must cite fleet, budget, cash and powerMw, with known source ids', () => {
    const errors = mutated((s) => {
      delete s.companies[2]!.cite.powerMw;
      s.companies[3]!.cite.budget = ['made-up'];
      s.exportRules[0]!.source = 'nowhere';
    });
    expect(at(errors, '$.companies[2].cite').message).toMatch(/citation for "powerMw"/);
    at(errors, '$.companies[3].cite.budget[0]');
    at(errors, '$.exportRules[0].source');
  });

  it('openPartnership must name a partnership, and event-only deals need an opener', () => {
    const errors = mutated((s) => {
      s.eventDeck.cards = s.eventDeck.cards.filter((c) => !c.effects.some((e) => e.kind === 'openPartnership'));
      s.events[0]!.effects = [{ kind: 'openPartnership', partnershipId: 'no-such-deal' }];
    });
    at(errors, '$.events[0].effects[0].partnershipId');
    const i = base.partnerships.findIndex((p) => p.byEventOnly);
    at(errors, `$.partnerships[${i}].byEventOnly`);
  });

  it('scoring weights must not all be zero', () => {
    const errors = mutated((s) => {
      s.scoring.weights = { capability: 0, market: 0, independence: 0, efficiency: 0 };
    });
    at(errors, '$.scoring.weights');
  });

  it('a par names real companies, one entry per quarter, every company, and cites its source', () => {
    const errors = mutated((s) => {
      const par = s.scoring.par as Record<string, number[]>;
      par.nvidia = par.google as number[];
      par.meta = [50, 60];
      delete par.tencent;
    });
    expect(at(errors, '$.scoring.par.nvidia').message).toMatch(/expected a company id \(.*microsoft.*\), found "nvidia"/);
    expect(at(errors, '$.scoring.par.meta').message).toMatch(/expected 8 entries \(one per quarter\), found 2/);
    expect(at(errors, '$.scoring.par').message).toMatch(/expected a par for every company .*npm run par.*found none for "tencent"/);
    const uncited = mutated((s) => {
      delete (s.cite as Record<string, string[]>)['scoring.par'];
    });
    expect(at(uncited, '$.cite').message).toMatch(/expected a citation for "scoring.par"/);
    expect(at(mutated((s) => ((s.scoring.par as Record<string, number[]>).google = [100, 100, 101, 95, 95, 95, 95, 95])), '$.scoring.par.google[2]').message).toMatch(/<= 100|100/);
  });

  it('a scoring yardstick has one positive entry per quarter for each part, and cites its source', () => {
    // The base game scores against the best of each game; give it a yardstick (one entry per quarter, cited).
    const eight = [1, 2, 3, 4, 5, 6, 7, 8];
    const withYardstick = (s: Scenario & Record<string, unknown>) => {
      s.scoring.reference = { capability: eight.map((x) => x * 1e6), market: eight.map((x) => x * 1e9), efficiency: eight.map(() => 700) };
      (s.cite as Record<string, string[]>)['scoring.reference'] = ['d-par'];
    };
    const valid = structuredClone(base) as Scenario & Record<string, unknown>;
    withYardstick(valid);
    expect(parseScenario(valid, 'yardstick.json').ok).toBe(true);
    const errors = mutated((s) => {
      withYardstick(s);
      const ref = s.scoring.reference as { capability: number[]; market: number[]; efficiency: number[] };
      ref.market[3] = 0;
      ref.efficiency[1] = Number.POSITIVE_INFINITY;
    });
    expect(at(errors, '$.scoring.reference.market[3]').message).toMatch(/expected a number > 0, found 0/);
    at(errors, '$.scoring.reference.efficiency[1]');
    const short = mutated((s) => {
      withYardstick(s);
      (s.scoring.reference as { capability: number[] }).capability = [1, 2];
    });
    expect(at(short, '$.scoring.reference.capability').message).toMatch(/expected 8 entries \(one per quarter\), found 2/);
    const uncited = mutated((s) => {
      withYardstick(s);
      delete (s.cite as Record<string, string[]>)['scoring.reference'];
    });
    expect(at(uncited, '$.cite').message).toMatch(/expected a citation for "scoring.reference"/);
  });

  it('unknown keys are refused (except $schema at the top)', () => {
    const errors = mutated((s) => {
      s.notes = 'hello';
      (s.skus[0] as unknown as Record<string, unknown>).cost = 1;
    });
    at(errors, '$.notes');
    at(errors, '$.skus[0].cost');
  });

  it('non-finite, fractional and huge numbers are refused', () => {
    const errors = mutated((s) => {
      s.skus[0]!.h100e = Number.POSITIVE_INFINITY;
      s.skus[0]!.listPrice = 27_500.5;
      s.companies[0]!.cash = 1e300;
    });
    at(errors, '$.skus[0].h100e');
    expect(at(errors, '$.skus[0].listPrice').message).toMatch(/whole number/);
    at(errors, '$.companies[0].cash');
  });

  it('links must be http(s): a javascript: url is refused', () => {
    const errors = mutated((s) => {
      s.sources[0]!.url = 'javascript:alert(1)';
    });
    at(errors, '$.sources[0].url');
  });
});

describe('hostile input', () => {
  it('never throws, whatever the value', () => {
    for (const v of [null, undefined, 0, 'x', [], [1, 2], { id: 1 }, Symbol('s'), () => 1, new Date(0), Object.create(null)]) {
      expect(() => parseScenario(v)).not.toThrow();
      expect(parseScenario(v).ok).toBe(false);
    }
  });

  it('refuses files over the size cap', () => {
    const errors = errorsOf(parseScenarioText(' '.repeat(MAX_SCENARIO_BYTES + 1), 'big.json'));
    expect(errors[0]?.message).toMatch(/at most 2,097,152 bytes/);
  });

  it('a million nested brackets are refused quickly, with a short path', () => {
    const errors = errorsOf(parseScenarioText('['.repeat(1_000_000), 'deep.json'));
    expect(errors[0]?.message).toMatch(/invalid JSON at line 1, column 65: expected at most 64 levels/);
    expect(errors[0]?.path.length).toBeLessThan(300);
  });

  it('a __proto__ key is refused, and does not pollute anything', () => {
    const errors = errorsOf(parseScenarioText('{"__proto__": {"polluted": true}}', 'proto.json'));
    at(errors, '$.__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('duplicate keys are refused (JSON.parse would silently keep the last)', () => {
    const errors = errorsOf(parseScenarioText('{"id": "a",\n "id": "b"}', 'dup.json'));
    expect(errors[0]?.path).toBe('$.id');
    expect(errors[0]?.message).toMatch(/line 2, column 2: expected each key once/);
  });

  it(`lists at most ${MAX_ISSUES} issues`, () => {
    const s = structuredClone(base);
    s.companies[0]!.budget = Array.from({ length: 40 }, () => -1);
    s.companies[1]!.budget = Array.from({ length: 40 }, () => -1);
    s.companies[2]!.budget = Array.from({ length: 40 }, () => -1);
    const errors = errorsOf(parseScenario(s));
    expect(errors).toHaveLength(MAX_ISSUES + 1);
    expect(errors.at(-1)?.message).toMatch(/and \d+ more problems/);
  });
});
