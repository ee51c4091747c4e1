import path from 'node:path';
import { BookFolder } from '../../book-folder';
import { CancelledError } from '../../errors';
import { renderBook } from '../../make-book';
import { missingRendererWarning } from '../../make-book/render-step';
import { RenderOptionsSchema } from '../../model';
import type { Renderer } from '../../render/renderer';
import { defaultRenderers } from '../../render/renderers';
import { UsageError, type CliIo, type Command } from '../cli-io';
import { displayPath } from '../display-path';
import { interruptSignal } from '../interrupt-signal';
import { formatList, renderOptions } from '../make/make-arguments';
import { parseOptions } from '../parse-options';
import { progressDisplay } from '../progress-display';

const HELP = `storyloom render — render a made book folder again, without calling any provider

Usage:
  storyloom render <book-folder> [--formats web,pdf,mp4,epub] [options]

Options:
      --formats <list>      which formats (default: the ones the book was made with), or all
      --page-size <size>    PDF: square, a4-portrait, a4-landscape, letter-portrait, letter-landscape
      --print               PDF: add bleed and trim marks
      --video-mode <mode>   MP4: still or motion
      --aspect <ratio>      MP4: 16:9, 9:16, 1:1
      --json                print a JSON summary of the files written

Layout options given here are saved in the book, so later renders keep them.`;

const OPTIONS = {
  formats: { type: 'string' },
  json: { type: 'boolean' },
  'page-size': { type: 'string' },
  print: { type: 'boolean' },
  'video-mode': { type: 'string' },
  aspect: { type: 'string' },
} as const;

export function renderCommand(dependencies: { renderers?: () => Renderer[] } = {}): Command {
  return { name: 'render', summary: 'render a made book folder again (web, pdf, mp4, epub)', help: HELP, run: (argv, io) => runRender(argv, io, dependencies.renderers ?? defaultRenderers) };
}

async function runRender(argv: string[], io: CliIo, renderers: () => Renderer[]): Promise<number> {
  const { values, positionals } = parseOptions('render', argv, OPTIONS);
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'give the book folder to render' : `give one book folder, not ${positionals.length}`, 'render');
  const formats = formatList('render', values.formats);
  const layout = renderOptions('render', values);
  const folder = new BookFolder(path.resolve(io.cwd, positionals[0]));
  if (!(await folder.exists())) throw new UsageError(`${positionals[0]} is not a book folder: it has no book.json`, 'render');
  if (Object.keys(layout).length > 0) {
    await folder.update((manifest) => {
      manifest.request.options.render = RenderOptionsSchema.parse({ ...manifest.request.options.render, ...layout });
    });
  }
  const interrupt = interruptSignal();
  const display = progressDisplay(io.stderr);
  const started = Date.now();
  let manifest;
  try {
    manifest = await renderBook(folder, { formats, renderers: renderers(), onProgress: display.onProgress, signal: interrupt.signal });
  } catch (error) {
    if (CancelledError.isInstance(error)) {
      display.finish();
      io.stderr.write('storyloom render: cancelled\n');
      return 130;
    }
    throw error;
  } finally {
    display.finish();
    interrupt.dispose();
  }
  const rendered = formats ?? manifest.request.options.formats;
  const outputs = Object.fromEntries(rendered.filter((format) => manifest.outputs[format]).map((format) => [format, manifest.outputs[format]!.files.map((file) => path.join(folder.dir, file))]));
  const warnings = rendered.flatMap((format) => manifest.outputs[format]?.warnings ?? (manifest.warnings.includes(missingRendererWarning(format)) ? [missingRendererWarning(format)] : []));
  if (values.json) {
    io.stdout.write(JSON.stringify({ folder: folder.dir, manifest: folder.manifestPath, outputs, warnings, renderMs: Date.now() - started }, null, 2) + '\n');
  } else {
    for (const [format, files] of Object.entries(outputs)) io.stdout.write(`${format.padEnd(6)}  ${displayPath(io.cwd, files[0])}\n`);
    for (const warning of warnings) io.stdout.write(`warning: ${warning}\n`);
  }
  return 0;
}
