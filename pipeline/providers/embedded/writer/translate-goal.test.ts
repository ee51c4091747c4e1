import { translateGoal } from './translate-goal';

describe('translateGoal', () => {
  it('carries skills, fears, journeys and things between English and German', () => {
    expect(translateGoal({ kind: 'learn', verb: 'ride a bicycle' }, 'en', 'de')).toEqual({ kind: 'learn', verb: 'Fahrrad fahren' });
    expect(translateGoal({ kind: 'learn', verb: 'schwimmen' }, 'de', 'en')).toEqual({ kind: 'learn', verb: 'swim' });
    expect(translateGoal({ kind: 'fear', thing: 'the dark' }, 'en', 'de')).toEqual({ kind: 'fear', thing: 'der Dunkelheit' });
    expect(translateGoal({ kind: 'quest', verb: 'das Meer sehen' }, 'de', 'en')).toEqual({ kind: 'quest', verb: 'see the sea' });
    expect(translateGoal({ kind: 'find', thing: '{his} lost kite', lost: true }, 'en', 'de')).toEqual({ kind: 'find', thing: '{sein}en Papierdrachen', lost: true });
    expect(translateGoal({ kind: 'find', thing: 'a fallen star', lost: false }, 'en', 'de')).toEqual({ kind: 'find', thing: 'eine Sternschnuppe', lost: false });
    expect(translateGoal({ kind: 'find', thing: '{sein}e Karotte', lost: true }, 'de', 'en')).toEqual({ kind: 'find', thing: '{his} carrot', lost: true });
  });

  it('gives up on what the tables do not know, and changes nothing within one language', () => {
    expect(translateGoal({ kind: 'quest', verb: 'become a famous astronomer' }, 'en', 'de')).toBeNull();
    expect(translateGoal({ kind: 'quest', verb: 'anything' }, 'en', 'en')).toEqual({ kind: 'quest', verb: 'anything' });
  });
});
