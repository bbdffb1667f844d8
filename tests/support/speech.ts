import type { BrowserContext, Page } from 'playwright-core';

/** A voice as speechSynthesis.getVoices() lists it. */
export interface StubVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** One voice on the device and one that would send the text to a server, per language; each server voice is its language's default. */
export const VOICES: StubVoice[] = [
  { name: 'Mandarin on the device', lang: 'zh-CN', localService: true, default: false },
  { name: 'Mandarin online', lang: 'zh-CN', localService: false, default: true },
  { name: 'Taiwan Mandarin on the device', lang: 'zh-TW', localService: true, default: false },
  { name: 'Cantonese online', lang: 'zh-HK', localService: false, default: true },
  { name: 'English on the device', lang: 'en-GB', localService: true, default: false },
  { name: 'English online', lang: 'en-US', localService: false, default: true },
];

/** What the page asked the synthesiser to say, with the voice and language it chose. */
export interface Spoken {
  text: string;
  lang: string;
  voice: string | undefined;
}

/**
 * Replaces the browser's speech synthesis in every page of the context by one that records what it is
 * asked to say (read with `spoken`). Headless Chromium has no voices of its own. With `late`, the
 * voices arrive only when the test calls `voicesArrive`, as on phones that load them after the page.
 */
export async function stubSpeech(context: BrowserContext, voices: StubVoice[] = VOICES, late = false): Promise<void> {
  await context.addInitScript(
    ({ voices, late }) => {
      const w = window as unknown as Record<string, unknown>;
      const spoken: unknown[] = [];
      const events = new EventTarget();
      let list = late ? [] : voices;
      let current: EventTarget | null = null;
      class Utterance extends EventTarget {
        text: string;
        lang = '';
        voice: { name: string } | null = null;
        rate = 1;
        constructor(text: string) {
          super();
          this.text = text;
        }
      }
      const synth = {
        getVoices: () => list,
        speak: (u: Utterance) => {
          spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
          current = u;
        },
        cancel: () => {
          const was = current;
          current = null;
          // As browsers do, a cancelled utterance ends with an error, a moment later.
          if (was) setTimeout(() => was.dispatchEvent(new Event('error')), 10);
        },
        addEventListener: events.addEventListener.bind(events),
        removeEventListener: events.removeEventListener.bind(events),
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      w['spoken'] = spoken;
      w['voicesArrive'] = () => {
        list = voices;
        events.dispatchEvent(new Event('voiceschanged'));
      };
      w['speechEnds'] = () => current?.dispatchEvent(new Event('end'));
    },
    { voices, late },
  );
}

/** Everything the page has had spoken so far. */
export const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: Spoken[] }).spoken);
