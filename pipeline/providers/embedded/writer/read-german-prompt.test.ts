import { readGermanPrompt } from './read-german-prompt';

describe('readGermanPrompt', () => {
  it('finds the hero, its adjective, the wish and the bedtime ending', () => {
    expect(readGermanPrompt('eine Gutenachtgeschichte über einen schüchternen Drachen, der schwimmen lernt')).toEqual({
      hero: { kind: 'dragon', name: null, adjective: 'shy', female: null },
      helperKind: null,
      place: null,
      goal: { kind: 'learn', verb: 'schwimmen' },
      bedtime: true,
    });
  });

  it('reads names, places and a second character as the helper', () => {
    const idea = readGermanPrompt('ein neugieriges Mädchen namens Mia, das im Wald wohnt und mit einer alten Eule das Meer sehen will');
    expect(idea.hero).toEqual({ kind: 'girl', name: 'Mia', adjective: 'curious', female: true });
    expect(idea.place).toBe('forest');
    expect(idea.helperKind).toBe('owl');
    expect(idea.goal).toEqual({ kind: 'quest', verb: 'das Meer sehen' });
  });

  it('recognises fears, friendship, losses and skills', () => {
    expect(readGermanPrompt('ein Ritter, der Angst vor der Dunkelheit hat').goal).toEqual({ kind: 'fear', thing: 'der Dunkelheit' });
    expect(readGermanPrompt('ein einsamer Wal').goal).toEqual({ kind: 'friend' });
    expect(readGermanPrompt('ein kleiner Bär, der einen Freund sucht').goal).toEqual({ kind: 'friend' });
    expect(readGermanPrompt('eine Schnecke, die sich einen Freund wünscht').goal).toEqual({ kind: 'friend' });
    expect(readGermanPrompt('ein Hase, der seine Karotte verloren hat').goal).toEqual({ kind: 'find', thing: '{sein}e Karotte', lost: true });
    expect(readGermanPrompt('Ein Pinguin will unbedingt fliegen').goal).toEqual({ kind: 'learn', verb: 'fliegen' });
    expect(readGermanPrompt('Leo lernt Fahrrad fahren').goal).toEqual({ kind: 'learn', verb: 'Fahrrad fahren' });
    expect(readGermanPrompt('eine kleine Hexe, die zaubern lernen will').goal).toEqual({ kind: 'learn', verb: 'zaubern' });
    expect(readGermanPrompt('Leo lernt Fahrrad fahren').hero).toEqual({ kind: 'boy', name: 'Leo', adjective: null, female: false });
    expect(readGermanPrompt('eine kleine Maus, die zum Mond fliegen möchte').goal).toEqual({ kind: 'quest', verb: 'zum Mond fliegen' });
  });
});
