/**
 * What a newcomer's first game left unsaid: where each quarter's cash comes from (src/ui/play/budget-arrives.ts)
 * and why each bid won what it did (src/ui/play/bid-outcomes.ts).
 */
export const newcomerEn = {
  'nc.budget.arrives': 'Cash includes {{budget}} new budget for {{quarter}}; the next quarter brings {{next}}. Unspent cash carries over but scores nothing.',
  'nc.budget.arrivesLast': 'Cash includes {{budget}} new budget for {{quarter}}, the last quarter. Unspent cash scores nothing.',
  'nc.budget.nextOnly': 'No new budget for {{quarter}}; the next quarter brings {{next}}. Unspent cash carries over but scores nothing.',
  'nc.bids.title': 'Your bids',
  'nc.bids.all': '{{chip}}: all {{won}} won at {{price}} a chip.',
  'nc.bids.allBelowYours': '{{chip}}: all {{won}} won. You pay the clearing price, {{price}} a chip, not your {{mine}}.',
  'nc.bids.someUnder': '{{chip}}: {{won}} of {{asked}} won at {{clearing}} a chip. Your bids under that price won nothing.',
  'nc.bids.someShort': '{{chip}}: {{won}} of {{asked}} won at {{clearing}} a chip. The supply ran out at your price.',
  'nc.bids.someTie': '{{chip}}: {{won}} of {{asked}} won at {{clearing}} a chip. The supply ran out at that price and another buyer bid it too: the units left went by vendor relationship, then a draw.',
  'nc.bids.noneOutbid': '{{chip}}: none of {{asked}} won. The price cleared at {{clearing}}, above your {{mine}}.',
  'nc.bids.noneSetPrice': '{{chip}}: none of {{asked}} won. Higher bids took all {{sold}} sold; as the highest bid left out, your {{mine}} set the price the winners pay.',
  'nc.bids.noneTie': '{{chip}}: none of {{asked}} won. Your {{mine}} tied the clearing price and the units went by vendor relationship, then a draw.',
  'nc.bids.noneBelowList': '{{chip}}: none of {{asked}} won. Your {{mine}} is under the list price of {{list}}, and a bid below list wins nothing.',
  'nc.bids.noneBlocked': '{{chip}}: none of {{asked}} won ({{why}}).',
};

export const newcomerDe: Record<keyof typeof newcomerEn, string> = {
  'nc.budget.arrives': 'Kasse enthält {{budget}} neues Budget für {{quarter}}; das nächste Quartal bringt {{next}}. Nicht ausgegebenes Geld bleibt erhalten, bringt aber keine Punkte.',
  'nc.budget.arrivesLast': 'Kasse enthält {{budget}} neues Budget für {{quarter}}, das letzte Quartal. Nicht ausgegebenes Geld bringt keine Punkte.',
  'nc.budget.nextOnly': 'Kein neues Budget für {{quarter}}; das nächste Quartal bringt {{next}}. Nicht ausgegebenes Geld bleibt erhalten, bringt aber keine Punkte.',
  'nc.bids.title': 'Deine Gebote',
  'nc.bids.all': '{{chip}}: alle {{won}} ersteigert, zu {{price}} pro Chip.',
  'nc.bids.allBelowYours': '{{chip}}: alle {{won}} ersteigert. Du zahlst den Zuschlagspreis, {{price}} pro Chip, nicht dein Gebot von {{mine}}.',
  'nc.bids.someUnder': '{{chip}}: {{won}} von {{asked}} ersteigert, zu {{clearing}} pro Chip. Deine Gebote unter diesem Preis gingen leer aus.',
  'nc.bids.someShort': '{{chip}}: {{won}} von {{asked}} ersteigert, zu {{clearing}} pro Chip. Bei deinem Preis war das Angebot erschöpft.',
  'nc.bids.someTie': '{{chip}}: {{won}} von {{asked}} ersteigert, zu {{clearing}} pro Chip. Bei diesem Preis war das Angebot erschöpft, und ein anderer Käufer bot denselben Preis: Der Rest ging nach Beziehung zum Hersteller, dann per Los.',
  'nc.bids.noneOutbid': '{{chip}}: keiner von {{asked}} ersteigert. Der Zuschlagspreis lag bei {{clearing}}, über deinem Gebot von {{mine}}.',
  'nc.bids.noneSetPrice': '{{chip}}: keiner von {{asked}} ersteigert. Höhere Gebote bekamen alle {{sold}} verkauften; als höchstes Gebot, das leer ausging, setzte dein Gebot von {{mine}} den Preis, den die Gewinner zahlen.',
  'nc.bids.noneTie': '{{chip}}: keiner von {{asked}} ersteigert. Dein Gebot von {{mine}} lag gleichauf mit dem Zuschlagspreis; die Chips gingen nach Beziehung zum Hersteller, dann per Los.',
  'nc.bids.noneBelowList': '{{chip}}: keiner von {{asked}} ersteigert. Dein Gebot von {{mine}} liegt unter dem Listenpreis von {{list}}, und ein Gebot unter Listenpreis erhält nichts.',
  'nc.bids.noneBlocked': '{{chip}}: keiner von {{asked}} ersteigert ({{why}}).',
};
