/** User Timing marks the app sets, for the performance panel and `npm run bench`. */
export const BOARD_LOADED_MARK = 'scaleboard:board-loaded';
