/**
 * The zod schema of a scenario file. It mirrors `Scenario` in src/engine/types.ts field for field; the type
 * assertion at the bottom makes any drift between the two a compile error. Objects are strict (unknown keys are
 * errors, except `$schema` at the top), numbers are finite and bounded, and the cross-references (ids, quarters,
 * citations) are checked in `checkScenarioRefs`.
 */
import { z } from '../zod';
import type { Scenario } from '../engine/types';
import { SILICON_STAGES } from '../engine/types';
import { checkScenarioRefs } from './cross-refs';
import { scoringSchema } from './scoring-schema';
import {
  LIMITS,
  codeSchema,
  durationSchema,
  idSchema,
  isoDateSchema,
  listOf,
  localizedSchema,
  looseDateSchema,
  moneySchema,
  moneySeriesSchema,
  mwSchema,
  nameSchema,
  pctChangeSchema,
  percentSchema,
  priceSchema,
  quarterSchema,
  recordOf,
  textSchema,
  traitSchema,
  unitsSchema,
  unitsSeriesSchema,
  urlSchema,
} from './primitives';

const d = (description: string) => ({ description });
const t = (title: string, description: string) => ({ title, description });

/** Which customers an export rule binds. */
const destinationsSchema = z
  .strictObject({
    regions: listOf(codeSchema).meta(d('Regions the rule binds, e.g. ["CN"].')),
    tiers: listOf(codeSchema).meta(d('Export tiers the rule binds, e.g. ["T2"].')),
  })
  .meta(t('Rule destinations', 'Which customers an export rule binds: by region (US, CN, ...) and/or by export tier (T1, T2, T3).'));

/** Which SKUs an export rule catches. */
const catchesSchema = z
  .strictObject({
    thresholds: listOf(
      z.strictObject({
        tppMin: z.number().min(0).max(1e9).meta(d('Caught if TPP >= tppMin ...')),
        densityMin: z.number().min(0).max(1e6).optional().meta(d('... and (if given) performance density >= densityMin.')),
      }),
      LIMITS.thresholds,
    ).meta(d('A SKU is caught if tpp >= tppMin and (densityMin absent or density >= densityMin).')),
    vendors: listOf(nameSchema).meta(d('Thresholds apply only to SKUs of these vendors (US-origin parts); empty = every vendor.')),
    skus: listOf(idSchema).meta(d('SKUs caught by name. A rule that names a SKU overrides threshold rules for it.')),
  })
  .meta(t('Rule catches', 'Which SKUs an export rule catches: any threshold hit, or a SKU named outright.'));

/** What an export rule does to a caught SKU. */
const ruleModeSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('banned') }),
    z.strictObject({ kind: z.literal('licence'), approvalPct: percentSchema.meta(d('Chance (percent) a licence is granted.')) }),
    z.strictObject({ kind: z.literal('revenueShare'), pct: percentSchema.meta(d('Percent of the price paid to the government.')) }),
    z.strictObject({ kind: z.literal('cap'), unitsPerQuarter: unitsSchema.meta(d('Units a bound buyer may buy per quarter.')) }),
  ])
  .meta(t('Rule mode', 'What an export rule does to a caught SKU for a bound buyer: banned, licence, revenueShare or cap.'));

/** An export-control rule. */
const exportRuleSchema = z
  .strictObject({
    id: idSchema,
    name: localizedSchema,
    issuer: codeSchema.optional().meta(d('The state that issues the rule (a region code, e.g. US or CN), shown in the rules panel and the reveal; absent = US.')),
    effectiveQuarter: quarterSchema.meta(d('First quarter the rule is in force.')),
    endQuarter: quarterSchema.optional().meta(d('Quarter the rule stops (exclusive); absent = never; equal to effectiveQuarter = never in force.')),
    destinations: destinationsSchema,
    catches: catchesSchema,
    mode: ruleModeSchema.optional().meta(d('One mode (the older form, still read). Give either mode or modes.')),
    modes: listOf(ruleModeSchema, 4)
      .min(1)
      .optional()
      .meta(d('Modes that apply together, at most one of each kind (e.g. a licence AND a revenue share). Give either mode or modes.')),
    source: idSchema.meta(d('Id of the entry in `sources` that backs this rule.')),
  })
  .meta(t('Export rule', 'An export-control rule, in force from effectiveQuarter until endQuarter (exclusive) if given.'));

