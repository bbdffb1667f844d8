/**
 * A search that cannot start, once its island is live (its data file never arrives): its island is
 * marked as the early script marks one whose script failed (src/build/early-script.ts), and CSS
 * shows the help and call buttons beside it instead of "getting ready".
 */
export function failSoft(boxId: string): void {
  document.getElementById(boxId)?.closest('astro-island')?.setAttribute('data-failed', '');
}
