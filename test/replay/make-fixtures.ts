/**
 * Regenerates the golden replay fixtures in test/fixtures/replays/ (run after a deliberate rule change, once
 * ENGINE_VERSION is bumped):
 *
 *   npx tsx test/replay/make-fixtures.ts
 *
 * The scenario is a frozen copy (scenario-2024-hopper-scramble.json), so scenario edits do not churn the
 * fixtures; only the rules do. The baseline games are exactly
 *   npm run simulate -- --scenario test/fixtures/replays/scenario-2024-hopper-scramble.json --seed N --record FILE
 * and the real-bot game is played by botOrders (easy, normal and hard seats) with their rationales kept.
 * The format-1 fixture is the seed-1 game written in the first record layout, for the migration test.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { botOrders } from '../../src/ai';
import { loadScenario } from '../../src/cli/load';
import { playGame } from '../../src/replay/session';

const DIR = 'test/fixtures/replays';
const SCENARIO = `${DIR}/scenario-2024-hopper-scramble.json`;

for (const seed of [1, 2, 3]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/simulate.ts', '--scenario', SCENARIO, '--seed', String(seed), '--record', `${DIR}/baseline-seed-${seed}.json`, '--json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}

const scenario = loadScenario(SCENARIO);
const levels = ['easy', 'normal', 'hard', 'normal', 'easy'] as const;
const seats = scenario.companies.map((c, i) => (i === 0 ? { playerId: c.id, kind: 'human' as const } : { playerId: c.id, kind: 'bot' as const, level: levels[(i - 1) % levels.length] as string }));
const game = playGame(
  scenario,
  'golden-bots-1',
  (s, p) => {
    const seat = seats.find((x) => x.playerId === p);
    // The human seat is played by a normal bot here (its orders are just data in the record).
    return botOrders(s, p, seat?.kind === 'bot' ? (seat.level as 'easy' | 'normal' | 'hard') : 'normal');
  },
  { seats },
);
if (game.rejected.length) throw new Error(`rejected orders: ${JSON.stringify(game.rejected)}`);
writeFileSync(`${DIR}/bots-mixed.json`, `${JSON.stringify({ ...game.record, createdAt: '2026-11-29T00:00:00.000Z' })}\n`);

// Format 1: the seed-1 baseline game without createdAt (the first layout had none).
const { createdAt: _c, ...rest } = JSON.parse(readFileSync(`${DIR}/baseline-seed-1.json`, 'utf8')) as Record<string, unknown>;
writeFileSync(`${DIR}/format-1-baseline-seed-1.json`, `${JSON.stringify({ ...rest, formatVersion: 1 })}\n`);
process.stdout.write(`fixtures written to ${DIR}\n`);
