/**
 * Keeps what matters of ffmpeg's stderr without holding all of it: the first lines (where the
 * cause is usually named) and the last ones (where ffmpeg says how it gave up).
 */
export class StderrTail {
  private pending = '';
  private readonly head: string[] = [];
  private tail: string[] = [];
  private dropped = 0;

  constructor(private readonly headLines = 5, private readonly tailLines = 15) {}

  push(chunk: string): void {
    const lines = (this.pending + chunk).split(/\r?\n|\r/);
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.add(line);
  }

  /** The kept lines, with a marker where lines were left out. */
  lines(): string[] {
    if (this.pending) this.add(this.pending);
    this.pending = '';
    return this.dropped > 0 ? [...this.head, `… ${this.dropped} lines left out …`, ...this.tail] : [...this.head, ...this.tail];
  }

  private add(line: string): void {
    if (!line.trim()) return;
    if (this.head.length < this.headLines) {
      this.head.push(line);
      return;
    }
    this.tail.push(line);
    if (this.tail.length > this.tailLines) {
      this.tail = this.tail.slice(-this.tailLines);
      this.dropped++;
    }
  }
}

/** "[png @ 0x55eb…] Invalid PNG signature." → "Invalid PNG signature.": the reason, for a message. */
export function firstReason(lines: string[]): string | null {
  const first = lines.find((line) => line.trim());
  return first ? first.replace(/^\[[^\]]+ @ 0x[0-9a-f]+\]\s*/, '').trim() : null;
}
