/**
 * The UI slice: the menu, drafts, the selected company, notices, the language, the facilitator view and the
 * hot seat's hand-over, and the current record as a file or a share link. UI state only: no rules here.
 */
import { teamNames, teamsPart } from '../../replay/team-name';
import { quarterLabel } from '../../engine';
import { linkFragment } from '../../replay/link';
import type { GameRecord } from '../../replay/record';
import { revealKey, revealShown, revealTotal } from '../facilitator';
import { handoffKey, seatAwaitingHandoff } from '../hotseat';
import { linkNeedsScenario, readScenarioFile, withLoaded } from '../scenario-file';
import type { StoreOps } from '../types';
import type { StoreContext } from './context';

type UiOps = Pick<
  StoreOps,
  'showMenu' | 'loadScenarioText' | 'setDraft' | 'selectCompany' | 'exportRecord' | 'shareFragment' | 'dismissNotice' | 'showNotice' | 'setLanguage' | 'setFacilitator' | 'revealMore' | 'takeDevice'
>;

/** Builds the UI slice. */
export function uiSlice(ctx: StoreContext): UiOps {
  const { set, get } = ctx;
  const currentRecord = (): GameRecord | null => get().record ?? get().replay?.record ?? null;
  return {
    showMenu(step = 'landing') {
      ctx.booted = true;
      ctx.generation++;
      if (get().saveId) ctx.setSession(null);
      set((s) => ({ game: null, record: null, saveId: null, replay: null, ui: { ...s.ui, screen: 'menu', menuStep: step, drafts: {}, botsThinking: false, resolving: false, lastError: null, staleGame: null } }));
      void ctx.refreshSaves();
    },

    loadScenarioText(text, fileName) {
      const r = readScenarioFile(text, fileName);
      if (r.ok) set((s) => ({ scenarios: withLoaded(s.scenarios, r.entry) }));
      return r;
    },

    setDraft(playerId, draft) {
      set((s) => ({ ui: { ...s.ui, drafts: { ...s.ui.drafts, [playerId]: draft } } }));
    },

    selectCompany(playerId) {
      set((s) => ({ ui: { ...s.ui, selectedCompany: playerId } }));
      if (get().saveId) ctx.setSession(get().saveId);
    },

    exportRecord() {
      const r = currentRecord();
      if (!r) return null;
      const state = get().game ?? get().replay?.states[get().replay?.at ?? 0];
      const where = state ? `-${quarterLabel(state.scenario, state.quarter).replace(/\s+/g, '')}` : '';
      const seed = r.seed.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 24) || 'seed';
      // A class game's file carries its team names, so each group's file has its own name.
      return { fileName: `gpurace-${r.scenario.id}-${seed}${teamsPart(teamNames(r.seats))}${where}.gpurace.json`, text: `${JSON.stringify(r, null, 1)}\n` };
    },

    shareFragment() {
      const r = currentRecord();
      return r ? linkFragment(r, linkNeedsScenario(get().scenarios, r)) : null;
    },

    dismissNotice() {
      set((s) => ({ ui: { ...s.ui, notice: null } }));
    },

    showNotice(n) {
      set((s) => ({ ui: { ...s.ui, notice: n } }));
    },

    setLanguage(language) {
      if (get().ui.language !== language) set((s) => ({ ui: { ...s.ui, language } }));
    },

    setFacilitator(on) {
      set((s) => ({ ui: { ...s.ui, facilitator: { ...s.ui.facilitator, on } } }));
    },

    revealMore(all = false) {
      const s = get();
      if (s.ui.screen !== 'reveal') return;
      const total = revealTotal(s);
      const reveal = { key: revealKey(s), shown: all ? total : Math.min(total, revealShown(s) + 1) };
      set((x) => ({ ui: { ...x.ui, facilitator: { ...x.ui.facilitator, reveal } } }));
    },

    takeDevice(playerId) {
      const s = get();
      if (seatAwaitingHandoff(s)?.playerId !== playerId) return;
      set((x) => ({ ui: { ...x.ui, handoff: handoffKey(x, playerId), selectedCompany: playerId } }));
    },
  };
}
