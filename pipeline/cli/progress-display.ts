import type { ProgressEvent } from '../model';

/** What a progress event says to a person, or null for events only a bar shows. */
export function describeProgress(event: ProgressEvent, sceneCount: number): string | null {
  switch (event.type) {
    case 'book:started': return 'started';
    case 'story:written': return `story written: "${event.title}"`;
    case 'story:transcribed': return 'story transcribed';
    case 'book:planned': return `planned ${event.scenes.length} scene${event.scenes.length === 1 ? '' : 's'}${event.title ? `: "${event.title}"` : ''}`;
    case 'scene:illustrated': return `scene ${event.index + 1}/${sceneCount}: picture`;
    case 'scene:narrated': return `scene ${event.index + 1}/${sceneCount}: narration, ${(event.durationMs / 1000).toFixed(1)} s`;
    case 'narration:joined': return `narration joined: ${formatDuration(event.durationMs)}`;
    case 'render:progress': return null;
    case 'render:done': return `${event.format} done: ${event.files[0]}`;
    case 'book:ready': return 'ready';
  }
}

export function formatDuration(milliseconds: number): string {
  const seconds = Math.round(milliseconds / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

export function progressBar(overall: number, width = 24): string {
  const filled = Math.round((Math.min(100, Math.max(0, overall)) / 100) * width);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${Math.floor(overall).toString().padStart(3)}%`;
}

/**
 * Progress on stderr: a bar redrawn in place on a terminal, or one line per step when the output
 * is a file or a pipe (so logs stay readable).
 */
export function progressDisplay(stream: NodeJS.WritableStream & { isTTY?: boolean }) {
  let sceneCount = 0;
  let label = '';
  let drawn = false;
  const terminal = stream.isTTY === true;
  return {
    onProgress(event: ProgressEvent): void {
      if (event.type === 'book:planned') sceneCount = event.scenes.length;
      const line = describeProgress(event, sceneCount);
      if (event.type === 'render:progress') label = `rendering ${event.format} ${Math.round(event.percent)}%`;
      else if (line) label = line;
      if (terminal) {
        stream.write(`\r${progressBar(event.overall)} ${label}`.slice(0, 200) + '\x1b[K');
        drawn = true;
      } else if (line) {
        stream.write(`[${Math.floor(event.overall).toString().padStart(3)}%] ${line}\n`);
      }
    },
    /** Ends the bar's line so what follows starts on a fresh one. */
    finish(): void {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
