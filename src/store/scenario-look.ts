/**
 * How a scenario looks, derived from the scenario itself (its optional `presentation` block first, then its
 * rules): which companies stand behind the export wall, each vendor's colour and name prefix, and the blocs
 * the debrief compares. Pure functions of the scenario, shared by the board (scenes) and the DOM panels.
 */
import { relationshipVendor } from '../engine';
import type { CompanySpec, LocalizedText, Scenario } from '../engine/types';
export { badgeOf } from '../scenario/badge';

/** The relationship vendor's green (the board's and the charts' accent colour). */
export const PRIMARY_GREEN = '#76b900';

/** Built-in colours for vendors of the base scenarios, so their look does not change. */
const KNOWN: Readonly<Record<string, string>> = { AMD: '#e8743b', Huawei: '#d04a5a' };

/** Colours for other vendors, none of them green (the relationship vendor's) or the wall's brick red. */
const PALETTE = ['#4aa3df', '#b48ee0', '#e0c04a', '#4ac2b0', '#e07ab8', '#e8743b', '#c9a27a', '#8fb3ff'] as const;

/** A small stable hash of a name (FNV-1a, 32 bits). */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A vendor's look in a scenario. */
export interface VendorStyle {
  /** #rrggbb. */
  color: string;
  /** Cut from the start of its SKU names on the board. */
  prefix: string;
  /** True for the vendor the relationship is with (drawn in green unless the scenario says otherwise). */
  primary: boolean;
}

const styleCache = new WeakMap<Scenario, Map<string, VendorStyle>>();

/**
 * Every vendor's look: the scenario's colour and prefix if it names them; else green for the relationship
 * vendor, a built-in colour for AMD and Huawei, and for any other vendor a colour picked by a hash of its name
 * (stable across games), stepping on if another vendor of the scenario already has it.
 */
export function vendorStyles(scenario: Pick<Scenario, 'skus' | 'relationship' | 'presentation'>): Map<string, VendorStyle> {
  const cached = styleCache.get(scenario as Scenario);
  if (cached) return cached;
  const primary = relationshipVendor(scenario).vendor;
  const given = new Map((scenario.presentation?.vendors ?? []).map((v) => [v.name, v]));
  const vendors: string[] = [];
  for (const k of scenario.skus) if (!vendors.includes(k.vendor)) vendors.push(k.vendor);
  if (!vendors.includes(primary)) vendors.unshift(primary);
  const out = new Map<string, VendorStyle>();
  const used = new Set<string>();
  // Named colours first, so a derived one steps round them.
  for (const v of vendors) {
    const g = given.get(v);
    const color = g?.color?.toLowerCase() ?? (v === primary ? PRIMARY_GREEN : KNOWN[v]);
    if (color) {
      out.set(v, { color, prefix: g?.prefix ?? v, primary: v === primary });
      used.add(color);
    }
  }
  for (const v of vendors) {
    if (out.has(v)) continue;
    const start = hashName(v) % PALETTE.length;
    let color: string = PALETTE[start] as string;
    for (let k = 0; k < PALETTE.length; k++) {
      const c = PALETTE[(start + k) % PALETTE.length] as string;
      if (!used.has(c)) {
        color = c;
        break;
      }
    }
    used.add(color);
    out.set(v, { color, prefix: given.get(v)?.prefix ?? v, primary: v === primary });
  }
  styleCache.set(scenario as Scenario, out);
  return out;
}

/** One vendor's look (a vendor the scenario does not sell gets a derived colour too). */
export function vendorStyle(scenario: Pick<Scenario, 'skus' | 'relationship' | 'presentation'>, vendor: string): VendorStyle {
  return vendorStyles(scenario).get(vendor) ?? { color: PALETTE[hashName(vendor) % PALETTE.length] as string, prefix: vendor, primary: false };
}

