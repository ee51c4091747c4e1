/**
 * Where a scene's files go: scenes/01.png, scenes/01.wav … (three digits once a book has more
 * than 99 scenes, so the files still sort in reading order).
 */
const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/ogg': 'ogg',
  'audio/aac': 'aac',
};

export function extensionFor(mimeType: string): string {
  const extension = EXTENSIONS[mimeType.toLowerCase().split(';')[0].trim()];
  if (!extension) throw new Error(`no file extension is known for ${mimeType}`);
  return extension;
}

/** 1-based, zero-padded to 2 digits, or 3 when the book has more than 99 scenes. */
export function sceneNumber(index: number, sceneCount: number): string {
  return String(index + 1).padStart(sceneCount > 99 ? 3 : 2, '0');
}

export function sceneFile(index: number, sceneCount: number, mimeType: string): string {
  return `scenes/${sceneNumber(index, sceneCount)}.${extensionFor(mimeType)}`;
}
