/**
 * 朗读: the answer read aloud by the browser's speech synthesis, with a voice on the device
 * only (`localService`), so no word of it leaves the phone. Without such a voice in the page's
 * language the button stays hidden.
 */

/** What we read of a voice. */
export type Voice = Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'default'>;

// A page's language → the voices it may use, best first: Mandarin for 简体; a Hong Kong or
// Taiwan voice for 繁體, else any Chinese one; any English one for English.
const PREFERENCES: Record<string, RegExp[]> = {
  'zh-hans': [/^(zh|cmn)(-hans)?-cn$|^zh-hans$/],
  'zh-hant': [/^(zh|yue|cmn)(-hant)?-(hk|mo|tw)$|^zh-hant$/, /^(zh|yue|cmn)\b/],
  en: [/^en\b/],
};

/**
 * The device's own voice for a page's language, or null: a voice that would send the text to a
 * server (`localService` false) is never chosen. Within the best kind found, the device's default wins.
 * @example pickVoice([{ lang: 'zh-CN', localService: false, default: true }, { lang: 'zh_CN', localService: true, default: false }], 'zh-Hans')
 * // { lang: 'zh_CN', localService: true, default: false }
 */
export function pickVoice<V extends Voice>(voices: readonly V[], pageLang: string): V | null {
  const local = voices.filter((v) => v.localService);
  const lang = (v: V) => v.lang.replace(/_/g, '-').toLowerCase();
  for (const pattern of PREFERENCES[pageLang.toLowerCase()] ?? []) {
    const fitting = local.filter((v) => pattern.test(lang(v)));
    const found = fitting.find((v) => v.default) ?? fitting[0];
    if (found) return found;
  }
  return null;
}

/**
 * Makes the button read `speech` and stop: pressed while speaking it stops, pressed again it
 * reads from the start. Shown once the device has a fitting voice (voices may arrive late).
 */
export function setUpReadAloud(button: HTMLButtonElement, speech: string, synth: SpeechSynthesis, pageLang: string): void {
  const read = button.textContent ?? '';
  const stop = button.dataset['stop'] ?? read;
  let voice: SpeechSynthesisVoice | null = null;
  let current: SpeechSynthesisUtterance | null = null;
  const findVoice = () => {
    voice = pickVoice(synth.getVoices(), pageLang);
    button.hidden = voice === null;
  };
  const done = (utterance: SpeechSynthesisUtterance) => {
    // A cancelled utterance ends late; only the one being read resets the button.
    if (utterance !== current) return;
    current = null;
    button.textContent = read;
  };
  findVoice();
  synth.addEventListener('voiceschanged', findVoice);
  button.addEventListener('click', () => {
    if (current) {
      current = null;
      synth.cancel();
      button.textContent = read;
      return;
    }
    if (!voice) return;
    const utterance = new SpeechSynthesisUtterance(speech);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    // A little slower than the default: many who press it are elderly.
    utterance.rate = 0.9;
    utterance.addEventListener('end', () => done(utterance));
    utterance.addEventListener('error', () => done(utterance));
    synth.cancel();
    current = utterance;
    button.textContent = stop;
    synth.speak(utterance);
  });
  addEventListener('pagehide', () => synth.cancel());
}
