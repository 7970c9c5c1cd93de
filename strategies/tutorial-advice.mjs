// tutorial-advice: plays exactly what the coached tutorial (src/store/tutorial.ts, TUTORIAL_ADVICE) tells a
// newcomer playing Microsoft in scenarios/tutorial.json: 60,000 H100 at a $30,000 max in Q1, 80,000 in Q2
// and 100,000 in Q3 (the chips the power arriving each quarter will run), $1B to finish Maia 100's ramp in Q1,
// 100,000 Maia booked in Q1 and 150,000 in Q2 (bookings grow 50% a quarter; Q3's would arrive after the end;
// if a respin left Maia in the ramp, pay what the stage still needs and book the ramp's cap instead),
// no extra power (the grid builds under way cover it). A test checks these orders equal the tutorial's.
// From any other seat or scenario it plays the same numbers, as a person following the card would, scaled
// down to what the engine takes there (helpers.legal; from the tutorial's seat they are taken as they are).
const ADVICE = [
  { h100: 60000, maxPrice: 30000, siliconInvestment: 1000000000, maia: 100000 },
  { h100: 80000, maxPrice: 30000, siliconInvestment: 0, maia: 150000 },
  { h100: 100000, maxPrice: 30000, siliconInvestment: 0, maia: 0 },
];

export default function decide(view, ctx) {
  const orders = ctx.helpers.empty();
  const a = ADVICE[ctx.quarter];
  if (!a) return orders;
  if (a.h100 > 0) orders.bids.push({ sku: 'H100', quantity: a.h100, maxPrice: a.maxPrice });
  // A respin can leave Maia in the ramp after Q1's money: then the advice is to pay what the stage still
  // needs and book the ramp's cap (100,000) instead of 150,000.
  const ramping = view.me.silicon.stage !== 'volume';
  orders.siliconInvestment = ctx.quarter > 0 && ramping && a.maia > 0 ? ctx.helpers.siliconStageCost() : a.siliconInvestment;
  orders.customOrder = ramping ? Math.min(a.maia, ctx.scenario.silicon.rampCap) : a.maia;
  return ctx.helpers.legal(orders);
}
