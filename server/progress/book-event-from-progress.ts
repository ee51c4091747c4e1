import type { ProgressEvent } from '../../pipeline/model/progress-event';
import type { OutputFormat } from '../../pipeline/model/book-options';
import type { UnnumberedBookEvent } from '../../web/shared/book-events';
import { bookFileUrl } from '../../web/shared/book-urls';

/** Turns what makeBook reports (files in the folder) into what a browser is sent (URLs). */
export function bookEventFromProgress(bookId: string, event: ProgressEvent): UnnumberedBookEvent {
  const base = { bookId, overall: clampPercent(event.overall) };
  const url = (file: string) => bookFileUrl(bookId, file);
  switch (event.type) {
    case 'book:started':
      return { ...base, type: 'book:started' };
    case 'story:written':
      return { ...base, type: 'story:written', title: event.title, textUrl: url(event.file) };
    case 'story:transcribed':
      return { ...base, type: 'story:transcribed', textUrl: url(event.file) };
    case 'book:planned':
      return {
        ...base,
        type: 'book:planned',
        title: event.title,
        scenes: event.scenes.map((scene) => ({ index: scene.index, text: scene.text, description: scene.description })),
      };
    case 'scene:illustrated':
      return { ...base, type: 'scene:illustrated', index: event.index, pictureUrl: url(event.file), width: event.width, height: event.height };
    case 'scene:narrated':
      return { ...base, type: 'scene:narrated', index: event.index, audioUrl: url(event.file), durationMs: event.durationMs };
    case 'narration:joined':
      return { ...base, type: 'narration:joined', audioUrl: url(event.file), durationMs: event.durationMs };
    case 'render:progress':
      return { ...base, type: 'render:progress', format: event.format, percent: clampPercent(event.percent) };
    case 'render:done':
      return { ...base, type: 'render:done', format: event.format, urls: event.files.map(url) };
    case 'book:ready': {
      const outputs: Partial<Record<OutputFormat, string[]>> = {};
      for (const [format, files] of Object.entries(event.outputs) as [OutputFormat, string[]][]) outputs[format] = files.map(url);
      return { ...base, type: 'book:ready', outputs };
    }
  }
}

function clampPercent(value: number): number {
  return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
}
