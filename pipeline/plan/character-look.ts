import type { CharacterLook } from '../model';
import { COLOURS, type ColourName } from './colours';
import { ANIMAL_ITEMS, FALLBACK_LOOK, HAIR_COLOURS, KIND_LOOKS, OLD_HAIR_COLOURS, PERSON_ITEMS } from './kind-looks';
import { hashString, pick, seededRandom } from '../seeded-random';

export interface LookRequest {
  name: string;
  kind: string;
  /** Colours named by words in the name ("Little Red-Cap" → red, "Goldilocks" → golden). */
  nameColours: ColourName[];
  /** Items named by words in the name ("Red-Cap" → red-cap, "Puss in Boots" → boots). */
  nameItems: string[];
}

const SECOND_COLOURS: readonly ColourName[] = ['white', 'yellow', 'blue', 'green', 'brown', 'pink'];
const OLD_KINDS = new Set(['grandmother', 'grandfather', 'wizard']);

/**
 * A character's fixed look, derived only from its name and kind so every page (and every run)
 * draws it the same: a hash of both seeds the choices, and words in the name win over chance.
 */
export function characterLook(request: LookRequest): CharacterLook {
  const random = seededRandom(hashString(`${request.kind}|${request.name.toLowerCase()}`));
  const kindLook = KIND_LOOKS[request.kind] ?? FALLBACK_LOOK;
  const item = request.nameItems[0] ?? kindLook.item ?? pick(random, kindLook.items ?? (kindLook.animal ? ANIMAL_ITEMS : PERSON_ITEMS));
  const redCap = item === 'red-cap';
  const main: ColourName = request.nameColours[0] ?? (redCap && !kindLook.animal ? 'red' : pick(random, kindLook.colours));
  const second = pick(random, SECOND_COLOURS.filter((colour) => colour !== main));
  const itemColour: ColourName = redCap ? 'red' : item === 'crown' ? 'golden' : request.nameColours[1] ?? second;
  const clothing = pick(random, kindLook.clothing);
  if (kindLook.animal) {
    return {
      palette: [COLOURS[main], COLOURS[second], COLOURS[itemColour]],
      clothing: `${main} ${clothing}`,
      item,
      summary: [`${article(main)} ${main} ${request.kind}`, itemPhrase(item, itemColour)].filter(Boolean).join(' '),
    };
  }
  const hair = pick(random, OLD_KINDS.has(request.kind) ? OLD_HAIR_COLOURS : HAIR_COLOURS);
  const who = kindLook.hairless ? `${article(main)} ${main} ${request.kind}` : `${article(request.kind)} ${request.kind} with ${hair} hair in ${article(main)} ${main} ${clothing}`;
  return {
    palette: [COLOURS[main], COLOURS[second], COLOURS[hair], COLOURS[itemColour]],
    clothing: `${main} ${clothing}`,
    item,
    summary: [who, itemPhrase(item, itemColour)].filter(Boolean).join(', '),
  };
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

/** The item in words, for the summary that cloud image models read. */
function itemPhrase(item: string | null, colour: ColourName): string {
  switch (item) {
    case null: return '';
    case 'red-cap': return 'wearing a red cap';
    case 'crown': return 'wearing a golden crown';
    case 'top-hat': return 'wearing a black top hat';
    case 'glasses': return 'wearing round glasses';
    case 'necklace': return `wearing ${article(colour)} ${colour} necklace`;
    case 'flower': return `with ${article(colour)} ${colour} flower`;
    case 'wand': return 'holding a magic wand';
    case 'bell': return 'wearing a little golden bell';
    case 'backpack': case 'umbrella': return `carrying ${article(colour)} ${colour} ${item}`;
    case 'ribbon': return `with ${article(colour)} ${colour} ribbon`;
    case 'boots': return `wearing ${colour} boots`;
    case 'bow-tie': return `wearing ${article(colour)} ${colour} bow tie`;
    default: return `wearing ${article(colour)} ${colour} ${item}`;
  }
}
