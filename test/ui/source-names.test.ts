/**
 * A headline's source in German (the ticker and the news list show it short after the headline): every source of
 * every shipped scenario, as sourceLabel shortens it, in German has no generic English description left
 * ("(NVIDIA specifications)" was shown in German); proper names (a publication, a company, a document's title) stay
 * as written, the US export agency has its German name ("US Bureau of Industry and Security" was shown in German
 * headlines' sources), and English is unchanged. The game's own sources (kind A) show "Spielszenario" instead
 * (src/ui/ticker.ts), so they are not read here.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedScenario } from '../helpers/scenario';
import { sourceLabel } from '../../src/store/selectors';
import { sourceNameIn } from '../../src/text/source-name-table';

/** Every shipped scenario's name: scenarios/*.json, schema aside (scenarios/historical/ holds reference figures). */
function shippedNames(): string[] {
  return readdirSync('scenarios')
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => f.replace(/\.json$/, ''));
}

/** Proper names that contain an English word and are kept as written (an institute's, a laboratory's name). */
const PROPER = ['Lawrence Berkeley National Laboratory', 'Uptime Institute', 'Zheshang Securities', 'Raymond James'];

/** English words of a generic description (a German loanword such as "Keynote" is not among them). */
const GENERIC = /\b(specifications?|datasheets?|results|reports?|reported|filings?|statements?|quarterly|press|prices?|the|and|per|by|of|from|via the)\b/i;

const sources = shippedNames().flatMap((name) => {
  const sc = shippedScenario(name);
  if (!sc) throw new Error(`${name} does not parse`);
  return sc.sources.filter((s) => s.kind !== 'A').map((s) => ({ name, sc, id: s.id, publisher: s.publisher }));
});

describe('news sources in German', () => {
  it('reads every shipped scenario', () => {
    expect(shippedNames()).toEqual(expect.arrayContaining(['2024-hopper-scramble', '2025-diffusion-rule', 'classroom-sprint', 'tutorial', 'what-if-no-export-controls']));
    expect(sources.length).toBeGreaterThan(100);
  });

  it('no generic English description is left in German', () => {
    const english = new Set<string>();
    for (const s of sources) {
      const de = sourceLabel(s.sc, s.id, 'de').short;
      const rest = PROPER.reduce((t, p) => t.replaceAll(p, ''), de);
      if (GENERIC.test(rest)) english.add(de);
    }
    expect([...english]).toEqual([]);
  });

  it('translates the descriptions and keeps proper names, in German only', () => {
    const de = (id: string) => sourceLabel(sources.find((s) => s.id === id)?.sc ?? sources[0]!.sc, id, 'de').short;
    const en = (id: string) => sourceLabel(sources.find((s) => s.id === id)?.sc ?? sources[0]!.sc, id, 'en').short;
    const h20 = sources.find((s) => s.publisher.startsWith('NVIDIA specifications'));
    expect(h20).toBeDefined();
    expect(en(h20!.id)).toBe('NVIDIA specifications');
    expect(de(h20!.id)).toBe('NVIDIA-Spezifikationen');
    const omdia = sources.find((s) => s.publisher.startsWith('Omdia'));
    expect(de(omdia!.id)).toBe('Omdia');
    const reuters = sources.find((s) => s.publisher.startsWith('Reuters'));
    expect(de(reuters!.id)).toBe('Reuters');
    expect(sourceNameIn('Reported by a.com and b.com', 'de')).toBe('laut a.com und b.com');
    expect(sourceNameIn('Reported by a.com and b.com', 'en')).toBe('Reported by a.com and b.com');
    // The US export agency: its German name, short and without a parenthesis (the ticker puts the source in one).
    const bis = sources.filter((s) => s.publisher.startsWith('US Bureau of Industry and Security'));
    expect(bis.length).toBeGreaterThan(0);
    for (const s of bis) {
      expect(sourceLabel(s.sc, s.id, 'de').short, `${s.name}: ${s.id}`).toBe('BIS des US-Handelsministeriums');
      expect(sourceLabel(s.sc, s.id, 'en').short, `${s.name}: ${s.id}`).toBe('US Bureau of Industry and Security');
    }
    expect(sources.map((s) => sourceLabel(s.sc, s.id, 'de').short).filter((x) => /Bureau of Industry/.test(x))).toEqual([]);
    // A name the table does not know (a player's own scenario file) is shown as written.
    expect(sourceNameIn('Some Newsletter', 'de')).toBe('Some Newsletter');
  });
});
