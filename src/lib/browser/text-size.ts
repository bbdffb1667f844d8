/** localStorage key of the 长辈版 (large text) choice; the only thing besides the region we store. */
export const KEY = 'text-size';

/** Switches the large-text mode on or off for the page. */
export function applyTextSize(large: boolean): void {
  document.documentElement.classList.toggle('large', large);
}
