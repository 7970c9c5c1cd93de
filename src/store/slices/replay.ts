/**
 * The replay-viewer slice: opens a record (a file, a share link, a saved game) in the viewer, moves through
 * it, works out the bots' reasons the record does not carry, and branches a new game from any point.
 */
import { BOT_LEVELS, type BotLevel } from '../../ai/types';
import { decodeLinkPayload } from '../../replay/link';
import { parseRecordText, type ParsedRecord } from '../../replay/parse';
import type { GameRecord } from '../../replay/record';
import { actionError } from '../../engine/errors';
import type { RecordSource } from '../../replay/problems';
import { quarterStop, stepStop } from '../../replay/stops';
import { notice, refusedRecord } from '../notices';
import { buildReplay, missingRationales, type ReplayData } from '../replay-data';
import { latestSubmissions } from '../replay-cap';
import { newSaveId } from '../saves';
import type { StoreOps } from '../types';
import type { StoreContext } from './context';

type ReplayOps = Pick<StoreOps, 'importRecordText' | 'openLink' | 'replaySave' | 'replaySeek' | 'replayStep' | 'replayQuarter' | 'branchHere'>;

/** Builds the replay-viewer slice and registers `openReplay` on the context. */
export function replaySlice(ctx: StoreContext): ReplayOps {
  const { set, get, deps } = ctx;
  ctx.openReplay = (parsed: ParsedRecord, source: ReplayData['source']): boolean => {
    if (!parsed.ok) {
      ctx.notify(notice('error', 'openFailed', { problem: parsed.problem }));
      return false;
    }
    const b = buildReplay(get().scenarios, parsed.record, source, parsed.migratedFrom);
    if (!b.ok) {
      ctx.notify(notice('error', 'openFailed', { problem: b.problem }));
      return false;
    }
    ctx.generation++;
    set((s) => ({ replay: b.data, game: null, record: null, saveId: null, ui: { ...s.ui, screen: 'replay', botsThinking: false, resolving: false, lastError: null, notice: null } }));
    const last = b.data.stops[b.data.stops.length - 1];
    seek(quarterStop(b.data.stops, 0) ?? last?.at ?? 0);
    return true;
  };

  /** Works out the rationales of the bots' orders shown at the viewer's position (link records carry none). */
  const deriveRationales = (): void => {
    const d = get().replay;
    if (!d) return;
    // At most one request per bot and quarter: its latest submission (earlier ones were withdrawn), so a
    // record of thousands of submit/withdraw pairs asks the worker at most seats-many times.
    const todo = latestSubmissions(d, missingRationales(d));
    if (todo.length === 0) return;
    const marks: ReplayData['rationales'] = {};
    for (const t of todo) marks[String(t.index)] = (BOT_LEVELS as readonly string[]).includes(t.level) ? { kind: 'pending' } : { kind: 'none', why: `a ${t.level || 'unnamed'} bot gives no reasons` };
    set({ replay: { ...d, rationales: { ...d.rationales, ...marks } } });
    for (const t of todo) {
      if (!(BOT_LEVELS as readonly string[]).includes(t.level)) continue;
      deps.bots.think(t.state, t.action.playerId, t.level as BotLevel).then(
        (answer) => {
          const cur = get().replay;
          if (cur?.record !== d.record) return;
          const same = JSON.stringify(answer.orders) === JSON.stringify(t.action.orders);
          const v: ReplayData['rationales'][string] =
            same && answer.rationale ? { kind: 'ok', rationale: answer.rationale, derived: true } : { kind: 'none', why: same ? 'no reasons given' : 'these orders are not what the bot would send now' };
          set({ replay: { ...cur, rationales: { ...cur.rationales, [String(t.index)]: v } } });
        },
        (e: unknown) => {
          const cur = get().replay;
          if (cur?.record !== d.record) return;
          set({ replay: { ...cur, rationales: { ...cur.rationales, [String(t.index)]: { kind: 'none', why: `the bot could not think (${String(e)})` } } } });
        },
      );
    }
  };

  const seek = (at: number): void => {
    const d = get().replay;
    if (!d) return;
    const clamped = Math.max(0, Math.min(d.record.actions.length, Math.round(at)));
    set({ replay: { ...d, at: clamped } });
    deriveRationales();
  };

  return {
    importRecordText(text, fileName) {
      return ctx.openReplay(parseRecordText(text, fileName), { kind: 'file', name: fileName });
    },

    openLink(fragment) {
      return ctx.openReplay(decodeLinkPayload(fragment), { kind: 'link', name: 'shared link' });
    },

    async replaySave(id) {
      let text: string | null = null;
      try {
        text = await ctx.storage.load(id);
      } catch {
        text = null;
      }
      if (text === null) {
        ctx.notify(notice('error', 'unreadable', {}));
        return false;
      }
      const meta = get().saves.find((m) => m.id === id);
      const source: RecordSource = { kind: 'save', name: meta ? `${meta.scenarioTitle}, saved game` : 'saved game' };
      return ctx.openReplay(parseRecordText(text, source), source);
    },

    replaySeek(at) {
      seek(at);
    },

    replayStep(dir, unit = 'phase') {
      const d = get().replay;
      if (!d) return;
      if (unit === 'phase') return seek(stepStop(d.stops, d.at, dir));
      const q = d.states[d.at]?.quarter ?? 0;
      const target = quarterStop(d.stops, q + dir);
      if (target !== null) seek(target);
      else seek(dir > 0 ? d.record.actions.length : 0);
    },

    replayQuarter(q) {
      const d = get().replay;
      const target = d ? quarterStop(d.stops, q) : null;
      if (target !== null) seek(target);
    },

    branchHere(seats) {
      const d = get().replay;
      const state = d?.states[d.at];
      if (!d || !state) return actionError('NO_REPLAY', {});
      if (state.phase === 'gameOver') return actionError('BRANCH_AT_END', {});
      // While orders are open, go back to the quarter's start so every seat decides afresh.
      let cut = d.at;
      if (state.phase === 'orders') cut = d.stops.filter((s) => s.at <= d.at && s.kind === 'orders').pop()?.at ?? 0;
      const resolved = d.record.actions.slice(0, cut).filter((a) => a.type === 'resolveQuarter').length;
      const rationales: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(d.record.rationales ?? {})) if (Number(k) < cut) rationales[k] = v;
      const at = ctx.now();
      const record: GameRecord = {
        ...d.record,
        seats: d.record.seats.map((s) => seats.find((x) => x.playerId === s.playerId) ?? s),
        actions: d.record.actions.slice(0, cut),
        checkpoints: d.record.checkpoints.slice(0, resolved),
        createdAt: at.toISOString(),
        // The scenario this replay runs on, whether it came from the build, the file or its snapshot.
        scenarioSnapshot: state.scenario,
      };
      if (Object.keys(rationales).length > 0) record.rationales = rationales;
      else delete record.rationales;
      const err = ctx.playRecord(record, newSaveId(at, ctx.random));
      return err ? refusedRecord(err) : null;
    },
  };
}
