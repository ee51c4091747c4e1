import { characterLook } from './character-look';
import { COLOURS } from './colours';

describe('characterLook', () => {
  it('is the same every time for the same name and kind', () => {
    const request = { name: 'Anna', kind: 'girl', nameColours: [], nameItems: [] };
    expect(characterLook(request)).toEqual(characterLook({ ...request }));
  });

  it('differs between characters', () => {
    const looks = ['Anna', 'Ben', 'Cleo', 'Dara', 'Emil', 'Finn'].map((name) => characterLook({ name, kind: 'girl', nameColours: [], nameItems: [] }));
    expect(new Set(looks.map((look) => JSON.stringify(look))).size).toBeGreaterThan(3);
  });

  it('lets words in the name win: Little Red-Cap wears a red cap and red', () => {
    const look = characterLook({ name: 'Little Red-Cap', kind: 'girl', nameColours: ['red'], nameItems: ['red-cap'] });
    expect(look.item).toBe('red-cap');
    expect(look.palette[0]).toBe(COLOURS.red);
    expect(look.summary).toMatch(/^a girl with \w+ hair in a red .*, wearing a red cap$/);
  });

  it('makes Goldilocks golden and gives a king his crown', () => {
    expect(characterLook({ name: 'Goldilocks', kind: 'girl', nameColours: ['golden'], nameItems: [] }).palette[0]).toBe(COLOURS.golden);
    const king = characterLook({ name: 'King Thrushbeard', kind: 'king', nameColours: [], nameItems: [] });
    expect(king.item).toBe('crown');
    expect(king.summary).toContain('wearing a golden crown');
  });

  it('dresses animals in their coat and uses valid colours throughout', () => {
    const fox = characterLook({ name: 'Fox', kind: 'fox', nameColours: [], nameItems: [] });
    expect(fox.clothing).toBe('orange fur');
    expect(fox.summary).toMatch(/^an orange fox/);
    for (const colour of fox.palette) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('gives a robot or a ghost no hair and nothing for feet it does not have', () => {
    for (const name of ['Jasper', 'Bolt', 'Pip', 'Zed', 'Rusty', 'Nova']) {
      const robot = characterLook({ name, kind: 'robot', nameColours: [], nameItems: [] });
      expect(robot.summary).toMatch(/^an? (silver|grey|blue) robot(, |$)/);
      expect(robot.item).not.toBe('boots');
    }
    expect(characterLook({ name: 'Boo', kind: 'ghost', nameColours: [], nameItems: [] }).summary).not.toContain('hair');
  });
});
