/** Strings of the coached tutorial (src/ui/tutorial.ts), the glossary (src/ui/glossary.ts) and the plan a hard bot kept (src/ui/why-list.ts). */
export const legibleEn = {
  'why.plan': 'kept {{plan}}',
  'why.plan.plan': 'its planner’s plan',
  'why.plan.theme': 'the theme plan',
  'why.plan.ownChips': 'own chips first',
  'why.plan.steady': 'the steady plan',
  // The menu's button that starts the tutorial (src/ui/menu-panel.ts).
  'menu.tutorial': 'Play the tutorial',
  'menu.tutorialSub': 'Three coached quarters as Microsoft, against two bots',
  'tut.label': 'Tutorial',
  'tut.stepOf': 'Step {{n}} of {{of}}',
  'tut.next': 'Next',
  'tut.skip': 'End the tutorial',
  'tut.terms': 'Glossary:',
  'tut.waiting': 'Do this to go on.',
  'tut.welcome':
    'You run Microsoft for three quarters against two bots. The table ranks by score minus par: par is what a good bot scores from your seat, so beating it is winning. Each card points at one part of the screen; do what it says and it moves on.',
  'tut.score':
    'Your score has four parts: capability (compute you ran), market (profit), independence (your own chips) and efficiency (compute per MW). From the first reveal on, the standings show them as a bar for every company, with the change since the quarter before.',
  'tut.bidQuantity':
    'Type {{units}} in the H100 units field: the power you have runs about that many more chips now (the 290 MW arriving next quarter are for the Maia you will book and next quarter’s H100). Chips beyond your power sit idle and earn nothing.',
  'tut.bidPrice':
    'Type {{price}} as the max price: over the list price ({{list}}) and over the neoclouds’ {{rival}}. Everyone pays the same clearing price, not their max, so a safe max costs nothing extra.',
  'tut.silicon':
    'Leave your own chip’s money at 0 this game. Finishing Maia 100’s ramp costs {{money}} and would lift the cap on bookings, but three quarters are too few for it to pay back; in the ramp you may still book 100,000 a quarter.',
  'tut.maia':
    'Book {{units}} Maia 100, the most the ramp allows. They arrive next quarter, cost a third of an H100 and count for independence.',
  'tut.plan':
    'The capacity plan: power online each quarter and the chips it runs. Your grid builds bring 290 MW in Q2 and 290 MW in Q3, so build no more: new power would come online with a quarter or less left. About a hundred idle in Q1 is fine: {{units}} is a round number just over what your power runs.',
  'tut.submit': 'Seal your orders. The bots bid at the same time; nobody sees anyone’s bids until the reveal.',
  'tut.summary':
    'Your quarter: what you won and paid, idle chips and how each score part moved. Chips idle now run next quarter, when your new power comes online.',
  'tut.continue': 'Every sealed bid is below. Continue to the next quarter.',
  'tut.bidsAgain': 'Bid again: {{units}} H100 at {{price}}. The power coming online this quarter runs them.',
  'tut.maiaMore': 'Book {{units}} Maia 100 again, the ramp’s cap. They arrive next quarter: the last booking that arrives before the game ends.',
  'tut.preview': 'Before you seal, the preview of this quarter once your orders resolve: the power online, the chips it runs, idle chips and cash. Idle should be near zero.',
  'tut.fillPower':
    'Last quarter: {{units}} H100 at {{price}} fill the last 290 MW coming online now. Book no Maia: it would arrive after the game.',
  'tut.price': 'The clearing price is the highest bid left unfilled, or the list price when every bid fills. Continue.',
  'tut.last': 'That was the last quarter. See the final standings and your review.',
  'tut.review': 'Your review',
  'tut.well': 'What went well',
  'tut.toTry': 'What to try next',
  'tut.close': 'Close the review',
  'tut.review.show': 'Show',
  'tut.review.hide': 'Hide',
  'tut.item.beatPar': 'You beat par by {{margin}} points: place {{rank}} of {{of}}.',
  'tut.item.belowPar': 'You finished {{margin}} points below par: place {{rank}} of {{of}}.',
  'tut.item.onPar': 'You finished exactly on par: place {{rank}} of {{of}}.',
  'tut.item.partTop': 'Your strongest part: {{part}} at {{value}}.',
  'tut.item.partLow': 'Your weakest part: {{part}} at {{value}}. See the glossary for what raises it.',
  'tut.item.partLowLater': 'Independence {{value}}: the tutorial left your own chip for later. Next time, fund it early.',
  'tut.item.idle': '{{idle}} chips sat idle at the end: buy only what your power runs, or build power a lead time ahead.',
  'tut.item.noMaia': 'No own chips ran: fund Maia and book it early, it raises independence and costs less per H100e.',
  'tut.item.followed': 'You bid for the {{units}} H100 the tutorial advised.',
  'tut.item.bidLess': 'You bid for {{units}} H100 where the tutorial advised {{advised}}: unused power lowers efficiency and capability.',
  'tut.item.bidMore': 'You bid for {{units}} H100 where the tutorial advised {{advised}}: chips beyond your power sit idle.',
  'tut.next.try': 'Next, try the classroom sprint or the base game.',
  'board.ownChipShort': 'Own chip',
  'an.quarter': '{{quarter}}, quarter {{n}} of {{total}}: your orders.',
  'an.reveal': '{{quarter}} revealed. {{prices}}.',
  'an.price': '{{sku}} cleared at {{price}}',
  'an.noSales': 'No chip sold',
  'an.gameOver': 'Game over. {{winner}} wins.',
  'gl.title': 'Glossary and how to win',
  'gl.open': 'Glossary (? or F1)',
  'gl.openShort': '?',
  'gl.close': 'Close',
  'gl.hint': 'Press ? or F1 on any screen to open this; Escape closes it.',
  'gl.term.howToWin': 'How to win',
  'gl.def.howToWin':
    'The standings rank by score minus par. Your score (0–100) is the sum of four parts: {{parts}}. Par is what the bots score from your seat. Beat your par by more than the others beat theirs: buy the chips your power runs, build power a lead time ahead, fund your own chip early, and keep cash working (unspent cash scores nothing).',
  'gl.partsWeighted': 'capability (up to {{capability}} points), market (up to {{market}}), independence (up to {{independence}}) and efficiency (up to {{efficiency}}); each part is rated 0–100 and counts at its weight',
  'gl.partsPlain': 'capability, market, independence and efficiency, each rated 0–100 and weighted by the scenario',
  'gl.term.par': 'Par',
  'gl.def.par':
    'What the bots score from a seat (like golf’s handicap), measured over many games in a real field: normal bots, a hard bot on every third seat, rotated each game. The companies do not start equal, so the table ranks by score minus par (“± par”), and a seat behind the export wall can win.',
  'gl.term.h100e': 'H100e',
  'gl.def.h100e':
    'H100 equivalents: a chip’s compute as a multiple of one NVIDIA H100 (an H20 is about 0.15 of an H100 in raw compute and counts 0.67 for AI work; Maia 100 counts 0.6). Capability and efficiency count deployed H100e.',
  'gl.term.tpp': 'TPP',
  'gl.def.tpp':
    'Total processing performance, the export rules’ measure of a chip’s compute (dense operations × bit width). The October 2023 rule catches chips at TPP ≥ 4,800, or TPP ≥ 1,600 with performance density ≥ 5.92; the H100 is about 15,800, the H20 2,368.',
  'gl.term.mig': 'MIG',
  'gl.def.mig':
    'Multi-instance GPU: one chip split into several isolated GPUs, so it serves more customers. A MIG chip earns more of the AI revenue pool (the scenario’s MIG yield, e.g. 15% more).',
  'gl.term.exportTiers': 'Export rules and tiers',
  'gl.def.exportTiers':
    'US export rules bind buyers by region (China) or by tier (the January 2025 diffusion rule: Tier 1 close allies, open; Tier 2 most countries, capped; Tier 3 embargoed). A rule bans a chip, needs a licence (a chance of approval), caps the units a quarter or takes a revenue share. Your export status is on your orders panel.',
  'gl.term.capability': 'Capability',
  'gl.def.capability':
    'Compute you ran over the whole game: deployed H100e, quarter by quarter, added up, against the leader: the scenario’s yardstick (what the leading company typically reaches by then; a part stops at 100) when it sets one, else the best company of this game. Idle chips add nothing.',
  'gl.term.market': 'Market',
  'gl.def.market':
    'Profit against the leader (the scenario’s yardstick, what the leading company typically earns by then, or else this game’s best): AI revenue less running costs (power, fines) and the write-off of what you spent on chips, power and silicon, spread over five years. Unspent cash is not profit; a loss scores 0.',
  'gl.term.independence': 'Independence',
  'gl.def.independence':
    'Your own chips (Maia, MTIA, TPU, Trainium...) deployed, as a share of a real fleet (yours or the median company’s, whichever is larger). Fund the programme to volume and book chips at the foundry ahead.',
  'gl.term.efficiency': 'Efficiency',
  'gl.def.efficiency':
    'Deployed H100e per MW you need (the larger of your power online and what your whole fleet would draw), against the most efficient (the scenario’s yardstick or else this game’s best). Idle chips and empty power both lower it.',
} as const;

