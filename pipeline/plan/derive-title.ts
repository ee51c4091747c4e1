import type { StoryBible } from '../model';
import type { CharacterMention } from './build-story-bible';
import { ranked } from './describe-scene';

const TITLE_WORDS = 6;

/**
 * A title for a story that has none: the name of its hero when a character with a proper name
 * clearly leads (tales are named after them: "Rotkäppchen", "Goldilocks"), else the opening
 * words of its first sentence.
 */
export function deriveTitle(firstSentence: string, bible: StoryBible, mentions: CharacterMention[], properNames: Set<string>): string {
  const leader = ranked(mentions.map((mention) => mention.id))[0];
  const character = bible.characters.find((candidate) => candidate.id === leader);
  if (character && properNames.has(character.id) && mentions.filter((mention) => mention.id === leader).length >= 3) return character.name;
  const words = firstSentence.replace(/\s+/g, ' ').trim().split(' ');
  const opening = words.slice(0, TITLE_WORDS).join(' ').replace(/[\s\p{P}]+$/u, '');
  // Japanese and Chinese have no spaces: the "first words" are its first characters.
  if (opening.length > 40) return `${[...opening].slice(0, 16).join('')}…`;
  const title = words.length > TITLE_WORDS ? `${opening}…` : opening;
  return title.length > 0 ? title : 'Untitled story';
}
