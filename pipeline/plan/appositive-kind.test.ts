import { appositionFinder } from './appositive-kind';
import { findMentions } from './find-mentions';
import { loadLexicon } from './load-lexicon';
import { tokenize } from './tokenize';

/** The kind the text gives `name` beside it, with any colour said there. */
function appositionOf(text: string, name: string, language = 'en') {
  const lexicon = loadLexicon(language)!;
  const tokens = tokenize(text, [0]);
  const words = name.toLowerCase().split(' ');
  const uses = tokens.flatMap((token, index) => (words.every((word, offset) => tokens[index + offset]?.lower === word) ? [{ first: index, last: index + words.length }] : []));
  return appositionFinder(text, tokens, findMentions(tokens, lexicon), lexicon)(uses);
}

describe('appositionFinder', () => {
  it('reads a kind written right beside the name', () => {
    expect(appositionOf('She had a black cat, Pepper. Pepper purred.', 'Pepper')).toEqual({ kind: 'cat', colour: 'black' });
    expect(appositionOf('It was Hazel the owl.', 'Hazel')).toEqual({ kind: 'owl', colour: null });
  });

  it('reads a kind that a naming word gives a name', () => {
    expect(appositionOf('High in the mountains there lived a dragon called Willa.', 'Willa')).toEqual({ kind: 'dragon', colour: null });
    expect(appositionOf('In the village lived a boy named Oskar.', 'Oskar')).toEqual({ kind: 'boy', colour: null });
    expect(appositionOf('Her only company was a grey cat called Pepper.', 'Pepper')).toEqual({ kind: 'cat', colour: 'grey' });
    expect(appositionOf('The boy was called Hansel.', 'Hansel')).toEqual({ kind: 'boy', colour: null });
    expect(appositionOf('Es lebte ein kleiner Igel namens Bramble.', 'Bramble', 'de')).toEqual({ kind: 'hedgehog', colour: null });
    expect(appositionOf('Es war einmal eine kleine Prinzessin namens Pip.', 'Pip', 'de')).toEqual({ kind: 'princess', colour: null });
    expect(appositionOf("Il acheta une petite chèvre blanche qu'il appela Blanquette.", 'Blanquette', 'fr')).toEqual({ kind: 'goat', colour: null });
    expect(appositionOf('Había un perro llamado Tobi.', 'Tobi', 'es')).toEqual({ kind: 'dog', colour: null });
  });

  it('lets a naming word outvote a kind that only stands near the name', () => {
    expect(appositionOf('A girl called Mia lived there. The dog, Mia, barked.', 'Mia')).toEqual({ kind: 'girl', colour: null });
  });

  it('finds nothing where no kind stands beside the name', () => {
    expect(appositionOf('So she was always called Red Rosa.', 'Red Rosa')).toBeNull();
  });
});
