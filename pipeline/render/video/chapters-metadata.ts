import type { VideoTimeline } from './video-timeline';

const TITLE_WORDS = 6;
const TITLE_CHARACTERS = 48;

/** ffmetadata treats = ; # \ and line breaks as syntax; each is escaped with a backslash. */
export function escapeMetadata(value: string): string {
  return value.replace(/[=;#\\\n]/g, (character) => `\\${character}`);
}

/** A chapter title from a scene's first words: "Once upon a time, a little…". */
export function chapterTitle(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  let title = '';
  let used = 0;
  for (const word of words.slice(0, TITLE_WORDS)) {
    const next = title ? `${title} ${word}` : word;
    if (next.length > TITLE_CHARACTERS && title) break;
    title = next.slice(0, TITLE_CHARACTERS);
    used++;
  }
  if (used < words.length) title = `${title.replace(/[\s,;:.!?—–-]+$/u, '')}…`;
  return title;
}

/**
 * The ffmetadata file that gives the MP4 its title and one chapter per scene, from the scene's
 * start to the next scene's start, in milliseconds.
 */
export function buildChaptersMetadata(timeline: VideoTimeline): string {
  const lines = [';FFMETADATA1', `title=${escapeMetadata(timeline.title)}`, ''];
  for (const scene of timeline.scenes) {
    lines.push(
      '[CHAPTER]',
      'TIMEBASE=1/1000',
      `START=${Math.round(scene.startMs)}`,
      `END=${Math.round(scene.startMs + scene.durationMs)}`,
      `title=${escapeMetadata(chapterTitle(scene.text) || `Scene ${scene.index + 1}`)}`,
      '',
    );
  }
  return lines.join('\n');
}
