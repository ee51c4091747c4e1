/**
 * Measures the embedded illustrator as a book uses it: a book's worth of pages through the worker
 * pool, with the process's peak memory (worker threads included) sampled while it runs.
 *   npx tsx pipeline/providers/embedded/illustrator/measure-illustrator.ts [pages] [style] [poolSize]
 */
import { ART_STYLES, type ArtStyle } from '../../../model';
import { EmbeddedIllustrator } from './embedded-illustrator';
import { GALLERY_BIBLE, GALLERY_DESCRIPTIONS, galleryScene } from './gallery-scenes';

async function main(): Promise<void> {
  const pages = Number(process.argv[2] ?? 24);
  const style = (process.argv[3] ?? 'picture-book') as ArtStyle;
  if (!ART_STYLES.includes(style)) throw new Error(`style must be one of ${ART_STYLES.join(', ')}`);
  const illustrator = new EmbeddedIllustrator(process.argv[4] ? { poolSize: Number(process.argv[4]) } : {});
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const times = await Promise.all(
    Array.from({ length: pages }, async (_, index) => {
      const { description } = GALLERY_DESCRIPTIONS[index % GALLERY_DESCRIPTIONS.length];
      const begun = performance.now();
      await illustrator.illustrate({ scene: galleryScene(index, description), bible: GALLERY_BIBLE, style, size: 'square', seed: 1 });
      return performance.now() - begun;
    }),
  );
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  clearInterval(sampler);
  await illustrator.close();
  const megabytes = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
  process.stdout.write(
    `${pages} ${style} pages in ${Math.round(elapsed)} ms (${Math.round(elapsed / pages)} ms a page through the pool), ` +
      `CPU ${Math.round((cpu.user + cpu.system) / 1000 / pages)} ms a page (all threads), peak RSS ${megabytes(peak)}, slowest wait ${Math.round(Math.max(...times))} ms\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
