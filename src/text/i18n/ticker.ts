/** The news ticker's list of every headline (src/ui/ticker.ts). */
export const tickerEn = {
  'ticker.all': 'News: every headline',
  'ticker.close': 'Close',
};

export const tickerDe: Record<keyof typeof tickerEn, string> = {
  'ticker.all': 'Nachrichten: alle Schlagzeilen',
  'ticker.close': 'Schließen',
};
