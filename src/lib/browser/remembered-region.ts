/** localStorage key for the region a citizen chose; stays on the device. */
export const REGION_KEY = 'region';

/** The region chosen on this device before, if storage allows. */
export function rememberedRegion(): string | null {
  try {
    return localStorage.getItem(REGION_KEY);
  } catch {
    return null;
  }
}

/** Remembers the chosen region; private mode or storage off just forgets it. */
export function rememberRegion(code: string): void {
  try {
    localStorage.setItem(REGION_KEY, code);
  } catch {
    // Nothing to do: the choice lasts for this visit only.
  }
}
