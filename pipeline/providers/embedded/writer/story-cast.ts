import type { CharacterKind, Setting } from '../../../model';
import type { Random } from '../../../seeded-random';
import type { Goal, StoryIdea } from './story-idea';

/** The idea made concrete for one seed: every gap the prompt left is filled by a seeded choice. */
export interface CastMember {
  name: string;
  kind: CharacterKind;
  female: boolean;
  adjective: string | null;
}

export interface StoryCast {
  hero: CastMember;
  helper: CastMember;
  place: Setting;
  goal: Goal;
  bedtime: boolean;
}

const FEMALE_KINDS = new Set<CharacterKind>(['girl', 'woman', 'mother', 'grandmother', 'queen', 'princess', 'witch', 'fairy', 'mermaid', 'hen']);
const MALE_KINDS = new Set<CharacterKind>(['boy', 'man', 'father', 'grandfather', 'king', 'prince', 'wizard', 'giant', 'rooster']);
const PEOPLE = new Set<CharacterKind>(['girl', 'boy', 'baby', 'woman', 'man', 'mother', 'father', 'grandmother', 'grandfather', 'king', 'queen', 'prince', 'princess', 'knight', 'witch', 'wizard', 'fairy', 'giant', 'mermaid', 'hunter', 'farmer', 'sailor', 'astronaut']);

export function isPerson(kind: CharacterKind): boolean {
  return PEOPLE.has(kind);
}

const HERO_NAMES = {
  female: ['Pip', 'Tilly', 'Poppy', 'Clover', 'Luna', 'Juniper', 'Rosie', 'Maple', 'Willa', 'Nell', 'Bella', 'Daisy'],
  male: ['Milo', 'Otto', 'Finn', 'Bramble', 'Basil', 'Teddy', 'Alfie', 'Rufus', 'Oscar', 'Jasper', 'Toby', 'Ned'],
};
/** Plain names: a title such as "Granny" or "Aunt" would read to a planner as another character. */
const HELPER_NAMES = {
  female: ['Bluebell', 'Marigold', 'Hazel', 'Fern', 'Nettle', 'Willow'],
  male: ['Barnaby', 'Thistle', 'Rowan', 'Tobias', 'Pickles', 'Pebble'],
};

const KINDS_BY_PLACE: Partial<Record<Setting, CharacterKind[]>> = {
  forest: ['fox', 'rabbit', 'bear', 'hedgehog', 'squirrel', 'deer', 'owl'], meadow: ['rabbit', 'mouse', 'bee', 'butterfly', 'sheep'],
  garden: ['snail', 'mouse', 'hedgehog', 'bee', 'butterfly'], farm: ['pig', 'hen', 'cow', 'goat', 'duck', 'horse'],
  sea: ['fish', 'whale', 'dolphin', 'octopus', 'turtle'], beach: ['turtle', 'girl', 'boy', 'dog'], lake: ['duck', 'frog', 'turtle', 'fish'],
  river: ['frog', 'duck', 'fish'],
  mountain: ['goat', 'bear', 'dragon', 'bird'], castle: ['princess', 'prince', 'knight', 'dragon'], snowfield: ['penguin', 'bear', 'rabbit'],
  space: ['astronaut', 'robot'], sky: ['bird', 'owl', 'dragon'], desert: ['snake', 'lion', 'giraffe'], city: ['cat', 'dog', 'mouse', 'girl', 'boy'],
  village: ['girl', 'boy', 'cat', 'dog'], cave: ['bear', 'dragon'], ship: ['sailor', 'cat', 'mouse'],
};

const PLACE_BY_KIND: Partial<Record<CharacterKind, Setting>> = {
  fish: 'sea', whale: 'sea', dolphin: 'sea', octopus: 'sea', mermaid: 'sea', sailor: 'ship', penguin: 'snowfield', astronaut: 'space',
  robot: 'city', king: 'castle', queen: 'castle', prince: 'castle', princess: 'castle', knight: 'castle', dragon: 'mountain', goat: 'mountain',
  pig: 'farm', cow: 'farm', hen: 'farm', rooster: 'farm', horse: 'farm', sheep: 'meadow', farmer: 'farm', duck: 'lake', frog: 'lake',
  turtle: 'beach', snake: 'desert', lion: 'desert', giraffe: 'desert', crocodile: 'river', bee: 'garden', snail: 'garden',
  butterfly: 'meadow', girl: 'village', boy: 'village', owl: 'forest', fox: 'forest', wolf: 'forest', bear: 'forest', deer: 'forest',
};

/** Who can make a home under the sea. */
const SEA_DWELLERS = new Set<CharacterKind>(['fish', 'whale', 'dolphin', 'octopus', 'mermaid', 'turtle']);

