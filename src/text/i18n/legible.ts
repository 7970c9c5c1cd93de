/** Strings of the coached tutorial (src/ui/tutorial.ts) and the glossary (src/ui/glossary.ts). */
export const legibleEn = {
  'tut.label': 'Tutorial',
  'tut.stepOf': 'Step {{n}} of {{of}}',
  'tut.next': 'Next',
  'tut.skip': 'End the tutorial',
  'tut.waiting': 'Do this to go on.',
  'tut.welcome':
    'You run Microsoft for three quarters against two bots. The table ranks by score minus par: par is what a good bot scores from your seat, so beating it is winning. Each card points at one part of the screen; do what it says and it moves on.',
  'tut.score':
    'Your score has four parts: capability (compute you ran), market (profit), independence (your own chips) and efficiency (compute per MW). From the first reveal on, the standings show them as a bar for every company, with the change since the quarter before.',
  'tut.bidQuantity':
    'Type {{units}} in the H100 units field. Your 290 MW arriving next quarter run about that many more chips beside the Maia you will book; chips beyond your power sit idle and earn nothing.',
  'tut.bidPrice':
    'Type {{price}} as the max price: over the list price ({{list}}) and over the neoclouds’ {{rival}}. Everyone pays the same clearing price, not their max, so a safe max costs nothing extra.',
  'tut.silicon':
    'Put {{money}} into your own chip, Maia 100: it finishes the ramp and reaches volume next quarter, with no cap on bookings.',
  'tut.maia':
    'Book {{units}} Maia 100, the most the ramp allows. They arrive next quarter, cost a third of an H100 and count for independence.',
  'tut.plan':
    'The capacity plan: power online each quarter and the chips it runs. Your grid builds bring 290 MW in Q2 and 290 MW in Q3, so build no more: new power would come online with a quarter or less left.',
  'tut.submit': 'Seal your orders. The bots bid at the same time; nobody sees anyone’s bids until the reveal.',
  'tut.summary':
    'Your quarter: what you won and paid, idle chips and how each score part moved. Chips idle now run next quarter, when your new power comes online.',
  'tut.continue': 'Every sealed bid is below. Continue to the next quarter.',
  'tut.bidsAgain': 'Bid again: {{units}} H100 at {{price}}. The power arriving next quarter runs them.',
  'tut.maiaMore': 'Book {{units}} Maia 100: bookings may grow 50% a quarter. This is the last booking that arrives before the game ends.',
  'tut.maiaRamp': 'A respin kept Maia in the ramp: put {{money}} into it again and book {{units}} (the ramp’s cap).',
  'tut.preview': 'Before you seal, the preview: next quarter’s power, the chips it runs, idle chips and cash. Idle should be near zero.',
  'tut.fillPower':
    'Last quarter: {{units}} H100 at {{price}} fill the last 290 MW coming online now. Book no Maia: it would arrive after the game.',
  'tut.price': 'The clearing price is the highest bid left unfilled, or the list price when every bid fills. Continue.',
  'tut.last': 'That was the last quarter. See the final standings and your review.',
  'tut.review': 'Your review',
  'tut.well': 'What went well',
  'tut.toTry': 'What to try next',
  'tut.close': 'Close the review',
  'tut.item.beatPar': 'You beat par by {{margin}} points: place {{rank}} of {{of}}.',
  'tut.item.belowPar': 'You finished {{margin}} points below par: place {{rank}} of {{of}}.',
  'tut.item.partTop': 'Your strongest part: {{part}} at {{value}}.',
  'tut.item.partLow': 'Your weakest part: {{part}} at {{value}}. See the glossary for what raises it.',
  'tut.item.idle': '{{idle}} chips sat idle at the end: buy only what your power runs, or build power a lead time ahead.',
  'tut.item.noMaia': 'No own chips ran: fund Maia and book it early, it raises independence and costs less per H100e.',
  'tut.item.followed': 'You bid for the {{units}} H100 the tutorial advised.',
  'tut.item.bidLess': 'You bid for {{units}} H100 where the tutorial advised {{advised}}: unused power lowers efficiency and capability.',
  'tut.item.bidMore': 'You bid for {{units}} H100 where the tutorial advised {{advised}}: chips beyond your power sit idle.',
  'tut.next.try': 'Next, try the classroom sprint or the base game.',
} as const;

