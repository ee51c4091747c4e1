import { findMentions } from './find-mentions';
import { findNames } from './find-names';
import { compileLexicon } from './lexicon';
import { tokenize } from './tokenize';

const english = compileLexicon({ language: 'en', name: 'English', articles: ['the', 'a'], nounMarkers: ['of'], placeMarkers: ['to'], abbreviations: ['mr'], notNames: ['i'], characterKinds: { giant: ['giant'] }, colours: { brown: ['hazel'] }, objects: { rose: ['rose'] } });
const german = compileLexicon({ language: 'de', name: 'German', capitalizesNouns: true, articles: ['der', 'die', 'das', 'den', 'im'], nounMarkers: ['mit', 'zu'], characterKinds: { wolf: ['Wolf'], bird: ['Vogel'] }, weathers: { rain: ['Regen'] } });

function names(text: string, lexicon = english): string[] {
  const starts = [0, ...[...text.matchAll(/[.!?]\s+/g)].map((match) => match.index + match[0].length)];
  const tokens = tokenize(text, starts);
  return findNames(text, tokens, findMentions(tokens, lexicon), lexicon).map((name) => `${name.name}×${name.uses.length}`);
}

describe('findNames', () => {
  it('finds a capitalized name used twice, at least once where no capital is forced', () => {
    expect(names('Anna went out. The fox saw Anna at noon.')).toEqual(['Anna×2']);
  });

  it('ignores capitals that only start sentences', () => {
    expect(names('Then the fox ran. Then the owl flew. Suddenly it rained.')).toEqual([]);
  });

  it('joins multi-word names, across an abbreviation, and counts a forced capital once the name is known', () => {
    expect(names('Little Red-Cap ran. She met Little Red-Cap again. Then Mr. Fox came, and Mr. Fox bowed.')).toEqual(['Little Red-Cap×2', 'Mr. Fox×2']);
  });

  it('takes a capital after an article for a noun ("the Giant"), and leaves out known words and "I"', () => {
    expect(names('Then the Giant woke. He saw the Giant in the glass. I said I would go.')).toEqual([]);
  });

  it('asks more of German, where every noun has a capital', () => {
    expect(names('Gretel sah den Wolf. Der Wolf sah Gretel an, und Gretel lief mit Kuchen und mit Kuchen fort.', german)).toEqual(['Gretel×3']);
  });

  it('takes a name only ever used after "to" or "of" for a place', () => {
    expect(names('The donkey set out on the road to Bremen. "Come with me to Bremen," he said. They were the musicians of Bremen.')).toEqual([]);
    expect(names('She gave the apple to Tom. Then Tom smiled.')).toEqual(['Tom×2']);
  });

  it('takes a capitalized colour or flower word for a name where only names have capitals', () => {
    expect(names('It was Hazel the owl. "Start small," said Hazel. Then Rose came, and Hazel smiled at Rose.')).toEqual(['Hazel×3', 'Rose×2']);
  });

  it('tells a German verb before a name ("sagte Krümel") from an adjective before a noun ("im leisen grauen Regen")', () => {
    expect(names('Es war der alte Vogel Holunder. „Komm“, sagte Holunder. „Noch einmal“, sagte Holunder jedes Mal.', german)).toEqual(['Holunder×3']);
    expect(names('Er stand im großen alten Kessel. Sie sah den kleinen grauen Kessel an, und er rührte im grauen Kessel.', german)).toEqual([]);
  });
});
