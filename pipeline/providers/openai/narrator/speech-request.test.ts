import { openAIVoices, resolveOpenAIVoice } from './openai-voices';
import { speechChunks, speechDelivery } from './speech-request';

describe('OpenAI voices', () => {
  it('lists every voice once per language with unique ids', () => {
    const voices = openAIVoices('gpt-4o-mini-tts');
    expect(new Set(voices.map((voice) => voice.id)).size).toBe(voices.length);
    expect(voices.find((voice) => voice.id === 'de-fable')).toEqual({ id: 'de-fable', name: 'Fable (German)', language: 'de', styles: [] });
    expect(openAIVoices('tts-1').some((voice) => voice.id.endsWith('-ballad'))).toBe(false);
  });

  it('understands a bare name or a language-prefixed id, and warns about others', () => {
    expect(resolveOpenAIVoice('de-nova', 'fable', 'gpt-4o-mini-tts')).toEqual({ voice: 'nova', warnings: [] });
    expect(resolveOpenAIVoice('Coral', 'fable', 'gpt-4o-mini-tts')).toEqual({ voice: 'coral', warnings: [] });
    expect(resolveOpenAIVoice(undefined, 'fable', 'gpt-4o-mini-tts')).toEqual({ voice: 'fable', warnings: [] });
    const unknown = resolveOpenAIVoice('en-US-JennyNeural', 'fable', 'tts-1');
    expect(unknown.voice).toBe('fable');
    expect(unknown.warnings[0]).toContain('tts-1 has no voice "en-US-JennyNeural"; fable was used');
  });
});

describe('speech delivery', () => {
  it('puts rate and style into instructions for gpt-4o-mini-tts', () => {
    const delivery = speechDelivery('gpt-4o-mini-tts', 'fr', 0.8, 'calm');
    expect(delivery.speed).toBeUndefined();
    expect(delivery.instructions).toContain('in French');
    expect(delivery.instructions).toContain('Delivery: calm.');
    expect(delivery.instructions).toContain('about 80 % of normal speed');
  });

  it('uses speed for tts-1 and says the style was not applied', () => {
    expect(speechDelivery('tts-1', 'en', 1.5, 'cheerful')).toEqual({ speed: 1.5, warnings: ['tts-1 takes no speaking style, so "cheerful" was not applied'] });
  });
});

describe('speech chunks', () => {
  it('keeps a short text whole', () => {
    expect(speechChunks('One fox. Two foxes.', 'en')).toEqual([{ start: 0, end: 19 }]);
  });

  it('cuts between sentences, never over the limit, covering every sentence', () => {
    const text = Array.from({ length: 30 }, (_, index) => `Sentence number ${index} is here.`).join(' ');
    const chunks = speechChunks(text, 'en', 100);
    expect(chunks.every((chunk) => chunk.end - chunk.start <= 100)).toBe(true);
    expect(chunks.every((chunk) => /\.$/.test(text.slice(chunk.start, chunk.end)))).toBe(true);
    expect(chunks.map((chunk) => text.slice(chunk.start, chunk.end)).join(' ')).toBe(text);
  });

  it('cuts a sentence longer than the limit between words', () => {
    const text = 'word '.repeat(50).trim() + '.';
    const chunks = speechChunks(text, 'en', 60);
    expect(chunks.every((chunk) => chunk.end - chunk.start <= 60)).toBe(true);
    expect(chunks.map((chunk) => text.slice(chunk.start, chunk.end)).join(' ')).toBe(text);
  });
});
