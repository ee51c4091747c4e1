import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { decodeWav } from '../pipeline/audio/wav';
import { expectConsistentNarration, narratorContract, sampleTextFor } from '../pipeline/providers/contracts/narrator-contract';
import { EmbeddedNarrator } from '../pipeline/providers/embedded/narrator/embedded-narrator';
import { temporaryFolder } from './support/temporary-folder';
import { medianPitchHz, peak, rootMeanSquare, sampleAt } from './narrator/audio-measures';

// One narrator (two eSpeak workers) for the whole file: starting workers is the slow part.
const narrator = new EmbeddedNarrator({ poolSize: 2 });
afterAll(() => narrator.close());

narratorContract('EmbeddedNarrator', { create: () => narrator, languages: ['en', 'de', 'fr', 'es'] });

describe.each([
  ['en', 'en-US-female'],
  ['de', 'de-male'],
])('EmbeddedNarrator speaking %s', (language, voice) => {
  const text = sampleTextFor(language);
  let narration: Awaited<ReturnType<EmbeddedNarrator['narrate']>>;
  let audio: ReturnType<typeof decodeWav>;
  beforeAll(async () => {
    narration = await narrator.narrate({ text, language, voice, rate: 1 });
    audio = decodeWav(narration.audio);
  });

  it('gives a 16-bit mono WAV whose duration is its sample count', () => {
    expect(narration.mimeType).toBe('audio/wav');
    expect(audio.channels).toBe(1);
    expect(audio.sampleRate).toBe(22050);
    expect(narration.durationMs).toBe((audio.samples.length * 1000) / audio.sampleRate);
    expect(narration.warnings).toEqual([]);
  });

  it('times every word and sentence inside the audio, with offsets into the text', () => {
    expectConsistentNarration(narration, text);
    expect(narration.sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toHaveLength(3);
    expect(narration.words.map((word) => word.text).join(' ')).toBe(text.match(/[\p{L}\p{N}]+/gu)!.join(' '));
  });

  it('is not silent', () => {
    expect(rootMeanSquare(audio.samples)).toBeGreaterThan(800);
  });

  it('has speech where the sentence timings say, and silence between sentences', () => {
    const { samples, sampleRate } = audio;
    narration.sentences.forEach((sentence, index) => {
      const start = sampleAt(sentence.startMs, sampleRate);
      const end = sampleAt(sentence.endMs, sampleRate);
      expect(rootMeanSquare(samples, start, end)).toBeGreaterThan(1000);
      // Speech begins within 60 ms of the sentence's start and ends within 120 ms of its end.
      expect(peak(samples, start, start + sampleAt(60, sampleRate))).toBeGreaterThan(260);
      expect(peak(samples, end - sampleAt(120, sampleRate), end)).toBeGreaterThan(260);
      // The pause is inserted silence; times are floored to 0.1 ms (2.2 samples), hence the margin.
      const next = narration.sentences[index + 1];
      if (next) expect(peak(samples, end + 3, sampleAt(next.startMs, sampleRate) - 3)).toBe(0);
    });
  });

  it('ends a word before a comma where the audio falls silent', () => {
    const beforeCommas = narration.words.filter((word) => text[word.end] === ',');
    expect(beforeCommas.length).toBeGreaterThan(0);
    for (const word of beforeCommas) {
      const end = sampleAt(word.endMs, audio.sampleRate);
      expect(peak(audio.samples, end + sampleAt(5, audio.sampleRate), end + sampleAt(60, audio.sampleRate))).toBeLessThanOrEqual(260);
    }
  });

  it('pauses longer between paragraphs than between sentences', () => {
    const [first, second, third] = narration.sentences;
    const sentenceGap = second.startMs - first.endMs;
    const paragraphGap = third.startMs - second.endMs;
    expect(sentenceGap).toBeGreaterThanOrEqual(240);
    expect(sentenceGap).toBeLessThanOrEqual(260);
    expect(paragraphGap).toBeGreaterThanOrEqual(590);
    expect(paragraphGap).toBeLessThanOrEqual(610);
  });

  it('decodes with ffprobe to the same format and length', async () => {
    const folder = await temporaryFolder();
    try {
      const file = path.join(folder.dir, 'narration.wav');
      await fs.writeFile(file, narration.audio);
      const { stdout } = await promisify(execFile)('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,sample_rate,channels:format=duration', '-of', 'json', file]);
      const probed = JSON.parse(stdout);
      expect(probed.streams[0]).toMatchObject({ codec_name: 'pcm_s16le', sample_rate: '22050', channels: 1 });
      expect(Number(probed.format.duration) * 1000).toBeCloseTo(narration.durationMs, 0);
    } finally {
      await folder.remove();
    }
  });
});

describe('EmbeddedNarrator choices', () => {
  it('warns and still speaks for a voice of another language, a bad rate and a style', async () => {
    const text = 'Guten Abend, kleiner Fuchs.';
    const narration = await narrator.narrate({ text, language: 'de', voice: 'fr-female', rate: 5, style: 'whisper' });
    expect(narration.warnings).toHaveLength(3);
    expect(narration.warnings.join('\n')).toMatch(/"fr-female" speaks French, not German[\s\S]*rate 5 became[\s\S]*style "whisper"/);
    expect(rootMeanSquare(decodeWav(narration.audio).samples)).toBeGreaterThan(800);
  });

  it('speaks slower at a lower rate', async () => {
    const text = 'The little fox walked slowly through the quiet forest.';
    const normal = await narrator.narrate({ text, language: 'en', rate: 1 });
    const slow = await narrator.narrate({ text, language: 'en', rate: 0.5 });
    expect(slow.durationMs / normal.durationMs).toBeGreaterThan(1.6);
  });

  it('speaks female voices higher than male ones', async () => {
    const text = 'Hello, my dear friend, how are you today?';
    const pitch = async (voice: string) => {
      const audio = decodeWav((await narrator.narrate({ text, language: 'en', voice, rate: 1 })).audio);
      return medianPitchHz(audio.samples, audio.sampleRate);
    };
    const [female, male] = await Promise.all([pitch('en-US-female'), pitch('en-US-male')]);
    expect(male).toBeGreaterThan(60);
    expect(female).toBeGreaterThan(male * 1.3);
  });

  it('speaks with every voice it lists, without warnings', async () => {
    const voices = await narrator.voices();
    const narrations = await Promise.all(voices.map((voice) => narrator.narrate({ text: 'Fox, 1, 2, 3.', language: voice.language, voice: voice.id, rate: 1 })));
    narrations.forEach((narration, index) => {
      expect({ voice: voices[index].id, warnings: narration.warnings }).toEqual({ voice: voices[index].id, warnings: [] });
      expect(rootMeanSquare(decodeWav(narration.audio).samples)).toBeGreaterThan(500);
    });
  });
});
