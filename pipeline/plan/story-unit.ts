/**
 * How strongly the text breaks before a unit, strongest first. Scenes end at paragraph and
 * sentence breaks; the weaker kinds are used only to cut a "sentence" far longer than a scene
 * (a text without full stops): a line end without punctuation, a sentence end inside a quotation
 * or before its attribution, a comma, and last of all any space between words. The full stop
 * after an abbreviation ("Mr.") is recorded only so it is not taken for a sentence's end.
 */
export type BreakKind = 'paragraph' | 'sentence' | 'line' | 'inner' | 'clause' | 'abbreviation' | 'word';

export const BREAK_STRENGTH: Record<BreakKind, number> = { paragraph: 6, sentence: 5, line: 4, inner: 3, clause: 2, abbreviation: 1, word: 0 };

/** A weak break inside a sentence unit, kept in case the unit must be cut. */
export interface WeakBreak {
  at: number;
  kind: BreakKind;
}

/**
 * A sentence, or the smallest stretch of text that must not be split: `[start, end)` in the story
 * body including trailing whitespace, so consecutive units cover the body exactly.
 */
export interface StoryUnit {
  start: number;
  end: number;
  words: number;
  /** The break before this unit; null for the first. */
  breakBefore: BreakKind | null;
  /** Starts with a scene-change cue ("The next morning", "Meanwhile") or follows a "* * *" line. */
  cue: boolean;
  /** Holds speech in quotation marks or dialogue dashes. */
  dialogue: boolean;
}
