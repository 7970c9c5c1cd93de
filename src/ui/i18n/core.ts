/** Core UI strings (menu, board, orders, standings). Keys are flat: "area.what". */
export const coreEn = {
  'lang.name': 'English',
  'lang.label': 'Language',
  'money.billion': '${{value}}B',
  'money.million': '${{value}}M',
  'money.thousand': '${{value}}k',
};

/** German core strings: every key of coreEn. */
export const coreDe: Record<keyof typeof coreEn, string> = {
  'lang.name': 'Deutsch',
  'lang.label': 'Sprache',
  'money.billion': '{{value}} Mrd. $',
  'money.million': '{{value}} Mio. $',
  'money.thousand': '{{value}} Tsd. $',
};