/** Helpers who suit a goal; the place's own animals otherwise. */
const HELPERS_BY_GOAL: Record<string, CharacterKind[]> = {
  swim: ['turtle', 'duck', 'frog', 'fish'], fly: ['bird', 'owl', 'butterfly'], read: ['owl', 'grandmother'], sing: ['bird'],
  dance: ['butterfly', 'bee'], climb: ['goat', 'squirrel'], fear: ['owl', 'grandmother', 'bear'], friend: ['owl', 'turtle', 'grandmother'],
};
const HELPERS_BY_PLACE: Partial<Record<Setting, CharacterKind[]>> = {
  forest: ['owl', 'hedgehog', 'bear'], meadow: ['bee', 'butterfly', 'rabbit'], garden: ['snail', 'bee'], farm: ['hen', 'horse', 'cow'],
  sea: ['turtle', 'whale', 'dolphin'], beach: ['turtle'], lake: ['turtle', 'duck', 'frog'], river: ['frog', 'duck'], mountain: ['goat', 'bird'],
  castle: ['king', 'queen', 'wizard'], snowfield: ['penguin', 'bear'], space: ['robot', 'astronaut'], sky: ['bird', 'owl'], desert: ['snake', 'turtle'],
  city: ['cat', 'dog'], village: ['grandmother', 'cat'], cave: ['bear', 'owl'], ship: ['sailor'], house: ['mouse', 'grandmother'],
  bedroom: ['mouse', 'cat'], kitchen: ['mouse', 'grandmother'],
};

export const DEFAULT_GOALS: Goal[] = [
  { kind: 'find', thing: 'a fallen star', lost: false },
  { kind: 'quest', verb: 'see the top of the mountain' },
  { kind: 'learn', verb: 'whistle' },
  { kind: 'friend' },
];

export interface CastOptions {
  /** Wishes to choose from when the prompt names none, in the teller's language. */
  defaultGoals?: Goal[];
  /** For kinds without a sex of their own: whether the teller's language makes them female ("die Katze"). */
  naturalFemale?: (kind: CharacterKind) => boolean | null;
  /** Hero names that sound right in the teller's language. */
  heroNames?: { female: string[]; male: string[] };
}

/** Skills named in either language, so the place and helper suit the wish ("schwimmen" → water). */
const GOAL_KEYS: Record<string, string> = { schwimmen: 'swim', fliegen: 'fly', lesen: 'read', singen: 'sing', tanzen: 'dance', klettern: 'climb' };

export function castStory(idea: StoryIdea, random: Random, options: CastOptions = {}): StoryCast {
  const goal = idea.goal ?? random.pick(options.defaultGoals ?? DEFAULT_GOALS);
  const goalKey = goal.kind === 'learn' ? GOAL_KEYS[goal.verb.split(' ').pop()!] ?? goal.verb.split(' ')[0] : goal.kind;
  const wanted = idea.place ?? (goalKey === 'swim' ? 'lake' : goalKey === 'fly' ? 'mountain' : null) ?? (idea.hero.kind && PLACE_BY_KIND[idea.hero.kind]) ?? random.pick<Setting>(['forest', 'meadow', 'village', 'garden', 'lake']);
  const heroKind = idea.hero.kind ?? random.pick(KINDS_BY_PLACE[wanted] ?? ['fox', 'rabbit', 'mouse', 'bear']);
  // A girl "who lives by the sea" lives on the beach, not in a cave at the bottom of the sea.
  const place: Setting = wanted === 'sea' && !SEA_DWELLERS.has(heroKind) ? 'beach' : wanted;
  const sexOf = (kind: CharacterKind) => (FEMALE_KINDS.has(kind) ? true : MALE_KINDS.has(kind) ? false : options.naturalFemale?.(kind) ?? random.chance(0.5));
  const heroFemale = idea.hero.female ?? sexOf(heroKind);
  const heroName = idea.hero.name ?? random.pick((options.heroNames ?? HERO_NAMES)[heroFemale ? 'female' : 'male']);
  // Under the sea, only sea creatures come by to help (no bird teaches an octopus to sing there).
  const fits = (kind: CharacterKind) => kind !== heroKind && (place !== 'sea' || SEA_DWELLERS.has(kind));
  const candidates = [...(HELPERS_BY_GOAL[goalKey] ?? []), ...(HELPERS_BY_PLACE[place] ?? ['owl'])].filter(fits);
  const helperKind = idea.helperKind ?? random.pick(candidates.length > 0 ? candidates : ['owl']);
  const helperFemale = sexOf(helperKind);
  const helperName = random.pick(HELPER_NAMES[helperFemale ? 'female' : 'male']);
  return {
    hero: { name: heroName, kind: heroKind, female: heroFemale, adjective: idea.hero.adjective },
    helper: { name: helperName, kind: helperKind, female: helperFemale, adjective: null },
    place,
    goal,
    bedtime: idea.bedtime,
  };
}
