/**
 * The game's data types: scenario (static input), game state (plain JSON), actions and orders.
 * Money is integer US dollars, chips integer units, power integer MW, time in quarters (0 = the scenario's first).
 */
import type { ActionError } from './errors';

/** A text in both shipped languages. */
export interface LocalizedText {
  en: string;
  de: string;
}

/** Which customers an export rule binds: by region (US, CN, ...) and/or by export tier (T1, T2, T3). */
export interface RuleDestinations {
  regions: string[];
  tiers: string[];
}

/** Which SKUs an export rule catches: any threshold hit, or a SKU named outright. */
export interface RuleCatches {
  /** A SKU is caught if tpp >= tppMin and (densityMin absent or density >= densityMin). */
  thresholds: { tppMin: number; densityMin?: number }[];
  /** Thresholds apply only to SKUs of these vendors (US-origin parts); empty = every vendor. */
  vendors: string[];
  /** SKUs caught by name. A rule that names a SKU overrides threshold rules for it. */
  skus: string[];
}

/** What an export rule does to a caught SKU for a bound buyer. */
export type RuleMode =
  | { kind: 'banned' }
  | { kind: 'licence'; approvalPct: number }
  | { kind: 'revenueShare'; pct: number }
  | { kind: 'cap'; unitsPerQuarter: number };

/**
 * An export-control rule, in force from `effectiveQuarter` until `endQuarter` (exclusive) if given. What it
 * does is `modes` (several at once combine: a licence AND a revenue share) or, in files written before modes
 * could combine, the single `mode`; exactly one of the two is given (use `ruleModes` to read them).
 */
export interface ExportRule {
  id: string;
  name: LocalizedText;
  /** The state that issues the rule (a region code such as US or CN); absent = US. */
  issuer?: string;
  effectiveQuarter: number;
  endQuarter?: number;
  destinations: RuleDestinations;
  catches: RuleCatches;
  /** One mode (the older form; still read). */
  mode?: RuleMode;
  /** Modes that apply together, at most one of each kind. */
  modes?: RuleMode[];
  source: string;
}

/** One accelerator product sold in the sealed-bid market. */
export interface SkuSpec {
  id: string;
  name: string;
  vendor: string;
  /** Compute relative to an H100 (H100 = 1). */
  h100e: number;
  watts: number;
  listPrice: number;
  /** Total processing performance (BIS definition). */
  tpp: number;
  /** Performance density = TPP / die area (mm^2). */
  density: number;
  /** Multi-instance GPU: raises revenue yield per unit. */
  mig: boolean;
  availableFrom: number;
  /** Regions the vendor sells to; empty = every region (e.g. Huawei's Ascend: only CN). */
  soldTo: string[];
  /** Units offered per quarter, indexed by quarter; missing quarters mean 0. */
  supply: number[];
  /** Field name -> source ids that back the number (scenario files must have it; the engine ignores it). */
  cite?: Record<string, string[]>;
}

/** Buyers outside the game who bid for the same supply. */
export interface OtherDemand {
  id: string;
  name: string;
  sku: string;
  /** Units wanted per quarter, indexed by quarter (at the curve's lowest price, or at maxPrice without a curve). */
  quantity: number[];
  /** The highest price per unit any of the block's buyers pays. */
  maxPrice: number;
  /**
   * Optional demand curve: each point is a share (pct of the quarter's quantity) wanted at up to `price`, so
   * fewer units are wanted the higher the price goes. The pcts add up to 100; every price is at most maxPrice.
   * Absent = one point, all of the quantity at maxPrice (a fixed block, as older files have it).
   */
  curve?: { price: number; pct: number }[];
  /** Standing with the vendor, 0..100, for ties. */
  relationship: number;
  /** Where the buyers are, so export rules bind them too (e.g. CN); absent = bound by no rule. */
  region?: string;
  /** Field name -> source ids that back the number (scenario files must have it; the engine ignores it). */
  cite?: Record<string, string[]>;
}

/** A custom silicon programme's stages, in order. */
export const SILICON_STAGES = ['none', 'design', 'tapeout', 'ramp', 'volume'] as const;
/** A stage of a custom silicon programme. */
export type SiliconStage = (typeof SILICON_STAGES)[number];

/** A company's own accelerator (TPU, Trainium, MTIA, Maia, ...). */
export interface SiliconSpec {
  name: string;
  h100e: number;
  watts: number;
  unitCost: number;
  mig: boolean;
  startStage: SiliconStage;
  /** Dollars already invested towards the next stage. */
  startProgress: number;
  /** Units of the company's own chip already in service at the start. */
  startFleet: number;
}

