/**
 * Words for the score's story (src/engine/score-story.ts): a part's name, a quarter's cause, the game-over
 * line. The engine gives codes and numbers; every sentence is here, in the current language.
 */
import { onsiteRules, quarterLabel } from '../../engine';
import type { Cause, GameOverLine, ScorePart } from '../../engine/score-story';
import type { GameState } from '../../engine/types';
import { companyOf } from '../../store/selectors';
import { withTeam } from '../../replay/team-name';
import * as f from '../../text/format';
import { scenarioName } from '../../text/scenario-names';
import { lang, t, type Key } from '../../text/i18n';
import { endCash, weakestPart, type WeakestPart } from './game-over-words';
import { efficiencyMove, efficiencyMoveText } from './efficiency-move';

/** The four parts' colours (as the game-over bars use them). */
export const PART_COLOR: Record<ScorePart, string> = { capability: '#76b900', market: '#5aa9e6', independence: '#c39bd3', efficiency: '#ebcb8b' };

const NAME: Record<ScorePart, Key> = { capability: 'score.partName.capability', market: 'score.partName.market', independence: 'score.partName.independence', efficiency: 'score.partName.efficiency' };
const SHORT: Record<ScorePart, Key> = { capability: 'score.partShort.capability', market: 'score.partShort.market', independence: 'score.partShort.independence', efficiency: 'score.partShort.efficiency' };

/** A part's name in running text ("efficiency"). */
export function partName(p: ScorePart): string {
  return t(NAME[p]);
}

/**
 * The most points a part can add to the score: its weight's share of 100 ("40" for capability ×40 of weights summing
 * to 100), as scoreAll weighs the parts; whole numbers where they are whole, else tenths.
 */
export function partMax(scenario: Pick<GameState['scenario'], 'scoring'>, p: ScorePart): string {
  const w = scenario.scoring.weights;
  const sum = w.capability + w.market + w.independence + w.efficiency;
  const max = sum > 0 ? (100 * w[p]) / sum : 0;
  return Number.isInteger(max) ? f.count(max) : f.score(Math.round(max * 10));
}

/** A part's abbreviation for a narrow column ("Eff"). */
export function partShort(p: ScorePart): string {
  return t(SHORT[p]);
}

/** A chip's display name from its id (the id itself if the scenario does not know it). */
function skuName(game: GameState, id: string): string {
  return game.scenario.skus.find((s) => s.id === id)?.name ?? id;
}

/** Idle chips of one kind in running text: "NVIDIA H100 SXM", or the company's own chip ("of your own Trainium"), never the id "custom". */
function idleWhat(game: GameState, id: string, playerId: string | undefined): string {
  if (id !== 'custom') return skuName(game, id);
  const own = companyOf(game.scenario, playerId ?? '')?.silicon.name;
  // In the language shown ("ByteDance-Beschleuniger (hypothetisch)"), as the notes and the board name it.
  return own ? t('quarter.ownChips', { chip: scenarioName(own) }) : t('quarter.chips');
}

/**
 * True while power ordered next (grid or on-site, whichever is faster) could still come online before the game
 * ends. The next orders are for the quarter after the last resolved one (the reveal shows before the advance).
 */
export function powerCanStillArrive(game: GameState): boolean {
  const lead = Math.min(game.scenario.power.leadQuarters, onsiteRules(game).leadQuarters);
  const next = (game.history[game.history.length - 1]?.quarter ?? game.quarter - 1) + 1;
  return next + lead < game.scenario.quarters;
}

/** Idle chips worth a line of their own even when another part heads the box: over a fifth of the fleet. */
export const MATERIAL_IDLE = 0.2;

/** "105k of your 337k chips sit idle for lack of power: they earn nothing." when that is more than MATERIAL_IDLE of them, else null. */
export function idleNote(idle: number, units: number): string | null {
  if (units <= 0 || idle <= units * MATERIAL_IDLE) return null;
  return t('quarter.idleNote', { idle: f.count(idle), units: f.count(units) });
}

/**
 * Spare power only explains the efficiency part when it is material: more than 10% above what the chips need.
 * Efficiency divides compute by the larger of the two, so 917 MW for chips that need 910 MW costs under 1% of
 * it; below this share the sentence would blame a rounding error (and did, in quarters efficiency rose).
 */
export const MATERIAL_SURPLUS = 0.1;

/** True when the power online is materially more than the chips need (see MATERIAL_SURPLUS). */
export function materialSurplus(powerMw: number, fleetMw: number): boolean {
  return powerMw > fleetMw * (1 + MATERIAL_SURPLUS);
}

