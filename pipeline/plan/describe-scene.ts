import type { Mood, SceneDescription, Season, TimeOfDay, Weather } from '../model';
import type { Mention } from './find-mentions';

/** What the text of one scene offers for its description, gathered by planStory. */
export interface SceneEvidence {
  /** Lexicon mentions inside the scene (settings, times, weather, seasons, moods, objects). */
  mentions: Mention[];
  /** Bible ids of the characters named in the scene, once per naming, in text order. */
  characters: string[];
  /** The scene's key sentence. */
  action: string;
}

const MAX_CHARACTERS = 5;
const MAX_OBJECTS = 4;

/**
 * A scene's description from what its text names, with continuity from the scene before: a
 * scene that names no setting is still where the last one was; the time of day and season hold
 * until the text changes them; the weather holds while the setting does; characters who are not
 * named stay on the page while the place stays the same.
 */
export function describeScene(evidence: SceneEvidence, previous: SceneDescription | null, firstSetting: string): SceneDescription {
  const { mentions } = evidence;
  const setting = topKey(mentions, 'setting', 'first') ?? previous?.setting ?? firstSetting;
  const sameSetting = previous !== null && previous.setting === setting;
  const characters = ranked(evidence.characters).slice(0, MAX_CHARACTERS);
  return {
    setting,
    timeOfDay: (topKey(mentions, 'time', 'last') as TimeOfDay | null) ?? previous?.timeOfDay ?? 'day',
    weather: (topKey(mentions, 'weather', 'last') as Weather | null) ?? (sameSetting ? previous.weather : 'clear'),
    season: (topKey(mentions, 'season', 'first') as Season | null) ?? previous?.season ?? null,
    characters: characters.length > 0 || !sameSetting ? characters : previous.characters,
    objects: ranked(mentions.filter((mention) => mention.category === 'object').map((mention) => mention.key)).slice(0, MAX_OBJECTS),
    mood: (topKey(mentions, 'mood', 'first') as Mood | null) ?? 'calm',
    action: evidence.action,
  };
}

/** The most named key of a category; ties go to the first (or last) named. */
function topKey(mentions: Mention[], category: Mention['category'], tie: 'first' | 'last'): string | null {
  const keys = mentions.filter((mention) => mention.category === category).map((mention) => mention.key);
  const order = ranked(tie === 'last' ? keys.reverse() : keys);
  return order[0] ?? null;
}

/** Distinct values, most frequent first, ties in order of first appearance. */
export function ranked(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.keys()].sort((first, second) => counts.get(second)! - counts.get(first)!);
}
