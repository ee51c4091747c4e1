import { chooseAzureVoice, chooseStyle, configuredVoice, likelyLocale } from './choose-azure-voice';
import type { AzureVoice } from './azure-voice-catalog';

const voices: AzureVoice[] = [
  { ShortName: 'en-GB-SoniaNeural', Locale: 'en-GB', StyleList: ['cheerful', 'sad'] },
  { ShortName: 'en-US-AvaNeural', Locale: 'en-US', StyleList: ['narration-relaxed', 'cheerful'] },
  { ShortName: 'de-DE-KatjaNeural', Locale: 'de-DE' },
  { ShortName: 'de-AT-IngridNeural', Locale: 'de-AT' },
];

describe('choosing an Azure voice', () => {
  it('takes the voice asked for when the service has it, in any case', () => {
    expect(chooseAzureVoice(voices, 'en', 'EN-gb-sonianeural', undefined)).toEqual({ voice: voices[0], warnings: [] });
  });

  it('else the configured voice, else the likely locale’s first voice', () => {
    expect(chooseAzureVoice(voices, 'en', undefined, 'en-GB-SoniaNeural').voice.ShortName).toBe('en-GB-SoniaNeural');
    expect(chooseAzureVoice(voices, 'en', undefined, undefined).voice.ShortName).toBe('en-US-AvaNeural');
    expect(chooseAzureVoice(voices, 'de-AT', undefined, undefined).voice.ShortName).toBe('de-AT-IngridNeural');
    expect(chooseAzureVoice(voices, 'de', undefined, undefined).voice.ShortName).toBe('de-DE-KatjaNeural');
  });

  it('warns about a voice it does not have, naming what it used', () => {
    expect(chooseAzureVoice(voices, 'de', 'no-such-voice', undefined)).toEqual({ voice: voices[2], warnings: ['Azure Speech has no voice "no-such-voice"; de-DE-KatjaNeural was used'] });
    expect(chooseAzureVoice(voices, 'de', undefined, 'de-DE-Gone').warnings).toEqual(['Azure Speech has no voice "de-DE-Gone" (set for de); another voice was used']);
  });

  it('refuses a language it has no voice for', () => {
    expect(() => chooseAzureVoice(voices, 'ja', undefined, undefined)).toThrow('Azure Speech has no voice for "ja"');
  });

  it('reads the configured table by full tag, then by language', () => {
    expect(configuredVoice({ 'en-gb': 'A', en: 'B' }, 'en-GB')).toBe('A');
    expect(configuredVoice({ en: 'B' }, 'en-US')).toBe('B');
    expect(likelyLocale('de')).toBe('de-DE');
  });
});

describe('choosing a speaking style', () => {
  it('uses a style the voice has, and warns, listing its styles, when it lacks one', () => {
    expect(chooseStyle(voices[1], 'Cheerful', undefined)).toEqual({ style: 'cheerful', warnings: [] });
    expect(chooseStyle(voices[1], 'angry', 'narration-relaxed')).toEqual({ style: 'narration-relaxed', warnings: ['en-US-AvaNeural has no "angry" style (its styles: narration-relaxed, cheerful)'] });
    expect(chooseStyle(voices[2], 'calm', undefined).warnings).toEqual(['de-DE-KatjaNeural has no "calm" style (it has no styles)']);
  });

  it('uses the configured default only where the voice has it, silently', () => {
    expect(chooseStyle(voices[1], undefined, 'narration-relaxed')).toEqual({ style: 'narration-relaxed', warnings: [] });
    expect(chooseStyle(voices[2], undefined, 'narration-relaxed')).toEqual({ style: undefined, warnings: [] });
  });
});
