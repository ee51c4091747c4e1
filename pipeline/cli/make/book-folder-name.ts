import { promises as fs } from 'node:fs';
import path from 'node:path';

/** "The Shy Dragon Who Learned to Swim!" → "the-shy-dragon-who-learned-to-swim"; "Über Nacht" → "uber-nacht". */
export function bookSlug(title: string | null | undefined, fallback = 'book'): string {
  const slug = (title ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/**
 * Moves a finished (or stopped) working folder to `<out>/<slug>`, or `<slug>-2`, `-3`… when that
 * name is taken, and returns where it went.
 */
export async function moveToUniqueFolder(workingDir: string, outDir: string, slug: string): Promise<string> {
  for (let suffix = 1; suffix < 1000; suffix++) {
    const target = path.join(outDir, suffix === 1 ? slug : `${slug}-${suffix}`);
    const taken = await fs.access(target).then(() => true, () => false);
    if (taken) continue;
    try {
      await fs.rename(workingDir, target);
      return target;
    } catch (error) {
      // Someone took the name between the check and the move: try the next one.
      if (!['EEXIST', 'ENOTEMPTY'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    }
  }
  throw new Error(`could not find a free folder name for ${slug} in ${outDir}`);
}
