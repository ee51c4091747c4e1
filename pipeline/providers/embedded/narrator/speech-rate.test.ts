import { FASTEST_WORDS_PER_MINUTE, NORMAL_WORDS_PER_MINUTE, SLOWEST_WORDS_PER_MINUTE, speechRate } from './speech-rate';

describe('speechRate', () => {
  it('scales the normal pace by the rate', () => {
    expect(speechRate(1)).toEqual({ wordsPerMinute: NORMAL_WORDS_PER_MINUTE, rate: 1, warnings: [] });
    expect(speechRate(0.75).wordsPerMinute).toBe(Math.round(NORMAL_WORDS_PER_MINUTE * 0.75));
    expect(speechRate(1.5).warnings).toEqual([]);
  });

  it('treats a missing rate as normal', () => {
    expect(speechRate(undefined).wordsPerMinute).toBe(NORMAL_WORDS_PER_MINUTE);
  });

  it("clamps to eSpeak's range with a warning, and reports the rate it used", () => {
    const fast = speechRate(4);
    expect(fast.wordsPerMinute).toBe(FASTEST_WORDS_PER_MINUTE);
    expect(fast.rate).toBeCloseTo(FASTEST_WORDS_PER_MINUTE / NORMAL_WORDS_PER_MINUTE);
    expect(fast.warnings[0]).toMatch(/rate 4 became 2.81/);
    const slow = speechRate(0.1);
    expect(slow.wordsPerMinute).toBe(SLOWEST_WORDS_PER_MINUTE);
    expect(slow.warnings).toHaveLength(1);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('speaks at normal speed, with a warning, for rate %p', (rate) => {
    const result = speechRate(rate);
    expect(result.wordsPerMinute).toBe(NORMAL_WORDS_PER_MINUTE);
    expect(result.warnings[0]).toMatch(/not a positive number/);
  });
});
