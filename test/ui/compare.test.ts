/** The class comparison's checks: same scenario and seed, files that replay, clear errors otherwise. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioHash } from '../../src/engine';
import { parseScenario } from '../../src/scenario';
import { botOrders } from '../../src/ai';
import { playGame } from '../../src/replay/session';
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

describe('class comparison: the scenario by content, and the seats (issue 10 item 3)', () => {
  const tutorial = parseScenario(JSON.parse(readFileSync(join('scenarios', 'tutorial.json'), 'utf8')) as unknown, 'tutorial.json');
  if (!tutorial.ok) throw new Error('tutorial.json does not parse');
  const shipped = tutorial.scenario;
  const shippedEntries = [{ fileName: 'tutorial.json', ok: true as const, scenario: shipped }];

  /** A group's file of the tutorial; the group plays `human`; its game ran on `sc` (the copy it carries). */
  function groupFile(sc: typeof shipped, human: string, seed = 'class-7'): Record<string, unknown> {
    const seats = sc.companies.map((c) => (c.id === human ? { playerId: c.id, kind: 'human' as const } : { playerId: c.id, kind: 'bot' as const, level: 'normal' }));
    const g = playGame(sc, seed, (s, p) => botOrders(s, p, 'normal'), { seats });
    return { ...g.record, createdAt: '2026-01-01T00:00:00.000Z', scenarioSnapshot: sc };
  }

  it('a file whose scenario copy gives Microsoft 20x the cash is refused, saying its copy was altered', () => {
    const groups: GroupResult[] = [];
    const read = (f: Record<string, unknown>, name: string): string | null => {
      const r = readGroup(shippedEntries, JSON.stringify(f), name, groups);
      if (r.ok) groups.push(r.group);
      return r.ok ? null : r.error;
    };
    expect(read(groupFile(shipped, 'meta'), 'honest.gpurace.json')).toBeNull();
    const rich = { ...shipped, companies: shipped.companies.map((c) => (c.id === 'microsoft' ? { ...c, cash: c.cash * 20 } : c)) };
    const cheat = groupFile(rich, 'microsoft');
    // The file is self-consistent: it replays on its own copy (this is what the viewer would show).
    expect((cheat.scenario as { hash: string }).hash).toBe(scenarioHash(rich));
    const err = read(cheat, 'cheat.gpurace.json');
    expect(err).toBe(
      `cheat.gpurace.json carries its own copy of “${shipped.title.en}” that differs from this game’s (content hash ${scenarioHash(rich)}, not ${scenarioHash(shipped)}): the copy was altered, so the file is not compared.`,
    );
    // Also as the first file: the shipped scenario's content sets the comparison, not the first file's copy.
    expect(readGroup(shippedEntries, JSON.stringify(cheat), 'cheat.gpurace.json', []).ok).toBe(false);
    expect(groups.map((g) => g.name)).toEqual(['honest']);
  });

  it('seats: a company seated twice, or one with no seat, is refused', () => {
    const honest = groupFile(shipped, 'meta');
    const seats = honest.seats as { playerId: string; kind: string; level?: string }[];
    const twice = { ...honest, seats: [...seats.slice(0, -1), { ...seats[0] }] };
    // Refused by the comparison, or already by the record rules (one seat per company).
    expect(readGroup(shippedEntries, JSON.stringify(twice), 'twice.gpurace.json', [])).toMatchObject({ ok: false, error: expect.stringMatching(/twice\.gpurace\.json.*(seats “microsoft” twice|"microsoft" has a seat already)/) });
    const missing = { ...honest, seats: seats.slice(0, -1) };
    expect(readGroup(shippedEntries, JSON.stringify(missing), 'missing.gpurace.json', [])).toMatchObject({ ok: false, error: expect.stringMatching(/^missing\.gpurace\.json has no seat for /) });
    expect(readGroup(shippedEntries, JSON.stringify(honest), 'honest.gpurace.json', []).ok).toBe(true);
  });
});
