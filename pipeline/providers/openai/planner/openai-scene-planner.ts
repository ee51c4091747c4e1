import { LengthFinishReasonError } from 'openai/error';
import { zodResponseFormat } from 'openai/helpers/zod';
import { BadInputError, ProviderError, throwIfCancelled } from '../../../errors';
import { LanguageTagSchema, MAX_STORY_CHARACTERS, type Scene } from '../../../model';
import { imagePrompt } from '../../../plan/image-prompt';
import { findTitle } from '../../../plan/find-title';
import { normalizeStory } from '../../../plan/normalize-story';
import { defaultSceneCount } from '../../../plan/scene-count';
import { callWithRetry } from '../../cloud/cloud-call';
import { EmbeddedScenePlanner } from '../../embedded/embedded-scene-planner';
import type { ScenePlanner, ScenePlannerInput, ScenePlannerResult } from '../../scene-planner';
import type { OpenAIConnection } from '../openai-connection';
import { matchSceneSpans } from './match-scene-spans';
import { nearestPlannedScenes } from './nearest-planned-scene';
import { bibleFromResponse, descriptionFromResponse, firstSentence, scenesAt } from './plan-from-response';
import { planMessages } from './plan-prompt';
import { PLAN_RESPONSE_NAME, PlanResponseSchema, type PlanResponse } from './plan-response-schema';

const NO_WRITING = 'No words or letters in the picture.';
const UNREADABLE = 'provider_unreadable';

/**
 * Scenes, descriptions and the story bible from a chat model with structured output. The model's
 * scene texts are only trusted as far as they are the story itself; otherwise the story is split
 * offline and the model's descriptions are kept, with a warning.
 */
export class OpenAIScenePlanner implements ScenePlanner {
  readonly provider: string;
  readonly model: string;
  private readonly offline = new EmbeddedScenePlanner();

  constructor(private readonly connection: OpenAIConnection) {
    this.provider = connection.provider;
    this.model = connection.models.planner;
  }

  async plan(input: ScenePlannerInput): Promise<ScenePlannerResult> {
    const tag = LanguageTagSchema.safeParse(input.language);
    if (!tag.success) throw new BadInputError(`"${input.language}" is not a language tag (try "en", "de", "fr", "es" or "ja")`);
    const language = tag.data;
    throwIfCancelled(input.signal);
    const normalized = normalizeStory(input.text, MAX_STORY_CHARACTERS);
    const given = input.title?.trim();
    const found = given ? { title: given, bodyStart: 0 } : findTitle(normalized);
    const story = normalized.slice(found.bodyStart);
    const wanted = input.targetScenes ?? defaultSceneCount((story.match(/[\p{L}\p{N}]+/gu) ?? []).length);
    const response = await this.ask(story, language, wanted, input.targetScenes !== undefined, input.signal).catch((error: unknown) => {
      // A server without structured output answers prose; the offline planner still makes a book.
      if (ProviderError.isInstance(error) && error.code === UNREADABLE) return error;
      throw error;
    });
    const style = input.style ?? 'picture-book';
    if (!response || ProviderError.isInstance(response)) {
      const why = response ? `its answers could not be read as a plan (${response.message})` : 'the story is too long for it to copy into scenes';
      const offline = await this.offline.plan({ ...input, text: story, title: found.title ?? undefined, language });
      return { ...offline, warnings: [...offline.warnings, `${this.model}: ${why}, so the story was planned offline`] };
    }
    const title = found.title ?? (response.title.trim() || 'A Story');
    const { bible, idsByName } = bibleFromResponse(response.characters);
    const describe = (plannedIndex: number, text: string): Pick<Scene, 'description' | 'imagePrompt'> => {
      const planned = response.scenes[plannedIndex];
      const description = descriptionFromResponse(planned, idsByName, firstSentence(text));
      const prompt = planned.imagePrompt.trim();
      return { description, imagePrompt: prompt ? `${prompt} ${NO_WRITING}` : imagePrompt(description, bible, style) };
    };
    const warnings: string[] = [];
    const counted = input.targetScenes === undefined || response.scenes.length === input.targetScenes;
    const match = counted ? matchSceneSpans(story, response.scenes.map((scene) => scene.text)) : { ok: false as const, reason: `it made ${response.scenes.length} scenes, not the ${input.targetScenes} asked for` };
    let scenes: Scene[];
    if (match.ok) {
      scenes = scenesAt(story, match.starts, (index, text) => describe(index, text));
    } else {
      const offline = await this.offline.plan({ text: story, language, title, targetScenes: input.targetScenes ?? Math.max(1, response.scenes.length || wanted), style, signal: input.signal });
      const borrowed = response.scenes.length ? nearestPlannedScenes(response.scenes.map((scene) => scene.text), offline.scenes, story.length) : [];
      scenes = offline.scenes.map((scene, index) => (response.scenes.length ? { ...scene, ...describe(borrowed[index], scene.text) } : scene));
      warnings.push(counted
        ? `${this.model} did not keep the story's words exactly (${match.reason}), so the scenes were split offline and its descriptions kept`
        : `${this.model} ${match.reason}, so the scenes were split offline and its descriptions kept`);
    }
    return { title, language, text: story, scenes, bible, warnings };
  }

  /** The model's plan, or null when the story is too long for it to copy out. */
  private ask(story: string, language: string, scenes: number, exact: boolean, signal?: AbortSignal): Promise<PlanResponse | null> {
    const messages = planMessages({ story, language, scenes, exact });
    return callWithRetry(this.connection.calls.planner, 'planning the scenes', async (attemptSignal) => {
      try {
        const completion = await this.connection.client.chat.completions.parse({ model: this.model, messages, response_format: zodResponseFormat(PlanResponseSchema, PLAN_RESPONSE_NAME) }, { signal: attemptSignal });
        const message = completion.choices[0]?.message;
        if (message?.refusal) throw new ProviderError({ provider: this.provider, retryable: false, message: `${this.model} refused to plan the story: ${message.refusal}` });
        if (!message?.parsed) throw new ProviderError({ provider: this.provider, retryable: true, message: `${this.model} answered with no plan` });
        return message.parsed;
      } catch (error) {
        if (error instanceof LengthFinishReasonError) return null;
        if (['SyntaxError', 'ZodError'].includes((error as Error)?.name)) {
          throw new ProviderError({ provider: this.provider, retryable: true, code: UNREADABLE, message: `${this.model} answered with something that is not a plan: ${(error as Error).message.split('\n')[0]}`, cause: error });
        }
        throw error;
      }
    }, signal);
  }
}
