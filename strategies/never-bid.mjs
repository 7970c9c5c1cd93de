// never-bid: passes every quarter. Buys nothing, builds nothing, funds nothing: the floor any
// strategy should beat (the score's reward for doing nothing).
export default function decide(view, ctx) {
  return ctx.helpers.empty();
}
