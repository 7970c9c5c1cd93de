import { t } from '../text/i18n';

/** The choices a seat offers in the menu. */
export type SeatChoice = 'human' | 'bot:easy' | 'bot:normal' | 'bot:hard';

/** Seat options, in menu order; each label is read in the current language. */
export const BOT_LEVELS_UI: readonly { readonly value: SeatChoice; readonly label: string }[] = [
  {
    value: 'human',
    get label() {
      return t('seat.human');
    },
  },
  {
    value: 'bot:easy',
    get label() {
      return t('seat.bot', { level: t('level.easy') });
    },
  },
  {
    value: 'bot:normal',
    get label() {
      return t('seat.bot', { level: t('level.normal') });
    },
  },
  {
    value: 'bot:hard',
    get label() {
      return t('seat.bot', { level: t('level.hard') });
    },
  },
];
