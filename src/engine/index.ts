/** The engine's public API: pure rules, no rendering, no I/O. */
export * from './types';
export { ENGINE_VERSION } from './version';
export { createGame } from './setup';
export { applyAction } from './apply';
export { viewFor, stateFromView, type PlayerView, type PublicPlayer } from './view';
export { stateHash, scenarioHash } from './hash';
export { validateOrders, committedCost, ordersSpend, runningCosts, emptyOrders, normalizeOrders, MAX_UNITS, MAX_PRICE, MAX_MONEY, MAX_MW } from './orders';
export { exportStatus, exportStatusFor, activeRules, ruleModes, ruleIssuer, DEFAULT_ISSUER, type ExportStatus, type Buyer } from './export-rules';
export { quarterLabel, quarterOf } from './time';
export { finalStandings, parTenths, type Standing } from './scoring';
export { effectiveSupply, PRIMARY_VENDOR } from './market';
export { effectivePool } from './economy';
export { mwNeeded } from './power';
export { stageCost } from './silicon';
export { clearAuction, type AuctionBid, type AuctionResult } from './auction';
export { openRng, rngFromSeed, seedState, type Rng } from './rng';
export { greyPrice, greyCatchPct, greyFine } from './grey';
export { rank } from './scoring';
