import type { EspeakFileSystem } from 'espeak-ng';

/**
 * Removes the voice files a narrator will never ask for from eSpeak's in-memory file system.
 * eSpeak lists every voice file (about 230, each opened and parsed) on every run to resolve a
 * voice name; with only the needed ones left, a sentence costs about half as much CPU. The files
 * live in JavaScript's file table, not in the memory snapshot, so removing them once is enough.
 */
export const ESPEAK_DATA = '/usr/local/share/espeak-ng-data';

/** The languages and variants in `-v` arguments: "de+f3" → language "de", variant "f3". */
export function voiceParts(voices: readonly string[]): { languages: Set<string>; variants: Set<string> } {
  const languages = new Set<string>();
  const variants = new Set<string>();
  for (const voice of voices) {
    const [language, variant] = voice.toLowerCase().split('+');
    languages.add(language);
    if (variant) variants.add(variant);
  }
  return { languages, variants };
}

/** Whether a language file declares one of the wanted languages (its "language xx" lines). */
export function declaresLanguage(voiceFile: string, languages: Set<string>): boolean {
  return [...voiceFile.matchAll(/^\s*language\s+(\S+)/gm)].some((match) => languages.has(match[1].toLowerCase()));
}

function filesUnder(fileSystem: EspeakFileSystem, directory: string): string[] {
  return fileSystem.readdir(directory).flatMap((name) => {
    if (name === '.' || name === '..') return [];
    const path = `${directory}/${name}`;
    return fileSystem.isDir(fileSystem.stat(path).mode) ? filesUnder(fileSystem, path) : [path];
  });
}

export function pruneVoices(files: EspeakFileSystem, voices: readonly string[]): void {
  const { languages, variants } = voiceParts(voices);
  for (const path of filesUnder(files, `${ESPEAK_DATA}/lang`)) {
    if (!declaresLanguage(files.readFile(path, { encoding: 'utf8' }), languages)) files.unlink(path);
  }
  // voices/ holds the variants (voices/!v) and MBROLA voices (voices/mb), which this build cannot play.
  for (const path of filesUnder(files, `${ESPEAK_DATA}/voices`)) {
    const inVariants = path.startsWith(`${ESPEAK_DATA}/voices/!v/`);
    if (!inVariants || !variants.has(path.slice(path.lastIndexOf('/') + 1).toLowerCase())) files.unlink(path);
  }
}
