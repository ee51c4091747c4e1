import { literalMentions } from './figurative-mentions';
import { findMentions } from './find-mentions';
import { loadLexicon } from './load-lexicon';
import { tokenize } from './tokenize';

/** The lexicon keys a text names literally, as "category:key". */
function literal(text: string, language = 'en'): string[] {
  const lexicon = loadLexicon(language)!;
  const tokens = tokenize(text, [0]);
  return literalMentions(findMentions(tokens, lexicon), text, tokens, lexicon)
    .filter((mention) => mention.category !== 'mood' && mention.category !== 'cue' && mention.category !== 'colour')
    .map((mention) => `${mention.category}:${mention.key}`);
}

describe('literalMentions', () => {
  it('leaves out what a thing is only compared to', () => {
    expect(literal('She sank like a stone in the lake.')).toEqual(['setting:lake']);
    expect(literal('He felt as tall as a tree.')).toEqual([]);
    expect(literal('The waves crashed against the rocks like angry giants.')).toEqual(['setting:sea', 'setting:mountain']);
    expect(literal('The lamp shone as bright as the sun.')).toEqual(['object:lantern']);
    expect(literal('The village glowed like a jewel in the snow.')).toEqual(['setting:village', 'weather:snow']);
  });

  it('keeps "like" as a verb and "as soon as" as a conjunction', () => {
    expect(literal('I like the forest.')).toEqual(['setting:forest']);
    expect(literal('As soon as she saw the wolf, she ran.')).toEqual(['kind:wolf']);
  });

  it('leaves out the places and times of what is only imagined or still to come', () => {
    expect(literal('That night, Mia went home. She smiled, because tomorrow would be another wonderful day.')).toEqual(['time:night', 'setting:house']);
    expect(literal('"We will keep the lamp burning all night long."')).toEqual([]);
    expect(literal('Willa thought of the sun on a summer meadow.')).toEqual([]);
  });

  it('leaves out who is only dreamt of or thought of, too', () => {
    expect(literal('Nell fell fast asleep, dreaming of swimming with the fish.')).toEqual([]);
    expect(literal('Willa thought of her mother in the cave, and then the wolf came.')).toEqual(['kind:wolf']);
  });

  it('takes the first word of a colour compound for the colour only', () => {
    expect(literal('They saw a snow-white bird in the forest.')).toEqual(['kind:bird', 'setting:forest']);
    expect(literal('The snow lay white on the forest.')).toEqual(['weather:snow', 'setting:forest']);
  });

  it('keeps what happens before the imagining starts or after its clause, and characters named in it', () => {
    expect(literal('In the forest the wolf said he would eat her in the morning.')).toEqual(['setting:forest', 'kind:wolf']);
    expect(literal('Take them to grandmother, they will do her good; and when you go into her room, say good morning.')).toEqual(['kind:grandmother', 'setting:house', 'time:day']);
    expect(literal('If the wolf comes to the house, run.')).toEqual(['kind:wolf']);
  });

  it('reads German comparisons with an article, and "morgen" (tomorrow) but not "Morgen" (morning)', () => {
    expect(literal('Der Wind heulte wie ein hungriger Wolf.', 'de')).toEqual(['weather:wind']);
    expect(literal('Er sah zu, wie die Sonne über dem Berg aufging.', 'de')).toEqual(expect.arrayContaining(['setting:mountain']));
    expect(literal('In dieser Nacht ging Finn nach Hause, denn morgen würde wieder ein wunderbarer Tag werden.', 'de')).toEqual(['time:night', 'setting:house']);
    expect(literal('Am Morgen lief er in den Wald.', 'de')).toEqual(['time:day', 'setting:forest']);
  });
});
