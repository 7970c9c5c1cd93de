/** The engine's public API: pure rules, no rendering, no I/O. */
export * from './types';
export { ENGINE_VERSION } from './version';
export { createGame } from './setup';
export { applyAction } from './apply';
export { viewFor, type PlayerView, type PublicPlayer } from './view';
export { stateHash, scenarioHash } from './hash';
export { validateOrders, committedCost, emptyOrders } from './orders';
export { exportStatus, activeRules, type ExportStatus } from './export-rules';
export { quarterLabel } from './time';
export { finalStandings, type Standing } from './scoring';
