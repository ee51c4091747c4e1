import type { SceneDescription } from '../model';
import { describeScene, ranked } from './describe-scene';
import type { Mention } from './find-mentions';

const mention = (category: Mention['category'], key: string): Mention => ({ category, key, first: 0, last: 1, start: 0, end: 1 });
const evidence = (mentions: Mention[], characters: string[] = []) => ({ mentions, characters, action: 'Something happens.' });

describe('describeScene', () => {
  it('describes a scene from what it names', () => {
    const description = describeScene(evidence([mention('setting', 'forest'), mention('setting', 'house'), mention('setting', 'forest'), mention('time', 'night'), mention('weather', 'rain'), mention('season', 'winter'), mention('mood', 'scary'), mention('object', 'basket')], ['wolf', 'girl', 'wolf']), null, 'meadow');
    expect(description).toEqual({ setting: 'forest', timeOfDay: 'night', weather: 'rain', season: 'winter', characters: ['wolf', 'girl'], objects: ['basket'], mood: 'scary', action: 'Something happens.' });
  });

  it('starts where the story first goes, in daylight, clear and calm', () => {
    expect(describeScene(evidence([]), null, 'village')).toMatchObject({ setting: 'village', timeOfDay: 'day', weather: 'clear', season: null, characters: [], mood: 'calm' });
  });

  it('keeps the place, time, season, weather and cast when a scene does not change them', () => {
    const previous: SceneDescription = { setting: 'forest', timeOfDay: 'dusk', weather: 'fog', season: 'autumn', characters: ['fox'], objects: ['lantern'], mood: 'scary', action: '' };
    expect(describeScene(evidence([]), previous, 'meadow')).toMatchObject({ setting: 'forest', timeOfDay: 'dusk', weather: 'fog', season: 'autumn', characters: ['fox'], objects: [], mood: 'calm' });
  });

  it('clears the weather when the place changes, and keeps a cast nobody replaced', () => {
    const previous: SceneDescription = { setting: 'forest', timeOfDay: 'night', weather: 'storm', season: null, characters: ['fox'], objects: [], mood: 'calm', action: '' };
    expect(describeScene(evidence([mention('setting', 'house')]), previous, 'meadow')).toMatchObject({ setting: 'house', timeOfDay: 'night', weather: 'clear', characters: ['fox'] });
    expect(describeScene(evidence([mention('setting', 'house')], ['owl']), previous, 'meadow')).toMatchObject({ characters: ['owl'] });
  });

  it('lets the wind drop when a new time of day begins in the same place', () => {
    const afternoon: SceneDescription = { setting: 'village', timeOfDay: 'day', weather: 'wind', season: null, characters: [], objects: [], mood: 'calm', action: '' };
    expect(describeScene(evidence([mention('time', 'dusk')]), afternoon, 'meadow')).toMatchObject({ timeOfDay: 'dusk', weather: 'clear' });
    expect(describeScene(evidence([mention('time', 'day')]), afternoon, 'meadow')).toMatchObject({ timeOfDay: 'day', weather: 'wind' });
  });

  it('keeps a lake or river when the story reaches its shore, but goes to the beach by the sea', () => {
    const lake: SceneDescription = { setting: 'lake', timeOfDay: 'day', weather: 'clear', season: null, characters: [], objects: [], mood: 'calm', action: '' };
    expect(describeScene(evidence([mention('setting', 'beach')]), lake, 'meadow').setting).toBe('lake');
    expect(describeScene(evidence([mention('setting', 'beach'), mention('setting', 'sea')]), lake, 'meadow').setting).toBe('beach');
    expect(describeScene(evidence([mention('setting', 'beach')]), { ...lake, setting: 'forest' }, 'meadow').setting).toBe('beach');
  });

  it('ranks by count, then by first appearance', () => {
    expect(ranked(['b', 'a', 'c', 'a', 'c'])).toEqual(['a', 'c', 'b']);
  });
});
