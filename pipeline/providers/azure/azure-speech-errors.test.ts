import { classifyAzureSpeechError, SpeechCallFailed, statusInDetails } from './azure-speech-errors';
import { azureSpeechSettingsFromEnv, parseVoiceTable, usesAzureSpeech } from './azure-speech-settings';

describe('Azure Speech errors', () => {
  it('finds the status in the SDK’s wording', () => {
    expect(statusInDetails('Unable to contact server. StatusCode: 1006, wss://x Reason: Unexpected server response: 401')).toBe(401);
    expect(statusInDetails('Internal service error websocket error code: 1011')).toBe(1011);
    expect(statusInDetails('Unable to contact server. StatusCode: 1006, wss://x Reason:  ')).toBe(1006);
    expect(statusInDetails('something else')).toBeNull();
  });

  it('names the key variable for 401 and 403, and does not retry them', () => {
    const error = classifyAzureSpeechError(new SpeechCallFailed('Unable to contact server. StatusCode: 1006, ws://h Reason: Unexpected server response: 403', 'ConnectionFailure'));
    expect(error).toMatchObject({ provider: 'azure', retryable: false, status: 403 });
    expect(error.message).toBe("Azure Speech rejected the key (HTTP 403); check AZURE_SPEECH_KEY and that AZURE_SPEECH_REGION is the key's region");
  });

  it('does not retry a bad request, and retries rate limits and lost connections', () => {
    expect(classifyAzureSpeechError(new SpeechCallFailed('Unsupported voice xx. websocket error code: 1007', 'BadRequestParameters'))).toMatchObject({ retryable: false, message: 'Azure Speech refused the request: Unsupported voice xx. websocket error code: 1007' });
    expect(classifyAzureSpeechError(new SpeechCallFailed('Unexpected server response: 429', 'ConnectionFailure'))).toMatchObject({ retryable: true, status: 429 });
    expect(classifyAzureSpeechError(new SpeechCallFailed('Internal service error websocket error code: 1011', 'ServiceError'))).toMatchObject({ retryable: true, status: null });
  });
});

describe('Azure Speech settings', () => {
  it('needs a key and a region or host', () => {
    expect(usesAzureSpeech({ AZURE_SPEECH_KEY: 'k' })).toBe(false);
    expect(usesAzureSpeech({ AZURE_SPEECH_KEY: 'k', AZURE_SPEECH_REGION: 'westeurope' })).toBe(true);
    expect(azureSpeechSettingsFromEnv({ AZURE_SPEECH_REGION: 'westeurope' })).toBeNull();
  });

  it('reads voices, dialogue voices, style and pitch', () => {
    const settings = azureSpeechSettingsFromEnv({ AZURE_SPEECH_KEY: 'k', AZURE_SPEECH_HOST: 'wss://h', AZURE_SPEECH_VOICES: 'en=en-GB-SoniaNeural, de-AT=de-AT-IngridNeural', AZURE_SPEECH_DIALOGUE_VOICES: 'en=en-US-AndrewNeural', AZURE_SPEECH_STYLE: 'narration-relaxed', AZURE_SPEECH_PITCH: '-5%' });
    expect(settings).toMatchObject({ key: 'k', host: 'wss://h', voices: { en: 'en-GB-SoniaNeural', 'de-at': 'de-AT-IngridNeural' }, dialogueVoices: { en: 'en-US-AndrewNeural' }, style: 'narration-relaxed', pitch: '-5%' });
  });

  it('refuses a malformed voice table or pitch, naming the variable', () => {
    expect(() => parseVoiceTable('en:en-US-AvaNeural', 'AZURE_SPEECH_VOICES')).toThrow('AZURE_SPEECH_VOICES has "en:en-US-AvaNeural"; write language=voice pairs');
    expect(() => azureSpeechSettingsFromEnv({ AZURE_SPEECH_KEY: 'k', AZURE_SPEECH_REGION: 'r', AZURE_SPEECH_PITCH: 'squeaky' })).toThrow('AZURE_SPEECH_PITCH is "squeaky"');
  });
});
