import { finalStandings, quarterLabel, type GameState } from '../engine';

/** Formats dollars for people: $14.6B, $320M, $25,000. */
export function money(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e9) return `$${(n / 1e9).toFixed(1)}B`;
  if (a >= 1e6) return `$${(n / 1e6).toFixed(0)}M`;
  return `$${n.toLocaleString('en-US')}`;
}

function pad(s: string | number, w: number, right = false): string {
  const t = String(s);
  return right ? t.padStart(w) : t.padEnd(w);
}

/** The JSON summary of a finished game for `simulate --json`. */
export function gameSummary(state: GameState) {
  return {
    seed: state.seed,
    scenario: state.scenario.id,
    finalHash: state.history[state.history.length - 1]?.stateHash ?? '',
    standings: finalStandings(state).map((s) => ({ playerId: s.playerId, rank: s.rank, score: s.score / 10, par: s.par === null ? null : s.par / 10, margin: s.margin === null ? null : s.margin / 10, breakdown: Object.fromEntries(Object.entries(s.parts).map(([k, v]) => [k, v / 10])) })),
    quarters: state.history.map((h) => ({
      quarter: h.quarter,
      label: quarterLabel(state.scenario, h.quarter),
      clearing: h.clearing.map((c) => ({ sku: c.sku, supply: c.supply, sold: c.sold, price: c.clearingPrice })),
      metrics: h.metrics,
    })),
  };
}

/** The plain-text report of a finished game: standings with the score breakdown, clearing prices, chips per company. */
export function gameReport(state: GameState): string {
  const out: string[] = [];
  const sc = state.scenario;
  out.push(`${sc.title.en} · seed ${state.seed} · final hash ${state.history[state.history.length - 1]?.stateHash ?? '-'}`);
  out.push('');
  const standings = finalStandings(state);
  const hasPar = standings.some((s) => s.margin !== null);
  const signed = (tenths: number | null) => (tenths === null ? '-' : `${tenths > 0 ? '+' : ''}${(tenths / 10).toFixed(1)}`);
  out.push(`Final standings (score 0-100; parts 0-100 before weighting${hasPar ? '; ranked by score minus par, what the bots of the par field score from that seat' : ''})`);
  out.push(`${pad('#', 3)}${pad('company', 12)}${pad('score', 7, true)}${hasPar ? pad('par', 7, true) + pad('± par', 7, true) : ''}${pad('capab.', 8, true)}${pad('market', 8, true)}${pad('indep.', 8, true)}${pad('effic.', 8, true)}`);
  for (const s of standings) {
    const name = sc.companies.find((c) => c.id === s.playerId)?.name ?? s.playerId;
    const p = s.parts;
    const parCols = hasPar ? pad(s.par === null ? '-' : (s.par / 10).toFixed(1), 7, true) + pad(signed(s.margin), 7, true) : '';
    out.push(`${pad(s.rank, 3)}${pad(name, 12)}${pad((s.score / 10).toFixed(1), 7, true)}${parCols}${pad((p.capability / 10).toFixed(1), 8, true)}${pad((p.market / 10).toFixed(1), 8, true)}${pad((p.independence / 10).toFixed(1), 8, true)}${pad((p.efficiency / 10).toFixed(1), 8, true)}`);
  }
  out.push('');
  out.push('Clearing price per quarter and SKU (units sold / supply)');
  const skus = sc.skus.map((s) => s.id);
  out.push(pad('quarter', 9) + skus.map((s) => pad(s, 22, true)).join(''));
  for (const h of state.history) {
    const cells = skus.map((id) => {
      const c = h.clearing.find((x) => x.sku === id);
      return pad(c ? `${money(c.clearingPrice)} ${Math.round(c.sold / 1000)}k/${Math.round(c.supply / 1000)}k` : '-', 22, true);
    });
    out.push(pad(quarterLabel(sc, h.quarter), 9) + cells.join(''));
  }
  out.push('');
  out.push('Chips per company at the end (units; deployed/idle; H100e deployed; power)');
  const last = state.history[state.history.length - 1];
  for (const p of state.players) {
    const m = last?.metrics.find((x) => x.playerId === p.id);
    const name = sc.companies.find((c) => c.id === p.id)?.name ?? p.id;
    const fleet = Object.entries(p.fleet).filter(([, n]) => n > 0).map(([k, n]) => `${k === 'custom' ? (sc.companies.find((c) => c.id === p.id)?.silicon.name ?? 'own') : k} ${Math.round(n / 1000)}k`).join(', ');
    out.push(`${pad(name, 12)}${fleet}`);
    if (m) out.push(`${pad('', 12)}deployed ${Math.round(m.deployedUnits / 1000)}k, idle ${Math.round(m.idleUnits / 1000)}k, ${Math.round(m.deployedH100e / 1000)}k H100e, ${m.powerMw} MW, cash ${money(m.cash)}`);
  }
  return out.join('\n');
}

/** A one-line progress bar on stderr (games done, time elapsed, time left), ended by a newline when done. */
export function progressBar(done: number, total: number, started: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const secs = (performance.now() - started) / 1000;
  const eta = done > 0 ? Math.round((secs / done) * (total - done)) : 0;
  process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} games, ${Math.round(secs)}s elapsed, ~${eta}s left `);
  if (done === total) process.stderr.write('\n');
}
