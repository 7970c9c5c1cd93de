import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { botOrders } from '../../src/ai';
import type { BotRationale } from '../../src/ai/types';
import type { GameState, QuarterRecord, Scenario } from '../../src/engine';
import { playGame } from '../../src/replay/session';
import { parseScenarioText } from '../../src/scenario';
import { asRationale } from '../../src/store/rationale-schema';
import { contrast, readable, skuColors, THEMES } from '../../src/ui/debrief-colors';
import {
  CSV_COLUMNS,
  companySeries,
  csvCell,
  csvRows,
  debriefJson,
  exportFileName,
  keyMoments,
  priceSeries,
  rationalesByQuarter,
  regionSeries,
  ruleMarkers,
  rulesInForce,
  toCsv,
} from '../../src/ui/debrief-data';
import { catalogues } from '../../src/text/i18n';

function load(id: string): Scenario {
  const file = join(import.meta.dirname, '../../scenarios', `${id}.json`);
  const r = parseScenarioText(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(`${id} does not parse`);
  return r.scenario;
}

const scenario = load('2024-hopper-scramble');
const played = playGame(scenario, 'debrief-unit', (s, id) => botOrders(s, id, 'normal'));
const game = played.state;
const rationales: BotRationale[] = Object.values(played.record.rationales ?? {}).flatMap((r) => asRationale(r) ?? []);

/** A small RFC 4180 reader for the round-trip checks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('debrief series', () => {
  it('has one value per resolved quarter for every company, equal to the metrics', () => {
    const series = companySeries(game);
    expect(series.map((s) => s.id)).toEqual(scenario.companies.map((c) => c.id));
    expect(game.history).toHaveLength(scenario.quarters);
    for (const s of series) {
      expect(s.computeH100e).toHaveLength(game.history.length);
      game.history.forEach((rec, i) => {
        const m = rec.metrics.find((x) => x.playerId === s.id);
        expect(s.computeH100e[i]).toBe(m?.deployedH100e);
        expect(s.spend[i]).toBe(m?.spend);
        expect(s.revenue[i]).toBe(m?.revenue);
        const filled = rec.clearing.flatMap((c) => c.bids).filter((b) => !b.other && b.bidder === s.id).reduce((a, b) => a + b.filled, 0);
        expect(s.unitsWon[i]).toBe(filled);
      });
    }
    // Bots buy chips in this scenario: some compute and some wins.
    expect(series.some((s) => s.unitsWon.some((u) => u > 0))).toBe(true);
  });

  it('prices are null where nothing sold, and only SKUs that traded appear', () => {
    for (const p of priceSeries(game)) {
      expect(p.prices.some((x) => x !== null)).toBe(true);
      game.history.forEach((rec, i) => {
        const c = rec.clearing.find((x) => x.sku === p.sku);
        expect(p.prices[i]).toBe(c && c.sold > 0 ? c.clearingPrice : null);
      });
    }
  });

  it('US and China compute add up to everyone’s compute', () => {
    const regions = regionSeries(game);
    expect(regions.map((r) => r.region)).toEqual(['US', 'CN']);
    game.history.forEach((rec, i) => {
      const total = rec.metrics.reduce((a, m) => a + m.deployedH100e, 0);
      expect(regions.reduce((a, r) => a + (r.computeH100e[i] ?? 0), 0)).toBe(total);
    });
  });

  it('marks every rule’s start and end inside the game, in time order', () => {
    const marks = ruleMarkers(scenario);
    expect(marks[0]).toMatchObject({ id: 'oct-2023', quarter: 0, edge: 'start' });
    expect(marks).toContainEqual(expect.objectContaining({ id: 'h20-licence-2025', quarter: 5, edge: 'start' }));
    expect(marks).toContainEqual(expect.objectContaining({ id: 'h20-licence-2025', quarter: 6, edge: 'end' }));
    const qs = marks.map((m) => m.quarter);
    expect(qs).toEqual([...qs].sort((a, b) => a - b));
    expect(rulesInForce(scenario, 5)).toContain('h20-licence-2025');
    expect(rulesInForce(scenario, 6)).not.toContain('h20-licence-2025');
  });

  it('groups the bots’ rationales by quarter in seat order, one per company', () => {
    const by = rationalesByQuarter(scenario, rationales);
    expect([...by.keys()]).toEqual(game.history.map((r) => r.quarter));
    for (const list of by.values()) expect(list.map((r) => r.playerId)).toEqual(scenario.companies.map((c) => c.id));
  });
});

/** The played game with a history edited to hold known moments. */
function withMoments(): GameState {
  const g = structuredClone(game);
  const h = g.history as QuarterRecord[];
  const q1 = h[1] as QuarterRecord;
  const q2 = h[2] as QuarterRecord;
  // A price that doubles from quarter 1 to quarter 2 (more than anything a bot game does).
  const c1 = q1.clearing.find((c) => c.sku === 'H100');
  const c2 = q2.clearing.find((c) => c.sku === 'H100');
  if (!c1 || !c2) throw new Error('no H100 clearing');
  c1.sold = Math.max(1, c1.sold);
  c2.sold = Math.max(1, c2.sold);
  c1.clearingPrice = 20_000;
  c2.clearingPrice = 200_000;
  // A win larger than any real bid.
  c2.bids.push({ bidder: 'tencent', other: false, sku: 'H100', quantity: 9_999_999, maxPrice: 1, filled: 9_999_999, paid: 123, note: 'filled' });
  q2.notes.push({ code: 'greyCaught', playerId: 'bytedance', values: { units: 500, fine: 7_000_000 } });
  q2.notes.push({ code: 'siliconAdvanced', playerId: 'google', values: { stage: 'volume' } });
  q2.notes.push({ code: 'siliconAdvanced', playerId: 'meta', values: { stage: 'ramp' } });
  return g;
}

describe('key moments', () => {
  it('finds rules landing mid-game, the biggest price jump, the largest win, a grey-market catch and silicon at volume', () => {
    const g = withMoments();
    const moments = keyMoments(g);
    // A rule in force from the first quarter is in the rules list, not a moment.
    expect(moments).not.toContainEqual({ kind: 'ruleLands', quarter: 0, ruleId: 'oct-2023' });
    expect(moments).toContainEqual({ kind: 'ruleLands', quarter: 5, ruleId: 'h20-licence-2025' });
    expect(moments).toContainEqual({ kind: 'ruleEnds', quarter: 6, ruleId: 'h20-licence-2025' });
    expect(moments.filter((m) => m.kind === 'priceJump')).toEqual([{ kind: 'priceJump', quarter: 2, sku: 'H100', from: 20_000, to: 200_000, pct: 900 }]);
    expect(moments.filter((m) => m.kind === 'largestWin')).toEqual([{ kind: 'largestWin', quarter: 2, playerId: 'tencent', sku: 'H100', units: 9_999_999, paid: 123 }]);
    expect(moments).toContainEqual({ kind: 'greyCaught', quarter: 2, playerId: 'bytedance', units: 500, fine: 7_000_000 });
    expect(moments).toContainEqual({ kind: 'siliconVolume', quarter: 2, playerId: 'google' });
    // Reaching ramp is not a moment.
    expect(moments).not.toContainEqual({ kind: 'siliconVolume', quarter: 2, playerId: 'meta' });
    // In time order.
    const qs = moments.map((m) => m.quarter);
    expect(qs).toEqual([...qs].sort((a, b) => a - b));
  });

  it("is mostly about the companies' decisions: a deal, a first silicon budget, idle chips", () => {
    const g = structuredClone(game);
    const [q0, q1] = [g.history[0] as QuarterRecord, g.history[1] as QuarterRecord];
    for (const rec of g.history) for (const m of rec.metrics) m.idleUnits = 0;
    q1.notes.push({ code: 'partnershipWon', playerId: 'amazon', values: { partnership: 'lab-x', bid: 250_000_000, rivals: 2 } });
    // Idle: 40 of 100 chips in Q1, 60 of 100 in Q2 (the worse one is the moment); 5 of 100 is not a moment.
    for (const [rec, idle] of [[q0, 40], [q1, 60]] as const) {
      const m = rec.metrics.find((x) => x.playerId === 'meta');
      if (!m) throw new Error('no meta');
      Object.assign(m, { units: 100, idleUnits: idle });
    }
    const ms = q0.metrics.find((x) => x.playerId === 'google');
    if (ms) Object.assign(ms, { units: 100, idleUnits: 5 });
    for (const rec of g.history) for (const o of rec.orders) o.orders = { ...o.orders, siliconInvestment: o.playerId === 'microsoft' && rec.quarter >= 1 ? 1_000_000 : 0 };
    const moments = keyMoments(g);
    expect(moments).toContainEqual({ kind: 'dealWon', quarter: 1, playerId: 'amazon', partnership: 'lab-x', bid: 250_000_000 });
    expect(moments.filter((m) => m.kind === 'idleChips')).toEqual([{ kind: 'idleChips', quarter: 1, playerId: 'meta', idle: 60, units: 100 }]);
    expect(moments.filter((m) => m.kind === 'siliconStart')).toEqual([{ kind: 'siliconStart', quarter: 1, playerId: 'microsoft', amount: 1_000_000 }]);
    // More moments about decisions than about rule dates.
    const rules = moments.filter((m) => m.kind === 'ruleLands' || m.kind === 'ruleEnds').length;
    expect(moments.length - rules).toBeGreaterThan(rules);
  });

  it('names a change of the compute leader', () => {
    const g = structuredClone(game);
    const [a, b] = [g.history[0] as QuarterRecord, g.history[1] as QuarterRecord];
    for (const m of a.metrics) m.deployedH100e = m.playerId === 'meta' ? 1000 : 10;
    for (const m of b.metrics) m.deployedH100e = m.playerId === 'google' ? 5000 : 10;
    expect(keyMoments(g)).toContainEqual({ kind: 'leadChange', quarter: 1, playerId: 'google', previous: 'meta', h100e: 5000 });
  });

  it('is empty-safe: no history, no moments', () => {
    expect(keyMoments({ scenario, history: [] })).toEqual([]);
  });
});

describe('CSV', () => {
  it('has the documented header and one row per quarter per company', () => {
    const rows = parseCsv(toCsv(csvRows(game, (id) => (id === 'microsoft' ? 'human' : 'bot:normal'))));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + scenario.quarters * scenario.companies.length);
    const first = rows[1] as string[];
    const col = (name: (typeof CSV_COLUMNS)[number]) => first[CSV_COLUMNS.indexOf(name)];
    expect(col('quarter')).toBe('1');
    expect(col('quarter_label')).toBe('Q1 2024');
    expect(col('company_id')).toBe('microsoft');
    expect(col('seat')).toBe('human');
    expect(col('team')).toBe('');
    expect(col('rules_in_force')).toBe('oct-2023');
    expect(Number(col('deployed_h100e'))).toBe(game.history[0]?.metrics[0]?.deployedH100e);
    // Par columns: the par of Microsoft's seat after Q1, and the score against it as the standings count it.
    const par = scenario.scoring.par?.microsoft?.[0] as number;
    expect(Number(col('score_par'))).toBe(par);
    expect(Number(col('score_vs_par'))).toBeCloseTo(Number(col('score')) - par, 6);
  });

  it('leaves the par columns empty, and draws no par chart data, for a scenario without a par', () => {
    const { par: _par, ...scoring } = scenario.scoring;
    const bare = { ...game, scenario: { ...scenario, scoring } };
    const rows = parseCsv(toCsv(csvRows(bare)));
    for (const r of rows.slice(1)) {
      expect(r[CSV_COLUMNS.indexOf('score_par')]).toBe('');
      expect(r[CSV_COLUMNS.indexOf('score_vs_par')]).toBe('');
    }
    expect(companySeries(bare).every((c) => c.margin.every((m) => m === null))).toBe(true);
    // With the par, the margin series is score minus par, quarter by quarter.
    const ms = companySeries(game).find((c) => c.id === 'google');
    expect(ms?.margin).toEqual(ms?.score.map((s, q) => s - Math.round((scenario.scoring.par?.google?.[q] as number) * 10)));
  });

  it('documents every column in docs/debrief-csv.md', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../docs/debrief-csv.md'), 'utf8');
    for (const c of CSV_COLUMNS) expect(doc, c).toContain(`| \`${c}\` |`);
  });

  it('quotes commas and quotes, and defuses formulas, so a hostile company name stays one text cell', () => {
    const hostile = ['Evil, Inc.', 'The "Best" Cloud', '=HYPERLINK("http://x","click")', '+1+1', '-2+3', '@SUM(A1)', '\tTab', 'line\nbreak'];
    const g = structuredClone(game);
    g.scenario.companies.forEach((c, i) => {
      c.name = hostile[i % hostile.length] as string;
    });
    g.seed = '=cmd|"/c calc"!A1';
    const text = toCsv(csvRows(g));
    const rows = parseCsv(text);
    expect(rows).toHaveLength(1 + scenario.quarters * scenario.companies.length);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    const names = rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('company')] as string);
    expect(names[0]).toBe('Evil, Inc.');
    expect(names[1]).toBe('The "Best" Cloud');
    expect(names[2]).toBe(`'=HYPERLINK("http://x","click")`);
    expect(names[3]).toBe(`'+1+1`);
    expect(names[4]).toBe(`'-2+3`);
    expect(names[5]).toBe(`'@SUM(A1)`);
    for (const r of rows.slice(1)) {
      expect(r[CSV_COLUMNS.indexOf('seed')]).toBe(`'=cmd|"/c calc"!A1`);
      // No text cell starts with a formula character.
      for (const cell of r) if (!/^-?\d/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('writes numbers as they are (negative cash stays a number)', () => {
    expect(csvCell(-1500)).toBe('-1500');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell('-1500')).toBe(`'-1500`);
    expect(csvCell('a"b')).toBe('"a""b"');
  });
});

