/** What a newcomer's first game left unsaid: where each quarter's cash comes from (src/ui/play/budget-arrives.ts). */
export const newcomerEn = {
  'nc.budget.arrives': 'Cash includes {{budget}} new budget for {{quarter}}; the next quarter brings {{next}}. Unspent cash carries over but scores nothing.',
  'nc.budget.arrivesLast': 'Cash includes {{budget}} new budget for {{quarter}}, the last quarter. Unspent cash scores nothing.',
  'nc.budget.nextOnly': 'No new budget for {{quarter}}; the next quarter brings {{next}}. Unspent cash carries over but scores nothing.',
};

export const newcomerDe: Record<keyof typeof newcomerEn, string> = {
  'nc.budget.arrives': 'Kasse enthält {{budget}} neues Budget für {{quarter}}; das nächste Quartal bringt {{next}}. Nicht ausgegebenes Geld bleibt erhalten, bringt aber keine Punkte.',
  'nc.budget.arrivesLast': 'Kasse enthält {{budget}} neues Budget für {{quarter}}, das letzte Quartal. Nicht ausgegebenes Geld bringt keine Punkte.',
  'nc.budget.nextOnly': 'Kein neues Budget für {{quarter}}; das nächste Quartal bringt {{next}}. Nicht ausgegebenes Geld bleibt erhalten, bringt aber keine Punkte.',
};
