import type { CharacterKind, Setting } from '../../../model';
import { BOY_NAMES, ENGLISH_CHARACTER_WORDS, ENGLISH_PLACE_WORDS, GIRL_NAMES, HERO_ADJECTIVES, SKILL_VERBS } from './english-words';
import type { Goal, StoryIdea } from './story-idea';

const STOP = '(?=\\s*[,.;:!?]|\\s*$|\\s(?:and|but|with|because|so|before|until|who|that|when|while|in|at|on|by|for|from|during|after|every|all)\\b)';
const NOT_NAMES = new Set(['A', 'An', 'The', 'I', 'Once', 'Story', 'Tale', 'Write', 'Tell', 'Make', 'Please', 'Christmas', 'Easter', 'Halloween', 'Monday', 'Sunday']);

/** Reads an English prompt ("a bedtime story about a shy dragon who learns to swim") into an idea. */
export function readEnglishPrompt(prompt: string): StoryIdea {
  const text = ` ${prompt.replace(/\s+/g, ' ').trim()} `;
  const lower = text.toLowerCase();
  const characters = findCharacters(lower);
  const hero = characters[0] ?? null;
  const name = findName(text);
  const pronoun = / (she|her|herself) /.test(lower) ? true : / (he|his|him|himself) /.test(lower) ? false : null;
  const nameKind: CharacterKind | null = name ? (GIRL_NAMES.has(name.toLowerCase()) ? 'girl' : BOY_NAMES.has(name.toLowerCase()) ? 'boy' : null) : null;
  return {
    hero: {
      kind: hero?.kind ?? nameKind,
      name,
      adjective: hero?.adjective ?? null,
      female: pronoun ?? (nameKind ? nameKind === 'girl' : null),
    },
    helperKind: characters.find((character) => character.kind !== hero?.kind)?.kind ?? null,
    place: findPlace(lower),
    goal: findGoal(lower),
    bedtime: /\b(bedtime|good ?night|lullaby|sleepy time)\b/.test(lower),
  };
}

function findCharacters(lower: string): { kind: CharacterKind; adjective: string | null; at: number }[] {
  const found: { kind: CharacterKind; adjective: string | null; at: number; end: number }[] = [];
  for (const [word, kind] of ENGLISH_CHARACTER_WORDS) {
    const match = new RegExp(`\\b(?:([a-z]+) )?(?:([a-z]+) )?${word}(?:s|es)?\\b`).exec(lower);
    if (!match) continue;
    const at = match.index + match[0].length - match[0].replace(/^(?:[a-z]+ ){0,2}/, '').length;
    const end = match.index + match[0].length;
    // "old woman" was found before "woman": the shorter word inside it is the same character.
    if (found.some((other) => at < other.end && end > other.at)) continue;
    const adjective = [match[2], match[1]].find((candidate) => candidate && HERO_ADJECTIVES.has(candidate)) ?? null;
    found.push({ kind, adjective, at, end });
  }
  found.sort((a, b) => a.at - b.at);
  // "a baby dragon", "a giant turtle": a character word right before another describes it.
  return found.filter((entry, index) => !(found[index + 1] && found[index + 1].at === entry.end + 1));
}

