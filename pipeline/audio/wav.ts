/**
 * 16-bit PCM WAV files: the embedded narrator's output and the unit narration is joined in.
 * Pure functions on bytes; no I/O.
 */
export interface PcmAudio {
  sampleRate: number;
  channels: number;
  /** Interleaved 16-bit samples. */
  samples: Int16Array;
}

export function encodeWav(audio: PcmAudio): Uint8Array {
  const dataBytes = audio.samples.length * 2;
  const buffer = new ArrayBuffer(44 + dataBytes);
  const view = new DataView(buffer);
  const writeAscii = (offset: number, text: string) => {
    for (let index = 0; index < text.length; index++) view.setUint8(offset + index, text.charCodeAt(index));
  };
  writeAscii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  writeAscii(8, 'WAVE');
  writeAscii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, audio.channels, true);
  view.setUint32(24, audio.sampleRate, true);
  view.setUint32(28, audio.sampleRate * audio.channels * 2, true);
  view.setUint16(32, audio.channels * 2, true);
  view.setUint16(34, 16, true);
  writeAscii(36, 'data');
  view.setUint32(40, dataBytes, true);
  new Int16Array(buffer, 44, audio.samples.length).set(audio.samples);
  return new Uint8Array(buffer);
}

/** Reads a PCM16 WAV, walking its chunks (other encoders put LIST chunks before "data"). */
export function decodeWav(bytes: Uint8Array): PcmAudio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.byteLength < 12 || ascii(0) !== 'RIFF' || ascii(8) !== 'WAVE') throw new Error('not a WAV file');
  let offset = 12;
  let format: { channels: number; sampleRate: number; bits: number; encoding: number } | null = null;
  while (offset + 8 <= bytes.byteLength) {
    const id = ascii(offset);
    let size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      format = { encoding: view.getUint16(body, true), channels: view.getUint16(body + 2, true), sampleRate: view.getUint32(body + 4, true), bits: view.getUint16(body + 14, true) };
    } else if (id === 'data') {
      if (!format) throw new Error('WAV data before its format');
      if (format.encoding !== 1 || format.bits !== 16) throw new Error(`only 16-bit PCM WAV is supported (got encoding ${format.encoding}, ${format.bits} bits)`);
      // Streaming encoders write 0 or 0xFFFFFFFF as the size: take what is there.
      if (size === 0 || body + size > bytes.byteLength) size = bytes.byteLength - body;
      const count = Math.floor(size / 2);
      const samples = new Int16Array(count);
      for (let index = 0; index < count; index++) samples[index] = view.getInt16(body + index * 2, true);
      return { sampleRate: format.sampleRate, channels: format.channels, samples };
    }
    offset = body + size + (size % 2);
  }
  throw new Error('WAV file has no data chunk');
}

export function durationMs(audio: PcmAudio): number {
  return (audio.samples.length / audio.channels / audio.sampleRate) * 1000;
}

/** Silence of a given length in the audio's format. */
export function silence(sampleRate: number, channels: number, milliseconds: number): Int16Array {
  return new Int16Array(Math.round((sampleRate * milliseconds) / 1000) * channels);
}

/**
 * Joins clips of the same format end to end, returning where each one starts. Offsets are
 * computed from sample counts, so they add up exactly to the joined length.
 */
export function joinPcm(clips: PcmAudio[]): { audio: PcmAudio; offsetsMs: number[] } {
  if (clips.length === 0) throw new Error('nothing to join');
  const { sampleRate, channels } = clips[0];
  for (const clip of clips) {
    if (clip.sampleRate !== sampleRate || clip.channels !== channels) throw new Error(`cannot join ${clip.sampleRate} Hz × ${clip.channels} with ${sampleRate} Hz × ${channels} audio`);
  }
  const total = clips.reduce((sum, clip) => sum + clip.samples.length, 0);
  const samples = new Int16Array(total);
  const offsetsMs: number[] = [];
  let position = 0;
  for (const clip of clips) {
    offsetsMs.push((position / channels / sampleRate) * 1000);
    samples.set(clip.samples, position);
    position += clip.samples.length;
  }
  return { audio: { sampleRate, channels, samples }, offsetsMs };
}
