import { buildStoryBible } from './build-story-bible';
import { findMentions } from './find-mentions';
import { findNames } from './find-names';
import { loadLexicon } from './load-lexicon';
import { tokenize } from './tokenize';

function bible(text: string, language = 'en', insideQuotation: (at: number) => boolean = () => false) {
  const lexicon = loadLexicon(language)!;
  const starts = [0, ...[...text.matchAll(/[.!?]["”“]?\s+/g)].map((match) => match.index + match[0].length)];
  const tokens = tokenize(text, starts);
  const mentions = findMentions(tokens, lexicon);
  return buildStoryBible(text, tokens, mentions, findNames(text, tokens, mentions, lexicon), lexicon, insideQuotation);
}

const summary = (text: string, language?: string) => bible(text, language).bible.characters.map((character) => `${character.id}:${character.kind}`);

describe('buildStoryBible', () => {
  it('makes one character of a name and the names inside it, and gives kind words to the named character of that kind', () => {
    const result = bible('There was a little girl called Little Red-Cap. One day Little Red-Cap met a wolf. "Good day, Red-Cap," said the wolf, and the girl smiled.');
    expect(result.bible.characters.map((character) => character.id)).toEqual(['little-red-cap', 'wolf']);
    const hero = result.bible.characters[0];
    expect(hero.kind).toBe('girl');
    expect(hero.aliases).toEqual(expect.arrayContaining(['Red-Cap', 'a little girl', 'the girl']));
    expect(result.bible.characters[1].aliases).toEqual(expect.arrayContaining(['a wolf', 'the wolf']));
    expect(result.mentions.filter((mention) => mention.id === 'little-red-cap')).toHaveLength(5);
    expect(result.named).toEqual(new Set(['little-red-cap']));
  });

  it('takes a kind from a word beside the name, with its colour, and from pronouns otherwise', () => {
    expect(summary('She lived with her black cat, Pepper. Pepper slept. Then Tom came home and he saw Pepper. Tom laughed, and he sat down.')).toEqual(['pepper:cat', 'tom:boy']);
    expect(bible('She lived with her black cat, Pepper. Pepper slept all day.').bible.characters[0].look.summary).toMatch(/^a black cat/);
  });

  it('makes a named kind one character: a dragon called Willa, ein Igel namens Bramble', () => {
    const willa = bible('High in the mountains there lived a dragon called Willa. Willa was small for a dragon. One day the dragon flew, and Willa laughed.').bible.characters;
    expect(willa.map((character) => `${character.id}:${character.kind}`)).toEqual(['willa:dragon']);
    expect(willa[0].aliases).toEqual(expect.arrayContaining(['a dragon', 'the dragon']));
    expect(summary('Am Waldrand lebte ein kleiner Igel namens Bramble. Jeden Abend kam Bramble heraus, und der Igel fraß. Da lachte Bramble.', 'de')).toEqual(['bramble:hedgehog']);
  });

  it('takes a kind from a title before the name, and makes someone the story calls old a grandparent', () => {
    expect(summary("Monsieur Seguin n'avait pas de chance. Un soir, monsieur Seguin oublia la porte. Elle partit.", 'fr')).toEqual(['seguin:man']);
    expect(summary('Agnes was an old lighthouse keeper who lived on a rocky island at the edge of the sea. Every evening she climbed the steps, and Agnes lit the lamp.')).toEqual(['agnes:grandmother']);
  });

  it('takes a kind word that describes a name right after it for that character, not another', () => {
    expect(summary('Er wohnte neben dem Garten von Mutter Moos, einer freundlichen alten Frau. Da lachte Mutter Moos, und dann sang Mutter Moos.', 'de')).toEqual(['mutter-moos:mother']);
    expect(summary('Then came Granny Fern, an old woman with a basket. Granny Fern smiled. A woman waved.')).toEqual(['granny-fern:grandmother', 'woman:woman']);
  });

  it('records whether the story calls a named character she or he, and nothing when it does not say', () => {
    const characters = bible('There was once a brave knight called Bella. She lived in a castle, and Bella was afraid of the dark. Then Tom came, and he laughed, and Tom sat down beside her. Bella smiled, and she lit her lamp. The wolf howled.').bible.characters;
    expect(characters.map((character) => [character.id, character.kind, character.female])).toEqual([['bella', 'knight', true], ['tom', 'boy', false], ['wolf', 'wolf', undefined]]);
    expect('female' in characters[2]).toBe(false);
  });

  it('makes the kin of an animal hero animals of the same kind, but not the kin of a person', () => {
    expect(summary('The first little pig met a man. The pig built a house, and the little pig ran away to his brother. The pig and his brother hid.')).toEqual(['pig:pig', 'man:man', 'brother:pig']);
    expect(summary('A dragon called Willa lived in a cave. Willa thought of her mother. Oskar came by, and Oskar laughed, and Oskar\'s grandmother waved. Willa flew. Willa sang.')).toEqual(['willa:dragon', 'mother:dragon', 'oskar:boy', 'grandmother:grandmother']);
    expect(summary('Mia lived with her mother. Then Mia and her brother played. The cat slept.')).toEqual(['mia:girl', 'mother:mother', 'brother:boy', 'cat:cat']);
  });

  it('takes the kind a name says by its last kind word: Father Bear is a bear, Mr. Fox a fox', () => {
    expect(summary('Father Bear growled. Then Father Bear sat down. Mr. Fox came by, and Mr. Fox bowed.')).toEqual(['father-bear:bear', 'mr-fox:fox']);
  });

  it('knows the diminutives tales use for their heroes (la ratita)', () => {
    expect(summary('Había una vez una ratita muy presumida. La ratita barría la puerta.', 'es')).toEqual(['ratita:mouse']);
  });

  it('names a character known only by its kind with the word the story uses most', () => {
    expect(summary('La liebre corría. La liebre dormía. Un conejo miraba.', 'es')).toEqual(['liebre:rabbit']);
    expect(summary('The huntsman came by. The huntsman saw the wolf.')).toEqual(['huntsman:hunter', 'wolf:wolf']);
  });

  it('leaves out a kind said once inside someone’s speech', () => {
    const text = '"Am I a pirate?" asked the fox. The fox laughed.';
    const quoted = bible(text, 'en', (at) => at < text.indexOf(' asked')).bible.characters.map((character) => character.id);
    expect(quoted).toEqual(['fox']);
  });

  it('finds Rotkäppchen, the Großmutter and the Wolf in German', () => {
    expect(summary('Rotkäppchen ging in den Wald. Da kam der Wolf. Rotkäppchen sprach: „Guten Tag, Wolf, ich gehe zur Großmutter.“', 'de')).toEqual(['rotkappchen:girl', 'wolf:wolf', 'grossmutter:grandmother']);
  });
});
