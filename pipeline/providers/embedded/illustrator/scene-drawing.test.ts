import { CHARACTER_ITEMS, CHARACTER_KINDS, OBJECTS, SEASONS, SETTINGS, TIMES_OF_DAY, WEATHERS, ART_STYLES } from '../../../model';
import { drawScene, type SceneDrawingRequest } from './scene-drawing';
import { bibleOf, testArt, testScene } from './test-art';

const request = (overrides: Partial<SceneDrawingRequest> = {}): SceneDrawingRequest => ({ scene: testScene(), bible: { characters: [] }, style: 'picture-book', size: 'square', seed: 1, ...overrides });
const draw = (overrides: Partial<SceneDrawingRequest> = {}) => drawScene(testArt(), request(overrides));

describe('drawScene', () => {
  it('says exactly what it drew', () => {
    const drawing = draw({
      scene: testScene({ setting: 'forest', timeOfDay: 'night', weather: 'rain', season: 'autumn', characters: ['red', 'wolf'], objects: ['basket'], mood: 'scary' }),
      bible: bibleOf({ id: 'red', kind: 'girl', item: 'red-cap' }, { id: 'wolf', kind: 'wolf' }),
    });
    expect(drawing.drawn).toEqual(['setting:forest', 'time:night', 'weather:rain', 'season:autumn', 'mood:scary', 'character:red', 'item:red-cap', 'character:wolf', 'object:basket']);
    expect(drawing.warnings).toEqual([]);
  });

  it('gives the same SVG for the same scene and seed', () => {
    const scene = testScene({ characters: ['fox'], objects: ['apple'] }, 4);
    expect(draw({ scene }).svg).toBe(draw({ scene }).svg);
  });

  it('varies the picture from page to page and from seed to seed', () => {
    const description = { setting: 'meadow', characters: ['fox', 'rabbit'], objects: ['carrot'] };
    const pages = [0, 1, 2, 3].map((index) => draw({ scene: testScene(description, index) }).svg);
    expect(new Set(pages).size).toBe(4);
    expect(draw({ scene: testScene(description, 0), seed: 2 }).svg).not.toBe(pages[0]);
  });

  it('draws the same character with the same figure on every page', () => {
    const bible = bibleOf({ id: 'tom', kind: 'boy', item: 'scarf', palette: ['#2f9e5a'] });
    const symbolOf = (index: number) => /<symbol id="c\d+" viewBox="0 -3 32 35" overflow="visible">(.*?)<\/symbol>/.exec(draw({ scene: testScene({ characters: ['tom'] }, index), bible }).svg)?.[1].replace(/#s\d+/g, '#s');
    expect(symbolOf(0)).toBeDefined();
    expect(symbolOf(1)).toBe(symbolOf(0));
  });

  it.each(SETTINGS)('draws the setting %s at every time of day', (setting) => {
    const pictures = TIMES_OF_DAY.map((timeOfDay) => draw({ scene: testScene({ setting, timeOfDay }) }));
    for (const [index, picture] of pictures.entries()) {
      expect(picture.drawn).toEqual(expect.arrayContaining([`setting:${setting}`, `time:${TIMES_OF_DAY[index]}`]));
      expect(picture.warnings).toEqual([]);
    }
    expect(new Set(pictures.map((picture) => picture.svg)).size).toBe(TIMES_OF_DAY.length);
  });

  it('draws every character kind', () => {
    for (const kind of CHARACTER_KINDS) {
      const drawing = draw({ scene: testScene({ characters: ['someone'] }), bible: bibleOf({ id: 'someone', kind }) });
      expect({ kind, drawn: drawing.drawn.includes('character:someone'), warnings: drawing.warnings }).toEqual({ kind, drawn: true, warnings: [] });
    }
  });

  it('draws every character item on a character', () => {
    for (const item of CHARACTER_ITEMS) {
      const drawing = draw({ scene: testScene({ characters: ['someone'] }), bible: bibleOf({ id: 'someone', kind: 'girl', item }) });
      expect({ item, drawn: drawing.drawn.includes(`item:${item}`), warnings: drawing.warnings }).toEqual({ item, drawn: true, warnings: [] });
    }
  });

  it('draws every object, with a character to hold it or without', () => {
    for (const object of OBJECTS) {
      for (const characters of [[], ['someone']]) {
        // The moon and a wishing star are seen at night; a bed and a door belong indoors.
        const timeOfDay = object === 'moon' || object === 'star' ? 'night' : 'day';
        const setting = object === 'bed' || object === 'door' ? 'house' : 'forest';
        const drawing = draw({ scene: testScene({ objects: [object], characters, timeOfDay, setting }), bible: bibleOf({ id: 'someone', kind: 'boy' }) });
        expect({ object, drawn: drawing.drawn.includes(`object:${object}`), warnings: drawing.warnings }).toEqual({ object, drawn: true, warnings: [] });
      }
    }
  });

  it('draws every weather outdoors and in a room, and every season outdoors', () => {
    for (const weather of WEATHERS) {
      for (const setting of ['village', 'bedroom', 'cave']) expect(draw({ scene: testScene({ setting, weather }) }).drawn).toContain(`weather:${weather}`);
    }
    for (const season of SEASONS) expect(draw({ scene: testScene({ setting: 'meadow', season }) }).drawn).toContain(`season:${season}`);
  });

  it('draws in every art style, each differently', () => {
    const scene = testScene({ characters: ['someone'] });
    const bible = bibleOf({ id: 'someone', kind: 'cat' });
    const svgs = ART_STYLES.map((style) => draw({ scene, bible, style }).svg);
    expect(new Set(svgs).size).toBe(ART_STYLES.length);
    expect(svgs[ART_STYLES.indexOf('watercolour')]).toMatch(/<feDisplacementMap/);
  });

  it('warns about what it cannot draw and leaves it out of drawn', () => {
    const drawing = draw({
      scene: testScene({ setting: 'volcano', characters: ['bob', 'ghost-of-nobody', 'ann'], objects: ['spaceship', 'apple'] }),
      bible: bibleOf({ id: 'bob', kind: 'plumber' }, { id: 'ann', kind: 'woman', item: 'monocle' }),
    });
    expect(drawing.warnings).toEqual([
      'setting "volcano" is not one the embedded illustrator can draw; drew a meadow instead',
      'character kind "plumber" (bob) is not one the embedded illustrator can draw',
      'character "ghost-of-nobody" is not in the story bible, so it was not drawn',
      'item "monocle" of ann is not one the embedded illustrator can draw',
      'object "spaceship" is not one the embedded illustrator can draw',
    ]);
    expect(drawing.drawn).toEqual(['time:day', 'weather:clear', 'mood:calm', 'character:ann', 'object:apple']);
  });

  it('draws one sun or moon: the sky’s own, whether or not the story names it', () => {
    for (const setting of ['lake', 'bedroom', 'sky']) {
      const night = { setting, timeOfDay: 'night' as const, characters: ['someone'] };
      const bible = bibleOf({ id: 'someone', kind: 'girl' });
      const withMoon = draw({ scene: testScene({ ...night, objects: ['moon'] }), bible });
      expect(withMoon.svg).toBe(draw({ scene: testScene(night), bible }).svg);
      expect(withMoon.drawn).toContain('object:moon');
      const withSun = draw({ scene: testScene({ setting, objects: ['sun'] }) });
      expect(withSun.svg).toBe(draw({ scene: testScene({ setting }) }).svg);
      expect(withSun.drawn).toContain('object:sun');
    }
  });

  it('leaves out a sun, moon or star the sky cannot show then, with a warning', () => {
    const day = draw({ scene: testScene({ setting: 'village', objects: ['moon', 'star', 'apple'] }) });
    expect(day.drawn).not.toContain('object:moon');
    expect(day.warnings).toEqual(['the moon is not drawn: it is not in the sky at midday', 'the star is not drawn: it is not in the sky at midday']);
    expect(draw({ scene: testScene({ setting: 'village', timeOfDay: 'night', objects: ['sun'] }) }).warnings).toEqual(['the sun is not drawn: it is not in the sky at night']);
    expect(draw({ scene: testScene({ setting: 'village', timeOfDay: 'night', weather: 'rain', objects: ['moon'] }) }).warnings).toEqual(['the moon is not drawn: the rain hides the sky']);
    expect(draw({ scene: testScene({ setting: 'village', timeOfDay: 'dusk', objects: ['moon'] }) }).drawn).toContain('object:moon');
  });

  it('draws a knight the story calls she as a woman, and one it calls he or says nothing of as a man', () => {
    const knight = (female?: boolean) => {
      const [character] = bibleOf({ id: 'bella', kind: 'knight' }).characters;
      return draw({ scene: testScene({ characters: ['bella'] }), bible: { characters: [female === undefined ? character : { ...character, female }] } });
    };
    expect(knight(true).svg).not.toBe(knight(false).svg);
    expect(knight(undefined).svg).toBe(knight(false).svg);
    expect(knight(true).drawn).toContain('character:bella');
    expect(knight(true).warnings).toEqual([]);
  });

  it('gives boots only to a figure whose feet are in the picture', () => {
    const boots = (kind: string) => draw({ scene: testScene({ characters: ['someone'] }), bible: bibleOf({ id: 'someone', kind, item: 'boots' }) });
    expect(boots('boy').drawn).toContain('item:boots');
    expect(boots('robot').drawn).not.toContain('item:boots');
    expect(boots('robot').warnings).toEqual(["could not show someone's boots: that part of the figure is not in the picture"]);
    expect(boots('wolf').drawn).not.toContain('item:boots');
  });

  it('leaves out a tree in a room and a bed in a field, with a warning', () => {
    const room = draw({ scene: testScene({ setting: 'house', objects: ['tree', 'lantern'] }) });
    expect(room.drawn).toEqual(expect.arrayContaining(['object:lantern']));
    expect(room.drawn).not.toContain('object:tree');
    expect(room.warnings).toEqual(['the tree is not drawn: it does not belong in a picture of the house']);
    expect(draw({ scene: testScene({ setting: 'lake', objects: ['bed'] }) }).warnings).toEqual(['the bed is not drawn: it does not belong in a picture of the lake']);
    expect(draw({ scene: testScene({ setting: 'forest', objects: ['tree'] }) }).drawn).toContain('object:tree');
  });

  it('warns when space is given weather, which it cannot show', () => {
    const drawing = draw({ scene: testScene({ setting: 'space', weather: 'rain', season: 'spring' }) });
    expect(drawing.warnings).toEqual(['weather "rain" is not shown in space', 'season "spring" is not shown in space']);
    expect(drawing.drawn).not.toContain('weather:rain');
  });

  it('sizes the picture for each shape', () => {
    expect(draw({ size: 'landscape' })).toMatchObject({ width: 1280, height: 720 });
    expect(draw({ size: 'portrait' }).svg).toMatch(/^<svg [^>]*width="768" height="1024"/);
  });

  it('puts no text in a picture', () => {
    const svg = draw({ scene: testScene({ characters: ['someone'], objects: ['book', 'letter', 'map'] }), bible: bibleOf({ id: 'someone', kind: 'wizard' }) }).svg;
    expect(svg).not.toMatch(/<text\b/);
  });
});
