/**
 * Issue 10 item 11 (scenario side): look-alike text. Company names are unique ignoring case and Unicode form,
 * and no name or text may carry direction marks (U+200E, U+200F, U+061C), line or paragraph separators
 * (U+2028, U+2029), zero-width characters (U+200B-U+200D, U+2060, U+FEFF) or more than 4 combining marks in a
 * row. (U+202E and the other overrides were already refused.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario';
import { MAX_COMBINING_RUN, textProblem } from '../../src/scenario/primitives';

const base = JSON.parse(readFileSync(join(import.meta.dirname, '../../scenarios/2024-hopper-scramble.json'), 'utf8')) as { companies: { name: string }[]; title: { en: string } };

function issuesWith(change: (s: typeof base) => void): { path: string; message: string }[] {
  const s = structuredClone(base);
  change(s);
  const r = parseScenario(s, 'x.json');
  return r.ok ? [] : r.errors;
}

describe('company names and texts: no look-alikes', () => {
  it.each([
    ['U+200F', 'Meta\u200f', 'the invisible direction mark U+200F at character 5'],
    ['U+200E', '\u200eMeta', 'the invisible direction mark U+200E at character 1'],
    ['U+061C', 'Me\u061cta', 'the invisible direction mark U+061C at character 3'],
    ['U+2028', 'Me\u2028ta', 'the line separator U+2028 at character 3'],
    ['U+2029', 'Meta\u2029', 'the paragraph separator U+2029 at character 5'],
    ['U+200B', 'Me\u200bta', 'the invisible zero-width character U+200B at character 3'],
    ['U+200C', 'Me\u200cta', 'the invisible zero-width character U+200C at character 3'],
    ['U+200D', 'Me\u200dta', 'the invisible zero-width character U+200D at character 3'],
    ['U+2060', 'Me\u2060ta', 'the invisible zero-width character U+2060 at character 3'],
    ['U+FEFF', 'Me\ufeffta', 'the invisible zero-width character U+FEFF at character 3'],
    ['combining marks', `Me${'\u0301'.repeat(5)}ta`, 'more than 4 combining marks in a row at character 7'],
  ])('a company name with %s is refused at its path', (_what, name, found) => {
    const issues = issuesWith((s) => ((s.companies[1] as { name: string }).name = name));
    expect(issues).toContainEqual({ file: 'x.json', path: '$.companies[1].name', message: `expected a text without control characters, line breaks or invisible characters, found ${found}` });
  });

  it('long texts refuse them too (a title with a zero-width joiner)', () => {
    const issues = issuesWith((s) => (s.title.en = 'GPU\u200dRace'));
    expect(issues.map((i) => i.path)).toContain('$.title.en');
  });

  it(`up to ${MAX_COMBINING_RUN} combining marks in a row are fine (Vietnamese, decomposed accents)`, () => {
    expect(textProblem('Nguyễn', false)).toBeNull();
    expect(textProblem('Mu\u0308ller', false)).toBeNull();
    expect(textProblem(`a${'\u0301'.repeat(4)}`, false)).toBeNull();
    expect(textProblem(`a${'\u0301'.repeat(5)}`, false)).toBe('more than 4 combining marks in a row at character 6');
    // Astral combining marks count too (U+1D167, musical combining tremolo).
    expect(textProblem(`a${'\u{1D167}'.repeat(5)}`, false)).toMatch(/more than 4 combining marks/);
  });

  it.each([
    ['the same name again', 'Microsoft'],
    ['another case', 'MICROSOFT'],
    ['a compatibility form (full-width letters)', 'Ｍｉｃｒｏｓｏｆｔ'],
  ])('two companies with names that read the same (%s) are refused', (_what, name) => {
    const first = base.companies[0]?.name as string;
    expect(first).toBe('Microsoft');
    const issues = issuesWith((s) => ((s.companies[3] as { name: string }).name = name));
    expect(issues).toContainEqual({ file: 'x.json', path: '$.companies[3].name', message: `expected a unique company name, found ${JSON.stringify(name)}, which reads the same as $.companies[0].name "Microsoft" (names are compared ignoring case and Unicode form)` });
  });

  it('the shipped base game passes (distinct names, no invisible characters)', () => {
    expect(issuesWith(() => undefined)).toEqual([]);
  });
});
