import { BadInputError, CancelledError } from '../../errors';
import { MAX_PROMPT_CHARACTERS } from '../../model';
import type { StoryWriter, StoryWriterInput } from '../story-writer';

export interface StoryWriterContractOptions {
  /** Whether the writer's stories are meant to fall in 300–1,200 words (cloud fakes may not be). */
  checkLength?: boolean;
}

const BASE: StoryWriterInput = { prompt: 'a bedtime story about a shy dragon who learns to swim', language: 'en', length: 'medium', audience: 'children aged 4 to 8', seed: 1 };

function words(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * What every StoryWriter must do, whoever implements it: name itself, answer a prompt with a
 * title and a story in paragraphs, refuse empty and over-long prompts with BadInputError, and
 * stop when cancelled. Call it inside a test file with a factory for the writer under test.
 */
export function storyWriterContract(name: string, makeWriter: () => StoryWriter | Promise<StoryWriter>, options: StoryWriterContractOptions = {}): void {
  describe(`StoryWriter contract: ${name}`, () => {
    let writer: StoryWriter;
    beforeAll(async () => {
      writer = await makeWriter();
    });

    it('names its provider and model', () => {
      expect(writer.provider).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(writer.model.length).toBeGreaterThan(0);
    });

    it('writes a titled story in paragraphs, without the title in the text', async () => {
      const story = await writer.write(BASE);
      expect(story.title.trim().length).toBeGreaterThan(0);
      expect(story.title).not.toContain('\n');
      expect(story.text.split(/\n\s*\n/).length).toBeGreaterThanOrEqual(3);
      expect(story.text.trimStart().startsWith(story.title)).toBe(false);
      expect(Array.isArray(story.warnings)).toBe(true);
      for (const warning of story.warnings) expect(typeof warning).toBe('string');
    });

    if (options.checkLength) {
      it.each(['short', 'medium', 'long'] as const)('keeps a %s story within 300 to 1,200 words', async (length) => {
        const story = await writer.write({ ...BASE, length });
        expect(words(story.text)).toBeGreaterThanOrEqual(300);
        expect(words(story.text)).toBeLessThanOrEqual(1200);
      });
    }

    it('refuses an empty prompt with a clear message', async () => {
      const refusal = await writer.write({ ...BASE, prompt: '   ' }).catch((error) => error);
      expect(BadInputError.isInstance(refusal)).toBe(true);
      expect(refusal.message).toMatch(/prompt is empty/);
    });

    it('refuses an over-long prompt, saying how long is allowed', async () => {
      const refusal = await writer.write({ ...BASE, prompt: 'a fox '.repeat(MAX_PROMPT_CHARACTERS) }).catch((error) => error);
      expect(BadInputError.isInstance(refusal)).toBe(true);
      expect(refusal.message).toContain(String(MAX_PROMPT_CHARACTERS));
    });

    it('stops when cancelled', async () => {
      const controller = new AbortController();
      controller.abort();
      const refusal = await writer.write({ ...BASE, signal: controller.signal }).catch((error) => error);
      expect(CancelledError.isInstance(refusal)).toBe(true);
    });
  });
}
