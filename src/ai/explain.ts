/**
 * Turns a bot's structured rationale into sentences a player reads after the reveal, in English or German.
 * The rationale holds only codes and numbers; every sentence lives here.
 */
import { quarterLabel } from '../engine/time';
import type { Scenario } from '../engine/types';
import { scenarioNameIn } from '../text/scenario-name-table';
import type { BotRationale, Reason, ReasonCode } from './types';

/**
 * What the words may name from the game: chips, companies and rules by their names, quarters as "Q3 2024".
 * Without it (a rationale read on its own) ids and quarter numbers are printed as they are.
 */
export interface ExplainContext {
  scenario: Pick<Scenario, 'skus' | 'companies' | 'exportRules' | 'startYear' | 'startQuarter'>;
}

/** A language the explanations ship in. */
export type Lang = 'en' | 'de';

type Values = Reason['values'];
type Fmt = { money: (v: unknown) => string; int: (v: unknown) => string; pct: (v: unknown) => string; q: (v: unknown) => string; sku: (v: unknown) => string; rule: (v: unknown) => string; partner: (v: unknown) => string };

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

function fmt(lang: Lang, ctx?: ExplainContext): Fmt {
  const loc = lang === 'de' ? 'de-DE' : 'en-US';
  const int = (v: unknown) => Math.round(num(v)).toLocaleString(loc);
  const dec = (x: number) => x.toLocaleString(loc, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const money = (v: unknown) => {
    const n = num(v);
    const a = Math.abs(n);
    if (lang === 'de') {
      if (a >= 1e9) return `${dec(n / 1e9)} Mrd. $`;
      if (a >= 1e6) return `${Math.round(n / 1e6).toLocaleString(loc)} Mio. $`;
      return `${int(n)} $`;
    }
    if (a >= 1e9) return `$${dec(n / 1e9)}B`;
    if (a >= 1e6) return `$${Math.round(n / 1e6).toLocaleString(loc)}M`;
    return `$${int(n)}`;
  };
  const sc = ctx?.scenario;
  // A quarter index as the calendar quarter ("Q3 2024"), or "quarter 3" without a scenario.
  const q = (v: unknown) => (sc ? quarterLabel(sc, Math.round(num(v))) : `${lang === 'de' ? 'Quartal' : 'quarter'} ${int(num(v) + 1)}`);
  const sku = (v: unknown) => sc?.skus.find((k) => k.id === v)?.name ?? S(v);
  const rule = (v: unknown) => sc?.exportRules.find((r) => r.id === v)?.name[lang] ?? S(v);
  // A partnership offer, given by the scenario's (English) name: in German a shipped scenario's offer by its German name, as the screens name it.
  const partner = (v: unknown) => scenarioNameIn(S(v), lang);
  // German sets a space before the percent sign ("29 %"), as the rest of the German UI does.
  return { money, int, pct: (v) => (lang === 'de' ? `${int(v)} %` : `${int(v)}%`), q, sku, rule, partner };
}

const S = (v: unknown) => String(v ?? '');
/** A silicon stage's name in running text (the rationale carries the engine's code: "tapeout"). */
const STAGE_EN: Record<string, string> = { none: 'first', design: 'design', tapeout: 'tape-out', ramp: 'ramp', volume: 'volume' };
const STAGE_DE: Record<string, string> = { none: 'erste Phase', design: 'Entwurfsphase', tapeout: 'Tape-out-Phase', ramp: 'Anlaufphase', volume: 'Serienphase' };

type Templates = Record<ReasonCode, (x: Values, f: Fmt) => string>;

const EN: Templates = {
  listPrice: (x, f) => `list price ${f.money(x.price)}`,
  lastClearing: (x, f) => `cleared at ${f.money(x.price)} in ${f.q(x.quarter)}`,
  forecastClearing: (x, f) => `expected clearing price ${f.money(x.price)}`,
  supplyChange: (x, f) => `supply ${num(x.pct) >= 0 ? 'up' : 'down'} ${f.pct(Math.abs(num(x.pct)))} on last quarter`,
  otherDemand: (x, f) => `buyers outside the game want ${f.int(x.units)} units at up to ${f.money(x.price)}`,
  rivalDemand: (x, f) => `${f.int(x.rivals)} rivals expected to bid for about ${f.int(x.units)} units`,
  valuePerUnit: (x, f) => `one more unit is worth ${f.money(x.value)} to us`,
  shortGame: (x, f) => `a game this short: money kept has only ${f.int(x.quarters)} quarters left to buy in, so a unit is worth up to ${f.pct(x.pct)} more to us than at our usual pace`,
  revenuePerUnit: (x, f) => `${f.money(x.value)} of that is AI revenue (it counts in cash and in revenue earned)`,
  capabilityValue: (x, f) => `${f.money(x.value)} of that is capability over ${f.int(x.quarters)} quarters`,
  quartersLeft: (x, f) => `${f.int(x.n)} quarters left`,
  powerReady: (x, f) => `power online now for ${f.int(x.units)} units`,
  powerLater: (x, f) => `${f.int(x.units)} more units would run from ${f.q(x.quarter)}`,
  bidCurve: (x, f) => `a demand curve of ${f.int(x.tranches)} bids: ${f.int(x.units)} more units if the price clears as low as ${f.money(x.price)}`,
  cashLimited: (x, f) => `limited by cash (${f.money(x.cash)} free)`,
  aggression: (x, f) => `bid ${f.pct(x.pct)} over the expected price`,
  simulated: (x, f) =>
    `simulated ${f.int(x.samples)} auctions: wins in ${f.pct(x.winPct)} of them, about ${f.int(x.expectedUnits)} units at ${f.money(x.expectedPrice)}, expected gain ${f.money(x.surplus)}`,
  tooExpensive: (x, f) => `too expensive: expected ${f.money(x.forecast)}, worth ${f.money(x.valuation)} to us`,
  tooLate: (x, f) => `too late in the game: worth only ${f.money(x.valuation)} a unit`,
  licence: (x, f) => `needs a licence (${f.rule(x.rule)}): granted ${f.pct(x.pct)} of the time`,
  revenueShare: (x, f) => `${f.pct(x.pct)} of the price goes to the government (${f.rule(x.rule)})`,
  exportBanned: (x, f) => `banned for us by ${f.rule(x.rule)}`,
  independenceCost: (x, f) => `costs ${f.money(x.value)} of independence (share of our own silicon)`,
  efficiencyGain: (x, f) => `adds ${f.money(x.value)} of efficiency`,
  payAsBidShade: (x, f) => `pay-as-bid: shaded the bid to ${f.money(x.price)}`,
  bidTrimmed: (x, f) => `cut from ${f.int(x.planned)} to ${f.int(x.units)} units: every bid filled at its top price must fit the cash, with the other orders`,
  planBuys: (x, f) => `the plan we kept buys it, though our planner alone would not (expected ${f.money(x.forecast)}, worth ${f.money(x.valuation)} a unit to us)`,
  planSkips: (x, f) => (num(x.units) > 0 ? `the plan we kept buys none (our planner alone would have bid for ${f.int(x.units)} units)` : 'the plan we kept buys none'),
  buildAhead: (x, f) => `build ${f.int(x.mw)} MW now, online in ${f.q(x.readyQuarter)}: ${f.int(x.forNow)} MW for this quarter's chips, ${f.int(x.ahead)} MW for the next`,
  powerCovered: (x, f) => `no new power needed (${f.int(x.mw)} MW on line or coming)`,
  powerTooLate: (x, f) => `no new power: it would come online in ${f.q(x.readyQuarter)}, after the game ends`,
  powerForFleet: (x, f) => `build ${f.int(x.mw)} MW for the chips we own and bid for`,
  powerPlan: (x, f) => `build ${f.int(x.mw)} MW of grid power and ${f.int(x.fastMw)} MW on site for the chips this plan runs`,
  powerFast: (x, f) => `build ${f.int(x.mw)} MW of on-site generation, online in ${f.q(x.readyQuarter)}: ${f.money(x.earn)} a MW to earn before grid power could come, against ${f.money(x.premium)} a MW extra`,
  powerFastGap: (x, f) => `build ${f.int(x.mw)} MW more on site, online in ${f.q(x.readyQuarter)}: the chips expected by then need it and no grid build can come before the game ends`,
  powerShortOfCash: (x, f) => `only ${f.int(x.built)} MW of the ${f.int(x.wanted)} MW wanted: the cash ran out`,
  siliconFund: (x, f) => `fund the ${STAGE_EN[S(x.stage)] ?? S(x.stage)} stage with ${f.money(x.amount)} (needs ${f.money(x.need)})`,
  siliconTooLate: (x, f) => `no silicon investment: volume is ${f.int(x.quartersToVolume)} quarters away with ${f.int(x.quartersLeft)} left`,
  siliconPays: (x, f) => `own chip pays: ${f.money(x.value)} net of the ${f.money(x.cost)} still needed, volume by ${f.q(x.volumeQuarter)}; put ${f.money(x.amount)} in now`,
  siliconNotWorth: (x, f) => `own chip does not pay: ${f.money(x.value)} against ${f.money(x.cost)}`,
  siliconPlan: (x, f) => `put ${f.money(x.amount)} into our own chip's development`,
  siliconFocus: (x, f) => `silicon focus ${f.int(x.focus)}: invest ${f.money(x.amount)}`,
  customOrder: (x, f) => `book ${f.int(x.units)} of our own chips at ${f.money(x.unitCost)} each, delivered in ${f.q(x.due)} (${f.money(x.deposit)} deposit a unit now)`,
  foundryShare: (x, f) => `the foundry has ${f.int(x.pool)} units still free for that quarter, ${f.int(x.producers)} programmes booking: expect ${f.int(x.expected)}`,
  bookingTooLate: (x, f) => `no foundry booking: it would be delivered in ${f.q(x.due)}, after the game ends`,
  greyBuy: (x, f) => `buy ${f.int(x.units)} ${f.sku(x.sku)} on the grey market at ${f.money(x.price)} (${f.pct(x.catchPct)} chance of being caught)`,
  greyRisk: (x, f) => `grey market ${f.sku(x.sku)}: expected value ${f.money(x.value)} at ${f.pct(x.catchPct)} risk (appetite ${f.int(x.appetite)})`,
  dealBid: (x, f) => `bid ${f.money(x.bid)} for the ${f.partner(x.partner)} deal (highest bid wins; worth about ${f.money(x.value)} to us)`,
  labDeal: (x, f) => `take the ${f.partner(x.partner)} deal: ${f.money(x.revenue)} a quarter for ${f.int(x.h100e)} H100e that would earn ${f.money(x.forgone)}`,
  chipmakerDeal: (x, f) => `take the ${f.partner(x.partner)} deal: prepay ${f.money(x.prepayment)} for ${f.int(x.units)} priority units a quarter`,
  partnershipDeclined: (x, f) => `decline the ${f.partner(x.partner)} deal`,
  cashReserve: (x, f) => `keep ${f.money(x.amount)} in reserve (cash reserve ${f.int(x.pct)})`,
  reserveCommitted: (x, f) => `the orders may use part of our usual ${f.money(x.reserve)} reserve (cash reserve ${f.int(x.pct)}): ${f.money(x.left)} is left if every bid fills at its top price`,
};

const DE: Templates = {
  listPrice: (x, f) => `Listenpreis ${f.money(x.price)}`,
  lastClearing: (x, f) => `Zuschlagspreis ${f.money(x.price)} in ${f.q(x.quarter)}`,
  forecastClearing: (x, f) => `erwarteter Zuschlagspreis ${f.money(x.price)}`,
  supplyChange: (x, f) => `Angebot ${f.pct(Math.abs(num(x.pct)))} ${num(x.pct) >= 0 ? 'höher' : 'niedriger'} als im Vorquartal`,
  otherDemand: (x, f) => `Käufer außerhalb des Spiels wollen ${f.int(x.units)} Stück zu bis zu ${f.money(x.price)}`,
  rivalDemand: (x, f) => `${f.int(x.rivals)} Rivalen bieten voraussichtlich für etwa ${f.int(x.units)} Stück`,
  valuePerUnit: (x, f) => `ein weiteres Stück ist uns ${f.money(x.value)} wert`,
  shortGame: (x, f) => `ein so kurzes Spiel: zurückgehaltenes Geld hat nur noch ${f.int(x.quarters)} Quartale zum Kaufen, also ist uns ein Stück bis zu ${f.pct(x.pct)} mehr wert als in unserem üblichen Tempo`,
  revenuePerUnit: (x, f) => `davon ${f.money(x.value)} KI-Umsatz (zählt als Kasse und als Umsatz)`,
  capabilityValue: (x, f) => `davon ${f.money(x.value)} Rechenkapazität über ${f.int(x.quarters)} Quartale`,
  quartersLeft: (x, f) => `noch ${f.int(x.n)} Quartale`,
  powerReady: (x, f) => `Strom jetzt verfügbar für ${f.int(x.units)} Stück`,
  powerLater: (x, f) => `${f.int(x.units)} weitere Stück liefen ab ${f.q(x.quarter)}`,
  bidCurve: (x, f) => `eine Nachfragekurve aus ${f.int(x.tranches)} Geboten: ${f.int(x.units)} Stück mehr, wenn der Preis bis auf ${f.money(x.price)} fällt`,
  cashLimited: (x, f) => `durch die Kasse begrenzt (${f.money(x.cash)} frei)`,
  aggression: (x, f) => `Gebot ${f.pct(x.pct)} über dem erwarteten Preis`,
  simulated: (x, f) =>
    `${f.int(x.samples)} Auktionen simuliert: Zuschlag in ${f.pct(x.winPct)}, etwa ${f.int(x.expectedUnits)} Stück zu ${f.money(x.expectedPrice)}, erwarteter Gewinn ${f.money(x.surplus)}`,
  tooExpensive: (x, f) => `zu teuer: erwartet ${f.money(x.forecast)}, uns ${f.money(x.valuation)} wert`,
  tooLate: (x, f) => `zu spät im Spiel: nur noch ${f.money(x.valuation)} pro Stück wert`,
  licence: (x, f) => `braucht eine Lizenz (${f.rule(x.rule)}): in ${f.pct(x.pct)} der Fälle erteilt`,
  revenueShare: (x, f) => `${f.pct(x.pct)} des Preises gehen an die Regierung (${f.rule(x.rule)})`,
  exportBanned: (x, f) => `für uns verboten durch ${f.rule(x.rule)}`,
  independenceCost: (x, f) => `kostet ${f.money(x.value)} Unabhängigkeit (Anteil eigener Chips)`,
  efficiencyGain: (x, f) => `bringt ${f.money(x.value)} Effizienz`,
  payAsBidShade: (x, f) => `Gebotspreisverfahren: Gebot auf ${f.money(x.price)} gesenkt`,
  bidTrimmed: (x, f) => `von ${f.int(x.planned)} auf ${f.int(x.units)} Stück gekürzt: jedes Gebot zu seinem Höchstpreis muss mit den übrigen Aufträgen in die Kasse passen`,
  planBuys: (x, f) => `der gewählte Plan kauft ihn, obwohl unser Planer allein es nicht täte (erwartet ${f.money(x.forecast)}, uns ${f.money(x.valuation)} pro Stück wert)`,
  planSkips: (x, f) => (num(x.units) > 0 ? `der gewählte Plan kauft keinen (unser Planer allein hätte für ${f.int(x.units)} Stück geboten)` : 'der gewählte Plan kauft keinen'),
  buildAhead: (x, f) => `jetzt ${f.int(x.mw)} MW bauen, am Netz in ${f.q(x.readyQuarter)}: ${f.int(x.forNow)} MW für die Chips dieses Quartals, ${f.int(x.ahead)} MW für die nächsten`,
  powerCovered: (x, f) => `kein neuer Strom nötig (${f.int(x.mw)} MW am Netz oder im Bau)`,
  powerTooLate: (x, f) => `kein neuer Strom: er käme erst in ${f.q(x.readyQuarter)} ans Netz, nach Spielende`,
  powerForFleet: (x, f) => `${f.int(x.mw)} MW für die eigenen und gebotenen Chips bauen`,
  powerPlan: (x, f) => `${f.int(x.mw)} MW Netzstrom und ${f.int(x.fastMw)} MW Vor-Ort-Erzeugung für die Chips dieses Plans bauen`,
  powerFast: (x, f) => `${f.int(x.mw)} MW Vor-Ort-Erzeugung bauen, am Netz in ${f.q(x.readyQuarter)}: ${f.money(x.earn)} je MW zu verdienen, bevor Netzstrom käme, gegen ${f.money(x.premium)} je MW Aufpreis`,
  powerFastGap: (x, f) => `${f.int(x.mw)} MW mehr vor Ort bauen, am Netz in ${f.q(x.readyQuarter)}: die bis dahin erwarteten Chips brauchen sie, und kein Netzausbau kommt vor Spielende`,
  powerShortOfCash: (x, f) => `nur ${f.int(x.built)} der gewünschten ${f.int(x.wanted)} MW: das Geld reicht nicht`,
  siliconFund: (x, f) => `die ${STAGE_DE[S(x.stage)] ?? S(x.stage)} mit ${f.money(x.amount)} finanzieren (nötig: ${f.money(x.need)})`,
  siliconTooLate: (x, f) => `keine Chip-Investition: Serienfertigung ist ${f.int(x.quartersToVolume)} Quartale entfernt, es bleiben ${f.int(x.quartersLeft)}`,
  siliconPays: (x, f) => `eigener Chip lohnt sich: ${f.money(x.value)} nach den noch nötigen ${f.money(x.cost)}, Serie bis ${f.q(x.volumeQuarter)}; jetzt ${f.money(x.amount)} investieren`,
  siliconNotWorth: (x, f) => `eigener Chip lohnt sich nicht: ${f.money(x.value)} gegen ${f.money(x.cost)}`,
  siliconPlan: (x, f) => `${f.money(x.amount)} in die Entwicklung des eigenen Chips stecken`,
  siliconFocus: (x, f) => `Chip-Fokus ${f.int(x.focus)}: ${f.money(x.amount)} investieren`,
  customOrder: (x, f) => `${f.int(x.units)} eigene Chips zu je ${f.money(x.unitCost)} buchen, Lieferung in ${f.q(x.due)} (jetzt ${f.money(x.deposit)} Anzahlung je Stück)`,
  foundryShare: (x, f) => `die Foundry hat für dieses Quartal noch ${f.int(x.pool)} Stück frei, ${f.int(x.producers)} Programme buchen: erwartet ${f.int(x.expected)}`,
  bookingTooLate: (x, f) => `keine Foundry-Buchung: Lieferung wäre in ${f.q(x.due)}, nach Spielende`,
  greyBuy: (x, f) => `${f.int(x.units)} ${f.sku(x.sku)} auf dem Graumarkt zu ${f.money(x.price)} kaufen (${f.pct(x.catchPct)} Risiko, erwischt zu werden)`,
  greyRisk: (x, f) => `Graumarkt ${f.sku(x.sku)}: Erwartungswert ${f.money(x.value)} bei ${f.pct(x.catchPct)} Risiko (Risikofreude ${f.int(x.appetite)})`,
  dealBid: (x, f) => `${f.money(x.bid)} für den Vertrag mit ${f.partner(x.partner)} bieten (das höchste Gebot gewinnt; er ist uns etwa ${f.money(x.value)} wert)`,
  labDeal: (x, f) => `Vertrag mit ${f.partner(x.partner)} annehmen: ${f.money(x.revenue)} pro Quartal für ${f.int(x.h100e)} H100e, die sonst ${f.money(x.forgone)} einbrächten`,
  chipmakerDeal: (x, f) => `Vertrag mit ${f.partner(x.partner)} annehmen: ${f.money(x.prepayment)} Vorauszahlung für ${f.int(x.units)} bevorzugte Stück pro Quartal`,
  partnershipDeclined: (x, f) => `Angebot von ${f.partner(x.partner)} ablehnen`,
  cashReserve: (x, f) => `${f.money(x.amount)} als Reserve behalten (Reserve-Neigung ${f.int(x.pct)})`,
  reserveCommitted: (x, f) => `die Aufträge können einen Teil unserer üblichen Reserve von ${f.money(x.reserve)} nutzen (Reserve-Neigung ${f.int(x.pct)}): ${f.money(x.left)} bleiben, wenn jedes Gebot zu seinem Höchstpreis zum Zug kommt`,
};

const HEAD = {
  en: {
    title: (r: BotRationale, who: string, when: string) => `${who}, ${when} (${r.level} bot)`,
    bid: (sku: string, q: string, p: string, v: string) => `Bid for ${q} ${sku} at up to ${p} (worth ${v} a unit to us)`,
    bidShort: (sku: string, q: string, p: string, v: string) => `Bid for ${q} ${sku} at up to ${p}: a unit is worth ${v} to us at our usual pace, and more in a game this short (below)`,
    bidBelowWorth: (sku: string, q: string, p: string, v: string) =>
      `Bid for ${q} ${sku} at up to ${p}, about what we expect to have to pay: a unit is worth up to ${v} to us (revenue and score), so winning at any price up to ${p} pays and bidding more would only risk paying more`,
    bidAboveForecast: (sku: string, q: string, p: string, v: string, fc: string) =>
      `Bid for ${q} ${sku} at up to ${p}, above the ${fc} we expect it to clear at, to be sure of winning: a unit is worth up to ${v} to us (revenue and score), so winning at any price up to ${p} pays`,
    bidBelowForecast: (sku: string, q: string, p: string, v: string, fc: string) =>
      `Bid for ${q} ${sku} at up to ${p}, below the ${fc} we expect it to clear at: we buy only if it clears lower, though a unit is worth up to ${v} to us (revenue and score)`,
    skip: (sku: string) => `No bid for ${sku}`,
    bidPlan: (sku: string, q: string, p: string) => `Bid for ${q} ${sku} at up to ${p}, as the plan we kept buys`,
    plan: 'Plan:',
    plans: { plan: 'our planner’s plan', theme: 'the theme plan', ownChips: 'own chips first', steady: 'the steady plan' } as Record<string, string>,
    planWhat: { plan: 'each chip bought up to what a unit is worth to us', theme: 'the cheapest compute first, and the power to run it', ownChips: 'our own chips, vendor chips only with a twentieth of the money', steady: 'what a normal bot in our seat would order' } as Record<string, string>,
    lookahead: (futures: string, list: string, chosen: string, what: string) =>
      `played the rest of the game forward in ${futures} imagined ${futures === '1' ? 'future' : 'futures'} (rivals rebuilt from the public record, playing as normal bots): ${list}; kept ${chosen}: ${what}`,
    endsAt: (name: string, points: string) => `${name} ends at ${points} points`,
    silicon: 'Own silicon',
    power: 'Power',
    grey: 'Grey market',
    partnership: 'Partnerships',
    cash: 'Cash',
  },
  de: {
    title: (r: BotRationale, who: string, when: string) => `${who}, ${when} (Bot, Stufe ${r.level === 'easy' ? 'leicht' : r.level === 'normal' ? 'normal' : 'schwer'})`,
    bid: (sku: string, q: string, p: string, v: string) => `Gebot für ${q} ${sku} zu höchstens ${p} (uns ${v} pro Stück wert)`,
    bidShort: (sku: string, q: string, p: string, v: string) => `Gebot für ${q} ${sku} zu höchstens ${p}: ein Stück ist uns in unserem üblichen Tempo ${v} wert, in einem so kurzen Spiel mehr (siehe unten)`,
    bidBelowWorth: (sku: string, q: string, p: string, v: string) =>
      `Gebot für ${q} ${sku} zu höchstens ${p}, etwa dem Preis, den wir zahlen zu müssen erwarten: ein Stück ist uns bis zu ${v} wert (Umsatz und Punkte), also lohnt sich jeder Zuschlag bis ${p}, und ein höheres Gebot hieße nur, womöglich mehr zu zahlen`,
    bidAboveForecast: (sku: string, q: string, p: string, v: string, fc: string) =>
      `Gebot für ${q} ${sku} zu höchstens ${p}, über dem erwarteten Zuschlagspreis von ${fc}, um sicher zu gewinnen: ein Stück ist uns bis zu ${v} wert (Umsatz und Punkte), also lohnt sich jeder Zuschlag bis ${p}`,
    bidBelowForecast: (sku: string, q: string, p: string, v: string, fc: string) =>
      `Gebot für ${q} ${sku} zu höchstens ${p}, unter dem erwarteten Zuschlagspreis von ${fc}: wir kaufen nur, wenn er niedriger ausfällt, obwohl uns ein Stück bis zu ${v} wert ist (Umsatz und Punkte)`,
    skip: (sku: string) => `Kein Gebot für ${sku}`,
    bidPlan: (sku: string, q: string, p: string) => `Gebot für ${q} ${sku} zu höchstens ${p}, wie es der gewählte Plan kauft`,
    plan: 'Plan:',
    plans: { plan: 'der Plan unseres Planers', theme: 'der Themenplan', ownChips: 'eigene Chips zuerst', steady: 'der ruhige Plan' } as Record<string, string>,
    planWhat: { plan: 'jeder Chip bis zu dem Preis, den uns ein Stück wert ist', theme: 'die günstigste Rechenleistung zuerst, und der Strom dafür', ownChips: 'unsere eigenen Chips, Fremdchips nur mit einem Zwanzigstel des Geldes', steady: 'was ein normaler Bot an unserer Stelle bestellen würde' } as Record<string, string>,
    lookahead: (futures: string, list: string, chosen: string, what: string) =>
      `den Rest des Spiels in ${futures} ${futures === '1' ? 'gedachten Zukunft' : 'gedachten Zukünften'} durchgespielt (Rivalen aus den öffentlichen Daten nachgebildet, als normale Bots): ${list}; gewählt: ${chosen}, also ${what}`,
    endsAt: (name: string, points: string) => `${name} endet bei ${points} Punkten`,
    silicon: 'Eigene Chips',
    power: 'Strom',
    grey: 'Graumarkt',
    partnership: 'Partnerschaften',
    cash: 'Kasse',
  },
} as const;

/** One reason as a sentence fragment. */
export function explainReason(reason: Reason, lang: Lang, ctx?: ExplainContext): string {
  const t = (lang === 'de' ? DE : EN)[reason.code];
  return t ? t(reason.values, fmt(lang, ctx)) : reason.code;
}

/** A bid worth clearly more than its price (more than a tenth): the heading says why it bids no more. */
const WORTH_MARGIN = 1.1;

/** A rationale in parts: its title, then each decision's heading and its top reasons. */
export interface ExplainedRationale {
  title: string;
  parts: { head: string; reasons: string[] }[];
}

/**
 * A rationale in parts a player reads: a title, then per bid the valuation and its top reasons (at most
 * `top`), then silicon, power, grey market, partnership and cash decisions that have reasons.
 */
export function explainParts(rationale: BotRationale, lang: Lang, top = 4, ctx?: ExplainContext): ExplainedRationale {
  const h = HEAD[lang];
  const f = fmt(lang, ctx);
  const who = ctx?.scenario.companies.find((c) => c.id === rationale.playerId)?.name ?? rationale.playerId;
  const parts: ExplainedRationale['parts'] = [];
  const reasons = (list: readonly Reason[]): string[] => list.slice(0, top).map((r) => explainReason(r, lang, ctx));
  const la = rationale.lookahead;
  if (la && la.plans.length > 0) {
    const name = (n: string) => h.plans[n] ?? n;
    const points = (tenths: number) => (num(tenths) / 10).toLocaleString(lang === 'de' ? 'de-DE' : 'en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const list = la.plans.map((p) => h.endsAt(name(p.name), points(p.score))).join(', ');
    parts.push({ head: h.plan, reasons: [h.lookahead(f.int(la.futures), list, name(la.chosen), h.planWhat[la.chosen] ?? la.chosen)] });
  }
  for (const b of rationale.bids) {
    const short = b.maxPrice > b.valuation && b.reasons.some((r) => r.code === 'shortGame');
    const args = [f.sku(b.sku), f.int(b.quantity), f.money(b.maxPrice), f.money(b.valuation)] as const;
    // "About what we expect to pay" only where the bid is near the bot's own forecast of the clearing price.
    const fc = num(b.reasons.find((r) => r.code === 'forecastClearing')?.values['price']);
    const below = b.valuation > b.maxPrice * WORTH_MARGIN;
    const heading = (): string => {
      if (below && fc > 0 && b.maxPrice > fc * WORTH_MARGIN) return h.bidAboveForecast(...args, f.money(fc));
      if (below && fc > 0 && b.maxPrice * WORTH_MARGIN < fc) return h.bidBelowForecast(...args, f.money(fc));
      return (below ? h.bidBelowWorth : short ? h.bidShort : h.bid)(...args);
    };
    const text = b.quantity <= 0 ? h.skip(f.sku(b.sku)) : b.valuation > 0 ? heading() : h.bidPlan(f.sku(b.sku), f.int(b.quantity), f.money(b.maxPrice));
    parts.push({ head: text, reasons: reasons(b.reasons) });
  }
  const sections: [string, Reason[]][] = [
    [h.silicon, rationale.silicon.reasons],
    [h.power, rationale.power.reasons],
    [h.grey, rationale.grey.reasons],
    [h.partnership, rationale.partnership.reasons],
    [h.cash, rationale.cash.reasons],
  ];
  for (const [title, list] of sections) if (list.length > 0) parts.push({ head: `${title}:`, reasons: reasons(list) });
  return { title: h.title(rationale, who, f.q(rationale.quarter)), parts };
}

/** A rationale as lines (explainParts): the title, then each heading and its reasons as "  - reason" lines. */
export function explain(rationale: BotRationale, lang: Lang, top = 4, ctx?: ExplainContext): string[] {
  const e = explainParts(rationale, lang, top, ctx);
  return [e.title, ...e.parts.flatMap((p) => [p.head, ...p.reasons.map((r) => `  - ${r}`)])];
}
