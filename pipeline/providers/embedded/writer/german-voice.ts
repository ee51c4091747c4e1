import type { CharacterKind } from '../../../model';
import { definite, GERMAN_ADJECTIVE_STEMS, GERMAN_KINDS, germanPronouns, indefinite, relativePronoun, type GermanNoun, type GermanPronouns } from './german-grammar';
import { GERMAN_PLACES, type GermanPlace } from './german-places';
import type { Random } from '../../../seeded-random';
import { isPerson, type StoryCast } from './story-cast';

/** The words a German teller uses for one cast: names, pronouns, nouns in their cases, places. */
export interface GermanVoice extends GermanPronouns {
  random: Random;
  cast: StoryCast;
  name: string;
  /** "der kleine Drache Bramble" for creatures, just "Mia" for people (nominative). */
  known: string;
  /** The hero's kind noun and its adjectives: "ein schüchterner kleiner Drache". */
  kind: GermanNoun;
  adjectives: string[];
  described: string;
  /** "der" / "die" / "das", for the hero's kind noun. */
  relative: string;
  /** Plural body parts, nominative/accusative and dative: "Pfoten", "Händen". */
  limbs: string;
  limbsDative: string;
  /** One of them with its article, accusative: "eine Pfote", "einen Zeh". */
  toe: string;
  /** Whom the hero watches (dative): "den anderen Tieren". */
  others: string;
  helper: string;
  helperKind: GermanNoun;
  h: GermanPronouns;
  place: GermanPlace;
  pick<Item>(items: readonly Item[]): Item;
}

const NOT_LITTLE = new Set<CharacterKind>(['king', 'queen', 'grandmother', 'grandfather', 'giant', 'man', 'woman', 'mother', 'father', 'wizard', 'witch', 'farmer', 'hunter', 'sailor', 'astronaut', 'whale', 'elephant', 'knight']);
const SIZE_WORDS = new Set(['little', 'tiny', 'small', 'big', 'young', 'old']);

/** The adjective stems for a hero: the prompt's adjective, then "klein" where it fits. */
export function germanAdjectives(kind: CharacterKind, adjective: string | null): string[] {
  const stems: string[] = [];
  const stem = adjective ? GERMAN_ADJECTIVE_STEMS[adjective] : undefined;
  if (stem) stems.push(stem);
  if (!NOT_LITTLE.has(kind) && !(adjective && SIZE_WORDS.has(adjective))) stems.push('klein');
  return stems;
}

function body(kind: CharacterKind): { limbs: string; limbsDative: string; toe: string } {
  if (isPerson(kind) || ['monkey', 'robot', 'ghost'].includes(kind)) return { limbs: 'Hände', limbsDative: 'Händen', toe: 'einen Zeh' };
  if (['bird', 'owl', 'duck', 'hen', 'rooster', 'penguin', 'bee', 'butterfly'].includes(kind)) return { limbs: 'Flügel', limbsDative: 'Flügeln', toe: 'einen Fuß' };
  if (['fish', 'whale', 'dolphin'].includes(kind)) return { limbs: 'Flossen', limbsDative: 'Flossen', toe: 'eine Flosse' };
  if (['dragon', 'dinosaur', 'crocodile', 'turtle'].includes(kind)) return { limbs: 'Krallen', limbsDative: 'Krallen', toe: 'eine Kralle' };
  if (['horse', 'cow', 'pig', 'sheep', 'goat', 'deer', 'unicorn', 'giraffe'].includes(kind)) return { limbs: 'Hufe', limbsDative: 'Hufen', toe: 'einen Huf' };
  if (kind === 'octopus') return { limbs: 'Arme', limbsDative: 'Armen', toe: 'einen Arm' };
  if (kind === 'snake' || kind === 'snail') return { limbs: 'Schwanzspitzen', limbsDative: 'Schwanzspitzen', toe: 'die Schwanzspitze' };
  return { limbs: 'Pfoten', limbsDative: 'Pfoten', toe: 'eine Pfote' };
}

export function germanVoice(cast: StoryCast, random: Random): GermanVoice {
  const kind = GERMAN_KINDS[cast.hero.kind];
  const adjectives = germanAdjectives(cast.hero.kind, cast.hero.adjective);
  return {
    ...germanPronouns(cast.hero.female),
    random,
    cast,
    name: cast.hero.name,
    known: isPerson(cast.hero.kind) ? cast.hero.name : `${definite(['klein'], kind)} ${cast.hero.name}`,
    kind,
    adjectives,
    described: indefinite(adjectives, kind),
    relative: relativePronoun(kind.gender),
    ...body(cast.hero.kind),
    others: isPerson(cast.hero.kind) ? 'den anderen Kindern' : 'den anderen Tieren',
    helper: germanHelperName(cast.helper.name),
    helperKind: GERMAN_KINDS[cast.helper.kind],
    h: germanPronouns(cast.helper.female),
    place: GERMAN_PLACES[cast.place],
    pick: random.pick,
  };
}

const GERMAN_HELPER_NAMES: Record<string, string> = {
  Bluebell: 'Glöckchen', Marigold: 'Ringel', Hazel: 'Haselnuss', Fern: 'Farnfeder', Nettle: 'Nessel', Willow: 'Weidelind',
  Barnaby: 'Barnabas', Thistle: 'Distel', Rowan: 'Holunder', Tobias: 'Tobias', Pickles: 'Krümel', Pebble: 'Kiesel',
};

/** Helpers have storybook names in each language, with no title ("Oma", "Tante") a planner would take for another character. */
export function germanHelperName(name: string): string {
  return GERMAN_HELPER_NAMES[name] ?? name;
}

/** "der schüchterne kleine Drache" for titles. */
export function definiteHero(voice: GermanVoice): string {
  return definite(voice.adjectives, voice.kind);
}

/** "{sein}e Karotte" → "seine Karotte", or "meine Karotte" when the hero says it. */
export function ownGerman(voice: GermanVoice, phrase: string, owner: 'hero' | 'speaker' = 'hero'): string {
  return phrase.replace(/\{sein\}/g, owner === 'speaker' ? 'mein' : voice.sein);
}
