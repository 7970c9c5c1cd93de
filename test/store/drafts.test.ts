import { describe, expect, it } from 'vitest';
import { draftToOrders, emptyDraft, fieldOfPath, parseAmount } from '../../src/store/drafts';
import { makeScenario } from '../helpers/scenario';

describe('parseAmount', () => {
  it('reads amounts the way people type them', () => {
    expect(parseAmount('32000')).toEqual({ ok: true, value: 32000, empty: false });
    expect(parseAmount(' $32,000 ')).toEqual({ ok: true, value: 32000, empty: false });
    expect(parseAmount('32k')).toEqual({ ok: true, value: 32000, empty: false });
    expect(parseAmount('1.5B')).toEqual({ ok: true, value: 1_500_000_000, empty: false });
    expect(parseAmount('')).toEqual({ ok: true, value: 0, empty: true });
  });

  it('refuses negatives, fractions and words with a reason', () => {
    expect(parseAmount('-5')).toMatchObject({ ok: false, message: 'cannot be negative' });
    expect(parseAmount('2.5')).toMatchObject({ ok: false, message: 'must be a whole number' });
    expect(parseAmount('lots')).toMatchObject({ ok: false });
    expect(parseAmount('9e99')).toMatchObject({ ok: false });
  });
});

describe('draftToOrders', () => {
  const scenario = makeScenario();

  it('turns typed fields into orders and skips SKUs with no quantity', () => {
    const d = emptyDraft();
    d.bids.H100 = { quantity: '1,000', maxPrice: '30k' };
    d.bids.H20 = { quantity: '', maxPrice: '12000' };
    d.powerBuild = '50';
    const r = draftToOrders(d, scenario);
    expect(r.problems).toEqual([]);
    expect(r.orders.bids).toEqual([{ sku: 'H100', quantity: 1000, maxPrice: 30000 }]);
    expect(r.bidSkus).toEqual(['H100']);
    expect(r.orders.powerBuild).toBe(50);
  });

  it('asks for a price when a quantity has none', () => {
    const d = emptyDraft();
    d.bids.H100 = { quantity: '10', maxPrice: '' };
    const r = draftToOrders(d, scenario);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.field).toEqual({ kind: 'bidPrice', sku: 'H100' });
  });

  it('maps engine error paths back to inputs', () => {
    expect(fieldOfPath('orders.bids[1].maxPrice', ['H100', 'H20'])).toEqual({ kind: 'bidPrice', sku: 'H20' });
    expect(fieldOfPath('orders.bids[0].sku', ['H100'])).toEqual({ kind: 'bidQuantity', sku: 'H100' });
    expect(fieldOfPath('orders.powerBuild', [])).toEqual({ kind: 'powerBuild' });
    expect(fieldOfPath('orders', [])).toEqual({ kind: 'general' });
    expect(fieldOfPath(undefined, [])).toEqual({ kind: 'general' });
  });
});

describe('parseAmount in German', () => {
  it('reads German number style: dots group thousands, a comma is the decimal point, Tsd./Mio./Mrd.', () => {
    expect(parseAmount('30.000', 'de')).toEqual({ ok: true, value: 30000, empty: false });
    expect(parseAmount('1.250.000', 'de')).toEqual({ ok: true, value: 1_250_000, empty: false });
    expect(parseAmount('30.000 $', 'de')).toEqual({ ok: true, value: 30000, empty: false });
    expect(parseAmount('32 Tsd. $', 'de')).toEqual({ ok: true, value: 32000, empty: false });
    expect(parseAmount('2,5 Mio.', 'de')).toEqual({ ok: true, value: 2_500_000, empty: false });
    expect(parseAmount('1,5 Mrd', 'de')).toEqual({ ok: true, value: 1_500_000_000, empty: false });
    expect(parseAmount('40k', 'de')).toEqual({ ok: true, value: 40000, empty: false });
    expect(parseAmount('1.5M', 'de')).toEqual({ ok: true, value: 1_500_000, empty: false });
    expect(parseAmount('2,5', 'de')).toMatchObject({ ok: false, message: 'must be a whole number' });
    expect(parseAmount('-3', 'de')).toMatchObject({ ok: false, message: 'cannot be negative' });
    expect(parseAmount('1,2,3', 'de')).toMatchObject({ ok: false });
  });

  it('English keeps reading "30.000" as thirty', () => {
    expect(parseAmount('30.000')).toMatchObject({ ok: true, value: 30 });
  });

  it('draftToOrders reads the draft in the style given', () => {
    const d = emptyDraft();
    d.bids.H100 = { quantity: '5.000', maxPrice: '30.000' };
    expect(draftToOrders(d, makeScenario(), 'de').orders.bids).toEqual([{ sku: 'H100', quantity: 5000, maxPrice: 30000 }]);
  });
});
