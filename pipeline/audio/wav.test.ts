import { decodeWav, durationMs, encodeWav, joinPcm, silence } from './wav';

function tone(sampleRate: number, milliseconds: number): Int16Array {
  const samples = new Int16Array(Math.round((sampleRate * milliseconds) / 1000));
  for (let index = 0; index < samples.length; index++) samples[index] = Math.round(8000 * Math.sin((2 * Math.PI * 440 * index) / sampleRate));
  return samples;
}

describe('wav', () => {
  it('round-trips PCM16 through a WAV file', () => {
    const audio = { sampleRate: 22050, channels: 1, samples: tone(22050, 250) };
    const bytes = encodeWav(audio);
    expect(Buffer.from(bytes.subarray(0, 4)).toString()).toBe('RIFF');
    const decoded = decodeWav(bytes);
    expect(decoded.sampleRate).toBe(22050);
    expect(Array.from(decoded.samples)).toEqual(Array.from(audio.samples));
    expect(durationMs(decoded)).toBeCloseTo(250, 0);
  });

  it('skips chunks before the data and refuses what is not PCM16 WAV', () => {
    const plain = encodeWav({ sampleRate: 8000, channels: 1, samples: new Int16Array([1, 2, 3]) });
    const list = Buffer.concat([Buffer.from('LIST'), Buffer.from([4, 0, 0, 0]), Buffer.from('INFO')]);
    const withList = Buffer.concat([plain.subarray(0, 36), list, plain.subarray(36)]);
    expect(Array.from(decodeWav(withList).samples)).toEqual([1, 2, 3]);
    expect(() => decodeWav(Buffer.from('ID3 not a wav at all'))).toThrow('not a WAV file');
  });

  it('joins clips and reports offsets that add up to the joined length', () => {
    const clips = [250, 400, 125].map((ms) => ({ sampleRate: 24000, channels: 1, samples: tone(24000, ms) }));
    clips.splice(1, 0, { sampleRate: 24000, channels: 1, samples: silence(24000, 1, 300) });
    const { audio, offsetsMs } = joinPcm(clips);
    expect(offsetsMs).toEqual([0, 250, 550, 950]);
    expect(durationMs(audio)).toBeCloseTo(1075, 5);
    expect(() => joinPcm([clips[0], { sampleRate: 16000, channels: 1, samples: new Int16Array(1) }])).toThrow('cannot join');
  });
});