/** One accelerator product sold in the sealed-bid market. */
const skuSchema = z
  .strictObject({
    id: idSchema.meta(d('SKU id, e.g. H100. "custom" is reserved for a company\'s own silicon.')),
    name: nameSchema,
    vendor: nameSchema.meta(d('Vendor, e.g. NVIDIA, AMD, Huawei.')),
    h100e: z.number().min(0).max(100).meta(d('Compute relative to an H100 (H100 = 1).')),
    watts: z.int().min(1).max(100_000).meta(d('Power per chip, W.')),
    listPrice: priceSchema.meta(d('List price per chip, USD.')),
    tpp: z.number().min(0).max(1e9).meta(d('Total processing performance (BIS definition).')),
    density: z.number().min(0).max(1e6).meta(d('Performance density = TPP / die area (mm^2).')),
    mig: z.boolean().meta(d('Multi-instance GPU: raises revenue yield per unit.')),
    availableFrom: quarterSchema.meta(d('First quarter the SKU is sold.')),
    soldTo: listOf(codeSchema).meta(d("Regions the vendor sells to; empty = every region (e.g. Huawei's Ascend: only CN).")),
    supply: unitsSeriesSchema.meta(d('Units offered per quarter, one entry per quarter.')),
    cite: recordOf(listOf(idSchema, LIMITS.citeIds).min(1)).optional().meta(d('Field name -> source ids that back the number (required by scenario:check).')),
  })
  .meta(t('SKU', 'One accelerator product sold in the sealed-bid market.'));

/** Buyers outside the game. */
const otherDemandSchema = z
  .strictObject({
    id: idSchema,
    name: nameSchema,
    sku: idSchema.meta(d('SKU id the block bids for.')),
    quantity: unitsSeriesSchema.meta(d('Units wanted per quarter, one entry per quarter.')),
    maxPrice: priceSchema.meta(d('Highest price per unit the block pays, USD.')),
    curve: listOf(
      z.strictObject({
        price: priceSchema.meta(d('Price per unit, USD: this share of the quantity is wanted at up to this price.')),
        pct: percentSchema.meta(d('Share of the quarter\'s quantity wanted at up to this price, percent.')),
      }),
      8,
    )
      .optional()
      .meta(d('Demand curve: shares of the quantity wanted at up to each price (fewer units the higher the price). The pcts add up to 100; every price is at most maxPrice. Absent: all of the quantity at maxPrice.')),
    relationship: traitSchema.meta(d('Standing with the vendor, 0..100, for ties.')),
    region: codeSchema.optional().meta(d('Where the buyers are, so export rules bind them too (e.g. CN); absent = bound by no rule.')),
    cite: recordOf(listOf(idSchema, LIMITS.citeIds).min(1)).optional().meta(d('Field name -> source ids that back the number (required by scenario:check).')),
  })
  .meta(t('Other demand', 'Buyers outside the game who bid for the same supply.'));

/** A company's own accelerator. */
const siliconSpecSchema = z
  .strictObject({
    name: nameSchema,
    h100e: z.number().min(0).max(100).meta(d('Compute per chip relative to an H100.')),
    watts: z.int().min(1).max(100_000).meta(d('Power per chip, W.')),
    unitCost: priceSchema.meta(d('Cost per chip made, USD.')),
    mig: z.boolean(),
    startStage: z.enum(SILICON_STAGES).meta(d('Stage at the start: none, design, tapeout, ramp or volume.')),
    startProgress: moneySchema.meta(d('Dollars already invested towards the next stage.')),
    startFleet: unitsSchema.meta(d("Units of the company's own chip already in service at the start.")),
  })
  .meta(t('Own silicon', "A company's own accelerator (TPU, Trainium, MTIA, Maia, ...)."));

/** How a bot plays. */
const personalitySchema = z
  .strictObject({
    bidAggression: traitSchema,
    siliconFocus: traitSchema,
    powerPlanning: traitSchema,
    cashReserve: traitSchema,
    greyMarketAppetite: traitSchema,
  })
  .meta(t('Personality', 'How a bot plays: each trait 0..100.'));

