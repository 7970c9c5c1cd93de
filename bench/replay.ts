/**
 * Replay benchmarks: milliseconds to verify a whole base-scenario game record (replay + every checkpoint),
 * and the share-link length of that game. Numbers only; nothing is asserted.
 */
import { botOrders } from '../src/ai';
import { linkFragment } from '../src/replay/link';
import { parseRecordText } from '../src/replay/parse';
import { playGame } from '../src/replay/session';
import { verifyRecord } from '../src/replay/verify';
import { baseScenario } from './engine';

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Verify time (median of 30, parse included) and link length for a whole base game with normal bots and one human seat. */
export function benchReplay(scenario = baseScenario()) {
  const seats = scenario.companies.map((c, i) => (i === 0 ? { playerId: c.id, kind: 'human' as const } : { playerId: c.id, kind: 'bot' as const, level: 'normal' }));
  const game = playGame(scenario, 'bench-replay', (s, p) => botOrders(s, p, 'normal'), { seats });
  const record = { ...game.record, createdAt: '2026-01-01T00:00:00.000Z' };
  const text = JSON.stringify(record);
  const runs: number[] = [];
  for (let i = 0; i < 35; i++) {
    const t0 = performance.now();
    const parsed = parseRecordText(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const v = verifyRecord(parsed.record, scenario);
    if (!v.ok) throw new Error(v.reason);
    if (i >= 5) runs.push(performance.now() - t0);
  }
  const fragment = linkFragment(record);
  return {
    verifyMedianMs: median(runs),
    actions: record.actions.length,
    recordBytes: text.length,
    shareLinkChars: fragment.length + 1,
  };
}
