/**
 * A copy of a WebAssembly program's memory, to put the program back as it was. Skips one region
 * the program only reads (eSpeak's embedded data files, 18 of its 32 MB), and keeps the top of
 * memory only up to its last non-zero byte, zero-filling above it on restore.
 */
export interface MemoryRegion {
  start: number;
  end: number;
}

export class MemorySnapshot {
  private constructor(private readonly parts: Array<{ at: number; bytes: Uint8Array }>) {}

  static take(memory: WebAssembly.Memory, readOnly: MemoryRegion): MemorySnapshot {
    const bytes = new Uint8Array(memory.buffer);
    const { start, end } = readOnly.end > readOnly.start ? readOnly : { start: 0, end: 0 };
    let lastUsed = bytes.length;
    while (lastUsed > end && bytes[lastUsed - 1] === 0) lastUsed--;
    return new MemorySnapshot([
      { at: 0, bytes: bytes.slice(0, start) },
      { at: end, bytes: bytes.slice(end, lastUsed) },
    ]);
  }

  /** Bytes held: what the snapshot costs each worker. */
  get size(): number {
    return this.parts.reduce((sum, part) => sum + part.bytes.length, 0);
  }

  restore(memory: WebAssembly.Memory): void {
    const bytes = new Uint8Array(memory.buffer);
    for (const { at, bytes: saved } of this.parts) bytes.set(saved, at);
    const top = this.parts[this.parts.length - 1];
    bytes.fill(0, top.at + top.bytes.length);
  }
}

/**
 * Where Emscripten's embedded files lie: its table at `table` holds { name pointer, length,
 * content pointer } entries of 32-bit words, ended by a zero name pointer.
 */
export function embeddedFileRegion(memory: WebAssembly.Memory, table: number): MemoryRegion {
  const words = new Uint32Array(memory.buffer);
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (let entry = table; words[entry >> 2] !== 0; entry += 12) {
    const length = words[(entry + 4) >> 2];
    const content = words[(entry + 8) >> 2];
    start = Math.min(start, content);
    end = Math.max(end, content + length);
  }
  return start < end ? { start, end } : { start: 0, end: 0 };
}
