import type { GermanVoice } from './german-voice';
import type { Paragraph, Sentence } from './story-text';

/** The German counterpart of EnglishGoalPack: what one kind of goal brings to the story shape. */
export interface GermanGoalPack {
  wish(voice: GermanVoice): Paragraph;
  attempts: ((voice: GermanVoice, when: string) => Sentence[])[];
  despair(voice: GermanVoice): string;
  advice(voice: GermanVoice): Sentence[];
  practice(voice: GermanVoice): Sentence[];
  /** The success only makes sense after the practice (the lonely friend is found there), so even a short story tells it. */
  practiceLeadsToSuccess?: boolean;
  hardPart?(voice: GermanVoice): Sentence[];
  success(voice: GermanVoice): Sentence[];
  /** Completes "… und träumte …". */
  dream(voice: GermanVoice): string;
  titles(voice: GermanVoice): string[];
}
