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
 * scene that names no setting is still where the last one was; the shore of a lake or river is
 * still that lake or river, not a beach; the time of day and season hold until the text changes
 * them; the weather holds while the setting and the time of day do (the afternoon's wind has
 * dropped by evening unless the story says otherwise); when a scene names nobody ("the four
 * companions sat down at the table"), the last scene's characters are still the ones there, even
 * in a new place: a picture with nobody in it is never what the story means.
 */
export function describeScene(evidence: SceneEvidence, previous: SceneDescription | null, firstSetting: string): SceneDescription {
  const { mentions } = evidence;
  const named = topKey(mentions, 'setting', 'first');
  const setting = (named && shoreOf(named, mentions, previous)) ?? named ?? previous?.setting ?? firstSetting;
  const sameSetting = previous !== null && previous.setting === setting;
  const characters = ranked(evidence.characters).slice(0, MAX_CHARACTERS);
  const namedTime = topKey(mentions, 'time', 'last') as TimeOfDay | null;
  const timeOfDay = namedTime ?? previous?.timeOfDay ?? 'day';
  return {
    setting,
    timeOfDay,
    weather: (topKey(mentions, 'weather', 'last') as Weather | null) ?? (sameSetting && previous.timeOfDay === timeOfDay ? previous.weather : 'clear'),
    season: (topKey(mentions, 'season', 'first') as Season | null) ?? previous?.season ?? null,
    characters: characters.length > 0 || !previous ? characters : previous.characters,
    objects: ranked(mentions.filter((mention) => mention.category === 'object').map((mention) => mention.key)).slice(0, MAX_OBJECTS),
    mood: (topKey(mentions, 'mood', 'first') as Mood | null) ?? 'calm',
    action: evidence.action,
  };
}

/** "She reached the shore" beside a lake or river is that water's shore, unless the sea is named too. */
function shoreOf(setting: string, mentions: Mention[], previous: SceneDescription | null): string | null {
  if (setting !== 'beach' || !previous || !INLAND_WATERS.has(previous.setting)) return null;
  return mentions.some((mention) => mention.category === 'setting' && mention.key === 'sea') ? null : previous.setting;
}

const INLAND_WATERS = new Set(['lake', 'river']);

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
