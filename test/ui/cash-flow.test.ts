/** Where the quarter's money went (src/ui/play/cash-flow.ts): cash before, revenue in, spend out, cash after, the next budget. */
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/text/i18n';
import { cashFlowText } from '../../src/ui/play/cash-flow';
import { player, playQuarter, resolveWith, newGame } from '../helpers/game';

afterEach(() => setLang('en'));

/** makeScenario: alpha starts with $100M and gets $50M a quarter (so $150M at Q1's orders); H100 lists at $25k. */
const game = newGame();

describe('the cash line under your quarter', () => {
  it('starts from the cash at the orders, splits the chips from the rest and names the next budget', () => {
    expect(player(game, 'alpha').cash).toBe(150_000_000);
    const s = resolveWith(game, { alpha: { bids: [{ sku: 'H100', quantity: 300, maxPrice: 40_000 }], powerBuild: 1 } });
    const text = cashFlowText(s, 'alpha', 0) ?? '';
    expect(text).toMatch(
      /^Cash \$150M → \$[\d.]+M: \+\$[\d.]+[MK]? AI revenue, −\$[\d.]+M spent \(\$7\.5M on chips, \$[\d.]+M on power, own silicon, deals and running costs\)\. The next quarter brings \$50M new budget\.$/,
    );
    setLang('de');
    expect(cashFlowText(s, 'alpha', 0)).toMatch(
      /^Kasse 150\u00a0Mio\.\u00a0\$ → .+ \(7,5\u00a0Mio\.\u00a0\$ für Chips, .+\)\. Das nächste Quartal bringt 50\u00a0Mio\.\u00a0\$ neues Budget\.$/,
    );
  });

  it('adds up: the cash before, plus revenue, less spend, is the cash after', () => {
    const s = resolveWith(game, { alpha: { bids: [{ sku: 'H100', quantity: 300, maxPrice: 40_000 }], powerBuild: 2 } });
    const m = s.history[0]?.metrics.find((x) => x.playerId === 'alpha');
    expect(m && m.cash - m.revenue + m.spend).toBe(150_000_000);
  });

  it('says “spent on chips” when the chips were all, and names no next budget in the last quarter', () => {
    let s = game;
    for (let q = 0; q < 3; q++) s = playQuarter(s);
    s = resolveWith(s, { alpha: { bids: [{ sku: 'H100', quantity: 100, maxPrice: 25_000 }] } });
    const text = cashFlowText(s, 'alpha', 3) ?? '';
    expect(text).toMatch(/spent (on chips|\(\$2\.5M on chips, .+\))\.$/);
    expect(text).not.toMatch(/next quarter/);
    expect(cashFlowText(s, 'nobody', 3)).toBeNull();
  });
});
