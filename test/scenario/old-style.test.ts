/**
 * A scenario file written before foundry booking and on-site generation existed (kept as a fixture: the
 * classroom sprint as shipped with engine version 1) still loads unchanged, and the engine fills the
 * documented defaults: bookings two quarters ahead with a 25% deposit, growing at most 50% a quarter; on-site power at 2.5x the grid's cost
 * per MW, 2x its running cost, one quarter's lead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookingRules, createGame, deliveryQuarter, onsiteRules } from '../../src/engine';
import { checkCitations } from '../../src/scenario/citations';
import { parseScenarioText } from '../../src/scenario';
import { playGame } from '../../src/replay/session';
import { botOrders } from '../../src/ai';

const text = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/old-style-classroom-sprint.json'), 'utf8');

describe('an old-style scenario file (no silicon.booking, no power.onsite)', () => {
  it('has neither new field and still parses without a change', () => {
    const raw = JSON.parse(text) as { power: Record<string, unknown>; silicon: Record<string, unknown> };
    expect('onsite' in raw.power).toBe(false);
    expect('booking' in raw.silicon).toBe(false);
    const r = parseScenarioText(text, 'old-style-classroom-sprint.json');
    if (!r.ok) expect.fail(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    // The optional blocks are absent, so they need no citation either.
    const issues: string[] = [];
    checkCitations((path, message) => issues.push(`${path.join('.')}: ${message}`), r.scenario);
    expect(issues).toEqual([]);
  });

  it('plays with the documented defaults', () => {
    const r = parseScenarioText(text, 'old-style-classroom-sprint.json');
    if (!r.ok) throw new Error('did not parse');
    const s = createGame(r.scenario, 'old-style');
    expect(bookingRules(s)).toEqual({ leadQuarters: 2, depositPct: 25, growthPct: 50 });
    expect(deliveryQuarter(s, 1)).toBe(3);
    expect(onsiteRules(s)).toEqual({ costPerMw: 25_000_000, leadQuarters: 1, opexPerMwPerQuarter: 500_000 });
    const game = playGame(r.scenario, 'old-style', (state, id) => botOrders(state, id, 'normal'), { record: false });
    expect(game.state.phase).toBe('gameOver');
    expect(game.rejected).toEqual([]);
  });
});
