/**
 * The recording formats a story told by voice may arrive in, known by their first bytes rather
 * than by the name or type the browser claims (MediaRecorder in Chrome says "video/webm" for
 * sound only; Safari writes MP4 audio). Pure.
 */
export const RECORDING_TYPES = {
  wav: { mimeType: 'audio/wav', extension: 'wav', label: 'WAV' },
  mp3: { mimeType: 'audio/mpeg', extension: 'mp3', label: 'MP3' },
  m4a: { mimeType: 'audio/mp4', extension: 'm4a', label: 'M4A' },
  ogg: { mimeType: 'audio/ogg', extension: 'ogg', label: 'OGG' },
  webm: { mimeType: 'audio/webm', extension: 'webm', label: 'WebM' },
} as const;
export type RecordingKind = keyof typeof RECORDING_TYPES;

export const RECORDING_LABELS = Object.values(RECORDING_TYPES).map((type) => type.label).join(', ');

export function sniffRecording(bytes: Uint8Array): RecordingKind | null {
  const ascii = (from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));
  if (bytes.length < 12) return null;
  if (ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WAVE') return 'wav';
  if (ascii(0, 3) === 'ID3' || (bytes[0] === 0xff && (bytes[1] & 0xe0) === 0xe0 && (bytes[1] & 0x06) !== 0)) return 'mp3';
  if (ascii(4, 4) === 'ftyp') return 'm4a';
  if (ascii(0, 4) === 'OggS') return 'ogg';
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return 'webm';
  return null;
}

/** The file extension for a recording's MIME type (what the transcription service expects). */
export function extensionForAudio(mimeType: string): string {
  const type = mimeType.toLowerCase().split(';')[0].trim();
  const known: Record<string, string> = {
    'audio/wav': 'wav', 'audio/x-wav': 'wav', 'audio/wave': 'wav', 'audio/vnd.wave': 'wav',
    'audio/mpeg': 'mp3', 'audio/mp3': 'mp3',
    'audio/mp4': 'm4a', 'audio/m4a': 'm4a', 'audio/x-m4a': 'm4a', 'audio/aac': 'm4a', 'video/mp4': 'm4a',
    'audio/ogg': 'ogg', 'audio/opus': 'ogg', 'application/ogg': 'ogg',
    'audio/webm': 'webm', 'video/webm': 'webm',
  };
  return known[type] ?? 'bin';
}
