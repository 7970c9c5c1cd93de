/**
 * The scenario's scoring block: the weights of the four parts, the asset life of the market part's write-off,
 * the par per seat and the optional yardstick the parts are measured against.
 */
import { z } from '../zod';
import { LIMITS, listOf, recordOf } from './primitives';

const d = (description: string) => ({ description });
const t = (title: string, description: string) => ({ title, description });

export const scoringSchema = z
  .strictObject({
    weights: z.strictObject({
      capability: z.number().min(0).max(1_000),
      market: z.number().min(0).max(1_000),
      independence: z.number().min(0).max(1_000),
      efficiency: z.number().min(0).max(1_000),
    }),
    assetLifeQuarters: z
      .int()
      .min(1)
      .max(400)
      .optional()
      .meta(
        d(
          "Quarters over which capital spend (chips, power, silicon, prepayments) is written off in the market part's profit, straight line on the pooled capital. Default 20 (five years).",
        ),
      ),
    par: recordOf(listOf(z.number().min(0).max(100), LIMITS.quarters))
      .optional()
      .meta(
        d(
          'Par per company id, one entry per quarter, in score points (0..100): the mean score of that seat after each quarter with normal bots in every seat (npm run par). When present the standings rank by score minus par.',
        ),
      ),
    reference: z
      .strictObject({
        capability: listOf(z.number().positive().max(1e15), LIMITS.quarters).meta(
          d('H100e-quarters run so far by the typical leader, one entry per quarter.'),
        ),
        market: listOf(z.number().positive().max(1e15), LIMITS.quarters).meta(
          d('Profit so far of the typical leader, dollars, one entry per quarter.'),
        ),
        efficiency: listOf(z.number().positive().max(1e9), LIMITS.quarters).meta(
          d('Deployed H100e per MW of the typical most efficient company, one entry per quarter.'),
        ),
      })
      .optional()
      .meta(
        d(
          'The yardstick of the capability, market and efficiency parts per quarter: what the leading company typically has by then (npm run par measures it in the par field). A part is 100 at the yardstick and capped there. Absent: each part is measured against the best company of the game.',
        ),
      ),
  })
  .meta(t('Scoring', 'Score weights; each part is scaled to 0..100 before weighting.'));
