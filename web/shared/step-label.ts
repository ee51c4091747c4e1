import type { BookEvent, UnnumberedBookEvent } from './book-events';

const FORMAT_NAMES: Record<string, string> = { web: 'web book', pdf: 'PDF', mp4: 'video', epub: 'EPUB' };

export function formatName(format: string): string {
  return FORMAT_NAMES[format] ?? format;
}

/** The words under the progress bar: what the book is doing now, after this event. */
export function stepLabel(event: BookEvent | UnnumberedBookEvent): string {
  switch (event.type) {
    case 'book:queued':
      return event.position > 0 ? `Waiting for ${event.position} other book${event.position === 1 ? '' : 's'} to finish` : 'Waiting to start';
    case 'book:started':
      return 'Reading the story';
    case 'story:written':
      return `Wrote “${event.title}”; planning the pages`;
    case 'story:transcribed':
      return 'Transcribed the recording; planning the pages';
    case 'book:planned':
      return `Planned ${event.scenes.length} page${event.scenes.length === 1 ? '' : 's'}; drawing and narrating`;
    case 'scene:illustrated':
      return `Drew page ${event.index + 1}`;
    case 'scene:narrated':
      return `Narrated page ${event.index + 1}`;
    case 'narration:joined':
      return 'Every page is drawn and narrated; making the books';
    case 'render:progress':
      // No figure of its own: the book's overall figure follows these words, and two were confusing.
      return `Making the ${formatName(event.format)}`;
    case 'render:done':
      return `Made the ${formatName(event.format)}`;
    case 'book:ready':
      return 'Ready';
    case 'book:failed':
      return `Failed: ${event.error.message}`;
    case 'book:cancelled':
      return 'Cancelled';
  }
}
