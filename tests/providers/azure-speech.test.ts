import { execFileSync } from 'node:child_process';
import net from 'node:net';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BadInputError, CancelledError, ProviderError } from '../../pipeline/errors';
import { createAzureSpeechProviders } from '../../pipeline/providers/azure/create-azure-speech-providers';
import { expectConsistentNarration, sampleTextFor } from '../../pipeline/providers/contracts/narrator-contract';
import { fakeSpeech } from '../../pipeline/providers/openai/testing/fake-speech';
import { temporaryFolder } from '../support/temporary-folder';
import { azureAgainstFake } from './azure-support';
import { TEST_CALLS } from './openai-support';

describe('Azure Speech against the fake service', () => {
  let setup: Awaited<ReturnType<typeof azureAgainstFake>>;
  beforeAll(async () => {
    setup = await azureAgainstFake({ voices: { de: 'de-DE-ConradNeural' }, dialogueVoices: { en: 'en-US-AndrewNeural' }, style: 'narration-relaxed', pitch: '-5%' });
  });
  afterAll(() => setup.close());

  it('lists the service’s voices with their styles', async () => {
    const voices = await setup.providers.narrator.voices();
    expect(voices.find((voice) => voice.id === 'en-US-AvaNeural')).toEqual({ id: 'en-US-AvaNeural', name: 'Ava (English (United States))', language: 'en-US', styles: ['narration-relaxed', 'cheerful', 'sad', 'whispering'] });
    expect(voices.find((voice) => voice.id === 'de-DE-KatjaNeural')?.styles).toEqual([]);
  });

  it('speaks SSML with the language’s voice, a style it has, rate, pitch and a second voice for dialogue', async () => {
    const text = 'The fox said, "Where is the moon?" Tom & Jerry laughed.';
    const narration = await setup.providers.narrator.narrate({ text, language: 'en', rate: 1.2 });
    expectConsistentNarration(narration, text);
    expect(narration.warnings).toEqual([]);
    const ssml = setup.fake.ssml.at(-1)!;
    expect(ssml).toContain('<voice name="en-US-AvaNeural"><mstts:express-as style="narration-relaxed"><prosody rate="+20%" pitch="-5%">The fox said, </prosody>');
    expect(ssml).toContain('<voice name="en-US-AndrewNeural"><prosody rate="+20%" pitch="-5%">"Where is the moon?"</prosody></voice>');
    expect(ssml).toContain('Tom &amp; Jerry laughed.');
    expect(narration.words.map((word) => word.text)).toEqual(['The', 'fox', 'said', 'Where', 'is', 'the', 'moon', 'Tom', 'Jerry', 'laughed']);
    // The fake speaks from 50 ms at 300 ms a word, here 20 % faster: 250 ms a word.
    expect(narration.words[1]).toEqual({ text: 'fox', start: 4, end: 7, startMs: 300, endMs: 500 });
    expect(narration.words[8]).toMatchObject({ start: text.indexOf('Jerry'), end: text.indexOf('Jerry') + 5 });
    expect(narration.sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual(['The fox said, "Where is the moon?"', 'Tom & Jerry laughed.']);
  });

  it('uses the configured voice for a language, without a style it lacks', async () => {
    const narration = await setup.providers.narrator.narrate({ text: sampleTextFor('de'), language: 'de', rate: 1 });
    expect(narration.warnings).toEqual([]);
    const ssml = setup.fake.ssml.at(-1)!;
    expect(ssml).toContain('xml:lang="de-DE"><voice name="de-DE-ConradNeural"><prosody');
    expect(ssml).not.toContain('express-as');
  });

  it('warns, listing the voice’s styles, when the book asks for a style the voice lacks', async () => {
    const narration = await setup.providers.narrator.narrate({ text: 'Good night.', language: 'en', rate: 1, style: 'angry' });
    expect(narration.warnings).toEqual(['en-US-AvaNeural has no "angry" style (its styles: narration-relaxed, cheerful, sad, whispering)']);
    expect(setup.fake.ssml.at(-1)).toContain('style="narration-relaxed"');
  });

  it('transcribes a WAV and an MP3, converted to 16 kHz mono first, with word times', async () => {
    const folder = await temporaryFolder();
    try {
      const { wav, utterance } = fakeSpeech('Once upon a time, a fox lived by the river. "Where is the moon?" she asked.', 300);
      setup.fake.registerRecording(utterance.durationSeconds * 1000, utterance);
      const transcript = await setup.providers.transcriber.transcribe({ audio: wav, mimeType: 'audio/wav', language: 'en' });
      expect(transcript.text).toBe('Once upon a time, a fox lived by the river. "Where is the moon?" she asked.');
      expect(transcript.words.map((word) => transcript.text.slice(word.start, word.end))).toEqual(utterance.words.map((word) => word.word));
      expect(transcript.words[1]).toMatchObject({ startMs: 450, endMs: 690 });
      expect(setup.fake.recognised.at(-1)).toMatchObject({ sampleRate: 16_000 });
      expect(setup.fake.connections.at(-1)!.path).toContain('language=en-US');

      const source = path.join(folder.dir, 'story.wav');
      await fs.writeFile(source, wav);
      execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-i', source, '-c:a', 'libmp3lame', '-b:a', '64k', path.join(folder.dir, 'story.mp3')]);
      const mp3 = new Uint8Array(await fs.readFile(path.join(folder.dir, 'story.mp3')));
      const fromMp3 = await setup.providers.transcriber.transcribe({ audio: mp3, mimeType: 'audio/mpeg', language: 'en' });
      expect(fromMp3.text).toBe(transcript.text);
    } finally {
      await folder.remove();
    }
  });

  it('refuses a recording that is not audio, saying so', async () => {
    const error = await setup.providers.transcriber.transcribe({ audio: new TextEncoder().encode('this is not a recording at all'), mimeType: 'audio/wav', language: 'en' }).catch((caught) => caught);
    expect(BadInputError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/^the recording could not be read as audio \(audio\/wav\)/);
  });

  it('stops when cancelled while speaking', async () => {
    setup.fake.fail('synthesis', { delayMs: 2_000 });
    const controller = new AbortController();
    const pending = setup.providers.narrator.narrate({ text: 'A long night.', language: 'en', rate: 1, signal: controller.signal }).catch((caught) => caught);
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    expect(CancelledError.isInstance(await pending)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('Azure Speech faults', () => {
  let setup: Awaited<ReturnType<typeof azureAgainstFake>>;
  beforeAll(async () => {
    setup = await azureAgainstFake();
  });
  afterAll(() => setup.close());
  const ttsConnections = () => setup.fake.connections.filter((connection) => connection.path.includes('/tts/')).length;

  it('names AZURE_SPEECH_KEY when the service rejects the key, and does not retry', async () => {
    const wrong = createAzureSpeechProviders({ key: 'wrong', host: setup.fake.host, calls: TEST_CALLS });
    const listing = await wrong.narrator.voices().catch((caught) => caught);
    expect(ProviderError.isInstance(listing)).toBe(true);
    expect(listing.message).toBe("Azure Speech rejected the key (HTTP 401); check AZURE_SPEECH_KEY and that AZURE_SPEECH_REGION is the key's region");
    const before = setup.fake.connections.length;
    const transcribing = await wrong.transcriber.transcribe({ audio: fakeSpeech('Hello there.', 300).wav, mimeType: 'audio/wav', language: 'en' }).catch((caught) => caught);
    expect(transcribing.message).toMatch(/^Azure Speech rejected the key \(HTTP 401\); check AZURE_SPEECH_KEY/);
    expect(transcribing.retryable).toBe(false);
    expect(setup.fake.connections.length - before).toBe(1);
  });

  it('names the address when the service cannot be reached', async () => {
    // A port that was free a moment ago: nothing listens there now.
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const nowhere = createAzureSpeechProviders({ key: 'k', host: `ws://127.0.0.1:${port}`, calls: { ...TEST_CALLS, retry: { ...TEST_CALLS.retry, maxAttempts: 1 } } });
    const error = await nowhere.narrator.voices().catch((caught) => caught);
    expect(error.message).toBe(`could not reach Azure Speech at http://127.0.0.1:${port}/cognitiveservices/voices/list: connect ECONNREFUSED 127.0.0.1:${port}`);
  });

  it('retries a refused connection (429) and a connection closed mid-turn', async () => {
    setup.fake.fail('synthesis', { status: 429, retryAfter: '0' });
    setup.fake.fail('synthesis', { closeCode: 1011, reason: 'Internal service error' });
    const before = ttsConnections();
    const narration = await setup.providers.narrator.narrate({ text: 'Good night, fox.', language: 'en', rate: 1 });
    expect(narration.words.map((word) => word.text)).toEqual(['Good', 'night', 'fox']);
    expect(ttsConnections() - before).toBe(3);
  });

  it('gives up on a service that keeps failing, naming what it said', async () => {
    setup.fake.fail('synthesis', { closeCode: 1011, reason: 'Internal service error' }, 3);
    const error = await setup.providers.narrator.narrate({ text: 'Good night.', language: 'en', rate: 1 }).catch((caught) => caught);
    expect(error.message).toMatch(/^Azure Speech failed \(1011\)?.*Internal service error.*\(gave up after 3 tries\)$/);
  });

  it('abandons a slow synthesis after the timeout and tries again', async () => {
    const quick = createAzureSpeechProviders({ key: setup.fake.key, host: setup.fake.host, calls: { ...TEST_CALLS, timeoutMs: 400 } });
    setup.fake.fail('synthesis', { delayMs: 3_000 });
    const started = Date.now();
    const narration = await quick.narrator.narrate({ text: 'Good night.', language: 'en', rate: 1 });
    expect(narration.words).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(2_500);
  });
});
