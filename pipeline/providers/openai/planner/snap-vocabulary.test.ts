import { snapItem, snapKind, snapObject, snapSetting, snapToVocabulary } from './snap-vocabulary';
import { SETTINGS } from '../../../model';

describe('snapping model words to the vocabulary', () => {
  it('keeps a key, finds the head word, the singular or a synonym', () => {
    expect(snapToVocabulary('forest', SETTINGS)).toBe('forest');
    expect(snapSetting('Dark Forest')).toBe('forest');
    expect(snapSetting('the woods')).toBe('forest');
    expect(snapObject('Baskets')).toBe('basket');
    expect(snapObject('golden key')).toBe('key');
    expect(snapItem('Red Cap')).toBe('red-cap');
    expect(snapItem('cloak')).toBe('cape');
  });

  it('gives null or a default where nothing fits', () => {
    expect(snapObject('quantum computer')).toBeNull();
    expect(snapItem(null)).toBeNull();
    expect(snapSetting('spaceship bridge interior zzz')).toBe('meadow');
  });

  it('finds a kind in the model’s word, the name or the look, else by pronoun', () => {
    expect(snapKind('Grey Wolf', [])).toBe('wolf');
    expect(snapKind('granny', [])).toBe('grandmother');
    expect(snapKind('creature', ['Pip', 'a small grey mouse with big ears'])).toBe('mouse');
    expect(snapKind('human', ['Mira', 'she has long black hair'])).toBe('girl');
    expect(snapKind('human', ['Tom', 'tall, with a blue coat'])).toBe('boy');
  });
});