describe('JSON export', () => {
  it('carries the series, the moments and the rationales', () => {
    const j = debriefJson(game, rationales);
    expect(j.format).toBe('gpurace-debrief');
    expect(j.companies).toHaveLength(scenario.companies.length);
    expect(j.quarters).toHaveLength(scenario.quarters);
    expect(j.rationales.length).toBe(rationales.length);
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
    expect(exportFileName(game, 'csv')).toBe('gpurace-debrief-2024-hopper-scramble-debrief-unit.csv');
    // A class game's export names its teams (letters and digits only).
    expect(exportFileName(game, 'csv', ['Team Azure', 'Die Llamas!', 'Zürich'])).toBe('gpurace-debrief-2024-hopper-scramble-debrief-unit-team-azure-die-llamas-zurich.csv');
  });
});

describe('chart colours', () => {
  it('keeps every scenario colour at 3:1 contrast on the dark screen and on paper', () => {
    for (const c of scenario.companies) {
      for (const theme of ['dark', 'print'] as const) {
        const bg = THEMES[theme].background;
        expect(contrast(readable(c.color, bg), bg), `${c.name} on ${theme}`).toBeGreaterThanOrEqual(3);
      }
    }
    // Google's yellow is darkened for paper.
    expect(readable('#F0E442', '#ffffff')).not.toBe('#f0e442');
  });

  it('draws NVIDIA supply in green', () => {
    const [h100, amd] = skuColors(['NVIDIA', 'AMD'], 'dark');
    expect(h100).toBe('#76b900');
    expect(amd).not.toMatch(/^#76b900$/);
  });
});

describe('debrief strings', () => {
  it('German has the same placeholders as English for every key', () => {
    const holes = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const en = catalogues.en as Record<string, string>;
    const de = catalogues.de as Record<string, string>;
    for (const k of Object.keys(en).filter((x) => x.startsWith('debrief.'))) {
      expect(holes(de[k] ?? ''), k).toEqual(holes(en[k] ?? ''));
      expect(de[k], k).toBeTruthy();
    }
  });
});

describe('team names in the CSV', () => {
  it("puts a class game's team name in the team column, defused like any text", () => {
    const names: Record<string, string> = { microsoft: 'Team Azure', meta: '=1+1' };
    const rows = parseCsv(toCsv(csvRows(game, () => 'human', (id) => names[id] ?? null)));
    const team = (id: string) => rows.slice(1).filter((r) => r[CSV_COLUMNS.indexOf('company_id')] === id).map((r) => r[CSV_COLUMNS.indexOf('team')]);
    expect(new Set(team('microsoft'))).toEqual(new Set(['Team Azure']));
    expect(new Set(team('meta'))).toEqual(new Set(["'=1+1"]));
    expect(new Set(team('google'))).toEqual(new Set(['']));
  });
});