function findName(text: string): string | null {
  const given = /\b(?:named|called)\s+([A-Z][\p{L}'-]+)/u.exec(text);
  if (given) return given[1];
  for (const sentence of text.trim().split(/[.!?]\s+/)) {
    const words = sentence.split(/[\s,;:]+/).filter(Boolean);
    for (const [position, word] of words.entries()) {
      if (!/^[A-Z][\p{Ll}'-]+$/u.test(word) || NOT_NAMES.has(word)) continue;
      // A capital at the start of a sentence is only a name if it is a name we know.
      if (position > 0 || GIRL_NAMES.has(word.toLowerCase()) || BOY_NAMES.has(word.toLowerCase())) return word;
    }
  }
  return null;
}

function findPlace(lower: string): Setting | null {
  let best: { setting: Setting; at: number } | null = null;
  for (const [word, setting] of ENGLISH_PLACE_WORDS) {
    const match = new RegExp(`\\b${word}s?\\b`).exec(lower);
    // "wants to see the sea" names a goal, not where the hero lives; a place after in/on/by is home.
    if (!match) continue;
    const before = lower.slice(Math.max(0, match.index - 12), match.index);
    const weight = /\b(in|on|by|near|under|at)( the| a| an)? $/.test(before) ? match.index - 1000 : match.index;
    if (!best || weight < best.at) best = { setting, at: weight };
  }
  return best?.setting ?? null;
}

function findGoal(lower: string): Goal | null {
  const fear = new RegExp(`\\b(?:afraid|scared|frightened|fearful|terrified) of ((?:the )?[a-z ]+?)${STOP}`).exec(lower);
  if (fear) return { kind: 'fear', thing: fear[1].trim() };
  if (/\b(be brave|bravery|courage|find (?:his|her|their) courage)\b/.test(lower)) return { kind: 'fear', thing: null };
  if (/\b(?:make|makes|find|finds|making|finding|wants?|wanted|needs?|wish(?:es)? for|longs? for|looking for|looks for|has no|had no) (?:a )?(?:new |best |true )?friends?\b|\blonely\b|\bfriendship\b/.test(lower)) return { kind: 'friend' };
  const search = new RegExp(`\\b(?:looking for|look for|looks for|search(?:es)? for|to find|finds|find) ((?:his |her |their |its |a |an |the )?[a-z ]+?)${STOP}`).exec(lower);
  if (search) return { kind: 'find', thing: ownerless(search[1]), lost: /\blost\b/.test(search[1]) };
  const lost = new RegExp(`\\b(?:lost|loses|lose) ((?:his |her |their |its |a |an |the |my )?[a-z ]+?)${STOP}`).exec(lower);
  if (lost && !/^(his|her|their) way/.test(lost[1])) return { kind: 'find', thing: ownerless(lost[1]), lost: true };
  const wish = new RegExp(`\\b(?:learns?|learning|wants?|wanted|wishes|wish|tries|trying|try|hopes?|longs?|decides?|dreams?|needs?|sets out|is going|has) (?:how )?to ((?:[a-z]+)(?: [a-z]+){0,4}?)${STOP}`).exec(lower)
    ?? new RegExp(`\\b(?:can't|cannot|can not|couldn't) ((?:[a-z]+)(?: [a-z]+){0,3}?)${STOP}`).exec(lower);
  const dream = /\b(?:dreams? of|dreaming of|loves?|practis(?:es|ing)|practic(?:es|ing)) ([a-z]+ing)\b/.exec(lower);
  const verb = wish?.[1] ?? (dream ? baseOfGerund(dream[1]) : null);
  if (!verb) return null;
  if (/\b(be brave|not be (?:afraid|scared))\b/.test(verb)) return { kind: 'fear', thing: null };
  // "fly to the moon" is a journey, not a skill to practise.
  const journey = /\b(to|into|over|across|around|through|up|down)\b/.test(verb);
  return SKILL_VERBS.has(verb.split(' ')[0]) && !journey ? { kind: 'learn', verb: ownerless(verb) } : { kind: 'quest', verb: ownerless(verb) };
}

/** "his lost ball" → "{his} lost ball": the teller puts in the hero's pronoun. */
function ownerless(phrase: string): string {
  return phrase.trim().replace(/\b(his|her|their|its|my)\b/g, '{his}');
}

/** Stems whose verb ends in a silent e that the -ing dropped ("riding" → "ride"). */
const SILENT_E_STEMS = new Set(['rid', 'bak', 'hik', 'explor', 'mak', 'tak', 'danc', 'shar', 'smil', 'skat', 'div', 'writ', 'glid', 'driv', 'sledg', 'juggl', 'whistl', 'paddl', 'bounc', 'cycl', 'sav', 'wav']);

/** "swimming" → "swim", "flying" → "fly", "dancing" → "dance". */
export function baseOfGerund(gerund: string): string {
  const stem = gerund.replace(/ing$/, '');
  if (SILENT_E_STEMS.has(stem)) return `${stem}e`;
  if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !/(ll|ss|zz)$/.test(stem)) return stem.slice(0, -1);
  if (/(c|v|z|at|it|ur|[^aeiou]l)$/.test(stem)) return `${stem}e`;
  return stem;
}
