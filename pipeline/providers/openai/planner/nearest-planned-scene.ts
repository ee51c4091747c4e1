/**
 * When the model's scene texts cannot be trusted as spans, the story is split offline and each
 * offline scene borrows the description of the model scene at the same place in the story. The
 * place is measured as a share of the story's length, which survives the model's small rewrites.
 * Returns, for each offline scene, the index of the model scene to borrow from.
 */
export function nearestPlannedScenes(plannedTexts: string[], offlineScenes: Array<{ start: number; end: number }>, storyLength: number): number[] {
  const lengths = plannedTexts.map((text) => Math.max(1, text.replace(/\s+/g, '').length));
  const total = lengths.reduce((sum, length) => sum + length, 0);
  const ends: number[] = [];
  let running = 0;
  for (const length of lengths) ends.push((running += length) / total);
  return offlineScenes.map((scene) => {
    const middle = (scene.start + scene.end) / 2 / Math.max(1, storyLength);
    const found = ends.findIndex((end) => middle < end);
    return found === -1 ? plannedTexts.length - 1 : found;
  });
}
