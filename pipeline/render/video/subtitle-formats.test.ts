import { buildSrt, buildVtt, formatTimestamp } from './subtitle-formats';

const cues = [
  { startMs: 100, endMs: 1255, lines: ['The fox ran.'] },
  { startMs: 3_723_004.4, endMs: 3_725_000, lines: ['Fish & chips <b>', 'for two.'] },
];

describe('formatTimestamp', () => {
  it('writes hours, minutes, seconds and rounded milliseconds', () => {
    expect(formatTimestamp(0, ',')).toBe('00:00:00,000');
    expect(formatTimestamp(3_723_004.6, '.')).toBe('01:02:03.005');
    expect(formatTimestamp(59_999.7, ',')).toBe('00:01:00,000');
  });
});

describe('buildSrt', () => {
  it('numbers cues from 1 with comma milliseconds and a blank line between them', () => {
    expect(buildSrt(cues)).toBe(
      '1\n00:00:00,100 --> 00:00:01,255\nThe fox ran.\n\n2\n01:02:03,004 --> 01:02:05,000\nFish & chips ‹b›\nfor two.\n',
    );
  });
});

describe('buildVtt', () => {
  it('starts with WEBVTT, uses dot milliseconds and escapes markup characters', () => {
    expect(buildVtt(cues)).toBe(
      'WEBVTT\n\n1\n00:00:00.100 --> 00:00:01.255\nThe fox ran.\n\n2\n01:02:03.004 --> 01:02:05.000\nFish &amp; chips &lt;b&gt;\nfor two.\n',
    );
  });
});
