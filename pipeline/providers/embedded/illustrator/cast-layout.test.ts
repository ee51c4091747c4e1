import { CHARACTER_FIGURES } from './character-figures';
import { layoutCast, type CastMember } from './cast-layout';
import { createRandom } from '../../../seeded-random';
import { planStage } from './stage';

const member = (id: string, kind: keyof typeof CHARACTER_FIGURES): CastMember => ({ id, spec: CHARACTER_FIGURES[kind], look: { palette: ['#3b82c4'], item: null } });
const options = { cover: 'part:bush', aspectOf: () => 0.5 };
const stageFor = (seed: number, count: number, layout: 'land' | 'sea' = 'land') => planStage({ width: 1024, height: 1024 }, layout, count, false, createRandom(seed, 'stage'));

describe('layoutCast', () => {
  it('turns two characters toward each other', () => {
    for (let seed = 0; seed < 20; seed++) {
      const [first, second] = layoutCast(stageFor(seed, 2), [member('fox', 'fox'), member('hen', 'rabbit')], options, createRandom(seed, 'cast'));
      const [left, right] = first.figure.box.x < second.figure.box.x ? [first, second] : [second, first];
      expect([left.figure.faces, right.figure.faces]).toEqual(['right', 'left']);
    }
  });

  it('puts the main character sometimes on the left and sometimes on the right', () => {
    const sides = new Set(Array.from({ length: 20 }, (_, seed) => {
      const [main, other] = layoutCast(stageFor(seed, 2), [member('girl', 'girl'), member('dog', 'dog')], options, createRandom(seed, 'cast'));
      return main.figure.box.x < other.figure.box.x ? 'left' : 'right';
    }));
    expect(sides).toEqual(new Set(['left', 'right']));
  });

  it('frames a bust at the bottom edge and puts a face behind the cover', () => {
    const stage = stageFor(3, 2);
    const [king, wolf] = layoutCast(stage, [member('king', 'king'), member('wolf', 'wolf')], options, createRandom(3, 'cast'));
    expect(king.figure.box.y + king.figure.box.height).toBeGreaterThan(1024);
    expect(king.cover).toBeUndefined();
    expect(wolf.cover?.icon).toBe('part:bush');
    expect(wolf.cover!.box.y).toBeGreaterThan(wolf.figure.box.y);
  });

  it('shows a peeking face down to its chin above the cover', () => {
    for (const kind of ['wolf', 'fox', 'bear', 'lion'] as const) {
      const [face] = layoutCast(stageFor(2, 1), [member(kind, kind)], options, createRandom(2, 'cast'));
      const { box } = face.figure;
      const chinY = box.y + (box.height * CHARACTER_FIGURES[kind].head[3]!) / 32;
      expect((chinY - face.cover!.box.y) / box.height).toBeLessThanOrEqual(0.06);
      expect(face.cover!.box.y).toBeLessThan(chinY);
    }
  });

  it('seats characters who cannot swim in a boat at sea', () => {
    const [girl, fish] = layoutCast(stageFor(1, 2, 'sea'), [member('girl', 'girl'), member('fish', 'fish')], options, createRandom(1, 'cast'));
    expect(girl.cover?.icon).toBe('canoe');
    expect(fish.cover).toBeUndefined();
  });

  it('keeps a big character whole inside the picture', () => {
    for (let seed = 0; seed < 12; seed++) {
      for (const layout of ['land', 'sea'] as const) {
        const stage = stageFor(seed, 2, layout);
        const casts = [[member('giraffe', 'giraffe')], [member('dinosaur', 'dinosaur')], [member('giraffe', 'giraffe'), member('elephant', 'elephant')]];
        for (const entry of casts.flatMap((cast) => layoutCast(stage, cast, options, createRandom(seed, 'cast')))) {
          const { box } = entry.figure;
          expect({ seed, left: box.x >= 0, right: box.x + box.width <= 1024, top: box.y >= 0 }).toEqual({ seed, left: true, right: true, top: true });
        }
      }
    }
  });

  it('keeps flyers in the air', () => {
    const [bird] = layoutCast(stageFor(5, 1), [member('bird', 'bird')], options, createRandom(5, 'cast'));
    expect(bird.figure.box.y + bird.figure.box.height).toBeLessThan(1024 * 0.6);
  });
});
