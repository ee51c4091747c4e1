import { UsageError } from '../cli-io';
import { checkLanguageAndVoice } from './check-voice';
import { formatList, readMakeArguments } from './make-arguments';

function usage(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('storyloom make arguments', () => {
  it('reads a story file with every option', () => {
    const parsed = readMakeArguments(['story.txt', '--out', 'out', '--language', 'de', '--voice', 'de-male', '--style', 'flat', '--size', 'landscape', '--scenes', '8', '--seed', '42', '--formats', 'web,pdf', '--page-size', 'a4-portrait', '--print', '--video-mode', 'motion', '--aspect', '9:16', '--json']);
    expect(parsed).toEqual({
      story: { kind: 'file', path: 'story.txt' },
      out: 'out',
      json: true,
      options: { language: 'de', voice: 'de-male', style: 'flat', size: 'landscape', targetScenes: 8, seed: 42, formats: ['web', 'pdf'], render: { pageSize: 'a4-portrait', print: true, videoMode: 'motion', aspect: '9:16' } },
    });
  });

  it('reads a prompt with a length, leaving unset options to the defaults', () => {
    expect(readMakeArguments(['--prompt', 'a shy dragon', '--length', 'short', '-o', 'books'])).toEqual({
      story: { kind: 'prompt', prompt: 'a shy dragon', length: 'short' },
      out: 'books',
      json: false,
      options: { language: 'en', render: {} },
    });
  });

  it('names what is wrong and lists the valid choices', () => {
    expect(usage(() => readMakeArguments(['s.txt', '--out', 'o', '--style', 'cubist']))).toBe('--style must be one of: picture-book, flat, watercolour, silhouette (not "cubist")');
    expect(usage(() => readMakeArguments(['s.txt', '--out', 'o', '--formats', 'web,gif']))).toBe('--formats must be one of: web, pdf, mp4, epub (not "gif")');
    expect(usage(() => readMakeArguments(['s.txt', '--out', 'o', '--size', 'huge']))).toBe('--size must be one of: square, landscape, portrait (not "huge")');
    expect(usage(() => readMakeArguments(['s.txt', '--out', 'o', '--scenes', '0']))).toBe('--scenes must be a whole number from 1 to 60, not "0"');
    expect(usage(() => readMakeArguments(['s.txt', '--out', 'o', '--language', 'not a tag!']))).toContain('--language "not a tag!" is not a language tag');
    expect(usage(() => readMakeArguments(['s.txt']))).toBe('say where to put the book with --out <folder>');
    expect(usage(() => readMakeArguments(['--out', 'o']))).toBe('give a story file, - to read standard input, or --prompt "…"');
    expect(usage(() => readMakeArguments(['s.txt', '--prompt', 'x', '--out', 'o']))).toBe('give either a story file or --prompt, not both');
    expect(usage(() => readMakeArguments(['s.txt', '--length', 'long', '--out', 'o']))).toBe('--length only applies with --prompt');
    expect(usage(() => readMakeArguments(['s.txt', '--out', 'o', '--colour', 'red']))).toContain("Unknown option '--colour'");
  });

  it('accepts "all" formats', () => {
    expect(formatList('make', 'all')).toEqual(['web', 'pdf', 'mp4', 'epub']);
  });
});

describe('checking language and voice against the narrator', () => {
  const voices = [
    { id: 'en-US-female', name: 'English (US), female', language: 'en-US', styles: [] },
    { id: 'en-GB-male', name: 'English (UK), male', language: 'en-GB', styles: [] },
    { id: 'de-female', name: 'German, female', language: 'de', styles: [] },
  ];

  it('accepts a language by its primary subtag and a known voice', () => {
    expect(() => checkLanguageAndVoice('make', 'en', 'de-female', voices)).not.toThrow();
    expect(() => checkLanguageAndVoice('make', 'de-AT', undefined, voices)).not.toThrow();
  });

  it('lists the languages or the voices for the language when one is unknown', () => {
    expect(usage(() => checkLanguageAndVoice('make', 'ja', undefined, voices))).toBe('the narrator cannot speak "ja"; languages: en-US, en-GB, de');
    expect(usage(() => checkLanguageAndVoice('make', 'en', 'robot', voices))).toBe('there is no voice "robot"; voices for en: en-US-female, en-GB-male');
  });
});
