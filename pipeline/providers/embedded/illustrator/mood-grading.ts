import type { Mood } from '../../../model';
import type { DrawContext } from './draw-context';

/**
 * A light colour grade for the mood, laid over the finished picture: a warm glow for happy and
 * cosy pages, cool or dark edges for mysterious, tense and scary ones, a grey-blue veil for sad.
 */
const GRADES: Record<Mood, { edge: string; edgeOpacity: number; veil?: string; veilOpacity?: number; centre?: string }> = {
  calm: { edge: '#3a5a8a', edgeOpacity: 0.12 },
  happy: { edge: '#ffb347', edgeOpacity: 0.12, centre: '#fff1b8' },
  cosy: { edge: '#8a3f1f', edgeOpacity: 0.22, centre: '#ffcf8a' },
  exciting: { edge: '#c2185b', edgeOpacity: 0.16, centre: '#fff6c8' },
  mysterious: { edge: '#2a1a5e', edgeOpacity: 0.38, veil: '#3a2a7a', veilOpacity: 0.08 },
  tense: { edge: '#1a1a2a', edgeOpacity: 0.35 },
  scary: { edge: '#140a26', edgeOpacity: 0.55, veil: '#2a1040', veilOpacity: 0.14 },
  sad: { edge: '#2a3a55', edgeOpacity: 0.3, veil: '#5a6a8a', veilOpacity: 0.16 },
};

export function drawMoodGrade(context: DrawContext, mood: Mood): string {
  const { frame, defs } = context;
  const grade = GRADES[mood];
  const whole = `x="0" y="0" width="${frame.width}" height="${frame.height}"`;
  let markup = '';
  if (grade.veil) markup += `<rect ${whole} fill="${grade.veil}" opacity="${grade.veilOpacity}"/>`;
  if (grade.centre) markup += `<rect ${whole} fill="${defs.radial([[0, grade.centre, 0.22], [0.7, grade.centre, 0]], [0.5, 0.45], 0.6)}"/>`;
  markup += `<rect ${whole} fill="${defs.radial([[0.55, grade.edge, 0], [1, grade.edge, grade.edgeOpacity]], [0.5, 0.5], 0.75)}"/>`;
  return markup;
}
