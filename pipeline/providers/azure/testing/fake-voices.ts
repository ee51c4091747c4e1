/** A voice as the Speech service's voices/list endpoint describes it. */
export interface ServiceVoice {
  Name: string;
  DisplayName: string;
  LocalName: string;
  ShortName: string;
  Gender: string;
  Locale: string;
  LocaleName: string;
  StyleList?: string[];
  SampleRateHertz: string;
  VoiceType: string;
  Status: string;
  WordsPerMinute?: string;
}

function voice(shortName: string, localeName: string, gender: string, styles: string[]): ServiceVoice {
  const [language, region, name] = shortName.split('-');
  const locale = `${language}-${region}`;
  const display = name.replace(/Neural$/, '');
  return {
    Name: `Microsoft Server Speech Text to Speech Voice (${locale}, ${name})`,
    DisplayName: display,
    LocalName: display,
    ShortName: shortName,
    Gender: gender,
    Locale: locale,
    LocaleName: localeName,
    ...(styles.length ? { StyleList: styles } : {}),
    SampleRateHertz: '24000',
    VoiceType: 'Neural',
    Status: 'GA',
    WordsPerMinute: '150',
  };
}

/** A small voice list in the service's shape: some voices with styles, some without. */
export const FAKE_VOICES: ServiceVoice[] = [
  voice('en-US-AvaNeural', 'English (United States)', 'Female', ['narration-relaxed', 'cheerful', 'sad', 'whispering']),
  voice('en-US-AndrewNeural', 'English (United States)', 'Male', []),
  voice('en-GB-SoniaNeural', 'English (United Kingdom)', 'Female', ['cheerful', 'sad']),
  voice('de-DE-KatjaNeural', 'German (Germany)', 'Female', []),
  voice('de-DE-ConradNeural', 'German (Germany)', 'Male', ['cheerful']),
  voice('fr-FR-DeniseNeural', 'French (France)', 'Female', ['cheerful', 'sad']),
  voice('es-ES-ElviraNeural', 'Spanish (Spain)', 'Female', []),
];
