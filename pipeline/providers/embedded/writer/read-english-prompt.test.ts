import { baseOfGerund, readEnglishPrompt } from './read-english-prompt';

describe('readEnglishPrompt', () => {
  it('finds the hero, its adjective, the goal and the bedtime ending', () => {
    expect(readEnglishPrompt('a bedtime story about a shy dragon who learns to swim')).toEqual({
      hero: { kind: 'dragon', name: null, adjective: 'shy', female: null },
      helperKind: null,
      place: null,
      goal: { kind: 'learn', verb: 'swim' },
      bedtime: true,
    });
  });

  it('reads names, pronouns, places and a second character as the helper', () => {
    const idea = readEnglishPrompt('A curious girl named Mia, who lives by the sea, wants to find her lost kite with the help of an old turtle');
    expect(idea.hero).toEqual({ kind: 'girl', name: 'Mia', adjective: 'curious', female: true });
    expect(idea.place).toBe('sea');
    expect(idea.helperKind).toBe('turtle');
    expect(idea.goal).toEqual({ kind: 'find', thing: '{his} lost kite', lost: true });
  });

  it('tells a place the hero lives in from a place the hero wants to see', () => {
    const idea = readEnglishPrompt('a little fox in the forest who wants to see the sea');
    expect(idea.place).toBe('forest');
    expect(idea.goal).toEqual({ kind: 'quest', verb: 'see the sea' });
  });

  it('recognises fears, friendship and losses', () => {
    expect(readEnglishPrompt('a brave knight who is afraid of the dark').goal).toEqual({ kind: 'fear', thing: 'the dark' });
    expect(readEnglishPrompt('a lonely whale').goal).toEqual({ kind: 'friend' });
    expect(readEnglishPrompt('a boy who makes a new friend at school').goal).toEqual({ kind: 'friend' });
    expect(readEnglishPrompt('a little bear who wants a friend').goal).toEqual({ kind: 'friend' });
    expect(readEnglishPrompt('a snail who has no friends').goal).toEqual({ kind: 'friend' });
    expect(readEnglishPrompt('a robot looking for a best friend').goal).toEqual({ kind: 'friend' });
    expect(readEnglishPrompt('the rabbit who lost his carrot').goal).toEqual({ kind: 'find', thing: '{his} carrot', lost: true });
    expect(readEnglishPrompt('a penguin who dreams of flying').goal).toEqual({ kind: 'learn', verb: 'fly' });
    expect(readEnglishPrompt('a mouse who wants to fly to the moon').goal).toEqual({ kind: 'quest', verb: 'fly to the moon' });
  });

  it('takes "baby" and "giant" before another character as describing it', () => {
    expect(readEnglishPrompt('a baby elephant who cannot whistle').hero).toMatchObject({ kind: 'elephant', adjective: 'baby' });
    expect(readEnglishPrompt('the old woman and the wolf').hero.kind).toBe('grandmother');
  });

  it('knows a named hero without a kind from the name', () => {
    expect(readEnglishPrompt('Leo wants to ride a bicycle').hero).toEqual({ kind: 'boy', name: 'Leo', adjective: null, female: false });
    expect(readEnglishPrompt('Leo wants to ride a bicycle').goal).toEqual({ kind: 'learn', verb: 'ride a bicycle' });
    expect(readEnglishPrompt('something nice').goal).toBeNull();
  });

  it('turns gerunds back into verbs', () => {
    expect(['swimming', 'flying', 'dancing', 'riding', 'singing', 'skating', 'juggling', 'reading', 'baking'].map(baseOfGerund))
      .toEqual(['swim', 'fly', 'dance', 'ride', 'sing', 'skate', 'juggle', 'read', 'bake']);
  });
});
