/**
 * The scenario-neutral derivations in Node, against a fictional scenario that shares nothing with the base one
 * (test/fixtures/scenarios/hidden-scenario.json: clouds in the EU, India, the US, Russia and Belarus, Lumen,
 * Orbital and Kestrel chips, an EU embargo on Russia and Belarus): which companies stand behind the wall, who
 * issues the rules, each vendor's colour and prefix, the badges, and the words the menu and tooltips use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine';
import { parseScenarioText } from '../../src/scenario';
import { badgeOf, boardSides, isWalled, shortSkuNameIn, vendorStyle, walledCodes } from '../../src/store/scenario-look';
import { setLang } from '../../src/text/i18n';
import { readable, regionColors, skuColors, THEMES } from '../../src/ui/debrief-colors';
import { leadOf, parHintOf, pricesUnitOf, regionNameIn, regionsTitleOf, rulesTitleOf } from '../../src/text/scenario-words';

const root = join(import.meta.dirname, '../..');

function loadFile(path: string): Scenario {
  const r = parseScenarioText(readFileSync(join(root, path), 'utf8'), path);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.scenario;
}

const hidden = loadFile('test/fixtures/scenarios/hidden-scenario.json');
const base = loadFile('scenarios/2024-hopper-scramble.json');

/** Words of the base scenario that must not show in a scenario that has none of them ("H100e" is the game's unit). */
const BASE_WORDS = /NVIDIA|\bH100(?!e)|\bH20\b|Hopper|Microsoft|Google|Meta\b|Amazon|ByteDance|Tencent|Huawei|\bAMD\b|\bChina\b|2024/;

afterEach(() => setLang('en'));

describe('a scenario that shares nothing with the base one', () => {
  it('puts the companies the EU rules bind (Russia, Belarus) behind the wall, and no one else', () => {
    expect([...walledCodes(hidden).regions].sort()).toEqual(['BY', 'RU']);
    const { left, right } = boardSides(hidden, hidden.companies);
    expect(right.map((c) => c.id)).toEqual(['taiga', 'minskdata']);
    expect(left.map((c) => c.id)).toEqual(['nordwolke', 'bharat', 'prairie']);
    expect(hidden.companies.filter((c) => isWalled(hidden, c)).map((c) => c.region)).toEqual(['RU', 'BY']);
    // The base scenario's wall still stands before China.
    expect(boardSides(base, base.companies).right.map((c) => c.region)).toEqual(['CN', 'CN']);
  });

  it('titles the rules panel by the state that issues them', () => {
    expect(rulesTitleOf(hidden)).toBe('EU EXPORT RULES');
    expect(rulesTitleOf(base)).toBe('US EXPORT RULES');
    expect(rulesTitleOf({ exportRules: [...hidden.exportRules, ...base.exportRules.slice(0, 1)] })).toBe('EU · US EXPORT RULES');
    expect(rulesTitleOf({ exportRules: [] })).toBe('EXPORT RULES');
    setLang('de');
    expect(rulesTitleOf(hidden)).toBe('EXPORTREGELN (EU)');
  });

  it('takes vendor colours and prefixes from the scenario, and cuts the prefix from SKU names', () => {
    expect(vendorStyle(hidden, 'Lumen')).toEqual({ color: '#3fa7d6', prefix: 'Lumen', primary: true });
    expect(vendorStyle(hidden, 'Orbital')).toEqual({ color: '#e0a03c', prefix: 'Orbital', primary: false });
    expect(vendorStyle(hidden, 'Kestrel Semi')).toEqual({ color: '#b48ee0', prefix: 'Kestrel', primary: false });
    const sku = (id: string) => hidden.skus.find((k) => k.id === id) ?? { name: id, vendor: '' };
    expect(['LX9', 'O2', 'K7'].map((id) => shortSkuNameIn(hidden, sku(id)))).toEqual(['LX9', 'O2', 'K7']);
    // Without a presentation block the relationship vendor is green and the others get distinct colours.
    const plain = { ...hidden, presentation: undefined };
    const colours = ['Lumen', 'Orbital', 'Kestrel Semi'].map((v) => vendorStyle(plain, v).color);
    expect(colours[0]).toBe('#76b900');
    expect(new Set(colours).size).toBe(3);
    expect(vendorStyle(plain, 'Kestrel Semi').prefix).toBe('Kestrel Semi');
  });

  it('writes the menu lead, par tooltip and chart titles from the scenario, with no base-scenario word', () => {
    const lead = leadOf(hidden);
    expect(lead).toContain('2031');
    expect(lead).toContain('Lumen');
    expect(lead).toContain('LX9');
    const par = parHintOf(hidden);
    expect(par).toContain('Taiga Cloud');
    const words = [lead, par, regionsTitleOf(hidden), pricesUnitOf(hidden), rulesTitleOf(hidden)];
    for (const w of words) expect(w).not.toMatch(BASE_WORDS);
    // The same derivations do name the base scenario's words, so the pattern can fail.
    expect(leadOf(base)).toMatch(BASE_WORDS);
    expect(regionNameIn(hidden, 'BY')).toBe('Belarus');
    expect(regionNameIn(hidden, 'RU')).toBe('Russia');
    expect(regionNameIn(hidden, 'XX')).toBe('XX');
  });

  it('gives every shipped scenario a lead of its own year, and the 2025 one its own news (not the H100 scramble of 2024)', () => {
    for (const f of ['2024-hopper-scramble', '2025-diffusion-rule', 'classroom-sprint', 'tutorial', 'what-if-no-export-controls']) {
      const sc = loadFile(`scenarios/${f}.json`);
      for (const l of ['en', 'de'] as const) {
        setLang(l);
        expect(leadOf(sc), `${f} ${l}`).toContain(String(sc.startYear));
      }
    }
    const y2025 = loadFile('scenarios/2025-diffusion-rule.json');
    setLang('en');
    expect(leadOf(y2025)).toBe('It is 2025. Blackwell is arriving, and a new US rule decides who may buy how many chips.');
    setLang('de');
    expect(leadOf(y2025)).toBe('Es ist 2025. Blackwell kommt, und eine neue US-Regel entscheidet, wer wie viele Chips kaufen darf.');
  });
});

