import { maximum, mean, median, percentile } from './statistics';

describe('statistics', () => {
  it('takes the median of odd and even counts without reordering the input', () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('takes nearest-rank percentiles, always an observed value', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([10, 20, 30], 95)).toBe(30);
    expect(percentile([7], 50)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('averages and finds the largest value of long lists', () => {
    expect(mean([1, 2, 3, 6])).toBe(3);
    expect(maximum(Array.from({ length: 200_000 }, (_, index) => index))).toBe(199_999);
    expect(maximum([])).toBeNaN();
  });
});
