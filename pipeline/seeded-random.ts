/**
 * Deterministic randomness for everything that must repeat itself: the same story and seed give
 * the same plan looks, the same story from the writer and the same pictures. One generator
 * (mulberry32) seeded by one hash (FNV-1a), shared by the planner, writer and illustrator.
 */

/** FNV-1a: a stable 32-bit hash of a string, the same on every machine and run. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A hash of several parts; joined with NUL so ("ab", "c") and ("a", "bc") differ. */
export function hashParts(parts: readonly (string | number)[]): number {
  return hashString(parts.join('\u0000'));
}

/** mulberry32: a small deterministic generator of numbers in [0, 1) from a 32-bit seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one of `choices` with the generator. */
export function pick<T>(random: () => number, choices: readonly T[]): T {
  return choices[Math.floor(random() * choices.length)];
}

export interface Random {
  /** A number in [0, 1). */
  next(): number;
  between(low: number, high: number): number;
  integer(low: number, highInclusive: number): number;
  pick<Item>(items: readonly Item[]): Item;
  chance(probability: number): boolean;
  shuffle<Item>(items: readonly Item[]): Item[];
}

/**
 * A random source seeded from the parts that should change its choices (book seed, scene index,
 * a purpose label), so adding a new random choice does not reshuffle the others.
 */
export function createRandom(...parts: (string | number)[]): Random {
  const next = seededRandom(hashParts(parts));
  return {
    next,
    between: (low, high) => low + (high - low) * next(),
    integer: (low, highInclusive) => low + Math.floor(next() * (highInclusive - low + 1)),
    pick: (items) => pick(next, items),
    chance: (probability) => next() < probability,
    shuffle: (items) => {
      const copy = [...items];
      for (let index = copy.length - 1; index > 0; index--) {
        const other = Math.floor(next() * (index + 1));
        [copy[index], copy[other]] = [copy[other], copy[index]];
      }
      return copy;
    },
  };
}
