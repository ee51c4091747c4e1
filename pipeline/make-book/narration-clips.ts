import { decodeWav, encodeWav, type PcmAudio } from '../audio/wav';
import { BadInputError } from '../errors';

/**
 * The pure half of joining narration: turning each scene's narration into PCM in one common
 * format. WAV is read directly. This is the seam for cloud narrators that answer in MP3 or Ogg:
 * add their decoder in `decodeNarrationClip` and everything after it stays the same.
 */
export function decodeNarrationClip(bytes: Uint8Array, mimeType: string, label: string): PcmAudio {
  const type = mimeType.toLowerCase().split(';')[0].trim();
  if (type === 'audio/wav' || type === 'audio/x-wav' || type === 'audio/wave') {
    try {
      return decodeWav(bytes);
    } catch (error) {
      throw new BadInputError(`${label} is not a readable WAV file: ${(error as Error).message}`);
    }
  }
  throw new BadInputError(`${label} is ${mimeType}; only WAV narration can be joined so far`);
}

/** Converts a clip to the target rate and channel count (mono mixdown, linear resampling). */
export function conformPcm(audio: PcmAudio, target: { sampleRate: number; channels: number }): PcmAudio {
  if (audio.sampleRate === target.sampleRate && audio.channels === target.channels) return audio;
  const frames = audio.samples.length / audio.channels;
  const mono = new Float64Array(frames);
  for (let frame = 0; frame < frames; frame++) {
    let sum = 0;
    for (let channel = 0; channel < audio.channels; channel++) sum += audio.samples[frame * audio.channels + channel];
    mono[frame] = sum / audio.channels;
  }
  const outputFrames = Math.round((frames * target.sampleRate) / audio.sampleRate);
  const samples = new Int16Array(outputFrames * target.channels);
  const step = audio.sampleRate / target.sampleRate;
  for (let frame = 0; frame < outputFrames; frame++) {
    const position = frame * step;
    const before = Math.min(frames - 1, Math.floor(position));
    const after = Math.min(frames - 1, before + 1);
    const value = Math.round(mono[before] + (mono[after] - mono[before]) * (position - before));
    for (let channel = 0; channel < target.channels; channel++) samples[frame * target.channels + channel] = value;
  }
  return { sampleRate: target.sampleRate, channels: target.channels, samples };
}

/** A 44-byte PCM16 WAV header for `sampleCount` interleaved samples, written before the data. */
export function wavHeader(format: { sampleRate: number; channels: number }, sampleCount: number): Uint8Array {
  const header = encodeWav({ ...format, samples: new Int16Array(0) }).slice(0, 44);
  const view = new DataView(header.buffer);
  view.setUint32(4, 36 + sampleCount * 2, true);
  view.setUint32(40, sampleCount * 2, true);
  return header;
}

/** Little-endian bytes of a clip's samples, ready to append after a header. */
export function pcmBytes(audio: PcmAudio): Uint8Array {
  const bytes = new Uint8Array(audio.samples.length * 2);
  const view = new DataView(bytes.buffer);
  audio.samples.forEach((sample, index) => view.setInt16(index * 2, sample, true));
  return bytes;
}
