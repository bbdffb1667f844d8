import { describe, expect, it } from 'vitest';
import { pickVoice } from '../../../src/lib/browser/read-aloud.ts';

const voice = (lang: string, localService: boolean, isDefault = false) => ({ lang, localService, default: isDefault, name: `${lang} ${localService ? 'local' : 'remote'}` });

describe('the voice that reads an answer', () => {
  it('is always on the device: a remote voice is never chosen, even as the default', () => {
    expect(pickVoice([voice('zh-CN', false, true), voice('zh-CN', true)], 'zh-Hans')?.name).toBe('zh-CN local');
    expect(pickVoice([voice('zh-CN', false, true), voice('en-US', true)], 'zh-Hans')).toBeNull();
    expect(pickVoice([], 'en')).toBeNull();
  });

  it('is Mandarin for 简体, Hong Kong or Taiwan (else any Chinese) for 繁體, English for English', () => {
    const voices = [voice('en-GB', true), voice('zh-TW', true), voice('zh_CN', true), voice('zh-HK', true, true)];
    expect(pickVoice(voices, 'zh-Hans')?.lang).toBe('zh_CN');
    expect(pickVoice(voices, 'zh-Hant')?.lang).toBe('zh-HK');
    expect(pickVoice([voice('zh-TW', true), voice('zh-CN', true, true)], 'zh-Hant')?.lang).toBe('zh-TW');
    expect(pickVoice([voice('zh-CN', true)], 'zh-Hant')?.lang).toBe('zh-CN');
    expect(pickVoice([voice('zh-TW', true)], 'zh-Hans')).toBeNull();
    expect(pickVoice(voices, 'en')?.lang).toBe('en-GB');
    expect(pickVoice(voices, 'fr')).toBeNull();
  });
});
