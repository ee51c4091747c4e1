/**
 * The pure half of recording in the browser: which format to ask MediaRecorder for, what to call
 * the file, how to show the time. The server knows a recording by its bytes, so the name is only
 * for people reading the book folder.
 */
const PREFERRED_TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4', 'audio/webm'];

/** The first type this browser records (Chrome and Firefox: WebM/Ogg Opus; Safari: MP4), or '' for its default. */
export function recordingType(isSupported: (type: string) => boolean): string {
  return PREFERRED_TYPES.find((type) => isSupported(type)) ?? '';
}

export function recordingFileName(mimeType: string): string {
  const type = mimeType.toLowerCase();
  if (type.includes('ogg')) return 'recording.ogg';
  if (type.includes('mp4') || type.includes('aac') || type.includes('m4a')) return 'recording.m4a';
  if (type.includes('mpeg') || type.includes('mp3')) return 'recording.mp3';
  if (type.includes('wav')) return 'recording.wav';
  return 'recording.webm';
}

/** 75 000 ms → "1:15". */
export function clockTime(milliseconds: number): string {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Whether the server can turn a recording into a story (it has a transcriber). */
export function canTranscribe(providers: { capability: string; provider: string }[]): boolean {
  return providers.some((choice) => choice.capability === 'transcriber' && choice.provider !== 'none');
}
