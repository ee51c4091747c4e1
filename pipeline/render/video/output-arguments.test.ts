import { trackLanguage } from './language-code';
import { sideInputArguments, sideOutputArguments } from './output-arguments';

describe('trackLanguage', () => {
  it('turns BCP 47 tags into the three-letter codes MP4 tracks carry', () => {
    expect(trackLanguage('en')).toBe('eng');
    expect(trackLanguage('de-AT')).toBe('ger');
    expect(trackLanguage('el')).toBe('gre');
    expect(trackLanguage('xx')).toBe('und');
  });
});

describe('side streams', () => {
  it('lists narration, subtitles and chapters as inputs in that order', () => {
    expect(sideInputArguments({ narration: '/b/narration.wav', subtitles: '/b/s.srt', chapters: '/b/c.txt' })).toEqual([
      '-i', '/b/narration.wav', '-f', 'srt', '-i', '/b/s.srt', '-f', 'ffmetadata', '-i', '/b/c.txt',
    ]);
  });

  it('maps AAC narration, a mov_text track, chapters and faststart', () => {
    const args = sideOutputArguments({ narration: 3, subtitles: 4, chapters: 5 }, 'de');
    const joined = args.join(' ');
    expect(joined).toContain('-map 3:a:0 -c:a aac');
    expect(joined).toContain('-map 4:s:0 -c:s mov_text -metadata:s:s:0 language=ger');
    expect(joined).toContain('-map_metadata 5 -map_chapters 5');
    expect(joined).toContain('-movflags +faststart');
  });

  it('leaves the subtitle track out when there are no subtitles', () => {
    const args = sideOutputArguments({ narration: 1, chapters: 2 }, 'en');
    expect(args).not.toContain('mov_text');
    expect(args.join(' ')).toContain('-map_chapters 2');
  });
});