/** A SKU's name without its vendor's prefix: "AMD Instinct MI300X" -> "Instinct MI300X" (parentheses kept). */
export function skuNameWithoutVendor(scenario: Pick<Scenario, 'skus' | 'relationship' | 'presentation'>, sku: { name: string; vendor: string }): string {
  for (const prefix of new Set([vendorStyle(scenario, sku.vendor).prefix, sku.vendor])) {
    if (prefix && sku.name.toLowerCase().startsWith(prefix.toLowerCase() + ' ')) return sku.name.slice(prefix.length + 1) || sku.name;
  }
  return sku.name;
}

/** "NVIDIA H100 SXM (Hopper)" -> "H100 SXM": parentheses out, the vendor's prefix (and AMD's "Instinct") cut. */
export function shortSkuNameIn(scenario: Pick<Scenario, 'skus' | 'relationship' | 'presentation'>, sku: { name: string; vendor: string }): string {
  let n = sku.name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  for (const prefix of new Set([vendorStyle(scenario, sku.vendor).prefix, sku.vendor])) {
    if (prefix && n.toLowerCase().startsWith(prefix.toLowerCase() + ' ')) {
      n = n.slice(prefix.length + 1);
      break;
    }
  }
  n = n.replace(/^Instinct\s+/i, '');
  return n || sku.name;
}

/** The regions and tiers behind the wall: the scenario's `presentation.walled`, else whatever any export rule binds. */
export function walledCodes(scenario: Pick<Scenario, 'exportRules' | 'presentation'>): { regions: Set<string>; tiers: Set<string> } {
  const walled = scenario.presentation?.walled;
  if (walled) return { regions: new Set(walled), tiers: new Set() };
  const regions = new Set<string>();
  const tiers = new Set<string>();
  for (const r of scenario.exportRules) {
    for (const x of r.destinations.regions) regions.add(x);
    for (const x of r.destinations.tiers) tiers.add(x);
  }
  return { regions, tiers };
}

/** True if the company stands behind the export wall (by its region, or its tier when rules bind tiers). */
export function isWalled(scenario: Pick<Scenario, 'exportRules' | 'presentation'>, company: Pick<CompanySpec, 'region' | 'tier'>): boolean {
  const w = walledCodes(scenario);
  return w.regions.has(company.region) || w.tiers.has(company.tier);
}

/**
 * The board's two columns: the companies behind the wall on the right. With no wall (no rule binds any
 * company), the companies outside the first company's home region go right; if that splits nothing, halves.
 */
export function boardSides<C extends Pick<CompanySpec, 'region' | 'tier'>>(scenario: Pick<Scenario, 'exportRules' | 'presentation'>, companies: readonly C[]): { left: C[]; right: C[] } {
  let right = companies.filter((c) => isWalled(scenario, c));
  let left = companies.filter((c) => !isWalled(scenario, c));
  if (right.length === 0 || left.length === 0) {
    const home = companies[0]?.region;
    right = companies.filter((c) => c.region !== home);
    left = companies.filter((c) => c.region === home);
  }
  if (right.length === 0 || left.length === 0) {
    const all = [...companies];
    const half = Math.ceil(all.length / 2);
    left = all.slice(0, half);
    right = all.slice(half);
  }
  return { left, right };
}

/** A group of companies compared in the debrief: a bloc the scenario names, or one home region. */
export interface RegionGroup {
  /** A stable key: the region code, or "bloc:<index>". */
  key: string;
  /** The bloc's name, or null for a plain region (named by its code). */
  name: LocalizedText | null;
  /** The region code for a plain region (for its built-in name and colour), else null. */
  region: string | null;
  regions: string[];
}

/**
 * The debrief's region groups: the scenario's blocs (companies of regions no bloc names are left out), or
 * one group per home region in the order the companies first name them.
 */
export function regionGroups(scenario: Pick<Scenario, 'companies' | 'presentation'>): RegionGroup[] {
  const blocs = scenario.presentation?.blocs;
  if (blocs && blocs.length > 0) return blocs.map((b, i) => ({ key: `bloc:${i}`, name: b.name, region: null, regions: [...b.regions] }));
  const regions: string[] = [];
  for (const c of scenario.companies) if (!regions.includes(c.region)) regions.push(c.region);
  return regions.map((r) => ({ key: r, name: null, region: r, regions: [r] }));
}
