/**
 * Measures the embedded narrator: wall time for a 1,000-word text at each pool size, and the memory
 * each eSpeak worker adds. Run with `npx tsx pipeline/providers/embedded/narrator/measure-narrator.ts`.
 */
import { EmbeddedNarrator } from './embedded-narrator';

const PARAGRAPH =
  'Once upon a time, at the edge of a deep green forest, there lived a little fox called Fern. ' +
  'Every evening she sat on the hill behind her den and watched the moon rise over the river. ' +
  'One night the moon did not come. The sky stayed dark, and the owls whispered that it was lost. ' +
  'Fern packed a small basket with bread and honey, said goodbye to her grandmother, and set off. ' +
  'She walked past the sleeping sheep, across the old stone bridge, and up into the cold mountains.';

export function thousandWordText(): string {
  const words = PARAGRAPH.split(/\s+/).length;
  const paragraphs = Math.ceil(1000 / words);
  return Array.from({ length: paragraphs }, () => PARAGRAPH).join('\n\n');
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function measure(poolSize: number): Promise<void> {
  const text = thousandWordText();
  const before = process.memoryUsage().rss;
  const narrator = new EmbeddedNarrator({ poolSize });
  try {
    // The first call starts the workers and loads eSpeak in each; time that apart from the work.
    let started = performance.now();
    await Promise.all(Array.from({ length: poolSize }, () => narrator.narrate({ text: PARAGRAPH.repeat(2), language: 'en', rate: 1 })));
    const startupMs = performance.now() - started;
    const afterStartup = process.memoryUsage().rss;
    const runs: number[] = [];
    const cpu: number[] = [];
    let durationMs = 0;
    for (let run = 0; run < 3; run++) {
      started = performance.now();
      // Process-wide CPU time, all threads: the work itself, whatever else the machine is doing.
      const cpuBefore = process.cpuUsage();
      const narration = await narrator.narrate({ text, language: 'en', rate: 1 });
      runs.push(performance.now() - started);
      const used = process.cpuUsage(cpuBefore);
      cpu.push((used.user + used.system) / 1000);
      durationMs = narration.durationMs;
    }
    const words = text.split(/\s+/).length;
    console.log(
      `pool ${poolSize}: ${words} words → ${(durationMs / 1000).toFixed(1)} s of speech in ${runs.map((ms) => ms.toFixed(0)).join(' / ')} ms wall, ` +
        `${cpu.map((ms) => ms.toFixed(0)).join(' / ')} ms CPU ` +
        `(start-up ${startupMs.toFixed(0)} ms); rss +${megabytes(afterStartup - before)} MB for ${poolSize} worker(s), ` +
        `peak rss ${megabytes(process.resourceUsage().maxRSS * 1024)} MB`,
    );
  } finally {
    await narrator.close();
  }
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((size) => size > 0);
  for (const size of sizes.length > 0 ? sizes : [1, 2]) await measure(size);
}

if (require.main === module) void main();
