import { createRandom } from './seeded-random';

describe('createRandom', () => {
  it('repeats itself for the same parts and differs for others', () => {
    const draw = (...parts: (string | number)[]) => Array.from({ length: 5 }, createRandom(...parts).next);
    expect(draw(1, 2, 'cast')).toEqual(draw(1, 2, 'cast'));
    expect(draw(1, 2, 'cast')).not.toEqual(draw(1, 3, 'cast'));
    expect(draw(1, 2, 'cast')).not.toEqual(draw(1, 2, 'stage'));
  });

  it('stays within the ranges asked for', () => {
    const random = createRandom('range');
    for (let index = 0; index < 500; index++) {
      const value = random.between(-2, 3);
      const whole = random.integer(1, 4);
      expect(value >= -2 && value < 3).toBe(true);
      expect([1, 2, 3, 4]).toContain(whole);
    }
  });

  it('shuffles without losing anything', () => {
    expect(createRandom('shuffle').shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
