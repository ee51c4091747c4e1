import type { SentenceTiming, WordTiming } from '../../model';
import type { VideoTimeline } from './video-timeline';

/** One subtitle: shown from `startMs` to `endMs` of the whole video; `lines` are shown stacked. */
export interface SubtitleCue {
  startMs: number;
  endMs: number;
  lines: string[];
}

/** Readability limits common to broadcast subtitles: two lines of 42 characters, at most 7 s. */
export const CUE_LIMITS = { lineCharacters: 42, lines: 2, durationMs: 7000 };

const CLAUSE_END = /[,;:—–]["”»’']?$/u;

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Splits a cue's text into at most two lines, breaking at the space nearest the middle. */
export function wrapCueText(text: string, lineCharacters = CUE_LIMITS.lineCharacters): string[] {
  if (text.length <= lineCharacters) return [text];
  const middle = text.length / 2;
  let best = -1;
  for (let position = text.indexOf(' '); position !== -1; position = text.indexOf(' ', position + 1)) {
    if (best === -1 || Math.abs(position - middle) < Math.abs(best - middle)) best = position;
  }
  return best === -1 ? [text] : [text.slice(0, best), text.slice(best + 1)];
}

/**
 * Cuts one sentence's words into groups that each fit a cue. The sentence is split into as many
 * even parts as its length or duration needs, so a long sentence never leaves a one-word tail.
 * Clause endings (comma, semicolon) are natural breaks: one from 60% of a part is taken early,
 * and a part that is full waits for one that follows within another third.
 */
function groupWords(words: WordTiming[], text: string): WordTiming[][] {
  const maxCharacters = CUE_LIMITS.lineCharacters * CUE_LIMITS.lines;
  const span = (first: WordTiming, last: WordTiming) => clean(text.slice(first.start, last.end)).length;
  const endsClause = (word: WordTiming) => CLAUSE_END.test(text.slice(word.start, word.end));
  const fits = (first: WordTiming, last: WordTiming) => span(first, last) <= maxCharacters && last.endMs - first.startMs <= CUE_LIMITS.durationMs;
  const total = span(words[0], words[words.length - 1]);
  const duration = words[words.length - 1].endMs - words[0].startMs;
  const parts = Math.max(Math.ceil(total / maxCharacters), Math.ceil(duration / CUE_LIMITS.durationMs), 1);
  const target = total / parts;
  const clauseSoon = (from: number, first: WordTiming) => {
    for (let next = from + 1; next < words.length && span(first, words[next]) <= target * 1.35 && fits(first, words[next]); next++) {
      if (endsClause(words[next])) return true;
    }
    return false;
  };
  const groups: WordTiming[][] = [];
  let group: WordTiming[] = [];
  words.forEach((word, index) => {
    if (group.length > 0 && !fits(group[0], word)) {
      groups.push(group);
      group = [];
    }
    group.push(word);
    const length = span(group[0], word);
    const full = length >= target && (endsClause(word) || !clauseSoon(index, group[0]));
    if (full || (length >= target * 0.6 && endsClause(word))) {
      groups.push(group);
      group = [];
    }
  });
  if (group.length > 0) groups.push(group);
  return groups;
}

function sentenceCues(text: string, sentence: SentenceTiming, words: WordTiming[]): SubtitleCue[] {
  const inside = words.filter((word) => word.start >= sentence.start && word.end <= sentence.end);
  if (inside.length === 0) {
    const only = clean(text.slice(sentence.start, sentence.end));
    return only ? [{ startMs: sentence.startMs, endMs: sentence.endMs, lines: wrapCueText(only) }] : [];
  }
  const groups = groupWords(inside, text);
  return groups.map((group, index) => ({
    startMs: index === 0 ? Math.min(sentence.startMs, group[0].startMs) : group[0].startMs,
    // Within a sentence a cue stays up until the next one starts, so the text does not flicker.
    endMs: index === groups.length - 1 ? Math.max(sentence.endMs, group[group.length - 1].endMs) : groups[index + 1][0].startMs,
    lines: wrapCueText(clean(text.slice(group[0].start, group[group.length - 1].end))),
  }));
}

/** A scene without sentence timings is read as one sentence running over all its words. */
function sentencesOf(scene: VideoTimeline['scenes'][number]): SentenceTiming[] {
  if (scene.sentences.length > 0) return scene.sentences;
  if (scene.words.length === 0) return [];
  const first = scene.words[0];
  const last = scene.words[scene.words.length - 1];
  return [{ start: first.start, end: last.end, startMs: first.startMs, endMs: last.endMs }];
}

/**
 * Subtitle cues for the whole video from each scene's sentence and word timings, moved to the
 * scene's start. Cues never overlap and never run past their scene, so a cue and its picture
 * always belong together.
 */
export function buildSubtitleCues(timeline: VideoTimeline): SubtitleCue[] {
  const cues: SubtitleCue[] = [];
  for (const scene of timeline.scenes) {
    const sceneEnd = scene.startMs + scene.durationMs;
    for (const sentence of sentencesOf(scene)) {
      for (const cue of sentenceCues(scene.text, sentence, scene.words)) {
        cues.push({ startMs: scene.startMs + cue.startMs, endMs: Math.min(scene.startMs + cue.endMs, sceneEnd), lines: cue.lines });
      }
    }
  }
  for (let index = 0; index + 1 < cues.length; index++) {
    cues[index].endMs = Math.min(cues[index].endMs, cues[index + 1].startMs);
  }
  return cues.filter((cue) => cue.endMs > cue.startMs);
}
