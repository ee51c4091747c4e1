import { BadInputError } from '../errors';
import { normalizeStory } from './normalize-story';

const LIMIT = 200_000;

describe('normalizeStory', () => {
  it('composes to NFC, turns CRLF and CR into LF, tabs into spaces and trims', () => {
    expect(normalizeStory('  Cafe\u0301\r\nline two\rline three\tend \n', LIMIT)).toBe('Café\nline two\nline three end');
  });

  it('removes stray control characters but keeps newlines', () => {
    expect(normalizeStory('\ufeffOnce\u0007 upon\u001b a\u000c time\n\u0085there', LIMIT)).toBe('Once upon a time\n\nthere');
  });

  it('refuses an empty or whitespace-only story', () => {
    expect(() => normalizeStory('', LIMIT)).toThrow('the story is empty');
    expect(() => normalizeStory(' \r\n\t \u0007', LIMIT)).toThrow('the story is empty');
  });

  it('names where the first NUL byte is', () => {
    const text = 'a'.repeat(1_233) + '\u0000rest';
    expect(() => normalizeStory(text, LIMIT)).toThrow('the story contains NUL bytes at character 1,234');
    expect(() => normalizeStory(text, LIMIT)).toThrow(BadInputError);
  });

  it('names the length and the limit when the story is too long', () => {
    expect(() => normalizeStory('x'.repeat(250_113), LIMIT)).toThrow('the story is 250,113 characters long; the limit is 200,000');
    expect(normalizeStory('x'.repeat(LIMIT), LIMIT)).toHaveLength(LIMIT);
  });
});
