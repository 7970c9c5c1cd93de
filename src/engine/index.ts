/** The engine's public API: pure rules, no rendering, no I/O. */
export * from './types';
export { ENGINE_VERSION } from './version';
export { createGame } from './setup';
export { applyAction } from './apply';
export { viewFor, stateFromView, type PlayerView, type PublicPlayer } from './view';
export { stateHash, scenarioHash } from './hash';
export { validateOrders, committedCost, ordersSpend, runningCosts, emptyOrders, normalizeOrders, MAX_UNITS, MAX_PRICE, MAX_MONEY, MAX_MW } from './orders';
export { exportStatus, exportStatusFor, activeRules, type ExportStatus, type Buyer } from './export-rules';
export { quarterLabel, quarterOf } from './time';
export { DEFAULT_ASSET_LIFE_QUARTERS, depreciation, finalStandings, parTenths, profitOf, type Standing } from './scoring';
export { carriedSupply, demandTranches, effectiveSupply, PRIMARY_VENDOR, type DemandTranche } from './market';
export { effectivePool } from './economy';
export { mwNeeded } from './power';
export { stageCost } from './silicon';
export { clearAuction, type AuctionBid, type AuctionResult } from './auction';
export { openRng, rngFromSeed, seedState, type Rng } from './rng';
export { greyPrice } from './orders';
export { rank } from './scoring';
