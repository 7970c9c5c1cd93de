/**
 * Every record problem (src/replay/problems.ts) has its own sentence in English and in German, with its
 * values filled in, and the UI words it from the code alone: the English for the command lines is not read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actionError } from '../../src/engine/errors';
import { RECORD_ENGLISH, sourced, type RecordProblem, type RecordProblemCode, type SourcedProblem } from '../../src/replay/problems';
import { setLang } from '../../src/text/i18n';
import { recordProblemText } from '../../src/ui/record-problem-text';

afterEach(() => setLang('en'));

const NUMBERS = new Set(['bytes', 'max', 'version', 'reads', 'index', 'first', 'at', 'quarter', 'seats', 'count', 'chars', 'more', 'needs', 'runs', 'companies', 'action']);

/** A problem of `code` whose every value is a recognisable placeholder. */
function sample(code: RecordProblemCode, source: SourcedProblem['source']): SourcedProblem {
  const values = new Proxy(
    {},
    {
      get: (_t, k) => {
        if (typeof k !== 'string') return undefined;
        if (NUMBERS.has(k)) return 7;
        if (k === 'ids') return ['alpha', 'beta'];
        if (k === 'error') return actionError('GREY_CAP', { max: 10, asked: 20 });
        if (k === 'part') return 'players';
        return `<${k}>`;
      },
    },
  );
  return sourced({ code, values } as RecordProblem, source, { steps: 9 });
}

const codes = Object.keys(RECORD_ENGLISH) as RecordProblemCode[];

describe('record problems in words', () => {
  it('one sentence per code and language, every value filled in, German its own', () => {
    for (const source of [{ kind: 'file', name: 'x.gpurace.json' }, { kind: 'link', name: 'share link' }, { kind: 'save', name: 'the game' }] as const) {
      const texts: Record<string, string[]> = {};
      for (const lang of ['en', 'de'] as const) {
        setLang(lang);
        texts[lang] = codes.map((c) => recordProblemText(sample(c, source)));
        for (const [i, s] of (texts[lang] ?? []).entries()) {
          expect(s, codes[i]).not.toMatch(/\{\{|record\.|safety\./);
          expect(s.endsWith('.'), `${codes[i]}: ${s}`).toBe(true);
        }
        expect(new Set(texts[lang]).size).toBe(codes.length);
      }
      codes.forEach((c, i) => expect(texts.de?.[i], c).not.toBe(texts.en?.[i]));
    }
  });

  it('a saved game and a link are named by their kind, whatever English name the store gave them', () => {
    const p = sample('hashDiffers', { kind: 'file', name: 'x.gpurace.json' });
    expect(recordProblemText({ ...p, source: { kind: 'save', name: 'anything' } })).toBe(recordProblemText({ ...p, source: { kind: 'save', name: 'the saved game' } }));
    setLang('de');
    expect(recordProblemText({ ...p, source: { kind: 'link', name: 'share link' } })).toMatch(/^Geteilter Link: /);
  });
});
