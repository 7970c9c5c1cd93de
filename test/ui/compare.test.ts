/** The class comparison's checks: same scenario and seed, files that replay, clear errors otherwise. */
import { describe, expect, it } from 'vitest';
import { botOrders } from '../../src/ai';
import { playGame } from '../../src/replay/record';
import { groupName, readGroup, type GroupResult } from '../../src/ui/compare-data';
import { makeScenario } from '../helpers/scenario';

const scenario = makeScenario();
const other = makeScenario({ id: 'other', title: { en: 'Other', de: 'Andere' } });
const entries = [
  { fileName: 'test.json', ok: true as const, scenario },
  { fileName: 'other.json', ok: true as const, scenario: other },
];

function file(seed: string, level: string, human = 'alpha', sc = scenario): string {
  const seats = sc.companies.map((c) => (c.id === human ? { playerId: c.id, kind: 'human' as const } : { playerId: c.id, kind: 'bot' as const, level }));
  const g = playGame(sc, seed, (s, p) => botOrders(s, p, p === human ? 'hard' : (level as 'easy')), { seats });
  return JSON.stringify({ ...g.record, createdAt: '2026-01-01T00:00:00.000Z' });
}

function add(groups: GroupResult[], text: string, name: string): string | null {
  const r = readGroup(entries, text, name, groups);
  if (r.ok) groups.push(r.group);
  return r.ok ? null : r.error;
}

describe('class comparison', () => {
  it('accepts groups of the same scenario and seed, with standings and who played', () => {
    const groups: GroupResult[] = [];
    expect(add(groups, file('class-1', 'easy', 'alpha'), 'group-a.gpurace.json')).toBeNull();
    expect(add(groups, file('class-1', 'normal', 'beta'), 'group-b.gpurace.json')).toBeNull();
    expect(groups.map((g) => g.name)).toEqual(['group-a', 'group-b']);
    expect(groups.map((g) => g.played)).toEqual([['alpha'], ['beta']]);
    for (const g of groups) {
      expect(g.over).toBe(true);
      expect(g.quarters).toBe(scenario.quarters);
      expect(g.standings.map((s) => s.rank)).toEqual([1, 2, 3]);
    }
  });

  it('refuses another seed, another scenario, a duplicate, broken JSON and a tampered record, naming the file', () => {
    const groups: GroupResult[] = [];
    const a = file('class-1', 'easy');
    expect(add(groups, a, 'a.gpurace.json')).toBeNull();
    expect(add(groups, file('class-2', 'easy'), 'b.gpurace.json')).toMatch(/b\.gpurace\.json was played with the seed “class-2”.*“class-1”/);
    expect(add(groups, file('class-1', 'easy', 'alpha', other), 'c.gpurace.json')).toMatch(/c\.gpurace\.json is a game of “Other”.*“Test”/);
    expect(add(groups, a, 'copy.gpurace.json')).toMatch(/copy\.gpurace\.json is the same game as a\.gpurace\.json/);
    expect(add(groups, '{"format": "gpurace-rec', 'd.gpurace.json')).toMatch(/^Not added: d\.gpurace\.json is not valid JSON/);
    const tampered = JSON.parse(a) as { checkpoints: { stateHash: string }[] };
    (tampered.checkpoints[1] as { stateHash: string }).stateHash = '0123456789abcdef';
    expect(add(groups, JSON.stringify(tampered), 'e.gpurace.json')).toMatch(/e\.gpurace\.json does not replay.*state hash/);
    expect(groups).toHaveLength(1);
  });

  it('names a group after its file', () => {
    expect(groupName('Team Blue.gpurace.json')).toBe('Team Blue');
    expect(groupName('x.json')).toBe('x');
  });
});
