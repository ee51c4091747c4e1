import type { CharacterKind } from '../../../model';
import { capitalize, pronouns, withArticle, type Pronouns } from './english-grammar';
import { ENGLISH_PLACES, type EnglishPlace } from './english-places';
import type { Random } from '../../../seeded-random';
import { isPerson, type CastMember, type StoryCast } from './story-cast';

/** The words an English teller uses for one cast: names, pronouns, places, hands or paws. */
export interface EnglishVoice {
  random: Random;
  cast: StoryCast;
  name: string;
  /** "Willa the dragon" for creatures, just "Mia" for people: the form planners link name and kind by. */
  known: string;
  he: string;
  him: string;
  his: string;
  himself: string;
  He: string;
  His: string;
  /** "shy little dragon" */
  described: string;
  kind: string;
  /** "paws", "hands", "wings", "claws", "fins" */
  limbs: string;
  /** One of them, for dipping in water: "paw", "toe", "claw". */
  toe: string;
  /** The home without its article: "snug little home under the roots of an old oak tree". */
  home: string;
  /** Whom the hero watches: "the other children", "the other animals". */
  others: string;
  helper: string;
  helperKind: string;
  /** The helper's pronouns. */
  h: Pronouns & { He: string };
  place: EnglishPlace;
  pick<Item>(items: readonly Item[]): Item;
}

const NOT_LITTLE = new Set<CharacterKind>(['king', 'queen', 'grandmother', 'grandfather', 'giant', 'man', 'woman', 'mother', 'father', 'wizard', 'witch', 'farmer', 'hunter', 'sailor', 'astronaut', 'whale', 'elephant', 'knight']);
const SIZE_WORDS = new Set(['little', 'tiny', 'small', 'big', 'baby', 'young', 'old']);

export function englishKind(kind: CharacterKind): string {
  return kind === 'baby' ? 'baby' : kind;
}

/** "a shy little dragon": the adjective, "little" where it fits, and the kind. */
export function describe(member: CastMember): string {
  const words: string[] = [];
  if (member.adjective) words.push(member.adjective);
  if (!NOT_LITTLE.has(member.kind) && !(member.adjective && SIZE_WORDS.has(member.adjective))) words.push('little');
  words.push(englishKind(member.kind));
  return words.join(' ');
}

export function limbsOf(kind: CharacterKind): string {
  if (isPerson(kind) || kind === 'monkey' || kind === 'robot' || kind === 'ghost') return 'hands';
  if (['bird', 'owl', 'duck', 'hen', 'rooster', 'penguin', 'bee', 'butterfly'].includes(kind)) return 'wings';
  if (['fish', 'whale', 'dolphin'].includes(kind)) return 'fins';
  if (['dragon', 'dinosaur', 'crocodile', 'turtle'].includes(kind)) return 'claws';
  if (['horse', 'cow', 'pig', 'sheep', 'goat', 'deer', 'unicorn', 'giraffe'].includes(kind)) return 'hooves';
  if (['snake', 'snail', 'octopus'].includes(kind)) return kind === 'octopus' ? 'arms' : 'whole body';
  return 'paws';
}

function toeOf(limbs: string): string {
  return ({ hands: 'toe', wings: 'foot', fins: 'fin', claws: 'claw', hooves: 'hoof', paws: 'paw', arms: 'arm' } as Record<string, string>)[limbs] ?? 'toe';
}

export function englishVoice(cast: StoryCast, random: Random): EnglishVoice {
  const hero = pronouns(cast.hero.female);
  const helper = pronouns(cast.helper.female);
  return {
    random,
    cast,
    name: cast.hero.name,
    known: isPerson(cast.hero.kind) ? cast.hero.name : `${cast.hero.name} the ${englishKind(cast.hero.kind)}`,
    ...hero,
    He: capitalize(hero.he),
    His: capitalize(hero.his),
    described: describe(cast.hero),
    kind: englishKind(cast.hero.kind),
    limbs: limbsOf(cast.hero.kind),
    toe: toeOf(limbsOf(cast.hero.kind)),
    home: ENGLISH_PLACES[cast.place].home.replace(/^(a|an) /, ''),
    others: isPerson(cast.hero.kind) ? 'the other children' : 'the other animals',
    helper: cast.helper.name,
    helperKind: englishKind(cast.helper.kind),
    h: { ...helper, He: capitalize(helper.he) },
    place: ENGLISH_PLACES[cast.place],
    pick: random.pick,
  };
}

/** "{his}" in a goal phrase ("find {his} lost kite") becomes the hero's pronoun, or "my" in speech. */
export function own(voice: EnglishVoice, phrase: string, owner: 'hero' | 'speaker' = 'hero'): string {
  return phrase.replace(/\{his\}/g, owner === 'speaker' ? 'my' : voice.his);
}

export { withArticle };
