import { computeOf } from './compute';
import { MAX_STATE_MONEY, clampInt } from './limits';
import { indexOf } from './lookup';
import { tick } from './steps';
import type { Rng } from './rng';
import type { EventEffect, GameState, Modifier, NewsItem, PlayerState, ScenarioEvent } from './types';

function targets(state: GameState, target: string): number[] {
  if (target === 'all') return state.players.map((_, i) => i);
  if (target === 'leader') {
    let best = -1;
    let bestValue = -1;
    state.players.forEach((p, i) => {
      const v = computeOf(state, i, p).total;
      if (v > bestValue) {
        best = i;
        bestValue = v;
      }
    });
    // Nobody leads while nobody runs any compute.
    return best >= 0 && bestValue > 0 ? [best] : [];
  }
  const i = indexOf(state.scenario).companyIndex.get(target);
  return i === undefined ? [] : [i];
}

/** Applies one effect to a draft state (players and lists already copied by the caller). */
function applyEffect(state: GameState, effect: EventEffect): void {
  const q = state.quarter;
  switch (effect.kind) {
    case 'supply':
      state.modifiers.push({ kind: 'supply', sku: effect.sku, pct: effect.pct, untilQuarter: q + effect.quarters });
      break;
    case 'revenuePool':
      state.modifiers.push({ kind: 'revenuePool', pct: effect.pct, untilQuarter: q + effect.quarters });
      break;
    case 'foundryAccess':
      state.modifiers.push({ kind: 'foundryAccess', region: effect.region, pct: effect.pct, untilQuarter: q + effect.quarters });
      break;
    case 'powerDelay': {
      const idx = indexOf(state.scenario);
      state.players = state.players.map((p) => {
        const region = idx.company.get(p.id)?.region;
        if (effect.region !== null && region !== effect.region) return p;
        return { ...p, projects: p.projects.map((pr) => ({ ...pr, readyQuarter: pr.readyQuarter + effect.quarters })) };
      });
      break;
    }
    case 'relationship':
      for (const i of targets(state, effect.target)) {
        const p = state.players[i] as PlayerState;
        state.players[i] = { ...p, relationship: Math.max(0, Math.min(100, p.relationship + effect.delta)) };
      }
      break;
    case 'openPartnership':
      if (!state.openPartnerships.includes(effect.partnershipId) && !state.takenPartnerships.includes(effect.partnershipId)) {
        state.openPartnerships.push(effect.partnershipId);
      }
      break;
    case 'news':
      break;
    default: {
      const never: never = effect;
      return never;
    }
  }
}

/** Applies an event's effects and puts it in the news feed (draft state). */
export function applyEvent(state: GameState, event: ScenarioEvent, kind: NewsItem['kind']): void {
  state.players = state.players.slice();
  state.modifiers = state.modifiers.slice();
  state.openPartnerships = state.openPartnerships.slice();
  tick(event.effects.length + 1);
  for (const e of event.effects) applyEffect(state, e);
  state.news = [...state.news, { quarter: state.quarter, eventId: event.id, kind }];
}

/** Draws at most one card from the event deck: weighted, never a card already drawn, never before its quarter. */
export function drawDeckCard(state: GameState, rng: Rng): void {
  const deck = state.scenario.eventDeck;
  if (deck.cards.length === 0 || !rng.chance(deck.drawPct)) return;
  const drawn = new Set(state.news.filter((n) => n.kind !== 'scheduled').map((n) => n.eventId));
  tick(deck.cards.length + state.news.length);
  const eligible = deck.cards.filter((c) => c.fromQuarter <= state.quarter && !drawn.has(c.id) && c.weight > 0);
  const total = eligible.reduce((s, c) => s + c.weight, 0);
  if (total <= 0) return;
  let pick = rng.next() * total;
  for (const card of eligible) {
    pick -= card.weight;
    if (pick < 0) {
      applyEvent(state, card, 'deck');
      return;
    }
  }
}

/** Start of quarter: budget arrives, expired modifiers go, partnerships open, scheduled events apply, the deck may draw. */
export function briefing(state: GameState, rng: Rng): void {
  const q = state.quarter;
  const idx = indexOf(state.scenario);
  state.players = state.players.map((p) => {
    const c = idx.company.get(p.id);
    return { ...p, cash: clampInt(p.cash + (c?.budget[q] ?? 0), MAX_STATE_MONEY) };
  });
  state.modifiers = state.modifiers.filter((m: Modifier) => m.untilQuarter > q);
  const open = state.openPartnerships.filter((id) => !state.takenPartnerships.includes(id));
  for (const p of state.scenario.partnerships) {
    if (!p.byEventOnly && p.availableFrom <= q && !open.includes(p.id) && !state.takenPartnerships.includes(p.id)) open.push(p.id);
  }
  state.openPartnerships = open;
  for (const ev of state.scenario.events) if (ev.quarter === q) applyEvent(state, ev, 'scheduled');
  drawDeckCard(state, rng);
}
