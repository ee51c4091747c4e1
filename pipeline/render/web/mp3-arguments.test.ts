import { chooseMp3Encoder, mp3Arguments, mp3BatchArguments } from './mp3-arguments';

describe('mp3 arguments', () => {
  it('prefers LAME, falls back on shine, and says when there is neither', () => {
    expect(chooseMp3Encoder(new Set(['aac', 'libshine', 'libmp3lame']))).toBe('libmp3lame');
    expect(chooseMp3Encoder(new Set(['aac', 'libshine']))).toBe('libshine');
    expect(chooseMp3Encoder(new Set(['aac']))).toBeNull();
  });

  it('reads the input, writes mono 44.1 kHz MP3 to the output and nothing else', () => {
    const args = mp3Arguments('/in/01.wav', '/out/01.mp3', 'libmp3lame');
    expect(args.slice(0, 3)).toEqual(['-y', '-i', '/in/01.wav']);
    expect(args[args.length - 1]).toBe('/out/01.mp3');
    expect(args.join(' ')).toContain('-ac 1 -ar 44100 -codec:a libmp3lame -b:a 64k -f mp3');
  });

  it('encodes several narrations in one run, input n to output n, with the same settings', () => {
    const args = mp3BatchArguments([{ input: '/in/01.wav', output: '/out/01.mp3' }, { input: '/in/02.wav', output: '/out/02.mp3' }], 'libmp3lame');
    expect(args.slice(0, 5)).toEqual(['-y', '-i', '/in/01.wav', '-i', '/in/02.wav']);
    const single = mp3Arguments('/in/01.wav', '/out/01.mp3', 'libmp3lame').slice(3, -1).join(' ');
    expect(args.slice(5).join(' ')).toBe(`-map 0:a:0 ${single} /out/01.mp3 -map 1:a:0 ${single} /out/02.mp3`);
  });
});