/** How a bot plays: each trait 0..100. */
export interface Personality {
  bidAggression: number;
  siliconFocus: number;
  powerPlanning: number;
  cashReserve: number;
  greyMarketAppetite: number;
}

/** A company at the scenario's start. */
export interface CompanySpec {
  id: string;
  name: string;
  initial: string;
  /** One or two characters in the company's swatch; absent = derived from name and initial (src/scenario/badge.ts). */
  badge?: string;
  color: string;
  region: string;
  tier: string;
  cash: number;
  /** Capex budget added at the start of each quarter, indexed by quarter. */
  budget: number[];
  fleet: Record<string, number>;
  powerMw: number;
  powerUnderConstruction: { mw: number; readyQuarter: number }[];
  nvidiaRelationship: number;
  silicon: SiliconSpec;
  personality: Personality;
  /** Real purchases the calibration compares against: SKU-group name -> units (e.g. hopper2024). */
  calibration?: Record<string, number>;
  /** Field name -> source ids that back the number. */
  cite: Record<string, string[]>;
}

/** An effect of a news event on the game. */
export type EventEffect =
  | { kind: 'supply'; sku: string; pct: number; quarters: number }
  | { kind: 'revenuePool'; pct: number; quarters: number }
  | { kind: 'powerDelay'; region: string | null; quarters: number }
  | { kind: 'relationship'; target: string; delta: number }
  | { kind: 'foundryAccess'; region: string; pct: number; quarters: number }
  | { kind: 'openPartnership'; partnershipId: string }
  | { kind: 'news' };

/** A dated news item with its effects. */
export interface ScenarioEvent {
  id: string;
  headline: LocalizedText;
  body: LocalizedText;
  source: string;
  effects: EventEffect[];
}

/** An event scheduled for a given quarter. */
export interface ScheduledEvent extends ScenarioEvent {
  quarter: number;
  /** The real date, for the news feed (ISO yyyy-mm-dd). */
  date?: string;
}

/** A card of the random event deck. */
export interface DeckCard extends ScenarioEvent {
  weight: number;
  /** Earliest quarter the card may be drawn. */
  fromQuarter: number;
}

/** A deal the scenario offers: an AI lab wants compute, or a chipmaker sells priority. */
export type PartnershipSpec =
  | {
      id: string;
      kind: 'aiLab';
      name: string;
      availableFrom: number;
      /** Opened only by an event (openPartnership) if true. */
      byEventOnly: boolean;
      /** Deployed H100e reserved for the lab each quarter. */
      computeH100e: number;
      revenuePerQuarter: number;
      quarters: number;
      /** Fine per quarter of shortfall, charged pro rata to the missing compute. */
      shortfallPenalty: number;
      cite?: Record<string, string[]>;
    }
  | {
      id: string;
      kind: 'chipmaker';
      name: string;
      availableFrom: number;
      byEventOnly: boolean;
      vendor: string;
      prepayment: number;
      /** Units per quarter filled ahead of price order (at a price at least list). */
      priorityUnits: number;
      quarters: number;
      cite?: Record<string, string[]>;
    };

/** The sealed-bid market's settings. */
export interface MarketRules {
  pricing: 'uniform' | 'payAsBid';
  /** AI revenue shared by deployed compute, per quarter (USD). */
  revenuePool: number[];
  /** Revenue weight of a MIG-capable chip relative to one without (e.g. 1.15). */
  migYield: number;
  maxBidsPerSku: number;
}

/** Power construction and running costs. */
export interface PowerRules {
  costPerMw: number;
  leadQuarters: number;
  opexPerMwPerQuarter: number;
  /** Facility watts per chip watt (hosts, networking, cooling): 2.2 means a 700 W chip draws 1,540 W. */
  overhead: number;
  /**
   * The fast, dear option: on-site generation (gas turbines, engines) that comes online sooner than a grid
   * connection. Absent = 2.5x the grid's cost per MW, 2x its running cost, one quarter's lead (see docs).
   */
  onsite?: OnsitePowerRules;
}

/** On-site generation: built faster than a grid connection, at a higher cost to build and to run. */
export interface OnsitePowerRules {
  costPerMw: number;
  leadQuarters: number;
  opexPerMwPerQuarter: number;
}

