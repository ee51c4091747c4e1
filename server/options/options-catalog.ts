import { z } from 'zod';
import { BadInputError } from '../../pipeline/errors';
import {
  ART_STYLES, MAX_PROMPT_CHARACTERS, MAX_STORY_CHARACTERS, OUTPUT_FORMATS, PICTURE_PIXELS, PICTURE_SIZES, primaryLanguage, type BookRequest,
} from '../../pipeline/model';
import type { VoiceInfo } from '../../pipeline/providers/narrator';
import type { ProviderSet } from '../../pipeline/providers/provider-set';

/** Which provider does each capability, and why that one (from the provider chooser). */
export const ProviderChoiceSchema = z.object({ capability: z.string(), provider: z.string(), model: z.string(), reason: z.string() });
export type ProviderChoice = z.infer<typeof ProviderChoiceSchema>;

export const ApiOptionsSchema = z.object({
  languages: z.array(z.object({ tag: z.string(), name: z.string() })),
  voices: z.array(z.object({ id: z.string(), name: z.string(), language: z.string(), styles: z.array(z.string()) })),
  styles: z.array(z.string()),
  sizes: z.array(z.object({ id: z.string(), width: z.number(), height: z.number() })),
  formats: z.array(z.string()),
  limits: z.object({ storyCharacters: z.number(), promptCharacters: z.number(), minScenes: z.number(), maxScenes: z.number() }),
  providers: z.array(ProviderChoiceSchema),
});
export type ApiOptions = z.infer<typeof ApiOptionsSchema>;

export interface OptionsCatalog {
  options(): Promise<ApiOptions>;
  /** Refuses a language no narrator speaks or a voice that does not exist, listing the valid ones. */
  check(request: BookRequest): Promise<void>;
}

export function createOptionsCatalog(providers: ProviderSet, choices?: ProviderChoice[]): OptionsCatalog {
  let voices: Promise<VoiceInfo[]> | null = null;
  // Asked once: listing voices may start a worker or call a service.
  const loadVoices = () => (voices ??= providers.narrator.voices().catch(() => []));

  return {
    async options() {
      const known = await loadVoices();
      return {
        languages: languagesOf(known),
        voices: known.map(({ id, name, language, styles }) => ({ id, name, language, styles })),
        styles: [...ART_STYLES],
        sizes: PICTURE_SIZES.map((id) => ({ id, ...PICTURE_PIXELS[id] })),
        formats: [...OUTPUT_FORMATS],
        limits: { storyCharacters: MAX_STORY_CHARACTERS, promptCharacters: MAX_PROMPT_CHARACTERS, minScenes: 1, maxScenes: 60 },
        providers: choices ?? describeProviders(providers),
      };
    },
    async check(request) {
      const known = await loadVoices();
      if (known.length === 0) return;
      const language = primaryLanguage(request.options.language);
      const spoken = languagesOf(known);
      if (!spoken.some((entry) => primaryLanguage(entry.tag) === language)) {
        throw new BadInputError(`no narrator speaks "${request.options.language}"; choose one of ${spoken.map((entry) => entry.tag).join(', ')}`, { issues: [{ path: ['language'], message: `no narrator speaks "${request.options.language}"` }] });
      }
      const wanted = request.options.voice?.toLowerCase();
      if (wanted && !known.some((voice) => voice.id.toLowerCase() === wanted || voice.name.toLowerCase() === wanted)) {
        const suitable = known.filter((voice) => primaryLanguage(voice.language) === language).slice(0, 20);
        throw new BadInputError(`there is no voice "${request.options.voice}"; for ${request.options.language} choose one of ${suitable.map((voice) => voice.id).join(', ')}`, { issues: [{ path: ['voice'], message: `there is no voice "${request.options.voice}"` }] });
      }
    },
  };
}

function languagesOf(voices: VoiceInfo[]): ApiOptions['languages'] {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const tags = [...new Set(voices.map((voice) => voice.language))].sort();
  return tags.map((tag) => ({ tag, name: safeName(names, tag) }));
}

function safeName(names: Intl.DisplayNames, tag: string): string {
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function describeProviders(providers: ProviderSet): ProviderChoice[] {
  const entries: [string, { provider: string; model: string } | null][] = [
    ['writer', providers.writer], ['planner', providers.planner], ['illustrator', providers.illustrator],
    ['narrator', providers.narrator], ['transcriber', providers.transcriber],
  ];
  return entries.map(([capability, provider]) =>
    provider ? { capability, provider: provider.provider, model: provider.model, reason: 'configured by the caller' } : { capability, provider: 'none', model: '', reason: 'no provider available' },
  );
}
