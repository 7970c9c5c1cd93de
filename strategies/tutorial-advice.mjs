// tutorial-advice: plays exactly what the coached tutorial (src/store/tutorial.ts, TUTORIAL_ADVICE) tells a
// newcomer playing Microsoft in scenarios/tutorial.json: 30,000 H100 at a $30,000 max in Q1 (what the power it
// has runs), 100,000 in Q2 and 130,000 in Q3 (what the power arriving then runs beside the Maia), 100,000 Maia
// 100 booked in Q1 and again in Q2 (the ramp's cap; Q3's would arrive after the end), nothing into finishing
// Maia's ramp (it does not pay back in three quarters), no extra power (the grid builds under way cover it).
// A test checks these orders equal the tutorial's. From any other seat or scenario it plays the same numbers,
// as a person following the card would, scaled down to what the engine takes there (helpers.legal; from the
// tutorial's seat they are taken as they are).
const ADVICE = [
  { h100: 30000, maxPrice: 30000, maia: 100000 },
  { h100: 100000, maxPrice: 30000, maia: 100000 },
  { h100: 130000, maxPrice: 30000, maia: 0 },
];

export default function decide(view, ctx) {
  const orders = ctx.helpers.empty();
  const a = ADVICE[ctx.quarter];
  if (!a) return orders;
  if (a.h100 > 0) orders.bids.push({ sku: 'H100', quantity: a.h100, maxPrice: a.maxPrice });
  // Maia stays in the ramp: bookings keep to the ramp's cap (in volume there is none).
  const ramping = view.me.silicon.stage !== 'volume';
  orders.customOrder = ramping ? Math.min(a.maia, ctx.scenario.silicon.rampCap) : a.maia;
  return ctx.helpers.legal(orders);
}