/** A company at the scenario's start. */
const companySchema = z
  .strictObject({
    id: idSchema,
    name: nameSchema,
    initial: z.string().regex(/^[A-Z0-9]$/, 'one upper-case letter or digit').meta(d('One upper-case letter or digit, unique.')),
    badge: z
      .string()
      .regex(/^[A-Z0-9]{1,2}$/, 'one or two upper-case letters or digits')
      .optional()
      .meta(d("One or two upper-case letters or digits in the company's swatch, unique. Absent = the initial if the name starts with it, else the name's first letter and the initial (Microsoft, initial S: MS).")),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour #rrggbb').meta(d('Accent colour #rrggbb, distinct for colour-blind players.')),
    region: codeSchema,
    tier: codeSchema,
    cash: moneySchema.meta(d('Cash at the start, USD.')),
    budget: moneySeriesSchema.meta(d('Capex budget added at the start of each quarter, one entry per quarter.')),
    fleet: recordOf(unitsSchema).meta(d('Chips owned at the start: SKU id (or "custom") -> units.')),
    powerMw: mwSchema.meta(d('AI power online at the start, MW.')),
    powerUnderConstruction: listOf(z.strictObject({ mw: mwSchema, readyQuarter: quarterSchema })).meta(
      d('Power projects under way at the start.'),
    ),
    nvidiaRelationship: traitSchema.meta(d('Standing with the relationship vendor (`relationship.vendor`, NVIDIA if absent), 0..100.')),
    silicon: siliconSpecSchema,
    personality: personalitySchema,
    calibration: recordOf(unitsSchema).optional().meta(d('Real purchases the calibration compares against: SKU-group name + year -> units (e.g. hopper2024).')),
    cite: recordOf(listOf(idSchema, LIMITS.citeIds).min(1)).meta(d('Field name -> source ids that back the number.')),
  })
  .meta(t('Company', "A company at the scenario's start."));

/** An effect of a news event. */
const effectSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('supply'), sku: idSchema, pct: pctChangeSchema, quarters: durationSchema }),
    z.strictObject({ kind: z.literal('revenuePool'), pct: pctChangeSchema, quarters: durationSchema }),
    z.strictObject({ kind: z.literal('powerDelay'), region: codeSchema.nullable().meta(d('Region hit, or null for all.')), quarters: durationSchema }),
    z.strictObject({
      kind: z.literal('relationship'),
      target: idSchema.meta(d('A company id, "leader" (most deployed compute) or "all".')),
      delta: z.int().min(-100).max(100),
    }),
    z.strictObject({ kind: z.literal('foundryAccess'), region: codeSchema, pct: pctChangeSchema, quarters: durationSchema }),
    z.strictObject({ kind: z.literal('openPartnership'), partnershipId: idSchema }),
    z.strictObject({ kind: z.literal('news') }),
  ])
  .meta(t('Event effect', 'An effect of a news event on the game.'));

const eventFields = {
  id: idSchema,
  headline: localizedSchema,
  body: localizedSchema,
  source: idSchema.meta(d('Id of the entry in `sources` that backs this event.')),
  effects: listOf(effectSchema, LIMITS.effects),
};

/** An event scheduled for a given quarter. */
const scheduledEventSchema = z
  .strictObject({
    ...eventFields,
    quarter: quarterSchema,
    date: isoDateSchema.optional().meta(d('The real date, for the news feed (ISO yyyy-mm-dd).')),
  })
  .meta(t('Scheduled event', 'A dated news item with its effects, scheduled for a given quarter.'));

/** A card of the random event deck. */
const deckCardSchema = z
  .strictObject({
    ...eventFields,
    weight: z.number().min(0).max(1_000).meta(d('Relative chance of this card when the deck draws.')),
    fromQuarter: quarterSchema.meta(d('Earliest quarter the card may be drawn.')),
  })
  .meta(t('Deck card', 'A card of the random event deck.'));

const partnershipBase = {
  id: idSchema,
  name: nameSchema,
  availableFrom: quarterSchema,
  byEventOnly: z.boolean().meta(d('Opened only by an event (openPartnership) if true.')),
  quarters: durationSchema,
  cite: recordOf(listOf(idSchema, LIMITS.citeIds).min(1)).optional().meta(d('Field name -> source ids that back the number (required by scenario:check).')),
};

/** A deal the scenario offers. */
const partnershipSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      ...partnershipBase,
      kind: z.literal('aiLab'),
      computeH100e: z.number().min(0).max(LIMITS.units).meta(d('Deployed H100e reserved for the lab each quarter.')),
      revenuePerQuarter: moneySchema,
      shortfallPenalty: moneySchema.meta(d('Fine per quarter of shortfall, charged pro rata to the missing compute.')),
    }),
    z.strictObject({
      ...partnershipBase,
      kind: z.literal('chipmaker'),
      vendor: nameSchema,
      prepayment: moneySchema,
      priorityUnits: unitsSchema.meta(d('Units per quarter filled ahead of price order (at a price at least list).')),
    }),
  ])
  .meta(t('Partnership', 'A deal the scenario offers: an AI lab wants compute, or a chipmaker sells priority.'));

