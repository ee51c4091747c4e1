import { BREAK_STRENGTH, type BreakKind, type StoryUnit, type WeakBreak } from './story-unit';

export interface CutResult {
  units: StoryUnit[];
  /** The weakest break a cut needed, or null when no unit was too long. */
  weakestCut: BreakKind | null;
}

const CUT_KINDS: BreakKind[] = ['line', 'inner', 'clause', 'word'];
const CLAUSE_END = /[,;:—–]\s+(?=\S)/gu;

/**
 * Cuts every unit longer than `maxWords` (a text without full stops, a poem without punctuation,
 * a run-on sentence) at its strongest remaining breaks — line ends first, then sentence ends
 * inside quotations, then commas, then any space — into pieces of about `pieceWords` words.
 */
export function cutLongUnits(text: string, units: StoryUnit[], weakBreaks: WeakBreak[], starts: number[], maxWords: number, pieceWords: number): CutResult {
  const wordsBetween = (from: number, to: number) => lowerBound(starts, to) - lowerBound(starts, from);
  const weakPositions = weakBreaks.map((weak) => weak.at);
  let weakestCut: BreakKind | null = null;
  const result: StoryUnit[] = [];
  for (const unit of units) {
    let pieces = [unit];
    for (const kind of CUT_KINDS) {
      if (pieces.every((piece) => piece.words <= maxWords)) break;
      pieces = pieces.flatMap((piece) => {
        if (piece.words <= maxWords) return [piece];
        const cuts = cutPoints(text, piece, kind, { weakBreaks, weakPositions, starts }, wordsBetween, pieceWords);
        if (cuts.length === 0) return [piece];
        if (weakestCut === null || BREAK_STRENGTH[kind] < BREAK_STRENGTH[weakestCut]) weakestCut = kind;
        const edges = [piece.start, ...cuts, piece.end];
        return edges.slice(0, -1).map((from, index) => ({
          ...piece,
          start: from,
          end: edges[index + 1],
          words: wordsBetween(from, edges[index + 1]),
          breakBefore: index === 0 ? piece.breakBefore : kind,
          cue: index === 0 ? piece.cue : false,
        }));
      });
    }
    result.push(...pieces);
  }
  return { units: result, weakestCut };
}

/** Chooses breaks of one kind inside a piece so that each part has at most about `pieceWords` words. */
interface Breaks {
  weakBreaks: WeakBreak[];
  weakPositions: number[];
  starts: number[];
}

function cutPoints(text: string, piece: StoryUnit, kind: BreakKind, breaks: Breaks, wordsBetween: (from: number, to: number) => number, pieceWords: number): number[] {
  const candidates = candidatesOfKind(text, piece, kind, breaks);
  const cuts: number[] = [];
  let from = piece.start;
  let lastFitting = -1;
  for (const candidate of candidates) {
    if (wordsBetween(from, candidate) <= pieceWords) {
      lastFitting = candidate;
      continue;
    }
    const cut = lastFitting > from ? lastFitting : candidate;
    cuts.push(cut);
    from = cut;
    lastFitting = candidate > from && wordsBetween(from, candidate) <= pieceWords ? candidate : -1;
  }
  // Leave no sliver at the end: a last part far below the size joins the one before.
  if (cuts.length > 0 && wordsBetween(cuts[cuts.length - 1], piece.end) < pieceWords / 3) cuts.pop();
  return cuts;
}

function candidatesOfKind(text: string, piece: StoryUnit, kind: BreakKind, { weakBreaks, weakPositions, starts }: Breaks): number[] {
  const inside = (at: number) => at > piece.start && at < piece.end;
  if (kind === 'word') return starts.slice(lowerBound(starts, piece.start + 1), lowerBound(starts, piece.end));
  if (kind === 'clause') {
    const slice = text.slice(piece.start, piece.end);
    return [...slice.matchAll(CLAUSE_END)].map((match) => piece.start + match.index + match[0].length).filter(inside);
  }
  const first = lowerBound(weakPositions, piece.start + 1);
  const found: number[] = [];
  for (let index = first; index < weakBreaks.length && weakBreaks[index].at < piece.end; index++) {
    if (weakBreaks[index].kind === kind) found.push(weakBreaks[index].at);
  }
  return found;
}

/** The first index whose value is at least `value` (values sorted ascending). */
export function lowerBound(values: number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
