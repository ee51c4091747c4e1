import type { CharacterKind, Setting } from '../../../model';
import { BOY_NAMES, GIRL_NAMES } from './english-words';
import { GERMAN_ADJECTIVES, GERMAN_CHARACTER_WORDS, GERMAN_PLACE_WORDS, GERMAN_SKILLS } from './german-words';
import type { Goal, StoryIdea } from './story-idea';

// Letters include umlauts and ß, which JavaScript's \b does not treat as word characters.
const START = '(?<![\\p{L}])';
const END = '(?![\\p{L}])';
const RELATIVE = '(,\\s*)?(der|die|das|und)\\s+';
const FILLERS = /\b(unbedingt|so|sehr|gern|gerne|endlich|einmal|auch|immer|schon|noch|nicht|richtig|lieber)\b\s*/gi;

/** Reads a German prompt ("eine Gutenachtgeschichte über einen schüchternen Drachen, der schwimmen lernt"). */
export function readGermanPrompt(prompt: string): StoryIdea {
  const text = prompt.replace(/\s+/g, ' ').trim();
  const characters = findCharacters(text);
  // German capitalizes every noun, so only a name after "namens" or one we know is taken as a name.
  const name = /(?:namens|genannt|heißt)\s+(\p{Lu}[\p{L}'-]+)/u.exec(text)?.[1]
    ?? text.split(/[\s,.!?;:]+/).find((word) => GIRL_NAMES.has(word.toLowerCase()) || BOY_NAMES.has(word.toLowerCase()))
    ?? null;
  const nameKind: CharacterKind | null = name ? (GIRL_NAMES.has(name.toLowerCase()) ? 'girl' : BOY_NAMES.has(name.toLowerCase()) ? 'boy' : null) : null;
  const pronoun = /(?<![\p{L}])(sie|ihr|ihre|ihren|ihrem)(?![\p{L}])/u.test(text.replace(/^\S+/, '')) ? true : /(?<![\p{L}])(er|sein|seine|seinen|seinem)(?![\p{L}])/u.test(text) ? false : null;
  return {
    hero: { kind: characters[0]?.kind ?? nameKind, name, adjective: characters[0]?.adjective ?? null, female: nameKind ? nameKind === 'girl' : pronoun },
    helperKind: characters.find((character) => character.kind !== characters[0]?.kind)?.kind ?? null,
    place: findPlace(text),
    goal: findGoal(text),
    bedtime: /gute-?nacht|schlafenszeit|einschlaf/i.test(text),
  };
}

function findCharacters(text: string): { kind: CharacterKind; adjective: string | null; at: number }[] {
  const found: { kind: CharacterKind; adjective: string | null; at: number; end: number }[] = [];
  for (const [pattern, kind] of GERMAN_CHARACTER_WORDS) {
    const match = new RegExp(`(?:(\\p{L}+) )?${START}(${pattern})${END}`, 'iu').exec(text);
    if (!match) continue;
    const at = match.index + (match[1] ? match[1].length + 1 : 0);
    const end = at + match[2].length;
    if (found.some((other) => at < other.end && end > other.at)) continue;
    found.push({ kind, adjective: adjectiveKey(match[1]), at, end });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** "schüchternen" → "shy": strips the inflection and looks the stem up. */
function adjectiveKey(word: string | undefined): string | null {
  if (!word) return null;
  const lower = word.toLowerCase();
  for (const candidate of [lower, lower.replace(/(en|er|es|em|e)$/, '')]) if (GERMAN_ADJECTIVES[candidate]) return GERMAN_ADJECTIVES[candidate];
  return null;
}

function findPlace(text: string): Setting | null {
  let best: { setting: Setting; weight: number } | null = null;
  for (const [pattern, setting] of GERMAN_PLACE_WORDS) {
    const match = new RegExp(`${START}(?:(im|in|am|an|auf|bei|beim|unter)\\s+(?:\\p{L}+\\s+){0,2})?(${pattern})${END}`, 'iu').exec(text);
    if (!match) continue;
    // A place after in/an/auf is where the hero lives; one named in the wish ("das Meer sehen") is not.
    const weight = match[1] ? match.index - 1000 : match.index;
    if (!best || weight < best.weight) best = { setting, weight };
  }
  return best?.setting ?? null;
}

function findGoal(original: string): Goal | null {
  const text = original.replace(FILLERS, '');
  const fear = /(?:angst vor|fürchtet sich vor|furcht vor)\s+((?:der|dem|den|einem|einer)?\s*[\p{L} ]+?)(?=[,.!?]|$|\s(?:hat|und|aber|lernt|hatte)\b)/iu.exec(text);
  if (fear) return { kind: 'fear', thing: fear[1].trim() };
  if (/mutig (?:sein|werden)|mut (?:finden|fassen)|tapfer (?:sein|werden)/i.test(text)) return { kind: 'fear', thing: null };
  if (/freund(?:e|in|innen)? (?:finden|sucht|gewinnen|haben|hätte|wünscht)|(?:will|möchte|wünscht sich|sucht|braucht|hat keinen|hat keine) (?:einen |eine )?(?:neuen |besten )?freund|einsam|freundschaft/i.test(text)) return { kind: 'friend' };
  const lost = new RegExp(`${RELATIVE}((?:sein|ihr|ein|den|die|das)\\p{L}*\\s+(?:\\p{L}+\\s+)?\\p{L}+)\\s+(verloren|verliert|sucht|finden)`, 'iu').exec(text)
    ?? /(?:sucht|verliert|verlor|findet)\s+((?:sein|ihr|ein|den|die|das)\p{L}*\s+(?:\p{L}+\s+)?\p{Lu}\p{L}*)/u.exec(text);
  if (lost) {
    const thing = lost.length > 3 ? lost[3] : lost[1];
    return { kind: 'find', thing: thing.replace(/^(sein|ihr)/i, '{sein}'), lost: /verlor/i.test(lost[0]) };
  }
  const wish = new RegExp(`${RELATIVE}((?:\\p{L}+\\s+){0,3}?\\p{L}+)\\s+(?:lernen\\s+(?:will|möchte)|lernt|lernen|will|möchte|wollte|kann)${END}`, 'iu').exec(text)
    ?? /(?:lernt|will|möchte|kann)\s+((?:\p{Lu}\p{L}+\s+)?\p{Ll}+)(?=[,.!?]|$|\s)/u.exec(text)
    ?? /träumt (?:vom|davon,? zu) (\p{L}+)/iu.exec(text);
  if (!wish) return null;
  // "das Meer sehen will": without a comma, "das" before a noun is the noun's article, not a relative pronoun.
  const relative = wish.length > 3 ? { comma: wish[1], word: wish[2], phrase: wish[3] } : { comma: ',', word: '', phrase: wish[1] };
  const phrase = (!relative.comma && /^(der|die|das)$/i.test(relative.word) && /^\p{Lu}/u.test(relative.phrase) ? `${relative.word} ${relative.phrase}` : relative.phrase).trim();
  const verb = phrase.split(' ').pop()!.toLowerCase();
  if (!phrase) return null;
  const normalized = phrase.replace(/^\p{Lu}\p{Ll}+$/u, (word) => word.toLowerCase());
  // "zum Mond fliegen" is a journey, not a skill to practise.
  const journey = /(?<![\p{L}])(zum|zur|nach|ins|in|zu|auf|über|bis|an)(?![\p{L}])/iu.test(phrase);
  return GERMAN_SKILLS.has(verb) && !journey ? { kind: 'learn', verb: normalized } : { kind: 'quest', verb: normalized.replace(/\b(sein|ihr)(e|en|em|er)?\b/gi, '{sein}$2') };
}