/** A citation. */
export const sourceSchema = z
  .strictObject({
    id: idSchema,
    title: textSchema,
    publisher: nameSchema,
    url: urlSchema.optional(),
    date: looseDateSchema.optional(),
    kind: z
      .enum(['R', 'E', 'D', 'A', '?'])
      .meta(d('R = company report, E = analyst estimate, D = derived, A = game-balance assumption, ? = weak.')),
  })
  .meta(t('Source', 'A citation for real-world numbers, or a stated game-balance assumption.'));

/** Which vendor a company's relationship is with. */
const relationshipSchema = z
  .strictObject({
    vendor: nameSchema.meta(d('The vendor (a SKU vendor name, e.g. NVIDIA) whose open-market sales build the relationship.')),
    unitsPerPoint: z.int().min(1).max(LIMITS.units).optional().meta(d('Units bought from that vendor that earn one point of relationship. Absent = 25,000.')),
  })
  .meta(t('Relationship', "Which vendor a company's relationship (`nvidiaRelationship`, ties in the auction) is with. Absent = NVIDIA, 25,000 units a point."));

const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour #rrggbb');

/** Words and looks for the UI. */
const presentationSchema = z
  .strictObject({
    lead: localizedSchema.optional().meta(d("The menu's lead line for this scenario. Absent = \"It is <startYear>. Every hyperscaler wants <vendor>'s <top SKU>s ...\".")),
    parHint: localizedSchema.optional().meta(d("Why seats start unequal, after the par tooltip's first sentence. Absent = derived from the companies (the largest own-chip fleet, a company behind the wall).")),
    walled: listOf(codeSchema).optional().meta(d('Regions whose companies are drawn behind the export wall. Absent = the regions (and tiers) any export rule binds.')),
    regionNames: recordOf(localizedSchema).optional().meta(d('Region code -> name, e.g. {"RU": {"en": "Russia", "de": "Russland"}}. Absent = built-in names for common codes, else the code.')),
    blocs: listOf(z.strictObject({ name: localizedSchema, regions: listOf(codeSchema).min(1) }), 8)
      .optional()
      .meta(d("Blocs the debrief's region chart compares (their companies' compute summed). Absent = one line per home region.")),
    vendors: listOf(
      z.strictObject({
        name: nameSchema.meta(d('The vendor, as in skus[].vendor.')),
        color: colourSchema.optional().meta(d('Colour of its supply stacks and price lines. Absent = green for the relationship vendor, else a stable colour from the name.')),
        prefix: nameSchema.optional().meta(d('Cut from the start of its SKU names on the board. Absent = the vendor name.')),
      }),
      LIMITS.skus,
    )
      .optional()
      .meta(d('Vendor colours and SKU-name prefixes.')),
  })
  .meta(t('Presentation', 'Scenario-specific words and looks for the UI; every field optional, with defaults derived from the scenario.'));

