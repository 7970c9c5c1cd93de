/**
 * explain() in German names a shipped scenario's partnership offer in German, as the game's screens do
 * ("Frontier-KI-Labor: reservierte Trainingsrechenleistung"; it printed the English name), for every reason that
 * names one; in English, and for a name the table does not know (a player's own scenario file), as written. The
 * bots' layer reads the names from a table with no imports (no i18next, no UI), so the rules code stays free of
 * them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain, explainReason, emptyRationale, type Reason } from '../../src/ai';

const FRONTIER = 'Frontier AI lab: reserved training compute';
const FRONTIER_DE = 'Frontier-KI-Labor: reservierte Trainingsrechenleistung';
const NVIDIA = 'NVIDIA allocation agreement (prepaid)';
const NVIDIA_DE = 'NVIDIA-Zuteilungsvertrag (vorausbezahlt)';

/** Every reason that names a partnership offer, for `partner`. */
const reasonsFor = (partner: string): Reason[] => [
  { code: 'dealBid', values: { partner, bid: 50_000_000, value: 200_000_000 } },
  { code: 'labDeal', values: { partner, revenue: 300_000_000, forgone: 100_000_000, h100e: 50_000 } },
  { code: 'chipmakerDeal', values: { partner, prepayment: 1e9, units: 20_000 } },
  { code: 'partnershipDeclined', values: { partner } },
];

describe('explain() names partnership offers in the language it writes', () => {
  it('in German, a shipped offer by its German name in every reason that names one', () => {
    for (const [en, de] of [
      [FRONTIER, FRONTIER_DE],
      [NVIDIA, NVIDIA_DE],
    ] as const) {
      for (const r of reasonsFor(en)) {
        const text = explainReason(r, 'de');
        expect(text, r.code).toContain(de);
        expect(text, r.code).not.toContain(en);
      }
    }
    expect(explainReason({ code: 'partnershipDeclined', values: { partner: FRONTIER } }, 'de')).toBe(`Angebot von ${FRONTIER_DE} ablehnen`);
  });

  it('in the whole explanation of a rationale', () => {
    const r = emptyRationale('meta', 0, 'normal');
    r.partnership = { id: 'frontier-lab', reasons: reasonsFor(FRONTIER).slice(0, 2) };
    const lines = explain(r, 'de', 4).join('\n');
    expect(lines).toContain(FRONTIER_DE);
    expect(lines).not.toContain(FRONTIER);
  });

  it('in English, and for a name the table does not know, as written', () => {
    for (const r of reasonsFor(FRONTIER)) expect(explainReason(r, 'en'), r.code).toContain(FRONTIER);
    for (const r of reasonsFor('Acme Robotics: pilot cluster')) expect(explainReason(r, 'de'), r.code).toContain('Acme Robotics: pilot cluster');
  });

  it("reads the names from a table that imports nothing (the bots' layer never loads i18next or UI code)", () => {
    const src = readFileSync('src/ai/explain.ts', 'utf8');
    const from = [...src.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    expect(from.filter((p) => p?.startsWith('../text/'))).toEqual(['../text/scenario-name-table']);
    expect(readFileSync('src/text/scenario-name-table.ts', 'utf8')).not.toMatch(/^import /m);
  });
});