/** Foundry capacity booked ahead: a deposit now, the balance on delivery `leadQuarters` later. */
export interface FoundryBookingRules {
  /** Quarters from booking to delivery (0 = delivered in the quarter booked). */
  leadQuarters: number;
  /** Non-refundable deposit per unit booked, percent of the unit cost, paid when booking. */
  depositPct: number;
  /** In volume, a quarter's booking may be at most this percent above the largest booking granted before (never below rampCap). Absent = 50. */
  growthPct?: number;
}

/** Custom silicon programme rules. */
export interface SiliconRules {
  /** Dollars needed to finish design, tape-out and ramp (to reach the next stage). */
  stageCost: { design: number; tapeout: number; ramp: number };
  /** Chance (percent) that a stage completion slips a quarter (a respin). */
  setbackPct: number;
  /** Units a ramping programme may produce per quarter. */
  rampCap: number;
  /** Custom-chip units the foundry and packaging pool can make per quarter (booked ahead; new bookings share what is left pro rata). */
  foundryPool: number[];
  /** How capacity is booked. Absent = 2 quarters ahead with a 25% deposit (see docs). */
  booking?: FoundryBookingRules;
}

/** Grey-market purchases of restricted chips. */
export interface GreyMarketRules {
  enabled: boolean;
  premiumPct: number;
  maxUnitsPerQuarter: number;
  catchPct: number;
  /** Fine as a percent of the grey-market spend. */
  finePct: number;
  relationshipLoss: number;
  entityListQuarters: number;
  /**
   * Units at which the chance of being caught is `catchPct`; the chance grows in proportion to the units a
   * buyer takes in a quarter, up to `catchMaxPct`. Absent = the chance is `catchPct` whatever the volume.
   */
  catchRefUnits?: number;
  /** Highest chance (percent) of being caught, however large the shipment; absent = 100. */
  catchMaxPct?: number;
}

import type { ScoringRules } from './scoring-rules';
export type { ScoreReference, ScoringRules } from './scoring-rules';

/** A citation for real-world numbers. */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  url?: string;
  date?: string;
  /** R = company report, E = analyst estimate, D = derived, A = game-balance assumption. */
  kind: 'R' | 'E' | 'D' | 'A' | '?';
}

/** Classroom material carried by a scenario. */
export interface Classroom {
  goals: LocalizedText[];
  questions: LocalizedText[];
}

/** A whole scenario: everything static that a game needs. */
export interface Scenario {
  $schema?: string;
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  startYear: number;
  /** 1..4 */
  startQuarter: number;
  quarters: number;
  skus: SkuSpec[];
  companies: CompanySpec[];
  otherDemand: OtherDemand[];
  exportRules: ExportRule[];
  events: ScheduledEvent[];
  eventDeck: { drawPct: number; cards: DeckCard[] };
  partnerships: PartnershipSpec[];
  market: MarketRules;
  power: PowerRules;
  silicon: SiliconRules;
  greyMarket: GreyMarketRules;
  scoring: ScoringRules;
  /** SKU groups for reports and calibration (e.g. hopper: [H100, H200, H20]). */
  skuGroups: Record<string, string[]>;
  classroom: Classroom;
  /** Rule-field path (e.g. "market.revenuePool", "power.costPerMw") -> source ids that back the number (scenario files must have it). */
  cite?: Record<string, string[]>;
  sources: Source[];
  /** The vendor whose open-market sales build a company's relationship (`nvidiaRelationship`); absent = NVIDIA, 25,000 units a point. */
  relationship?: RelationshipRules;
  /** Words and looks for the UI (who stands behind the wall, blocs, vendor colours, the menu's lead); absent = derived defaults. */
  presentation?: Presentation;
}

/** Which vendor a company's relationship is with, and how many units bought earn a point. */
export interface RelationshipRules {
  vendor: string;
  /** Units bought from the vendor (open market) that earn one point; absent = 25,000. */
  unitsPerPoint?: number;
}

/** A vendor's look: its colour on the board and charts, and the prefix cut from its SKU names. */
export interface VendorLook {
  name: string;
  /** #rrggbb; absent = a stable colour derived from the name (the relationship vendor: green). */
  color?: string;
  /** Cut from the start of its SKU names on the board ("AMD Instinct MI300X" -> "MI300X"); absent = the vendor's name. */
  prefix?: string;
}

/** A group of regions compared in the debrief (e.g. "US and allies"). */
export interface Bloc {
  name: LocalizedText;
  regions: string[];
}