/** The whole scenario file. */
export const scenarioSchema = z
  .strictObject({
    $schema: z.string().max(LIMITS.text).optional().meta(d('Path of the JSON Schema, for editors.')),
    id: idSchema,
    title: localizedSchema,
    description: localizedSchema,
    startYear: z.int().min(1990).max(2100),
    startQuarter: z.int().min(1).max(4).meta(d('Calendar quarter of quarter 0, 1..4.')),
    quarters: z.int().min(1).max(LIMITS.quarters).meta(d('Number of quarters played.')),
    skus: listOf(skuSchema, LIMITS.skus).min(1),
    companies: listOf(companySchema, LIMITS.companies).min(1),
    otherDemand: listOf(otherDemandSchema, LIMITS.otherDemand),
    exportRules: listOf(exportRuleSchema, LIMITS.exportRules),
    events: listOf(scheduledEventSchema, LIMITS.events),
    eventDeck: z
      .strictObject({
        drawPct: percentSchema.meta(d('Chance (percent) that the deck draws a card in a quarter.')),
        cards: listOf(deckCardSchema, LIMITS.deckCards),
      })
      .meta(t('Event deck', 'The random event deck.')),
    partnerships: listOf(partnershipSchema, LIMITS.partnerships),
    market: z
      .strictObject({
        pricing: z.enum(['uniform', 'payAsBid']),
        revenuePool: moneySeriesSchema.meta(d('AI revenue shared by deployed compute, per quarter (USD).')),
        migYield: z.number().min(1).max(10).meta(d('Revenue weight of a MIG-capable chip relative to one without (e.g. 1.15).')),
        maxBidsPerSku: z.int().min(1).max(16).meta(d('Bids (tranches, each at its own max price) a company may place per SKU in a quarter: 3 lets it bid a demand curve.')),
      })
      .meta(t('Market', "The sealed-bid market's settings.")),
    power: z
      .strictObject({
        costPerMw: moneySchema,
        opexPerMwPerQuarter: moneySchema,
        leadQuarters: z.int().min(0).max(LIMITS.quarters).meta(d('Quarters from ordering a grid-connected build to its coming online.')),
        overhead: z.number().min(1).max(5).meta(d('Facility watts per chip watt (hosts, networking, cooling): 2.2 means a 700 W chip draws 1,540 W.')),
        onsite: z
          .strictObject({
            costPerMw: moneySchema,
            leadQuarters: z.int().min(0).max(LIMITS.quarters),
            opexPerMwPerQuarter: moneySchema,
          })
          .optional()
          .meta(
            d('On-site generation, the fast and dear option: cost per MW, quarters to come online, running cost per MW and quarter. Absent = 2.5x the grid cost per MW, 2x its running cost, 1 quarter.'),
          ),
      })
      .meta(t('Power', 'Power construction and running costs.')),
    silicon: z
      .strictObject({
        stageCost: z
          .strictObject({ design: moneySchema, tapeout: moneySchema, ramp: moneySchema })
          .meta(d('Dollars needed to finish design, tape-out and ramp (to reach the next stage).')),
        setbackPct: percentSchema.meta(d('Chance (percent) that a stage completion slips a quarter (a respin).')),
        rampCap: unitsSchema.meta(d('Units a ramping programme may produce per quarter.')),
        foundryPool: unitsSeriesSchema.meta(d('Custom-chip units the foundry pool can make per quarter; booked ahead, new bookings share what is still free pro rata.')),
        booking: z
          .strictObject({
            leadQuarters: z.int().min(0).max(LIMITS.quarters),
            depositPct: percentSchema,
            growthPct: z.int().min(0).max(10_000).optional(),
          })
          .optional()
          .meta(d('Foundry booking: quarters from booking to delivery, and the non-refundable deposit (percent of the unit cost) paid when booking; the rest is paid on delivery. In volume, a quarter\'s booking may be at most growthPct above the largest granted before (never below rampCap; absent = 50). Absent block = 2 quarters, 25%, 50%.')),
      })
      .meta(t('Silicon rules', 'Custom silicon programme rules.')),
    greyMarket: z
      .strictObject({
        enabled: z.boolean(),
        premiumPct: z.number().min(0).max(LIMITS.pct),
        maxUnitsPerQuarter: unitsSchema,
        catchPct: percentSchema,
        finePct: z.number().min(0).max(LIMITS.pct).meta(d('Fine as a percent of the grey-market spend.')),
        relationshipLoss: traitSchema,
        entityListQuarters: z.int().min(0).max(LIMITS.quarters),
        catchRefUnits: unitsSchema
          .min(1)
          .optional()
          .meta(d('Units a quarter at which the chance of being caught is catchPct; the chance grows in proportion to the units, up to catchMaxPct. Absent = catchPct whatever the volume.')),
        catchMaxPct: percentSchema.optional().meta(d('Highest chance (percent) of being caught, however large the shipment. Absent = 100.')),
      })
      .meta(t('Grey market', 'Grey-market purchases of restricted chips.')),
    scoring: scoringSchema,
    skuGroups: recordOf(listOf(idSchema, LIMITS.skus).min(1)).meta(d('SKU groups for reports and calibration (e.g. hopper: [H100, H200, H20]).')),
    classroom: z
      .strictObject({
        goals: listOf(localizedSchema, LIMITS.classroomItems),
        questions: listOf(localizedSchema, LIMITS.classroomItems),
      })
      .meta(t('Classroom', 'Classroom material: learning goals and discussion questions.')),
    cite: recordOf(listOf(idSchema, LIMITS.citeIds).min(1)).optional().meta(d('Rule-field path (e.g. market.revenuePool, power.costPerMw) -> source ids that back the number.')),
    sources: listOf(sourceSchema, LIMITS.sources).min(1),
    relationship: relationshipSchema.optional(),
    presentation: presentationSchema.optional(),
  })
  .superRefine(checkScenarioRefs)
  .meta({ title: 'GPU Race scenario', description: 'A whole scenario: everything static that a game needs.' });

/** The parsed scenario type as zod sees it. */
export type ParsedScenario = z.output<typeof scenarioSchema>;

/** True only if A and B are the same type (not merely assignable). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compile-time proof that the schema and `Scenario` agree: change one without the other and tsc fails here. */
export const SCHEMA_MATCHES_TYPES: Equals<ParsedScenario, Scenario> = true;
