import { z } from 'zod';
import { CHARACTER_ITEMS, CHARACTER_KINDS, MOODS, OBJECTS, SEASONS, SETTINGS, TIMES_OF_DAY, WEATHERS } from '../model';
import { COLOUR_NAMES } from './colours';

/**
 * One language's lexicon (assets/lexicon/<language>.json). Each group maps a vocabulary key to
 * the words and phrases that name it, every inflection written out ("wolf", "wolves"). A phrase
 * matches its words in order ("red riding hood"); "wald*" matches any word starting "wald",
 * "*haus" any capitalized word ending "haus" (German compounds); "^bear" only right after an article, for
 * words that are also verbs. A kind's first word is the character's name ("Wolf", "Loup").
 */
const Words = z.array(z.string().trim().min(1)).default([]);
const group = <Keys extends readonly [string, ...string[]]>(keys: Keys) => z.partialRecord(z.enum(keys), z.array(z.string().trim().min(1)).min(1)).default({});

export const LexiconSchema = z
  .object({
    language: z.string().min(2),
    /** The language's name in English, for messages. */
    name: z.string().min(1),
    /** Frequent short words that tell the language apart from the others. */
    commonWords: Words,
    /** Articles, possessives and prepositions that stand before a noun (not before a name). */
    articles: Words,
    /** Words that end in a full stop without ending the sentence ("mr", "dr"), lower case. */
    abbreviations: Words,
    /**
     * German writes every noun with a capital: a capital alone does not make a name, and a lexicon
     * word written with a capital ("Wald", not "daheim") matches only a capitalized word, so the
     * adjective "junge" (young) is not the noun "Junge" (boy).
     */
    capitalizesNouns: z.boolean().default(false),
    /** Words that stand before nouns far more often than before names: prepositions, numbers. */
    nounMarkers: Words,
    /** Words that stand before place names ("to Bremen", "nach Bremen"): a name only ever after these or a noun marker is a place, not a character. */
    placeMarkers: Words,
    /** Each list starts with the subject pronoun ("she", "he"), which says the most about who is meant. */
    pronouns: z.object({ female: Words, male: Words }).strict().default({ female: [], male: [] }),
    /** Kin words ("his brother", "ihre Mutter"): in a story about animals, an animal of the same kind. */
    relationWords: Words,
    /** Words that make a person old: "Agnes was an old lighthouse keeper", "old Agnes". */
    elderWords: Words,
    /** "was", "is": a name, one of these, then what the name is ("Agnes was an old …"). */
    copulas: Words,
    /** Capitalized words that are never a character's name ("I", weekdays, German common nouns). */
    notNames: Words,
    /** Phrases that open a new scene: a new time or place ("the next morning", "meanwhile"). */
    sceneChangeCues: Words,
    /** Words that say a kind is about to be named: "a dragon called Willa", "ein Igel namens Bramble". */
    namingWords: Words,
    /**
     * Words that open a comparison ("like", "wie"): the few words after one name what a thing is
     * compared to ("ran like the wind"), which is not in the picture.
     */
    simileWords: Words,
    /** A simile word right after one of these is a verb ("I like the forest"); a comparison's second word after one joins clauses ("as soon as"). */
    simileNotAfter: Words,
    /** When given, a simile word counts only before one of these ("wie ein Baum", not "wie die Sonne aufging"). */
    simileArticles: Words,
    /** Pairs that make a measured comparison: "as tall as a tree", "so groß wie ein Baum". */
    comparisons: z.array(z.tuple([z.string().min(1), z.string().min(1)])).default([]),
    /**
     * Words after which the rest of the sentence is only imagined, wished or still to come
     * ("tomorrow would be another wonderful day", "wait until dark"): its places and times are not
     * the scene's. Written in lower case in a language that capitalizes nouns, a word matches only
     * an uncapitalized word ("morgen", tomorrow, not "Morgen", morning).
     */
    hypotheticalWords: Words,
    /**
     * Words after which the rest of the clause is dreamt, wished or thought of ("dreaming of
     * swimming with the fish", "she thought of her mother's wings"): like hypotheticalWords, and
     * the characters named there are not on the page either.
     */
    imaginedWords: Words,
    settings: group(SETTINGS),
    characterKinds: group(CHARACTER_KINDS),
    /** Well-known characters by name → kind ("little red-cap" → "girl"). */
    /** Written with a capital ("Snow-White"), a name matches only a capitalized word, so a "snow-white bird" is no girl. */
    namedCharacters: z.record(z.string().trim().min(1), z.enum(CHARACTER_KINDS)).default({}),
    objects: group(OBJECTS),
    characterItems: group(CHARACTER_ITEMS),
    colours: group(COLOUR_NAMES as [string, ...string[]]),
    timesOfDay: group(TIMES_OF_DAY),
    weathers: group(WEATHERS),
    seasons: group(SEASONS),
    moods: group(MOODS),
  })
  .strict();

export type LexiconSource = z.infer<typeof LexiconSchema>;
export type LexiconSourceInput = z.input<typeof LexiconSchema>;
