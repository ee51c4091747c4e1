import { seededRandom } from '../pipeline/seeded-random';
import { EmbeddedScenePlanner } from '../pipeline/providers/embedded/embedded-scene-planner';
import { boundaryProblem, coverageProblems, words } from './planner/scene-boundaries';

/**
 * Stories the planner has never seen: seeded random texts with sentences and paragraphs of every
 * size, quotations in five traditions, attributions, apostrophes, accents written as combining
 * marks, emoji, CJK, CRLF and lone CR line ends, tabs and stray control characters. Whatever
 * comes in, nothing may be lost and no scene may start inside a sentence or a quotation.
 */
const VOCABULARY = [
  'the', 'fox', 'wolf', 'grandmother', 'forest', 'ran', 'quickly', 'into', 'village', 'and', 'said', 'moon',
  'don’t', "wolves'", 'Café', 'cafe\u0301', 'Größe', 'Mädchen', 'niño', 'l’oiseau', 'Tom', 'Anna', '🦊', '🌙',
  '森', 'おおかみ', 'x'.repeat(30), 'Mr.', '3', '1,000', 'well-known', 'night', 'snow',
];
const QUOTES: [string, string][] = [['"', '"'], ['“', '”'], ['„', '“'], ['« ', ' »'], ['「', '」']];
const ENDS = ['.', '!', '?', '…', '.', '.'];
const NOISE = ['\u0007', '\u000c', '\u001b', '\ufeff', '\t', '\u0085'];

function randomStory(seed: number): { text: string; targetScenes?: number; title?: string } {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const sentence = () => {
    const length = 1 + Math.floor(random() * (random() < 0.1 ? 80 : 18));
    const body = Array.from({ length }, () => pick(VOCABULARY)).join(' ');
    const text = body.charAt(0).toUpperCase() + body.slice(1) + (random() < 0.05 ? '' : pick(ENDS));
    if (random() < 0.25) {
      const [open, close] = pick(QUOTES);
      return random() < 0.5 ? `${open}${text}${close} said ${pick(['Tom', 'the fox'])}.` : `${open}${text} ${text}${close}`;
    }
    return text;
  };
  const paragraphs = Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
    Array.from({ length: 1 + Math.floor(random() * 8) }, sentence).join(random() < 0.1 ? '\n' : ' '),
  );
  const separator = pick(['\n\n', '\r\n\r\n', '\n', '\r\r', '\n \n']);
  let text = (random() < 0.3 ? 'A Title Line\n\n' : '') + paragraphs.join(separator);
  while (random() < 0.3) {
    const at = Math.floor(random() * text.length);
    text = text.slice(0, at) + pick(NOISE) + text.slice(at);
  }
  if (random() < 0.3) text = `  \n${text}\r\n  `;
  return { text, targetScenes: random() < 0.3 ? 1 + Math.floor(random() * 60) : undefined, title: random() < 0.2 ? 'Given' : undefined };
}

/** The words a story must keep: NFC, NEL as a line end, other control characters dropped (as documented). */
function expectedWords(text: string): string[] {
  return words(text.normalize('NFC').replace(/\u0085/g, '\n').replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff]/g, ''));
}

describe('the planner on stories it has never seen', () => {
  const planner = new EmbeddedScenePlanner();

  it.each(Array.from({ length: 150 }, (_, index) => index + 1))('random story %i loses nothing and splits only between sentences', async (seed) => {
    const input = randomStory(seed);
    const plan = await planner.plan({ ...input, language: 'en' });
    expect(coverageProblems(plan)).toEqual([]);
    const titleWords = input.title === undefined && plan.title === 'A Title Line' ? words(plan.title) : [];
    const kept = [...titleWords, ...words(plan.text)];
    expect(kept).toEqual(expectedWords(input.text));
    if (input.targetScenes) expect(plan.scenes.length).toBeLessThanOrEqual(input.targetScenes);
    const cutsSentences = plan.warnings.some((warning) => /break inside a (sentence|quotation)/.test(warning));
    for (const scene of plan.scenes.slice(1)) {
      expect(plan.text[scene.start - 1]).toMatch(/\s/);
      if (!cutsSentences) expect(boundaryProblem(plan.text, scene.start)).toBeNull();
    }
  });
});
