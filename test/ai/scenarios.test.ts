import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOT_LEVELS, botOrders, type BotLevel } from '../../src/ai';
import type { Scenario } from '../../src/engine';
import { playGame } from '../../src/replay/session';
import { parseScenarioText } from '../../src/scenario';

const dir = join(import.meta.dirname, '../../scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

function load(file: string): Scenario {
  const r = parseScenarioText(readFileSync(join(dir, file), 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not parse: ${r.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return r.scenario;
}

describe('every shipped scenario plays to the end with every level', () => {
  it('finds the shipped scenarios', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  const cases = files.flatMap((file) => [...BOT_LEVELS, 'mixed' as const].map((level) => [file, level] as const));
  it.each(cases)('%s with %s bots', (file, level) => {
    const scenario = load(file);
    const mixed: BotLevel[] = ['hard', 'normal', 'easy'];
    const levelOf = (i: number): BotLevel => (level === 'mixed' ? (mixed[i % 3] as BotLevel) : level);
    const g = playGame(scenario, `shipped-${level}`, (s, id) => botOrders(s, id, levelOf(scenario.companies.findIndex((c) => c.id === id))), { record: false });
    expect(g.rejected).toEqual([]);
    expect(g.state.phase).toBe('gameOver');
    expect(g.state.history).toHaveLength(scenario.quarters);
  });
});
