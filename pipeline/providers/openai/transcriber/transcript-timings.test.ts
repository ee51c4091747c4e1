import { transcriptTimings } from './transcript-timings';

describe('transcript timings', () => {
  it('points Whisper’s words back into its text, punctuation and all', () => {
    const text = 'Once upon a time, a fox lived by the river. "Hello!"';
    const words = ['Once', 'upon', 'a', 'time', 'a', 'fox', 'lived', 'by', 'the', 'river', 'Hello'].map((word, index) => ({ word, start: 0.2 + index * 0.3, end: 0.45 + index * 0.3 }));
    const result = transcriptTimings(text, words, 4, 'en');
    expect(result.warnings).toEqual([]);
    expect(result.words.map((word) => text.slice(word.start, word.end))).toEqual(words.map((word) => word.word));
    expect(result.words[5]).toEqual({ text: 'fox', start: 20, end: 23, startMs: 1700, endMs: 1950 });
  });

  it('estimates over the recording when there are no word times, and says so', () => {
    const result = transcriptTimings('One fox. Two foxes.', undefined, 3, 'en');
    expect(result.words.map((word) => word.text)).toEqual(['One', 'fox', 'Two', 'foxes']);
    expect(result.words[3].endMs).toBeLessThanOrEqual(3000);
    expect(result.warnings).toEqual(['the transcription gave no word times, so they are estimated']);
  });
});
