import { CHARACTER_ITEMS, CHARACTER_KINDS, OBJECTS, SETTINGS } from '../../../model';
import { slug } from '../../../plan/slug';

/**
 * Model words turned into the shared vocabulary's keys, so the embedded illustrator can draw a
 * cloud plan and the plan contract holds: the key itself, else its head word ("dark-forest" →
 * "forest"), singular ("foxes" → "fox"), or a common synonym. Null when nothing fits. Pure.
 */
const SYNONYMS: Record<string, string> = {
  woods: 'forest', wood: 'forest', jungle: 'forest', field: 'meadow', hill: 'meadow', park: 'garden', orchard: 'garden',
  town: 'village', street: 'city', palace: 'castle', tower: 'castle', home: 'house', cottage: 'house', hut: 'house', room: 'bedroom',
  shore: 'beach', island: 'beach', ocean: 'sea', pond: 'lake', stream: 'river', hills: 'mountain', clouds: 'sky', moonlight: 'sky',
  grandma: 'grandmother', granny: 'grandmother', grandpa: 'grandfather', mom: 'mother', mum: 'mother', mama: 'mother',
  dad: 'father', papa: 'father', lady: 'woman', gentleman: 'man', hare: 'rabbit', bunny: 'rabbit', puppy: 'dog', kitten: 'cat',
  chicken: 'hen', bunny_rabbit: 'rabbit', hat: 'top-hat', cap: 'red-cap', scarf: 'scarf', spectacles: 'glasses', cloak: 'cape',
  lamp: 'lantern', torch: 'lantern', present: 'gift', coin: 'coins', gold: 'treasure', flowers: 'flower', trees: 'tree',
};

export function snapToVocabulary(value: string | null | undefined, keys: readonly string[]): string | null {
  if (!value) return null;
  const key = slug(value);
  if (!key) return null;
  const known = new Set<string>(keys);
  const candidates = [key, ...key.split('-').reverse()];
  for (const candidate of candidates) {
    for (const form of [candidate, candidate.replace(/ies$/, 'y'), candidate.replace(/es$/, ''), candidate.replace(/s$/, ''), SYNONYMS[candidate]]) {
      if (form && known.has(form)) return form;
    }
  }
  return null;
}

export const snapSetting = (value: string) => snapToVocabulary(value, SETTINGS) ?? 'meadow';
export const snapObject = (value: string) => snapToVocabulary(value, OBJECTS);
export const snapItem = (value: string | null) => snapToVocabulary(value, CHARACTER_ITEMS);

/**
 * A character's kind from the model's word, else from a kind named in its name or look ("a
 * small grey mouse"), else a girl or boy by the pronouns of the look.
 */
export function snapKind(kind: string, descriptions: string[]): string {
  const direct = snapToVocabulary(kind, CHARACTER_KINDS);
  if (direct) return direct;
  for (const text of descriptions) {
    for (const word of text.toLowerCase().split(/[^\p{L}]+/u).reverse()) {
      const found = snapToVocabulary(word, CHARACTER_KINDS);
      if (found) return found;
    }
  }
  return /\b(she|her|girl|woman|lady|queen|princess)\b/i.test(descriptions.join(' ')) ? 'girl' : 'boy';
}
