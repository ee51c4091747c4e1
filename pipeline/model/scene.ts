import { z } from 'zod';

export const TIMES_OF_DAY = ['dawn', 'day', 'dusk', 'night'] as const;
export const TimeOfDaySchema = z.enum(TIMES_OF_DAY);
export type TimeOfDay = z.infer<typeof TimeOfDaySchema>;

export const WEATHERS = ['clear', 'cloudy', 'rain', 'storm', 'snow', 'fog', 'wind'] as const;
export const WeatherSchema = z.enum(WEATHERS);
export type Weather = z.infer<typeof WeatherSchema>;

export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
export const SeasonSchema = z.enum(SEASONS);
export type Season = z.infer<typeof SeasonSchema>;

export const MOODS = ['calm', 'happy', 'cosy', 'exciting', 'mysterious', 'tense', 'scary', 'sad'] as const;
export const MoodSchema = z.enum(MOODS);
export type Mood = z.infer<typeof MoodSchema>;

/**
 * What a scene shows, as data. Both the cloud image prompt and the embedded illustrator's drawing
 * are rendered from this, so it is the single source of a picture.
 * `setting` and `objects` are lexicon keys (assets/lexicon) such as "forest" or "basket";
 * `characters` are ids from the story bible.
 */
export const SceneDescriptionSchema = z.object({
  setting: z.string().min(1),
  timeOfDay: TimeOfDaySchema,
  weather: WeatherSchema,
  season: SeasonSchema.nullable(),
  characters: z.array(z.string()),
  objects: z.array(z.string()),
  mood: MoodSchema,
  /** The sentence that best says what happens; the picture's action. */
  action: z.string(),
});
export type SceneDescription = z.infer<typeof SceneDescriptionSchema>;

/**
 * One page of the book. `text` is exactly `storyText.slice(start, end)` of the normalized story:
 * scenes are contiguous and together cover the whole story, whitespace included.
 */
export const SceneSchema = z.object({
  index: z.number().int().min(0),
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  description: SceneDescriptionSchema,
  imagePrompt: z.string(),
});
export type Scene = z.infer<typeof SceneSchema>;
