/** Scene keys, one per screen. */
export const SCENE = {
  boot: 'Boot',
  preload: 'Preload',
  menu: 'Menu',
  board: 'Board',
  reveal: 'Reveal',
  gameOver: 'GameOver',
  replay: 'Replay',
} as const;
