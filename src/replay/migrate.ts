/**
 * Migrations between record formats. Each step takes a record already checked against its own format's
 * schema and returns the next format's; `migrateRecord` chains them up to RECORD_FORMAT.
 */
import type { Action } from '../engine';
import type { Checkpoint, GameRecord, Seat } from './record';

/** A format-1 record, as the first layout wrote it. */
export interface RecordV1 {
  format: 'gpurace-record';
  formatVersion: 1;
  engineVersion: number;
  scenario: { id: string; hash: string };
  seed: string;
  seats: { playerId: string; kind: 'human' | 'bot'; level?: string }[];
  actions: Action[];
  checkpoints: Checkpoint[];
  rationales?: Record<string, unknown>;
}

/**
 * Format 1 -> 2: format 1 had no start date, and a bot seat could leave its level out (the only bots
 * then were the CLI's baseline bots, so that is what a missing level meant).
 */
export function migrateV1(r: RecordV1): GameRecord {
  const seats: Seat[] = r.seats.map((s) => (s.kind === 'bot' ? { playerId: s.playerId, kind: 'bot', level: s.level ?? 'baseline' } : { ...s }));
  const out: GameRecord = {
    format: 'gpurace-record',
    formatVersion: 2,
    engineVersion: r.engineVersion,
    scenario: { ...r.scenario },
    seed: r.seed,
    seats,
    actions: r.actions,
    checkpoints: r.checkpoints,
    createdAt: null,
  };
  if (r.rationales) out.rationales = r.rationales;
  return out;
}
