/** localStorage key for the language a citizen chose with the switcher: the switcher offers it on pages in another. */
export const LANGUAGE_KEY = 'lang';

/** Remembers the chosen language; private mode or storage off just forgets it. */
export function rememberLanguage(code: string): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, code);
  } catch {
    // Nothing to do: the choice lasts for this visit only.
  }
}

/** The language the citizen chose, if any and storage allows. */
export function chosenLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}
