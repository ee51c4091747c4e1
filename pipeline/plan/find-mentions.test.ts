import { findMentions } from './find-mentions';
import { compileLexicon } from './lexicon';
import { tokenize } from './tokenize';

const english = compileLexicon({
  language: 'en', name: 'English', articles: ['the', 'a'],
  settings: { forest: ['wood', 'woods'], house: ["grandmother's house", 'house'] },
  characterKinds: { bear: ['^bear', 'bears'], grandmother: ['grandmother'] },
  characterItems: { 'red-cap': ['red cap'] },
});
const german = compileLexicon({
  language: 'de', name: 'German', capitalizesNouns: true, articles: ['der', 'das'],
  settings: { forest: ['Wald', '*wald'], house: ['*haus'] }, characterKinds: { boy: ['Junge'] },
});

const found = (text: string, lexicon = english) => findMentions(tokenize(text, [0]), lexicon).map((mention) => `${mention.category}:${mention.key}:${text.slice(mention.start, mention.end)}`);

describe('findMentions', () => {
  it('finds words and phrases, longest first, once per category at each place', () => {
    expect(found("She ran through the woods to grandmother's house in her red cap.")).toEqual([
      'setting:forest:woods', "setting:house:grandmother's house", 'kind:grandmother:grandmother', 'item:red-cap:red cap',
    ]);
  });

  it('needs a phrase’s words next to each other, not across a full stop', () => {
    expect(found('It was red. Cap in hand, she left.')).toEqual([]);
  });

  it('takes a word that is also a verb only after an article', () => {
    expect(found('I cannot bear it, said the bear.')).toEqual(['kind:bear:bear']);
    expect(found('Two bears slept.')).toEqual(['kind:bear:bears']);
  });

  it('matches German nouns only with their capital, and compounds by their ending', () => {
    expect(found('Der Junge lief in den Tannenwald zum Lebkuchenhaus.', german)).toEqual(['kind:boy:Junge', 'setting:forest:Tannenwald', 'setting:house:Lebkuchenhaus']);
    expect(found('Das junge Reh schlief im Wald.', german)).toEqual(['setting:forest:Wald']);
  });
});
