import { decodeWav, durationMs } from '../../pipeline/audio/wav';
import { BadInputError, CancelledError } from '../../pipeline/errors';
import { pngSize } from '../../pipeline/providers/openai/illustrator/png-size';
import { sampleTextFor, expectConsistentNarration } from '../../pipeline/providers/contracts/narrator-contract';
import { createOpenAIProviders } from '../../pipeline/providers/openai/create-openai-providers';
import { openAIAgainstFake, TEST_CALLS } from './openai-support';

const STORY = 'Once upon a time a small fox lived by the river. Every night she watched the moon.\n\nOne evening the moon was gone! The fox set out to find it.\n\nAt last she found it in the river, and laughed.';

describe('OpenAI providers against the fake server', () => {
  let setup: Awaited<ReturnType<typeof openAIAgainstFake>>;
  beforeAll(async () => {
    setup = await openAIAgainstFake();
  });
  afterAll(() => setup.close());

  it('writes a titled story in paragraphs from a prompt, sending the key and the model', async () => {
    const story = await setup.providers.writer.write({ prompt: 'a fox who loses the moon', language: 'en', length: 'short', audience: 'children aged 4 to 8', seed: 7 });
    expect(story.title).toBe('The Fox Who Wanted the Moon');
    expect(story.text.split('\n\n')).toHaveLength(3);
    expect(story.text).toContain('a fox who loses the moon');
    const request = setup.fake.requestsTo('chat').at(-1)!;
    expect(request.headers.authorization).toBe(`Bearer ${setup.fake.apiKey}`);
    expect(request.body).toMatchObject({ model: 'gpt-4o-mini', seed: 7 });
  });

  it('plans scenes whose spans cover the story exactly, with the model’s descriptions and bible', async () => {
    const plan = await setup.providers.planner.plan({ text: STORY, language: 'en' });
    expect(plan.warnings).toEqual([]);
    expect(plan.scenes).toHaveLength(3);
    expect(plan.scenes.map((scene) => scene.text).join('')).toBe(plan.text);
    for (const scene of plan.scenes) expect(plan.text.slice(scene.start, scene.end)).toBe(scene.text);
    expect(plan.bible.characters[0]).toMatchObject({ id: 'fox', kind: 'fox', look: { palette: ['#c8312b', '#f3f1ea'], item: 'scarf' } });
    expect(plan.scenes[1].description).toMatchObject({ setting: 'river', characters: ['fox'], objects: ['moon'], timeOfDay: 'night' });
    const request = setup.fake.requestsTo('chat').at(-1)!;
    expect((request.body.response_format as { type: string; json_schema: { name: string; strict: boolean } })).toMatchObject({ type: 'json_schema', json_schema: { name: 'story_plan', strict: true } });
  });

  it('falls back to the offline split, keeping the model’s descriptions, when the model rewrites the story', async () => {
    setup.fake.chatAnswer = (body) => {
      const content = JSON.stringify(body);
      if (!content.includes('story_plan')) return undefined;
      return { title: 'Moon', characters: [{ name: 'Fox', kind: 'fox', aliases: [], palette: ['#e8812c'], clothing: 'none', item: null, look: 'an orange fox' }], scenes: [
        { text: 'Once upon a time a little fox lived near the river.', setting: 'river', timeOfDay: 'dusk', weather: 'fog', season: null, characters: ['Fox'], objects: [], mood: 'calm', action: 'A fox lived.', imagePrompt: 'A fox by a misty river.' },
        { text: 'The moon vanished and was found again.', setting: 'sky', timeOfDay: 'night', weather: 'clear', season: null, characters: ['Fox'], objects: ['moon'], mood: 'happy', action: 'Found.', imagePrompt: 'A fox and the moon.' },
      ] };
    };
    try {
      const plan = await setup.providers.planner.plan({ text: STORY, language: 'en' });
      expect(plan.warnings.join(' ')).toMatch(/did not keep the story's words exactly \(scene 1 has "little fox/);
      expect(plan.scenes.map((scene) => scene.text).join('')).toBe(plan.text);
      expect(plan.text).toBe(STORY);
      expect(plan.scenes[0].description).toMatchObject({ setting: 'river', weather: 'fog', characters: ['fox'] });
      expect(plan.scenes.at(-1)!.description).toMatchObject({ setting: 'sky', objects: ['moon'] });
      expect(plan.bible.characters[0].look.summary).toBe('an orange fox');
    } finally {
      setup.fake.chatAnswer = null;
    }
  });

  it('draws a PNG of the model’s size, with style and looks in the prompt', async () => {
    const plan = await setup.providers.planner.plan({ text: STORY, language: 'en' });
    const picture = await setup.providers.illustrator.illustrate({ scene: plan.scenes[0], bible: plan.bible, style: 'watercolour', size: 'landscape', seed: 1 });
    expect(picture.mimeType).toBe('image/png');
    // The model draws 1536×1024; the book's landscape page is 1280×720, cropped to fill.
    expect(pngSize(picture.image)).toEqual({ width: 1280, height: 720 });
    expect([picture.width, picture.height]).toEqual([1280, 720]);
    expect(picture.drawn).toEqual(['setting:forest', 'character:fox', 'object:moon']);
    const request = setup.fake.requestsTo('images').at(-1)!;
    expect(request.body).toMatchObject({ model: 'gpt-image-1', size: '1536x1024', output_format: 'png', n: 1 });
    expect(request.body.prompt).toEqual(expect.stringContaining('watercolour'));
    expect(request.body.prompt).toEqual(expect.stringContaining('a small red fox with a white chest and a green scarf'));
  });

  it('narrates with WAV audio and word times heard back from its own speech', async () => {
    const text = sampleTextFor('en');
    const narration = await setup.providers.narrator.narrate({ text, language: 'en', voice: 'en-coral', rate: 1, style: 'calm' });
    expectConsistentNarration(narration, text);
    expect(narration.warnings).toEqual([]);
    expect(narration.durationMs).toBeCloseTo(durationMs(decodeWav(narration.audio)), 3);
    const speech = setup.fake.requestsTo('speech').at(-1)!;
    expect(speech.body).toMatchObject({ model: 'gpt-4o-mini-tts', voice: 'coral', response_format: 'wav' });
    expect(speech.body.instructions).toEqual(expect.stringContaining('Delivery: calm.'));
    // The fake speaks a word every 300 ms from 150 ms, with 250 ms more after each sentence.
    expect(narration.words[0]).toMatchObject({ text: 'Once', startMs: 150, endMs: 390 });
    expect(narration.words[1]).toMatchObject({ text: 'upon', startMs: 450 });
    const transcription = setup.fake.requestsTo('transcriptions').at(-1)!;
    expect(transcription.body).toMatchObject({ model: 'whisper-1', response_format: 'verbose_json' });
  });

  it('estimates word times with a warning when the speech cannot be heard back', async () => {
    setup.fake.fail('transcriptions', { status: 400, message: 'unsupported' });
    const text = 'Good night, little fox. Sleep well.';
    const narration = await setup.providers.narrator.narrate({ text, language: 'en', rate: 1 });
    expectConsistentNarration(narration, text);
    expect(narration.words).toHaveLength(6);
    expect(narration.warnings).toEqual(['word times could not be heard back from the speech, so some are estimated']);
  });

  it('transcribes a recording into text with word times pointing into it', async () => {
    const spoken = await setup.providers.narrator.narrate({ text: 'The fox found the moon.', language: 'en', rate: 1 });
    const transcript = await setup.providers.transcriber.transcribe({ audio: spoken.audio, mimeType: 'audio/wav', language: 'en-GB' });
    expect(transcript.text).toBe('The fox found the moon.');
    expect(transcript.words.map((word) => transcript.text.slice(word.start, word.end))).toEqual(['The', 'fox', 'found', 'the', 'moon']);
    expect(setup.fake.requestsTo('transcriptions').at(-1)!.body).toMatchObject({ language: 'en' });
  });

  it('sends every call through the fetch it is given', async () => {
    const seen: string[] = [];
    const counting: typeof fetch = (input, init) => {
      seen.push(String(input instanceof Request ? input.url : input));
      return fetch(input, init);
    };
    const providers = createOpenAIProviders({ apiKey: setup.fake.apiKey, baseURL: setup.fake.url, fetch: counting, calls: TEST_CALLS });
    await providers.writer.write({ prompt: 'a fox', language: 'en', length: 'short', audience: 'kids', seed: 1 });
    expect(seen).toEqual([`${setup.fake.url}/chat/completions`]);
  });

  it('refuses bad input before calling anyone, and stops when cancelled', async () => {
    const before = setup.fake.requests.length;
    const empty = await setup.providers.writer.write({ prompt: ' ', language: 'en', length: 'short', audience: 'kids', seed: 1 }).catch((error) => error);
    expect(BadInputError.isInstance(empty)).toBe(true);
    const controller = new AbortController();
    controller.abort();
    const cancelled = await setup.providers.illustrator.illustrate({ scene: (await setup.providers.planner.plan({ text: STORY, language: 'en' })).scenes[0], bible: { characters: [] }, style: 'flat', size: 'square', seed: 1, signal: controller.signal }).catch((error) => error);
    expect(CancelledError.isInstance(cancelled)).toBe(true);
    expect(setup.fake.requests.length).toBe(before + 1);
  });
});