/**
 * The efficiency sentence: spare power when it is material, else which way the part moved and against what; a
 * fall with the numbers that moved (the company's own compute per MW, the measure's) when `playerId` is known.
 */
function efficiencyText(game: GameState, v: Extract<Cause, { code: 'efficiency' }>['values'], change: number, playerId?: string): string {
  // When efficiency rose, spare power is not what moved it: the surplus sentence only explains a fall.
  if (change <= 0 && materialSurplus(v.powerMw, v.fleetMw)) return t('quarter.cause.efficiencyPower', { power: f.mw(v.powerMw), fleet: f.mw(v.fleetMw) });
  if (change > 0) return t(v.yardstick ? 'quarter.cause.efficiencyUpYardstick' : 'quarter.cause.efficiencyUp');
  const move = playerId ? efficiencyMove(game, playerId) : null;
  if (move) return efficiencyMoveText(game, move);
  return t(v.yardstick ? 'quarter.cause.efficiencyYardstick' : 'quarter.cause.efficiency');
}

/**
 * The sentence on a quarter's biggest cause; `change` is what that part added to the score this quarter (tenths),
 * `playerId` whose quarter it is (to name their own chip).
 */
export function causeText(game: GameState, cause: Cause, change = 0, playerId?: string): string {
  switch (cause.code) {
    case 'idle': {
      const v = cause.values;
      // All the idle chips one kind: name it ("120k H100 sit idle"), else "chips".
      const what = v.sku && v.skuIdle === v.idle ? idleWhat(game, v.sku, playerId) : t('quarter.chips');
      const idle = f.count(v.idle);
      if (!v.sku) return t('quarter.cause.idlePast', { idle, what });
      // Power being built that only comes online after the last quarter runs nothing.
      if (v.building <= 0 || v.readyQuarter < 0 || v.readyQuarter >= game.scenario.quarters) {
        return t(powerCanStillArrive(game) ? 'quarter.cause.idleNoPower' : 'quarter.cause.idleToEnd', { idle, what });
      }
      const quarter = quarterLabel(game.scenario, v.readyQuarter);
      if (v.building >= v.idle) return t('quarter.cause.idleBuildingAll', { idle, what, quarter });
      return t('quarter.cause.idleBuilding', { idle, what, building: f.count(v.building), quarter });
    }
    case 'loss':
      return t('quarter.cause.loss', { change: f.money(Math.abs(cause.values.profitChange)), revenue: f.money(cause.values.revenue) });
    case 'marketRelative':
      return t(cause.values.yardstick ? 'quarter.cause.marketYardstick' : 'quarter.cause.marketRelative', { change: f.money(cause.values.profitChange), best: f.money(cause.values.bestChange) });
    case 'capability':
      return t(cause.values.yardstick ? 'quarter.cause.capabilityYardstick' : 'quarter.cause.capability', { deployed: f.count(cause.values.deployed), best: f.count(cause.values.best) });
    case 'independence':
      return t('quarter.cause.independence', { pct: cause.values.pct });
    case 'efficiency':
      return efficiencyText(game, cause.values, change, playerId);
    case 'steady':
      return t('quarter.cause.steady');
  }
}

/** "Q3–Q4 2025", "Q4 2024–Q1 2025" or "Q3 2025". */
export function quarterRange(game: GameState, from: number, to: number): string {
  const a = quarterLabel(game.scenario, from);
  const b = quarterLabel(game.scenario, to);
  if (from === to) return a;
  const ya = a.split(' ')[1];
  const yb = b.split(' ')[1];
  return ya === yb ? `${a.split(' ')[0]}\u2013${b}` : `${a}\u2013${b}`;
}

