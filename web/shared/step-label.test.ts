import type { UnnumberedBookEvent } from './book-events';
import { stepLabel } from './step-label';

describe('stepLabel', () => {
  it('names the book being made in plain words, with no figure of its own beside the overall one', () => {
    const rendering: UnnumberedBookEvent = { bookId: 'abcdefghijklmnop', type: 'render:progress', overall: 84, format: 'web', percent: 40 };
    expect(stepLabel(rendering)).toBe('Making the web book');
    expect(stepLabel({ ...rendering, format: 'mp4' })).toBe('Making the video');
  });

  it('says what joining the narration means to a person', () => {
    expect(stepLabel({ bookId: 'abcdefghijklmnop', type: 'narration:joined', overall: 82, audioUrl: '/n.wav', durationMs: 1000 })).toBe('Every page is drawn and narrated; making the books');
  });
});
