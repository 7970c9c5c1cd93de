/** The choices a seat offers in the menu. */
export type SeatChoice = 'human' | 'bot:easy' | 'bot:normal' | 'bot:hard';

/** Seat options, in menu order. */
export const BOT_LEVELS_UI: readonly { value: SeatChoice; label: string }[] = [
  { value: 'human', label: 'Human (you)' },
  { value: 'bot:easy', label: 'Bot: easy' },
  { value: 'bot:normal', label: 'Bot: normal' },
  { value: 'bot:hard', label: 'Bot: hard' },
];
