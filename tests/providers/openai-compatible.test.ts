import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { decodePng } from '../../pipeline/providers/contracts/png-image';
import { contractScene, CONTRACT_BIBLE } from '../../pipeline/providers/contracts/illustrator-contract';
import { temporaryFolder } from '../support/temporary-folder';
import { openAIAgainstFake } from './openai-support';

const STORY = 'A fox lived by the river. She watched the moon every night.\n\nOne night the moon was gone. The fox went to look for it.';

describe('OpenAI-compatible servers and other OpenAI models', () => {
  it('plans offline, with a warning naming the model, when a local chat server answers prose instead of a plan', async () => {
    const setup = await openAIAgainstFake({ models: { planner: 'llama3.2' } });
    try {
      setup.fake.chatAnswer = () => 'Sure! Here is your plan:\n```json\n{ "scenes": [ "one", "two" ] }\n```';
      const plan = await setup.providers.planner.plan({ text: STORY, language: 'en' });
      expect(plan.scenes.map((scene) => scene.text).join('')).toBe(plan.text);
      expect(plan.warnings.at(-1)).toMatch(/^llama3\.2: its answers could not be read as a plan \(llama3\.2 answered with something that is not a plan: .+\(gave up after 3 tries\)\), so the story was planned offline$/);
      expect(setup.fake.requestsTo('chat')).toHaveLength(3);
    } finally {
      await setup.close();
    }
  });

  it('draws with a LocalAI-style model: exact pixels asked, base64, a WebP answer turned into the book’s PNG', async () => {
    const setup = await openAIAgainstFake({ models: { illustrator: 'stablediffusion' }, imageQuality: 'high' });
    const folder = await temporaryFolder();
    try {
      const png = path.join(folder.dir, 'small.png');
      execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'color=c=0x2f6bb8:s=512x288', '-frames:v', '1', png]);
      execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-i', png, path.join(folder.dir, 'small.webp')]);
      const webp = new Uint8Array(await fs.readFile(path.join(folder.dir, 'small.webp')));
      setup.fake.imageAnswer = () => webp;
      const picture = await setup.providers.illustrator.illustrate({ scene: contractScene(), bible: CONTRACT_BIBLE, style: 'flat', size: 'landscape', seed: 1 });
      expect(picture.warnings).toEqual(['stablediffusion takes no picture quality, so "high" was not applied']);
      const decoded = decodePng(picture.image);
      expect([decoded.width, decoded.height]).toEqual([1280, 720]);
      const centre = (360 * 1280 + 640) * decoded.channels;
      const [red, green, blue] = decoded.pixels.subarray(centre, centre + 3);
      for (const [got, wanted] of [[red, 0x2f], [green, 0x6b], [blue, 0xb8]]) expect(Math.abs(got - wanted)).toBeLessThan(12);
      const request = setup.fake.requestsTo('images').at(-1)!;
      expect(request.body).toMatchObject({ model: 'stablediffusion', size: '1280x720', response_format: 'b64_json' });
      expect(request.body).not.toHaveProperty('output_format');
      expect(request.body).not.toHaveProperty('quality');
    } finally {
      await folder.remove();
      await setup.close();
    }
  });

  it('asks dall-e-3 for its own sizes, one picture in base64, with its quality words', async () => {
    const setup = await openAIAgainstFake({ models: { illustrator: 'dall-e-3' }, imageQuality: 'high' });
    try {
      const picture = await setup.providers.illustrator.illustrate({ scene: contractScene(), bible: CONTRACT_BIBLE, style: 'watercolour', size: 'portrait', seed: 1 });
      expect([picture.width, picture.height]).toEqual([768, 1024]);
      expect(setup.fake.requestsTo('images').at(-1)!.body).toMatchObject({ model: 'dall-e-3', size: '1024x1792', n: 1, quality: 'hd', response_format: 'b64_json' });
    } finally {
      await setup.close();
    }
  });

  it('speaks with tts-1: speed instead of instructions, and says a style was not applied', async () => {
    const setup = await openAIAgainstFake({ models: { narrator: 'tts-1' } });
    try {
      const narration = await setup.providers.narrator.narrate({ text: 'Good night, little fox.', language: 'en', rate: 1.25, style: 'whispering' });
      expect(narration.warnings).toEqual(['tts-1 takes no speaking style, so "whispering" was not applied']);
      const request = setup.fake.requestsTo('speech').at(-1)!;
      expect(request.body).toMatchObject({ model: 'tts-1', speed: 1.25, voice: 'fable' });
      expect(request.body).not.toHaveProperty('instructions');
    } finally {
      await setup.close();
    }
  });
});
