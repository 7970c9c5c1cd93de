import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load';
import { verifyRecord } from '../../src/replay/verify';
import { effectOf, labGameRecord, labScenarios, labSeed, parseBots, playLabGame, playLabGames, runLab, summarise, wallOf } from '../../src/lab/run';
import { labCsv, formatLabTable } from '../../src/lab/table';
import { summaryCheck } from '../../src/lab/link';
import type { Variant } from '../../src/lab/variant';

const sprint = loadScenario('scenarios/classroom-sprint.json');
const base = loadScenario('scenarios/2024-hopper-scramble.json');
const noRule: Variant = { format: 'gpurace-variant', scenario: sprint.id, id: 'no-oct', title: { en: 'No rule', de: 'Keine Regel' }, rules: [{ id: 'oct-2023', enabled: false }] };
const bots = parseBots('easy', sprint.companies.length);

describe('lab runner', () => {
  it('parses bot levels: one for all, or one per seat', () => {
    expect(parseBots('normal', 3)).toEqual({ ok: true, bots: ['normal', 'normal', 'normal'] });
    expect(parseBots('easy,hard', 2)).toEqual({ ok: true, bots: ['easy', 'hard'] });
    expect(parseBots('easy,hard', 3).ok).toBe(false);
    expect(parseBots('godlike', 3).ok).toBe(false);
  });

  it('gives the same numbers for the same variant, games and seed, whatever order the games come back in', () => {
    if (!bots.ok) throw new Error(bots.error);
    const setup = { base: sprint, variant: noRule, games: 12, bots: bots.bots, seed: 't' };
    const a = runLab(setup);
    const b = runLab(setup);
    expect(b).toEqual(a);
    expect(summaryCheck(b)).toBe(summaryCheck(a));
    // Another seed plays other games.
    expect(summaryCheck(runLab({ ...setup, seed: 'u' }))).not.toBe(summaryCheck(a));
    const r = labScenarios(sprint, noRule);
    if (!r.ok) throw new Error(r.error);
    const one = playLabGame(r.scenarios.variant, bots.bots, 't', 5, r.scenarios.wall);
    expect(one).toEqual(playLabGame(r.scenarios.variant, bots.bots, 't', 5, r.scenarios.wall));
    expect(one.game).toBe(5);
    // Workers return chunks in any order: the summary sorts by game first.
    const games = playLabGames(r.scenarios, 'base', bots.bots, 't', 0, 12);
    const vgames = playLabGames(r.scenarios, 'variant', bots.bots, 't', 0, 12);
    expect(summarise(setup, r.scenarios, games.map((_, k) => games[games.length - 1 - k] as (typeof games)[number]), [...vgames.slice(6), ...vgames.slice(0, 6)])).toEqual(a);
    expect(labSeed('t', 5)).toBe('t-5');
  });

  it('measures the wall from the rules, and the base against itself shows no clear effect', () => {
    const r = labScenarios(base, { ...noRule, scenario: base.id, rules: [] });
    if (!r.ok) throw new Error(r.error);
    expect(r.scenarios.wall.map((i) => base.companies[i]?.region)).toEqual(['CN', 'CN']);
    if (!bots.ok) throw new Error(bots.error);
    const s = runLab({ base: sprint, variant: { ...noRule, rules: [] }, games: 6, bots: bots.bots, seed: 's' });
    expect(s.metrics.every((m) => m.effect.diff === 0 && !m.effect.clear)).toBe(true);
    expect(s.summary.en[0]).toMatch(/no effect is clear/);
    expect(s.summary.de[0]).toMatch(/keine Wirkung/);
    // A scenario without rules has no wall.
    const free = { ...sprint, exportRules: [] };
    expect(wallOf(free, free)).toEqual([]);
  });

  it('finds the effect of lifting a wall, in words, table and CSV', () => {
    if (!bots.ok) throw new Error(bots.error);
    const s = runLab({ base: sprint, variant: noRule, games: 16, bots: bots.bots, seed: 'w' });
    const wall = s.metrics.find((m) => m.kind === 'wallShare');
    expect(wall).toBeDefined();
    expect(wall?.effect.clear).toBe(true);
    expect(wall?.effect.diff).toBeGreaterThan(0);
    expect(s.summary.en.length).toBeGreaterThan(0);
    expect(s.summary.en.join('\n')).toMatch(/No rule: /);
    expect(s.games).toBe(16);
    expect(s.rejected).toEqual({ base: 0, variant: 0 });
    expect(formatLabTable(s, sprint)).toMatch(/share behind the export wall/);
    expect(formatLabTable(s, sprint, 'de')).toMatch(/Exportmauer/);
    expect(labCsv(s).split('\n')[0]).toMatch(/^section,metric,company,base_mean/);
    const counts = wall?.dist.base.reduce((a, b) => a + b, 0);
    expect(counts).toBe(16);
  });

  it('pairs the difference of means game by game, with a 95% interval', () => {
    const e = effectOf([10, 20, 30, 40], [12, 21, 33, 42]);
    expect(e.diff).toBe(2);
    expect(e.lo).toBeLessThan(2);
    expect(e.hi).toBeGreaterThan(2);
    expect(e.clear).toBe(true);
    expect(e.rel).toBeCloseTo(2 / 25, 10);
  });

  it('plays any game of a run again as a record the replay verifier accepts', () => {
    if (!bots.ok) throw new Error(bots.error);
    const r = labScenarios(sprint, noRule);
    if (!r.ok) throw new Error(r.error);
    const rec = labGameRecord(r.scenarios.variant, bots.bots, 't', 3);
    expect(rec.seed).toBe('t-3');
    expect(rec.scenarioSnapshot).toBe(r.scenarios.variant);
    const v = verifyRecord(rec, r.scenarios.variant);
    expect(v.ok).toBe(true);
  });
});