export const legibleDe: Record<keyof typeof legibleEn, string> = {
  'tut.label': 'Tutorial',
  'tut.stepOf': 'Schritt {{n}} von {{of}}',
  'tut.next': 'Weiter',
  'tut.skip': 'Tutorial beenden',
  'tut.waiting': 'Tu das, um weiterzukommen.',
  'tut.welcome':
    'Du leitest Microsoft drei Quartale lang gegen zwei Bots. Die Rangliste ordnet nach Punkten minus Par: Par ist, was ein guter Bot auf deinem Platz erreicht – wer es übertrifft, gewinnt. Jede Karte zeigt auf einen Teil des Bildschirms; tu, was sie sagt, dann geht es weiter.',
  'tut.score':
    'Deine Punkte haben vier Teile: Leistung (betriebene Rechenleistung), Markt (Gewinn), Unabhängigkeit (eigene Chips) und Effizienz (Rechenleistung pro MW). Ab der ersten Auflösung zeigt die Rangliste sie als Balken für jedes Unternehmen, mit der Änderung zum Vorquartal.',
  'tut.bidQuantity':
    'Trag {{units}} im Feld für die H100-Stückzahl ein. Deine 290 MW, die nächstes Quartal ans Netz gehen, betreiben etwa so viele Chips mehr neben den Maia, die du buchst; Chips ohne Strom stehen still und verdienen nichts.',
  'tut.bidPrice':
    'Trag {{price}} als Höchstpreis ein: über dem Listenpreis ({{list}}) und über den {{rival}} der Neoclouds. Alle zahlen denselben Marktpreis, nicht ihren Höchstpreis – ein sicherer Höchstpreis kostet also nichts extra.',
  'tut.silicon':
    'Investiere {{money}} in deinen eigenen Chip, Maia 100: Er beendet den Anlauf und erreicht nächstes Quartal die Serienfertigung, ohne Obergrenze für Buchungen.',
  'tut.maia':
    'Buche {{units}} Maia 100, so viele, wie der Anlauf erlaubt. Sie kommen nächstes Quartal, kosten ein Drittel eines H100 und zählen für die Unabhängigkeit.',
  'tut.plan':
    'Der Kapazitätsplan: Strom am Netz in jedem Quartal und die Chips, die er betreibt. Deine Netzausbauten bringen 290 MW in Q2 und 290 MW in Q3 – bau nicht mehr: Neuer Strom käme erst mit einem Quartal oder weniger Restzeit ans Netz.',
  'tut.submit': 'Gib deine Gebote verdeckt ab. Die Bots bieten gleichzeitig; niemand sieht fremde Gebote vor der Auflösung.',
  'tut.summary':
    'Dein Quartal: was du gewonnen und bezahlt hast, ungenutzte Chips und wie sich jeder Punkteteil bewegt hat. Chips, die jetzt stillstehen, laufen nächstes Quartal, wenn dein neuer Strom ans Netz geht.',
  'tut.continue': 'Unten stehen alle verdeckten Gebote. Weiter zum nächsten Quartal.',
  'tut.bidsAgain': 'Biete wieder: {{units}} H100 zu {{price}}. Der Strom, der nächstes Quartal ans Netz geht, betreibt sie.',
  'tut.maiaMore':
    'Buche {{units}} Maia 100: Buchungen dürfen um 50 % pro Quartal wachsen. Das ist die letzte Buchung, die vor Spielende ankommt.',
  'tut.maiaRamp':
    'Ein Respin hat Maia im Anlauf gehalten: Investiere noch einmal {{money}} und buche {{units}} (die Obergrenze im Anlauf).',
  'tut.preview':
    'Vor dem Abgeben die Vorschau: Strom im nächsten Quartal, die Chips, die er betreibt, ungenutzte Chips und Geld. Ungenutzt sollte nahe null sein.',
  'tut.fillPower':
    'Letztes Quartal: {{units}} H100 zu {{price}} füllen die letzten 290 MW, die jetzt ans Netz gehen. Buche keine Maia: Sie kämen erst nach Spielende.',
  'tut.price': 'Der Marktpreis ist das höchste Gebot, das leer ausging, oder der Listenpreis, wenn alle Gebote bedient werden. Weiter.',
  'tut.last': 'Das war das letzte Quartal. Sieh dir die Schlusswertung und deine Auswertung an.',
  'tut.review': 'Deine Auswertung',
  'tut.well': 'Was gut lief',
  'tut.toTry': 'Was du als Nächstes versuchen kannst',
  'tut.close': 'Auswertung schließen',
  'tut.item.beatPar': 'Du hast Par um {{margin}} Punkte übertroffen: Platz {{rank}} von {{of}}.',
  'tut.item.belowPar': 'Du liegst {{margin}} Punkte unter Par: Platz {{rank}} von {{of}}.',
  'tut.item.partTop': 'Dein stärkster Teil: {{part}} mit {{value}}.',
  'tut.item.partLow': 'Dein schwächster Teil: {{part}} mit {{value}}. Im Glossar steht, was ihn hebt.',
  'tut.item.idle': '{{idle}} Chips standen am Ende still: Kauf nur, was dein Strom betreibt, oder bau Strom eine Vorlaufzeit im Voraus.',
  'tut.item.noMaia':
    'Keine eigenen Chips liefen: Finanziere Maia und buche früh – das hebt die Unabhängigkeit und kostet weniger pro H100e.',
  'tut.item.followed': 'Du hast auf die {{units}} H100 geboten, die das Tutorial empfohlen hat.',
  'tut.item.bidLess':
    'Du hast auf {{units}} H100 geboten, das Tutorial hat {{advised}} empfohlen: Ungenutzter Strom senkt Effizienz und Leistung.',
  'tut.item.bidMore': 'Du hast auf {{units}} H100 geboten, das Tutorial hat {{advised}} empfohlen: Chips ohne Strom stehen still.',
  'tut.next.try': 'Probier als Nächstes den Klassen-Sprint oder das Grundspiel.',
};
