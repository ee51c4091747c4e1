import { BadInputError, ProviderError, throwIfCancelled } from '../../../errors';
import { MAX_PROMPT_CHARACTERS } from '../../../model';
import type { StoryWriter, StoryWriterInput, WrittenStory } from '../../story-writer';
import { callWithRetry } from '../../cloud/cloud-call';
import type { OpenAIConnection } from '../openai-connection';
import { readWrittenStory } from './read-written-story';
import { storyMessages } from './story-prompt';

/** A prompt becomes a story through chat completions. */
export class OpenAIStoryWriter implements StoryWriter {
  readonly provider: string;
  readonly model: string;

  constructor(private readonly connection: OpenAIConnection) {
    this.provider = connection.provider;
    this.model = connection.models.writer;
  }

  async write(input: StoryWriterInput): Promise<WrittenStory> {
    const prompt = input.prompt.trim();
    if (!prompt) throw new BadInputError('the prompt is empty: describe the story you want');
    if (prompt.length > MAX_PROMPT_CHARACTERS) throw new BadInputError(`the prompt is ${prompt.length.toLocaleString('en')} characters long; the most is ${MAX_PROMPT_CHARACTERS}`);
    throwIfCancelled(input.signal);
    const messages = storyMessages({ prompt, language: input.language, length: input.length, audience: input.audience });
    const completion = await callWithRetry(this.connection.calls.writer, 'writing the story', async (signal) => {
      const answer = await this.connection.client.chat.completions.create({ model: this.model, messages, seed: input.seed }, { signal });
      const choice = answer.choices?.[0];
      if (!choice?.message?.content?.trim()) throw new ProviderError({ provider: this.provider, retryable: true, message: `${this.provider} (${this.model}) answered with no story` });
      return choice;
    }, input.signal);
    const story = readWrittenStory(completion.message.content!);
    const warnings: string[] = [];
    if (completion.finish_reason === 'length') warnings.push(`${this.model} stopped at its length limit, so the story may end abruptly`);
    if (!story.text) throw new ProviderError({ provider: this.provider, retryable: false, message: `${this.provider} (${this.model}) answered with a title but no story` });
    let title = story.title;
    if (!title) {
      title = prompt.split(/\s+/).slice(0, 8).join(' ').replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
      warnings.push(`${this.model} gave the story no title, so it is named after the prompt`);
    }
    return { title, text: story.text, warnings };
  }
}
