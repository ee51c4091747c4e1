import { encodeWav } from '../audio/wav';
import { extensionForAudio, sniffRecording } from './audio-types';
import { toPngArguments, toWavArguments } from './convert-arguments';

describe('conversion arguments', () => {
  it('asks ffmpeg for 16-bit PCM WAV at the given format, audio only', () => {
    expect(toWavArguments('/in.webm', '/out.wav', { sampleRate: 16000, channels: 1 })).toEqual(['-y', '-i', '/in.webm', '-vn', '-map', '0:a:0', '-ac', '1', '-ar', '16000', '-c:a', 'pcm_s16le', '-f', 'wav', '/out.wav']);
  });

  it('asks for one PNG frame', () => {
    expect(toPngArguments('/in.jpg', '/out.png')).toEqual(['-y', '-i', '/in.jpg', '-frames:v', '1', '-f', 'image2', '-c:v', 'png', '/out.png']);
  });
});

describe('recording types', () => {
  const bytes = (...values: Array<number | string>) => new Uint8Array(values.flatMap((value) => (typeof value === 'string' ? [...value].map((char) => char.charCodeAt(0)) : [value])).concat(new Array(16).fill(0)));

  it('knows each accepted format by its first bytes', () => {
    expect(sniffRecording(encodeWav({ sampleRate: 8000, channels: 1, samples: new Int16Array(10) }))).toBe('wav');
    expect(sniffRecording(bytes('ID3', 4, 0))).toBe('mp3');
    expect(sniffRecording(bytes(0xff, 0xfb, 0x90, 0x64))).toBe('mp3');
    expect(sniffRecording(bytes(0, 0, 0, 0x20, 'ftypM4A '))).toBe('m4a');
    expect(sniffRecording(bytes('OggS', 0))).toBe('ogg');
    expect(sniffRecording(bytes(0x1a, 0x45, 0xdf, 0xa3))).toBe('webm');
  });

  it('refuses anything else, such as a PNG or text', () => {
    expect(sniffRecording(bytes(0x89, 'PNG\r\n'))).toBeNull();
    expect(sniffRecording(bytes('Once upon a time'))).toBeNull();
    expect(sniffRecording(new Uint8Array(4))).toBeNull();
  });

  it('names the extension a transcription service expects', () => {
    expect(extensionForAudio('audio/webm;codecs=opus')).toBe('webm');
    expect(extensionForAudio('audio/x-m4a')).toBe('m4a');
    expect(extensionForAudio('audio/wav')).toBe('wav');
  });
});
