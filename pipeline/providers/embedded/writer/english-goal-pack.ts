import type { EnglishVoice } from './english-voice';
import type { Paragraph, Sentence } from './story-text';

/**
 * What one kind of goal contributes to the story shape: the wish, the failed tries, what the hero
 * says at the lowest point, the helper's advice, the practice, the success, and what the hero
 * dreams of at the end. `when` opens an attempt ("One bright morning").
 */
export interface EnglishGoalPack {
  wish(voice: EnglishVoice): Paragraph;
  /** At least four, in the order a story would try them. */
  attempts: ((voice: EnglishVoice, when: string) => Sentence[])[];
  despair(voice: EnglishVoice): string;
  advice(voice: EnglishVoice): Sentence[];
  practice(voice: EnglishVoice): Sentence[];
  /** The success only makes sense after the practice (the lonely friend is found there), so even a short story tells it. */
  practiceLeadsToSuccess?: boolean;
  /** Long stories: the slow, hard middle before success; none where the goal has no such part. */
  hardPart?(voice: EnglishVoice): Sentence[];
  success(voice: EnglishVoice): Sentence[];
  dream(voice: EnglishVoice): string;
  titles(voice: EnglishVoice): string[];
}
