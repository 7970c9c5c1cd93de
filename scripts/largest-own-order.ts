/**
 * The "largest own-chip order" idea from issue #11: one seat plays the normal bot but then orders (books) as
 * many of its own chips as the engine accepts with the cash left; the other seats are normal bots. Prints the
 * seat's mean final margin against par (points) and its win share over the seeds.
 *
 *   npx tsx scripts/largest-own-order.ts [--scenario scenarios/2024-hopper-scramble.json] [--seeds 20] [--seats meta,google,amazon]
 *
 * Engine-agnostic on purpose (it only uses validateOrders to find the largest accepted order), so the same
 * file measures the rules before and after a change.
 */
import { readFileSync } from 'node:fs';
import { botOrders } from '../src/ai';
import { applyAction, createGame, finalStandings, validateOrders, type GameState, type Orders } from '../src/engine';
import { parseScenarioText } from '../src/scenario';

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? dflt) : dflt;
}

const file = arg('scenario', 'scenarios/2024-hopper-scramble.json');
const seeds = Number(arg('seeds', '20'));
const seats = arg('seats', 'meta,google,amazon').split(',');
const parsed = parseScenarioText(readFileSync(file, 'utf8'), file);
if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
const scenario = parsed.scenario;

/** The normal bot's orders with the largest own-chip order the engine accepts on top (binary search, 48 steps at most). */
function largestOwn(state: GameState, playerId: string): Orders {
  const base = botOrders(state, playerId, 'normal').orders;
  const stage = state.players.find((p) => p.id === playerId)?.silicon.stage;
  if (stage !== 'ramp' && stage !== 'volume') return base;
  const ok = (n: number) => validateOrders(state, playerId, { ...base, customOrder: n }) === null;
  if (!ok(base.customOrder)) return base;
  let lo = base.customOrder;
  let hi = 10_000_000;
  for (let k = 0; k < 48 && lo < hi; k++) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return { ...base, customOrder: lo };
}

function play(seat: string, seed: string): { margin: number; won: boolean } {
  let s = createGame(scenario, seed);
  for (let guard = 0; guard < 4 * scenario.quarters + 8 && s.phase !== 'gameOver'; guard++) {
    if (s.phase === 'orders') {
      for (const p of s.players) {
        const orders = p.id === seat ? largestOwn(s, p.id) : botOrders(s, p.id, 'normal').orders;
        const r = applyAction(s, { type: 'submitOrders', playerId: p.id, orders });
        if (!r.ok) throw new Error(`${p.id}: ${r.error.message}`);
        s = r.state;
      }
      const r = applyAction(s, { type: 'resolveQuarter' });
      if (!r.ok) throw new Error(r.error.message);
      s = r.state;
    } else {
      const r = applyAction(s, { type: 'advance' });
      if (!r.ok) throw new Error(r.error.message);
      s = r.state;
    }
  }
  const st = finalStandings(s);
  const me = st.find((x) => x.playerId === seat);
  if (!me || me.margin === null) throw new Error('no par in the scenario');
  const best = Math.max(...st.map((x) => x.margin ?? -Infinity));
  return { margin: me.margin / 10, won: me.margin === best };
}

for (const seat of seats) {
  let sum = 0;
  let wins = 0;
  const margins: number[] = [];
  for (let i = 1; i <= seeds; i++) {
    const r = play(seat, `largest-own-${i}`);
    sum += r.margin;
    margins.push(r.margin);
    if (r.won) wins++;
  }
  console.log(`${seat}: mean margin vs par ${(sum / seeds).toFixed(2)} points, wins ${wins}/${seeds} (${Math.round((100 * wins) / seeds)}%)`);
}
