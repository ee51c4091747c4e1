/**
 * A small deterministic random source (mulberry32), so the same scene and seed always give the
 * same picture. Seeds come from hashing the parts that should change the picture: book seed,
 * scene index and a purpose label, so adding a new random choice does not reshuffle the others.
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  between(low: number, high: number): number;
  integer(low: number, highInclusive: number): number;
  pick<Item>(items: readonly Item[]): Item;
  chance(probability: number): boolean;
  shuffle<Item>(items: readonly Item[]): Item[];
}

export function hashParts(parts: readonly (string | number)[]): number {
  let hash = 2166136261;
  for (const character of parts.join('\u0000')) {
    hash ^= character.codePointAt(0)!;
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

export function createRandom(...parts: (string | number)[]): Random {
  let state = hashParts(parts);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    between: (low, high) => low + (high - low) * next(),
    integer: (low, highInclusive) => low + Math.floor(next() * (highInclusive - low + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
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
  return random;
}