/** A place as the line says it: "6th" in English; German says "Platz 6", so just the number. */
export function ordinal(n: number): string {
  if (lang() === 'de') return String(n);
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** The detail after the part that cost the most: the numbers behind it (compute, profit, own chips, idle chips). */
function weakDetail(game: GameState, line: GameOverLine, w: WeakestPart): string {
  if (w.raw && w.part === 'capability') return t('over.detail.capabilityRaw', { mine: f.count(w.raw.mine), best: f.count(w.raw.best) });
  if (w.raw && w.part === 'market') return t('over.detail.marketRaw', { mine: f.money(w.raw.mine), best: f.money(w.raw.best) });
  // The engine's detail is about the same part: idle chips for efficiency, own chips' share for independence.
  if (line.part !== w.part) return '';
  if (line.detail.code === 'idle') return t('over.detail.idle', { idle: f.count(line.detail.values.idle), range: quarterRange(game, line.detail.values.from, line.detail.values.to) });
  if (line.detail.code === 'independence') return t('over.detail.independence', { pct: line.detail.values.pct });
  return '';
}

/**
 * The game-over line: "You finished 6th of 6: 46.1 against Microsoft’s par of 56.8, −10.7. The most points were
 * lost in capability: 48.6 of 100 against the game’s best 100.0 (Google), 5.51M against 11.3M H100e-quarters of
 * compute. Your last orders left $49.3B unspent: cash left at the end scores nothing." First what the standings rank
 * by (score, par, difference), then the parts in their 0–100 values, as the final table shows them.
 * `you` says it to the player; otherwise the company is named (hot seat).
 */
export function gameOverText(game: GameState, line: GameOverLine, you: boolean, team: string | null = null): string {
  const { main, unspent } = gameOverSentences(game, line, you, team);
  return unspent ? `${main} ${unspent}` : main;
}

/**
 * The game-over line's two sentences: place and cause, and the cash left unspent (null when not a lot; see
 * endCash), with the last quarter's revenue that makes it the cash shown at the end ("…left $7.27B unspent;
 * with the last quarter’s AI revenue of $937M you end with $8.2B in cash, which scores nothing").
 */
export function gameOverSentences(game: GameState, line: GameOverLine, you: boolean, team: string | null = null): { main: string; unspent: string | null } {
  // A class game's team is named with its company, "Azure Owls (Microsoft)", as everywhere else.
  const who = you ? t('over.you') : withTeam(companyOf(game.scenario, line.playerId)?.name ?? line.playerId, team);
  const cash = endCash(game, line.playerId);
  return { main: gameOverMain(game, line, who), unspent: cash === null ? null : unspentText(cash, you, who) };
}

function unspentText(cash: { left: number; revenue: number; end: number }, you: boolean, who: string): string {
  const values = { who, cash: f.money(cash.left), revenue: f.money(cash.revenue), end: f.money(cash.end) };
  if (cash.revenue <= 0) return t(you ? 'over.unspentYou' : 'over.unspent', values);
  return t(you ? 'over.unspentYouRevenue' : 'over.unspentRevenue', values);
}

/**
 * What the standings rank by, in the seat's own numbers: "48.2 against Microsoft’s par of 56.8, −8.6" (the final
 * score, the seat's par after the last quarter, and the difference; "on par" wherever it shows as 0.0, as in the
 * final table's "± par" column). The par is the score less the margin, as the engine ranked it.
 */
function parText(game: GameState, line: GameOverLine, margin: number): string {
  const company = companyOf(game.scenario, line.playerId)?.name ?? line.playerId;
  const diff = f.marginSign(margin) === 0 ? t('over.onPar') : f.margin(margin);
  return t('over.vsPar', { score: f.score(line.score), company, par: f.score(line.score - margin), margin: diff });
}

function gameOverMain(game: GameState, line: GameOverLine, who: string): string {
  const rank = line.rank === 1 ? t('over.rankWon', { who }) : t('over.rank', { who, place: ordinal(line.rank), of: line.of });
  const vsPar = line.margin === null ? t('over.points', { score: f.score(line.score) }) : parText(game, line, line.margin);
  if (!line.part) return t('over.lineNoPart', { rank, vsPar });
  if (line.good) return t('over.lineWin', { rank, vsPar, part: partName(line.part) });
  // Behind: the part that cost the most points against the game's best in it (the par has no parts).
  const weak = weakestPart(game, line.playerId);
  if (weak) {
    const leader = companyOf(game.scenario, weak.bestId)?.name ?? weak.bestId;
    return t('over.lineWeakest', { rank, vsPar, part: partName(weak.part), mine: f.score(weak.mine), best: f.score(weak.best), leader, detail: weakDetail(game, line, weak) });
  }
  if (line.vs) return t('over.lineNoPart', { rank, vsPar });
  const d = line.detail;
  const detail =
    d.code === 'idle'
      ? t('over.detail.idle', { idle: f.count(d.values.idle), range: quarterRange(game, d.values.from, d.values.to) })
      : d.code === 'capability'
        ? t(d.values.yardstick ? 'over.detail.capabilityYardstick' : 'over.detail.capability', { mine: f.count(d.values.computeQuarters), best: f.count(d.values.best) })
        : d.code === 'market'
          ? t(d.values.yardstick ? 'over.detail.marketYardstick' : 'over.detail.market', { mine: f.money(d.values.profit), best: f.money(d.values.best) })
          : d.code === 'independence'
            ? t('over.detail.independence', { pct: d.values.pct })
            : '';
  return t('over.line', { rank, vsPar, part: partName(line.part), gap: f.score(line.gap), detail });
}
