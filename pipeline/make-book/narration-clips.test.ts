import { decodeWav, encodeWav } from '../audio/wav';
import { conformPcm, decodeNarrationClip, pcmBytes, wavHeader } from './narration-clips';

describe('narration clips', () => {
  it('reads WAV narration and refuses other formats with the file named', () => {
    const wav = encodeWav({ sampleRate: 8000, channels: 1, samples: Int16Array.from([1, -2, 3]) });
    expect(Array.from(decodeNarrationClip(wav, 'audio/wav', 'scenes/01.wav').samples)).toEqual([1, -2, 3]);
    expect(() => decodeNarrationClip(new Uint8Array(10), 'audio/wav', 'scenes/02.wav')).toThrow('scenes/02.wav is not a readable WAV file');
    expect(() => decodeNarrationClip(new Uint8Array(10), 'audio/mpeg', 'scenes/03.mp3')).toThrow('scenes/03.mp3 is audio/mpeg; only WAV narration can be joined so far');
  });

  it('resamples and mixes down to the common format, keeping the duration', () => {
    const stereo = { sampleRate: 16000, channels: 2, samples: new Int16Array(16000 * 2).fill(1000) };
    const converted = conformPcm(stereo, { sampleRate: 22050, channels: 1 });
    expect(converted.samples.length).toBe(22050);
    expect(converted.samples[100]).toBe(1000);
    const same = { sampleRate: 22050, channels: 1, samples: new Int16Array(5) };
    expect(conformPcm(same, { sampleRate: 22050, channels: 1 })).toBe(same);
  });

  it('writes a header and sample bytes that read back as the same audio', () => {
    const samples = Int16Array.from([0, 32767, -32768, 5]);
    const header = wavHeader({ sampleRate: 22050, channels: 1 }, samples.length);
    const file = new Uint8Array([...header, ...pcmBytes({ sampleRate: 22050, channels: 1, samples })]);
    const decoded = decodeWav(file);
    expect(decoded.sampleRate).toBe(22050);
    expect(Array.from(decoded.samples)).toEqual([0, 32767, -32768, 5]);
  });
});