/** Scenario-specific words and looks for the UI; every field optional (absent = a default derived from the scenario). */
export interface Presentation {
  /** The menu's lead line for this scenario. */
  lead?: LocalizedText;
  /** The par tooltip's second sentence (why seats start unequal). */
  parHint?: LocalizedText;
  /** Regions drawn behind the export wall; absent = the regions (and tiers) any export rule binds. */
  walled?: string[];
  /** Region codes -> names ("RU" -> Russia); absent = the code (US, CN and a few others have names built in). */
  regionNames?: Record<string, LocalizedText>;
  /** Blocs the debrief compares; absent = one line per home region. */
  blocs?: Bloc[];
  /** Vendor colours and name prefixes. */
  vendors?: VendorLook[];
}

// ---------------------------------------------------------------- orders and actions

/** One sealed bid. */
export interface Bid {
  sku: string;
  quantity: number;
  maxPrice: number;
}

/** A grey-market purchase of a chip an export rule denies this buyer. */
export interface GreyOrder {
  sku: string;
  quantity: number;
}

/** Everything a company decides in a quarter. */
export interface Orders {
  bids: Bid[];
  siliconInvestment: number;
  /** Own-chip units booked at the foundry this quarter, delivered `silicon.booking.leadQuarters` later. */
  customOrder: number;
  /** MW of grid-connected power to build (slow: `power.leadQuarters`). */
  powerBuild: number;
  /** MW of on-site generation to build (fast and dear: `power.onsite`); absent = 0. */
  powerFast?: number;
  greyMarket: GreyOrder[];
  /** Id of a partnership offer to take, or null. */
  partnership: string | null;
  /**
   * Sealed bid for that offer: dollars paid once, on top of any prepayment, if this company wins the deal
   * (highest bid wins; ties by relationship, then a draw; a loser pays nothing). Absent = 0.
   */
  dealBid?: number;
}

/** The actions the engine accepts. */
export type Action =
  | { type: 'submitOrders'; playerId: string; orders: Orders }
  | { type: 'withdrawOrders'; playerId: string }
  | { type: 'resolveQuarter' }
  | { type: 'advance' }
  | { type: 'injectEvent'; cardId: string };

export type { ActionError, ActionErrorCode, ErrorValues } from './errors';

/** The result of applyAction. */
export type ActionResult = { ok: true; state: GameState } | { ok: false; error: ActionError };

// ---------------------------------------------------------------- state

/** The quarter's phase. */
export type Phase = 'orders' | 'reveal' | 'gameOver';

/** A temporary change applied by an event, until `untilQuarter` (exclusive). */
export type Modifier =
  | { kind: 'supply'; sku: string; pct: number; untilQuarter: number }
  | { kind: 'revenuePool'; pct: number; untilQuarter: number }
  | { kind: 'foundryAccess'; region: string; pct: number; untilQuarter: number };

/** Custom silicon programme state. */
export interface SiliconState {
  stage: SiliconStage;
  progress: number;
  invested: number;
  /** The largest foundry booking granted so far (units; a programme that starts in volume starts from a quarter of its fleet): bookings grow from it by at most `booking.growthPct` a quarter. */
  bookedPeak: number;
}

/** A power project under way. */
export interface PowerProject {
  mw: number;
  readyQuarter: number;
  /** On-site generation (runs at the on-site running cost) rather than a grid connection. */
  onsite: boolean;
}

/** Own-chip units booked at the foundry, delivered (and the balance paid) in `dueQuarter`. */
export interface FoundryBooking {
  units: number;
  dueQuarter: number;
  /** Dollars still due per unit on delivery (unit cost less the deposit). */
  unitBalance: number;
}

/** A partnership a company holds. */
export interface Contract {
  partnershipId: string;
  kind: 'aiLab' | 'chipmaker';
  startQuarter: number;
  endQuarter: number;
  /** Prepayment left to spend on the vendor's chips (chipmaker deals). */
  credit: number;
}