describe('company badges', () => {
  it('reads MS for Microsoft (initial S), M for Meta, and the scenario badge where one is given', () => {
    const badges = Object.fromEntries(base.companies.map((c) => [c.id, badgeOf(c)]));
    expect(badges).toEqual({ microsoft: 'MS', meta: 'M', google: 'G', amazon: 'A', bytedance: 'B', tencent: 'T' });
    expect(hidden.companies.map((c) => badgeOf(c))).toEqual(['N', 'BK', 'PC', 'T', 'MD']);
    expect(badgeOf({ name: '42 Cloud', initial: '4' })).toBe('4');
    expect(badgeOf({ name: '—', initial: 'Q' })).toBe('Q');
  });

  it('refuses a scenario whose badges collide, naming the field', () => {
    const s = JSON.parse(readFileSync(join(root, 'test/fixtures/scenarios/hidden-scenario.json'), 'utf8')) as {
      companies: { badge?: string }[];
    };
    const at = s.companies[4];
    if (!at) throw new Error('the fixture has five companies');
    at.badge = 'PC';
    const r = parseScenarioText(JSON.stringify(s), 'collide.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.path} ${e.message}`)).toEqual([
      expect.stringMatching(/companies\[4\]\.badge.*unique badge, found "PC" again \(also \$\.companies\[2\]/),
    ]);
    at.badge = 'pc';
    const lower = parseScenarioText(JSON.stringify(s), 'lower.json');
    expect(lower.ok).toBe(false);
  });
});

describe("the debrief's colours", () => {
  it("draws each vendor's prices in the scenario's colour, the relationship vendor's too when the file paints it", () => {
    const vendors = hidden.skus.map((k) => k.vendor);
    const cols = skuColors(vendors, 'dark', (v) => vendorStyle(hidden, v));
    const bg = THEMES.dark.background;
    expect(cols[0]).toBe(readable('#3fa7d6', bg));
    expect(cols[2]).toBe(readable('#e0a03c', bg));
    expect(cols[3]).toBe(readable('#b48ee0', bg));
    // The base scenario's relationship vendor keeps its greens.
    const baseCols = skuColors(
      base.skus.map((k) => k.vendor),
      'dark',
      (v) => vendorStyle(base, v),
    );
    const firstNvidia = base.skus.findIndex((k) => k.vendor === 'NVIDIA');
    expect(baseCols[firstNvidia]).toMatch(/^#[0-9a-f]{6}$/i);
    expect(baseCols[firstNvidia]).not.toBe(cols[0]);
    expect(skuColors(['NVIDIA'], 'dark')).toEqual(skuColors(['NVIDIA'], 'dark', (v) => vendorStyle(base, v)));
  });

  it('gives five regions five colours (US blue and CN red as before)', () => {
    for (const theme of ['dark', 'print'] as const) {
      const regions = ['EU', 'IN', 'US', 'RU', 'BY'];
      expect(new Set(regionColors(regions, theme)).size).toBe(5);
      const [us, cn] = regionColors(['US', 'CN'], theme);
      expect(us).toBe(readable('#56B4E9', THEMES[theme].background));
      expect(cn).toBe(readable('#D55E00', THEMES[theme].background));
    }
  });
});
