/**
 * Team names travel with a class game's record: an optional, checked field on a seat (records without it
 * load as before), kept by share links, used for the compare columns and the exported file names.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { botOrders } from '../../src/ai';
import { playGame } from '../../src/replay/session';
import { parseRecordText } from '../../src/replay/parse';
import { decodeLinkPayload, encodeLinkPayload } from '../../src/replay/link';
import type { GameRecord } from '../../src/replay/record';
import { MAX_TEAM_NAME, teamsPart, withTeam } from '../../src/replay/team-name';
import { readGroup } from '../../src/ui/compare-data';
import { makeScenario } from '../helpers/scenario';
import { gameOverLine } from '../../src/engine/score-story';
import { gameOverText } from '../../src/ui/play/score-words';
import { setLang } from '../../src/text/i18n';
import { teamNameOf } from '../../src/replay/team-name';

const scenario = makeScenario();
const entries = [{ fileName: 'test.json', ok: true as const, scenario }];

function record(names: Record<string, string>): GameRecord {
  const seats = scenario.companies.map((c, i) => {
    const seat = i === 0 ? { playerId: c.id, kind: 'human' as const } : { playerId: c.id, kind: 'bot' as const, level: 'easy' };
    return names[c.id] ? { ...seat, teamName: names[c.id] as string } : seat;
  });
  const g = playGame(scenario, 'names', (s, p) => botOrders(s, p, 'easy'), { seats });
  return { ...g.record, createdAt: '2026-01-01T00:00:00.000Z' };
}

describe('team names in records', () => {
  const first = scenario.companies[0]?.id as string;
  const second = scenario.companies[1]?.id as string;

  it('a record with team names parses; one without still does', () => {
    const withNames = parseRecordText(JSON.stringify(record({ [first]: 'Team Azure', [second]: 'Bots ahoy' })), 'a.gpurace.json');
    expect(withNames.ok && withNames.record.seats.map((s) => s.teamName ?? null).slice(0, 2)).toEqual(['Team Azure', 'Bots ahoy']);
    const without = parseRecordText(JSON.stringify(record({})), 'b.gpurace.json');
    expect(without.ok && without.record.seats.every((s) => s.teamName === undefined)).toBe(true);
  });

  it('refuses a name that is too long, empty or has control characters', () => {
    for (const bad of ['x'.repeat(MAX_TEAM_NAME + 1), '   ', 'a\u0007b']) {
      const r = parseRecordText(JSON.stringify(record({ [first]: bad })), 'bad.gpurace.json');
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/seats\[0\]/);
    }
    expect(parseRecordText(JSON.stringify(record({ [first]: 'x'.repeat(MAX_TEAM_NAME) })), 'ok.gpurace.json').ok).toBe(true);
  });

  it('a share link carries the team names', () => {
    const r = record({ [first]: 'Team Azure', [second]: 'Llamas' });
    const back = decodeLinkPayload(encodeLinkPayload(r));
    expect(back.ok && back.record.seats).toEqual(r.seats);
    const plain = record({});
    const back2 = decodeLinkPayload(encodeLinkPayload(plain));
    expect(back2.ok && back2.record.seats).toEqual(plain.seats);
  });

  it('labels a compare group with its team names, else with its file name', () => {
    const named = readGroup(entries, JSON.stringify(record({ [first]: 'Team Azure' })), 'gpurace-x-seed-Q42024 (1).gpurace.json', []);
    expect(named.ok && named.group.name).toBe('Team Azure');
    const anon = readGroup(entries, JSON.stringify({ ...record({}), seed: 'names' }), 'group-7.gpurace.json', []);
    expect(anon.ok && anon.group.name).toBe('group-7');
  });

  it('file-name parts and labels', () => {
    expect(teamsPart([])).toBe('');
    expect(teamsPart(['Team Azure', 'Ölprinzen', '!!!'])).toBe('-team-azure-olprinzen');
    expect(teamsPart(['a'.repeat(30), 'b'.repeat(30)]).length).toBeLessThanOrEqual(41);
    expect(withTeam('Microsoft', 'Team Azure')).toBe('Team Azure (Microsoft)');
    expect(withTeam('Microsoft', null)).toBe('Microsoft');
  });

  afterEach(() => setLang('en'));

  it("the game-over line names a class game's team with its company, in English and German", () => {
    const seats = scenario.companies.map((c, i) =>
      i < 2
        ? { playerId: c.id, kind: 'human' as const, teamName: i === 0 ? 'Team Azure' : 'Bots ahoy' }
        : { playerId: c.id, kind: 'bot' as const, level: 'easy' },
    );
    const g = playGame(scenario, 'names-over', (st, id) => botOrders(st, id, 'easy'), { seats });
    const company = scenario.companies[0]?.name as string;
    for (const lang of ['en', 'de'] as const) {
      setLang(lang);
      const line = gameOverLine(g.state, first);
      if (!line) throw new Error('no game-over line');
      // Several teams share the debrief: each line is named "Team (Company)".
      expect(gameOverText(g.state, line, false, teamNameOf(g.record.seats, first))).toContain(`Team Azure (${company})`);
      // A seat without a team name keeps the company's name alone; a single player is "you".
      const plain = gameOverText(g.state, line, false, null);
      expect(plain).toContain(company);
      expect(plain).not.toContain('Team Azure');
    }
  });
});
