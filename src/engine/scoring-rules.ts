/** The scenario's scoring rules (types only; the engine's scoring is in scoring.ts). */

/** Score weights; each part is scaled to 0..100 before weighting. */
export interface ScoringRules {
  weights: { capability: number; market: number; independence: number; efficiency: number };
  /**
   * Quarters over which capital spend (chips, power, silicon, prepayments) is written off in the market part's
   * profit, straight line on the pooled capital. Optional; default 20 (five years, as hyperscalers depreciate servers).
   */
  assetLifeQuarters?: number;
  /**
   * Par per company id and quarter, in score points (0..100): what the bots of the par field (normal bots,
   * every third seat a hard bot) score from that seat after each quarter. When present the standings rank by score minus par, so
   * every seat can win; `npm run par` measures it.
   */
  par?: Record<string, number[]>;
  /**
   * The yardstick the capability, market and efficiency parts are measured against, one entry per quarter:
   * what the leading company typically has by then (H100e-quarters run so far, profit so far in dollars,
   * deployed H100e per MW). A part is 100 at the yardstick (and capped there), so one company's play moves
   * another's score only through the market, not by moving the bar. Absent: each part is measured against the
   * best company of the game (engine 3 and older files). `npm run par` measures it.
   */
  reference?: ScoreReference;
}

/** The typical leader's values per quarter: the yardstick of the capability, market and efficiency parts. */
export interface ScoreReference {
  capability: number[];
  market: number[];
  efficiency: number[];
}
