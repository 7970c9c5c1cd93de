import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load';
import { describeVariant } from '../../src/lab/describe';
import { applyVariant, parseVariant, parseVariantText, type Variant } from '../../src/lab/variant';
import { encodeLabLink, decodeLabLink } from '../../src/lab/link';

const base = loadScenario('scenarios/2024-hopper-scramble.json');
const v = (extra: Partial<Variant>): Variant => ({ format: 'gpurace-variant', scenario: base.id, id: 'x', title: { en: 'X', de: 'X' }, ...extra });

describe('variant parser', () => {
  it('reports shape errors with their JSON paths', () => {
    const r = parseVariant({ format: 'gpurace-variant', scenario: base.id, id: 'x', title: { en: 'X', de: 'X' }, rules: [{ id: 'oct-2023', endQuarter: -1 }], supply: [{ pct: 'lots' }], bogus: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.errors.map((e) => e.path);
    expect(paths).toContain('$.rules[0].endQuarter');
    expect(paths).toContain('$.supply[0].pct');
    expect(paths).toContain('$.bogus');
  });

  it('reports JSON syntax errors with line and column', () => {
    const r = parseVariantText('{\n  "format": "gpurace-variant",\n  "id": \n}', 'v.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/line 4, column/);
  });

  it('names unknown ids at their path and suggests the nearest', () => {
    const r = applyVariant(base, v({ rules: [{ id: 'oct-2024' }], budgets: [{ company: 'bytedanse', pct: 10 }], deck: { remove: ['grid-delai'] } }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.find((e) => e.path === '$.rules[0].id')?.message).toMatch(/did you mean "oct-2023"/);
    expect(r.errors.find((e) => e.path === '$.budgets[0].company')?.message).toMatch(/did you mean "bytedance"/);
    expect(r.errors.find((e) => e.path === '$.deck.remove[0]')?.message).toMatch(/grid-delay/);
  });

  it('runs the full scenario parser on the patched scenario', () => {
    // An end before the start is something only the scenario's own cross-checks know about.
    const r = applyVariant(base, v({ rules: [{ id: 'oct-2023', effectiveQuarter: 6, endQuarter: 2 }] }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]?.path).toMatch(/^\$\.exportRules\[0\]/);
      expect(r.errors[0]?.message).toMatch(/after the variant/);
    }
  });

  it('applies rules, supply, budgets, outside demand and the deck without touching the base', () => {
    const before = JSON.stringify(base);
    const r = applyVariant(base, v({
      rules: [{ id: 'oct-2023', enabled: false }, { id: 'h20-licence-2025', effectiveQuarter: 1, endQuarter: null }],
      supply: [{ vendors: ['Huawei'], pct: 100 }, { skus: ['H100'], pct: 30, fromQuarter: 2 }],
      budgets: [{ company: 'bytedance', pct: -50 }],
      outsideDemand: [{ regions: ['CN'], pct: 50 }],
      deck: { drawPct: 0, remove: ['grid-delay'], weights: { 'fab-incident': 7 } },
    }));
    expect(JSON.stringify(base)).toBe(before);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.scenario;
    expect(s.exportRules.map((x) => x.id)).not.toContain('oct-2023');
    const h20 = s.exportRules.find((x) => x.id === 'h20-licence-2025');
    expect(h20?.effectiveQuarter).toBe(1);
    expect(h20?.endQuarter).toBeUndefined();
    const sku = (id: string) => s.skus.find((k) => k.id === id)?.supply ?? [];
    const baseSku = (id: string) => base.skus.find((k) => k.id === id)?.supply ?? [];
    expect(sku('ASCEND910B')).toEqual(baseSku('ASCEND910B').map((x) => x * 2));
    expect(sku('H100').slice(0, 2)).toEqual(baseSku('H100').slice(0, 2));
    expect(sku('H100')[2]).toBe(Math.round(((baseSku('H100')[2] ?? 0) * 130) / 100));
    expect(s.companies.find((c) => c.id === 'bytedance')?.budget[0]).toBe(Math.round((base.companies.find((c) => c.id === 'bytedance')?.budget[0] ?? 0) / 2));
    expect(s.otherDemand.find((d) => d.id === 'china-h20')?.quantity).toEqual(base.otherDemand.find((d) => d.id === 'china-h20')?.quantity.map((x) => Math.round(x * 1.5)));
    expect(s.otherDemand.find((d) => d.id === 'xai-h100')?.quantity).toEqual(base.otherDemand.find((d) => d.id === 'xai-h100')?.quantity);
    expect(s.eventDeck.drawPct).toBe(0);
    expect(s.eventDeck.cards.map((c) => c.id)).not.toContain('grid-delay');
    expect(s.eventDeck.cards.find((c) => c.id === 'fab-incident')?.weight).toBe(7);
  });

  it('describes its changes in English and German', () => {
    const x = v({ rules: [{ id: 'oct-2023', enabled: false }], supply: [{ vendors: ['Huawei'], pct: 100 }] });
    const en = describeVariant(base, x, 'en');
    const de = describeVariant(base, x, 'de');
    expect(en).toHaveLength(2);
    expect(de).toHaveLength(2);
    expect(en[0]).toMatch(/switched off/);
    expect(de[0]).toMatch(/abgeschaltet/);
    expect(en[1]).toMatch(/\+100%/);
  });

  it('ships a library of at least five valid variants, each with a question and sources', () => {
    const files = readdirSync('lab/variants').filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    const scenarios = readdirSync('scenarios').filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).map((f) => loadScenario(`scenarios/${f}`));
    for (const f of files) {
      const r = parseVariantText(readFileSync(`lab/variants/${f}`, 'utf8'), f);
      expect(r.ok, f).toBe(true);
      if (!r.ok) continue;
      expect(r.variant.question?.en.length, f).toBeGreaterThan(20);
      expect(r.variant.sources?.length, f).toBeGreaterThan(0);
      const sc = scenarios.find((s) => s.id === r.variant.scenario);
      expect(sc, f).toBeDefined();
      if (sc) expect(applyVariant(sc, r.variant).ok, f).toBe(true);
    }
  });

  it('fits a share link and comes back the same', () => {
    const x = JSON.parse(readFileSync('lab/variants/h20-banned-q2-2024.json', 'utf8')) as Variant;
    const run = { variant: x, games: 500, bots: ['normal'], seed: 'class-7', check: 'abcd1234' };
    const frag = encodeLabLink(run);
    expect(frag.length).toBeLessThan(2000);
    const back = decodeLabLink(`#${frag}`);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.run).toEqual(run);
    expect(decodeLabLink('#lab=AAAA').ok).toBe(false);
  });
});