export const legibleDe: Record<keyof typeof legibleEn, string> = {
  'why.plan': 'wählte {{plan}}',
  'why.plan.plan': 'den Plan seines Planers',
  'why.plan.theme': 'den Themenplan',
  'why.plan.ownChips': 'eigene Chips zuerst',
  'why.plan.steady': 'den ruhigen Plan',
  'menu.tutorial': 'Tutorial spielen',
  'menu.tutorialSub': 'Drei Quartale mit Anleitung als Microsoft, gegen zwei Bots',
  'tut.label': 'Tutorial',
  'tut.stepOf': 'Schritt {{n}} von {{of}}',
  'tut.next': 'Weiter',
  'tut.skip': 'Tutorial beenden',
  'tut.terms': 'Glossar:',
  'tut.waiting': 'Tu das, um weiterzukommen.',
  'tut.welcome':
    'Du leitest Microsoft drei Quartale lang gegen zwei Bots. Die Rangliste ordnet nach Punkten minus Par: Par ist, was ein guter Bot auf deinem Platz erreicht – wer es übertrifft, gewinnt. Jede Karte zeigt auf einen Teil des Bildschirms; tu, was sie sagt, dann geht es weiter.',
  'tut.score':
    'Deine Punkte haben vier Teile: Rechenleistung (was du betrieben hast), Markt (Gewinn), Unabhängigkeit (eigene Chips) und Effizienz (Rechenleistung pro MW). Ab der ersten Auflösung zeigt die Rangliste sie als Balken für jedes Unternehmen, mit der Änderung zum Vorquartal.',
  'tut.bidQuantity':
    'Trag {{units}} im Feld für die H100-Stückzahl ein: Dein vorhandener Strom betreibt jetzt etwa so viele Chips mehr (die 290 MW, die nächstes Quartal ans Netz gehen, sind für die Maia, die du buchst, und die H100 des nächsten Quartals). Chips ohne Strom stehen still und verdienen nichts.',
  'tut.bidPrice':
    'Trag {{price}} als Höchstpreis ein: über dem Listenpreis ({{list}}) und über den {{rival}} der Neoclouds. Alle zahlen denselben Marktpreis, nicht ihren Höchstpreis – ein sicherer Höchstpreis kostet also nichts extra.',
  'tut.silicon':
    'Lass das Geld für deinen eigenen Chip in diesem Spiel bei 0. Den Anlauf von Maia 100 abzuschließen kostet {{money}} und höbe die Obergrenze für Buchungen auf, aber drei Quartale reichen nicht, damit sich das auszahlt; im Anlauf darfst du trotzdem 100.000 pro Quartal buchen.',
  'tut.maia':
    'Buche {{units}} Maia 100, so viele, wie der Anlauf erlaubt. Sie kommen nächstes Quartal, kosten ein Drittel eines H100 und zählen für die Unabhängigkeit.',
  'tut.plan':
    'Der Kapazitätsplan: Strom am Netz in jedem Quartal und die Chips, die er betreibt. Deine Netzausbauten bringen 290 MW in Q2 und 290 MW in Q3 – bau nicht mehr: Neuer Strom käme erst mit einem Quartal oder weniger Restzeit ans Netz. Etwa hundert ungenutzte Chips in Q1 sind in Ordnung: {{units}} ist eine runde Zahl knapp über dem, was dein Strom betreibt.',
  'tut.submit': 'Gib deine Gebote verdeckt ab. Die Bots bieten gleichzeitig; niemand sieht fremde Gebote vor der Auflösung.',
  'tut.summary':
    'Dein Quartal: was du gewonnen und bezahlt hast, ungenutzte Chips und wie sich jeder Punkteteil bewegt hat. Chips, die jetzt stillstehen, laufen nächstes Quartal, wenn dein neuer Strom ans Netz geht.',
  'tut.continue': 'Unten stehen alle verdeckten Gebote. Weiter zum nächsten Quartal.',
  'tut.bidsAgain': 'Biete wieder: {{units}} H100 zu {{price}}. Der Strom, der dieses Quartal ans Netz geht, betreibt sie.',
  'tut.maiaMore':
    'Buche wieder {{units}} Maia 100, die Obergrenze im Anlauf. Sie kommen nächstes Quartal: die letzte Buchung, die vor Spielende ankommt.',
  'tut.preview':
    'Vor dem Abgeben die Vorschau auf dieses Quartal, wenn deine Bestellungen aufgelöst sind: der Strom am Netz, die Chips, die er betreibt, ungenutzte Chips und Geld. Ungenutzt sollte nahe null sein.',
  'tut.fillPower':
    'Letztes Quartal: {{units}} H100 zu {{price}} füllen die letzten 290 MW, die jetzt ans Netz gehen. Buche keine Maia: Sie kämen erst nach Spielende.',
  'tut.price': 'Der Marktpreis ist das höchste Gebot, das leer ausging, oder der Listenpreis, wenn alle Gebote bedient werden. Weiter.',
  'tut.last': 'Das war das letzte Quartal. Sieh dir die Schlusswertung und deine Auswertung an.',
  'tut.review': 'Deine Auswertung',
  'tut.well': 'Was gut lief',
  'tut.toTry': 'Was du als Nächstes versuchen kannst',
  'tut.close': 'Auswertung schließen',
  'tut.review.show': 'Anzeigen',
  'tut.review.hide': 'Ausblenden',
  'tut.item.beatPar': 'Du hast Par um {{margin}} Punkte übertroffen: Platz {{rank}} von {{of}}.',
  'tut.item.belowPar': 'Du liegst {{margin}} Punkte unter Par: Platz {{rank}} von {{of}}.',
  'tut.item.onPar': 'Du liegst genau auf Par: Platz {{rank}} von {{of}}.',
  'tut.item.partTop': 'Dein stärkster Teil: {{part}} mit {{value}}.',
  'tut.item.partLow': 'Dein schwächster Teil: {{part}} mit {{value}}. Im Glossar steht, was ihn hebt.',
  'tut.item.partLowLater': 'Unabhängigkeit {{value}}: Das Tutorial schob deinen Chip auf. Finanziere ihn früher.',
  'tut.item.idle': '{{idle}} Chips standen am Ende still: Kauf nur, was dein Strom betreibt, oder bau Strom eine Vorlaufzeit im Voraus.',
  'tut.item.noMaia':
    'Keine eigenen Chips liefen: Finanziere Maia und buche früh – das hebt die Unabhängigkeit und kostet weniger pro H100e.',
  'tut.item.followed': 'Du hast auf die {{units}} H100 geboten, die das Tutorial empfohlen hat.',
  'tut.item.bidLess':
    'Du hast auf {{units}} H100 geboten, das Tutorial hat {{advised}} empfohlen: Ungenutzter Strom senkt Effizienz und Rechenleistung.',
  'tut.item.bidMore': 'Du hast auf {{units}} H100 geboten, das Tutorial hat {{advised}} empfohlen: Chips ohne Strom stehen still.',
  'tut.next.try': 'Probier als Nächstes den Klassen-Sprint oder das Grundspiel.',
  'board.ownChipShort': 'Eigener Chip',
  'an.quarter': '{{quarter}}, Quartal {{n}} von {{total}}: deine Gebote.',
  'an.reveal': '{{quarter}} aufgelöst. {{prices}}.',
  'an.price': '{{sku}} zum Marktpreis von {{price}}',
  'an.noSales': 'Kein Chip verkauft',
  'an.gameOver': 'Spielende. {{winner}} gewinnt.',
  'gl.title': 'Glossar und wie man gewinnt',
  'gl.open': 'Glossar (? oder F1)',
  'gl.openShort': '?',
  'gl.close': 'Schließen',
  'gl.hint': 'Drück auf jedem Bildschirm ? oder F1, um das zu öffnen; Escape schließt es.',
  'gl.term.howToWin': 'Wie man gewinnt',
  'gl.def.howToWin':
    'Die Rangliste ordnet nach Punkten minus Par. Deine Punkte (0–100) sind die Summe aus vier Teilen: {{parts}}. Par ist, was die Bots auf deinem Platz erreichen. Übertriff dein Par um mehr als die anderen ihres: Kauf die Chips, die dein Strom betreibt, bau Strom eine Vorlaufzeit im Voraus, finanziere früh deinen eigenen Chip und lass Geld arbeiten (ungenutztes Geld bringt keine Punkte).',
  'gl.partsWeighted': 'Rechenleistung (bis {{capability}} Punkte), Markt (bis {{market}}), Unabhängigkeit (bis {{independence}}) und Effizienz (bis {{efficiency}}); jeder Teil wird mit 0–100 bewertet und zählt mit seinem Gewicht',
  'gl.partsPlain': 'Rechenleistung, Markt, Unabhängigkeit und Effizienz, jeder mit 0–100 bewertet und vom Szenario gewichtet',
  'gl.term.par': 'Par',
  'gl.def.par':
    'Was die Bots auf einem Platz erreichen (wie das Handicap beim Golf), gemessen über viele Spiele in einem echten Feld: normale Bots, jeder dritte Platz ein schwerer, Spiel für Spiel reihum. Die Unternehmen starten nicht gleich, daher ordnet die Tabelle nach Punkten minus Par („± Par“), und auch ein Platz hinter der Exportmauer kann gewinnen.',
  'gl.term.h100e': 'H100e',
  'gl.def.h100e':
    'H100-Äquivalente: die Rechenleistung eines Chips als Vielfaches eines NVIDIA H100 (ein H20 hat roh etwa 0,15 eines H100 und zählt für KI-Arbeit 0,67; Maia 100 zählt 0,6). Rechenleistung und Effizienz zählen eingesetzte H100e.',
  'gl.term.tpp': 'TPP',
  'gl.def.tpp':
    'Total Processing Performance, das Maß der Exportregeln für die Rechenleistung eines Chips (dichte Operationen × Bitbreite). Die Regel vom Oktober 2023 erfasst Chips ab TPP 4.800 oder ab TPP 1.600 mit einer Leistungsdichte ab 5,92; der H100 liegt bei etwa 15.800, der H20 bei 2.368.',
  'gl.term.mig': 'MIG',
  'gl.def.mig':
    'Multi-Instance GPU: ein Chip, aufgeteilt in mehrere abgeschottete GPUs, sodass er mehr Kunden bedient. Ein MIG-Chip verdient mehr aus dem KI-Umsatztopf (den MIG-Aufschlag des Szenarios, z. B. 15 % mehr).',
  'gl.term.exportTiers': 'Exportregeln und Stufen',
  'gl.def.exportTiers':
    'US-Exportregeln binden Käufer nach Region (China) oder nach Stufe (die Diffusionsregel vom Januar 2025: Stufe 1 enge Verbündete, offen; Stufe 2 die meisten Länder, gedeckelt; Stufe 3 unter Embargo). Eine Regel verbietet einen Chip, verlangt eine Lizenz (mit einer Genehmigungschance), deckelt die Stückzahl pro Quartal oder nimmt einen Umsatzanteil. Dein Exportstatus steht in deinem Bestellbereich.',
  'gl.term.capability': 'Rechenleistung',
  'gl.def.capability':
    'Die Rechenleistung, die du im ganzen Spiel betrieben hast: eingesetzte H100e, Quartal für Quartal aufsummiert, im Vergleich zum Führenden: dem Maßstab des Szenarios (was das führende Unternehmen bis dahin typischerweise erreicht; mehr als 100 gibt es nicht), wenn es einen setzt, sonst dem besten Unternehmen dieses Spiels. Ungenutzte Chips zählen nicht.',
  'gl.term.market': 'Markt',
  'gl.def.market':
    'Gewinn im Vergleich zum Führenden (dem Maßstab des Szenarios, was das führende Unternehmen bis dahin typischerweise verdient, sonst dem Besten dieses Spiels): KI-Umsatz abzüglich laufender Kosten (Strom, Strafen) und der Abschreibung dessen, was du für Chips, Strom und eigene Chips ausgegeben hast, verteilt auf fünf Jahre. Ungenutztes Geld ist kein Gewinn; ein Verlust bringt 0.',
  'gl.term.independence': 'Unabhängigkeit',
  'gl.def.independence':
    'Deine eigenen Chips (Maia, MTIA, TPU, Trainium ...) im Einsatz, als Anteil an einer echten Flotte (deiner oder der des mittleren Unternehmens, je nachdem, welche größer ist). Bring das Programm in die Serienfertigung und buche Chips früh bei der Foundry.',
  'gl.term.efficiency': 'Effizienz',
  'gl.def.efficiency':
    'Eingesetzte H100e pro MW, das du brauchst (dein Strom am Netz oder, wenn größer, was deine ganze Flotte ziehen würde), im Vergleich zum Effizientesten (dem Maßstab des Szenarios, sonst dem Besten dieses Spiels). Ungenutzte Chips und leerer Strom senken sie beide.',
};
