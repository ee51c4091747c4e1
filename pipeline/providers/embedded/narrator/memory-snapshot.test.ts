import { embeddedFileRegion, MemorySnapshot } from './memory-snapshot';

function memoryWith(writes: Record<number, number>): WebAssembly.Memory {
  const memory = new WebAssembly.Memory({ initial: 1 }); // 64 KiB
  const bytes = new Uint8Array(memory.buffer);
  for (const [at, value] of Object.entries(writes)) bytes[Number(at)] = value;
  return memory;
}

describe('MemorySnapshot', () => {
  it('puts back what a run changed, outside the read-only region', () => {
    const memory = memoryWith({ 10: 1, 20_000: 2, 40_000: 3 });
    const snapshot = MemorySnapshot.take(memory, { start: 16_384, end: 32_768 });
    const bytes = new Uint8Array(memory.buffer);
    bytes[10] = 99;
    bytes[40_000] = 99;
    bytes[50_000] = 99; // heap the run grew into
    snapshot.restore(memory);
    expect([bytes[10], bytes[20_000], bytes[40_000], bytes[50_000]]).toEqual([1, 2, 3, 0]);
  });

  it('holds neither the read-only region nor the zeros at the top', () => {
    const memory = memoryWith({ 10: 1, 40_000: 3 });
    const snapshot = MemorySnapshot.take(memory, { start: 16_384, end: 32_768 });
    expect(snapshot.size).toBe(16_384 + (40_001 - 32_768));
  });

  it('copies everything when there is no read-only region', () => {
    const memory = memoryWith({ 65_535: 7 });
    const snapshot = MemorySnapshot.take(memory, { start: 0, end: 0 });
    expect(snapshot.size).toBe(65_536);
    new Uint8Array(memory.buffer).fill(5);
    snapshot.restore(memory);
    expect(new Uint8Array(memory.buffer)[100]).toBe(0);
    expect(new Uint8Array(memory.buffer)[65_535]).toBe(7);
  });
});

describe('embeddedFileRegion', () => {
  it("spans every file listed in Emscripten's table", () => {
    const memory = new WebAssembly.Memory({ initial: 1 });
    const words = new Uint32Array(memory.buffer);
    const table = 1024;
    // { name pointer, length, content pointer } × 2, then a zero name pointer
    words.set([100, 500, 8000, 200, 300, 4000, 0], table / 4);
    expect(embeddedFileRegion(memory, table)).toEqual({ start: 4000, end: 8500 });
  });

  it('is empty for an empty table', () => {
    expect(embeddedFileRegion(new WebAssembly.Memory({ initial: 1 }), 1024)).toEqual({ start: 0, end: 0 });
  });
});
