import type { BreakKind, StoryUnit } from './story-unit';

/** A scene as a run of units: [first, last). */
export interface UnitGroup {
  first: number;
  last: number;
}

/** What ending a scene before a unit costs, by the break there: paragraphs are where scenes end. */
const BREAK_COST: Record<BreakKind, number> = { paragraph: 0, sentence: 0.35, line: 1.2, inner: 2, clause: 2.5, abbreviation: 4, word: 4 };
const CUE_BONUS = 0.3;
const DIALOGUE_COST = 0.25;
const WINDOW = 2.2;

/**
 * Groups units into exactly `sceneCount` scenes (or one per unit when there are fewer units).
 * Walks forward once: each scene aims at the words left divided by the scenes left, and ends at
 * the break that best balances that size against the break's cost, so scenes end at paragraphs
 * and scene-change cues and keep a conversation together when they can. Linear in the units.
 */
export function groupScenes(units: StoryUnit[], sceneCount: number): UnitGroup[] {
  const count = Math.max(1, Math.min(sceneCount, units.length));
  const prefix = [0];
  for (const unit of units) prefix.push(prefix[prefix.length - 1] + unit.words);
  const groups: UnitGroup[] = [];
  let first = 0;
  for (let remaining = count; remaining > 1; remaining--) {
    const target = Math.max(1, (prefix[units.length] - prefix[first]) / remaining);
    const lastAllowed = units.length - (remaining - 1);
    let best = first + 1;
    let bestCost = Infinity;
    for (let end = first + 1; end <= lastAllowed; end++) {
      const words = prefix[end] - prefix[first];
      const cost = ((words - target) / target) ** 2 + breakCost(units, end);
      if (cost < bestCost) (best = end), (bestCost = cost);
      if (words > WINDOW * target) break;
    }
    groups.push({ first, last: best });
    first = best;
  }
  groups.push({ first, last: units.length });
  return groups;
}

function breakCost(units: StoryUnit[], at: number): number {
  const unit = units[at];
  let cost = BREAK_COST[unit.breakBefore ?? 'paragraph'];
  if (unit.cue && (unit.breakBefore === 'paragraph' || unit.breakBefore === 'sentence')) cost -= CUE_BONUS;
  if (unit.dialogue && units[at - 1].dialogue) cost += DIALOGUE_COST;
  return cost;
}
