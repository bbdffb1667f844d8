/** localStorage key for the language a citizen chose with the switcher; read before paint by src/build/early-script.ts. */
export const LANGUAGE_KEY = 'lang';

/** Remembers the chosen language; private mode or storage off just forgets it. */
export function rememberLanguage(code: string): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, code);
  } catch {
    // Nothing to do: the choice lasts for this visit only.
  }
}