/** A company during the game. */
export interface PlayerState {
  id: string;
  cash: number;
  /** Units owned per SKU id (own silicon under the key `custom`). */
  fleet: Record<string, number>;
  /** Units running per SKU id, set at each resolution. */
  deployed: Record<string, number>;
  powerMw: number;
  /** The part of `powerMw` that is on-site generation (dearer to run). */
  onsiteMw: number;
  projects: PowerProject[];
  /** Foundry bookings not yet delivered. */
  bookings: FoundryBooking[];
  silicon: SiliconState;
  relationship: number;
  /** Banned from vendor bids until this quarter (exclusive); 0 = never listed. */
  entityListUntil: number;
  contracts: Contract[];
  /** Running totals for scoring. */
  totals: {
    computeQuarters: number;
    revenue: number;
    spend: number;
    /** Running costs over the game: power opex, fines, penalties (spend that buys no asset). */
    running: number;
    /** Capital spend over the game: chips, power builds, silicon investment and own-chip orders, prepayments. */
    capex: number;
    /** Capital written off so far (depreciation, see ScoringRules.assetLifeQuarters); capex less this is book value. */
    writtenOff: number;
    /** Units bought per SKU over the game. */
    bought: Record<string, number>;
  };
}

/** One bid as revealed after resolution. */
export interface RevealedBid {
  bidder: string;
  /** True for blocks of other demand. */
  other: boolean;
  sku: string;
  quantity: number;
  maxPrice: number;
  filled: number;
  paid: number;
  /** Why a bid was not (fully) filled or was dropped. */
  note: 'filled' | 'partial' | 'outbid' | 'belowList' | 'licenceDenied' | 'banned' | 'priority' | 'entityList';
}

/** The market outcome of one SKU in one quarter. */
export interface SkuClearing {
  sku: string;
  supply: number;
  sold: number;
  clearingPrice: number;
  bids: RevealedBid[];
}

/** Per-company metrics snapshot for a quarter. */
export interface PlayerMetrics {
  playerId: string;
  cash: number;
  revenue: number;
  spend: number;
  opex: number;
  /** Profit so far: AI revenue less running costs and depreciation of capital spend (what the market part scores). */
  profit: number;
  /** Facility MW the whole fleet would draw if every chip ran (idle chips included). */
  fleetMw: number;
  units: number;
  deployedUnits: number;
  idleUnits: number;
  /** Deployed compute, whole H100e. */
  deployedH100e: number;
  ownSiliconH100e: number;
  powerMw: number;
  boughtUnits: Record<string, number>;
  greyUnits: number;
  caught: boolean;
  siliconStage: SiliconStage;
  /** Score in tenths of a point (0..1000), and its parts in tenths (each 0..1000 before weighting). */
  score: number;
  parts: ScoreParts;
}

/** Score parts, each 0..1000 (tenths of a point on a 0..100 scale). */
export interface ScoreParts {
  capability: number;
  market: number;
  independence: number;
  efficiency: number;
}

/** What happened in one quarter, kept for reveal, debrief and replay checks. */
export interface QuarterRecord {
  quarter: number;
  clearing: SkuClearing[];
  /** Sealed orders as submitted, by player order. */
  orders: { playerId: string; orders: Orders }[];
  metrics: PlayerMetrics[];
  notes: ResolutionNote[];
  revenuePool: number;
  revenuePaid: number;
  /** stateHash of the game right after this quarter resolved: the replay checkpoint. */
  stateHash: string;
}

/** A structured note from resolution, for the news feed (code + numbers, translated by the UI). */
export interface ResolutionNote {
  code:
    | 'siliconAdvanced'
    | 'siliconSetback'
    | 'partnershipWon'
    | 'partnershipLost'
    | 'greyCaught'
    | 'greyBought'
    | 'powerOnline'
    | 'labShortfall'
    | 'foundryShort'
    | 'foundryBooked'
    | 'foundryDelivered'
    | 'licenceDenied'
    | 'powerMothballed';
  playerId: string;
  values: Record<string, number | string>;
}

/** A news item that reached the feed. */
export interface NewsItem {
  quarter: number;
  eventId: string;
  kind: 'scheduled' | 'deck' | 'injected';
}

/** The whole game state: plain JSON, no classes. */
export interface GameState {
  engineVersion: number;
  scenario: Scenario;
  scenarioHash: string;
  seed: string;
  quarter: number;
  phase: Phase;
  /** seedrandom alea state. */
  rng: AleaState;
  players: PlayerState[];
  /** Sealed orders for this quarter, by player index; null = not submitted yet. */
  pending: (Orders | null)[];
  modifiers: Modifier[];
  /** Partnership ids open this quarter. */
  openPartnerships: string[];
  /** Partnership ids already taken (each deal goes to one company). */
  takenPartnerships: string[];
  news: NewsItem[];
  history: QuarterRecord[];
}

/** seedrandom alea's internal state. */
export interface AleaState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}
