import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EspeakModule } from 'espeak-ng';
import { decodeWav, type PcmAudio } from '../../../audio/wav';
import { pruneVoices } from './prune-voices';

/**
 * eSpeak NG as WebAssembly, loaded once per worker thread. The package is the eSpeak NG command
 * line built with Emscripten: the only entry point is main(argc, argv), and main leaves state
 * behind (getopt's position, allocations). So the engine snapshots the program's memory once,
 * after start-up, and puts it back before every call: each sentence then runs in a fresh program
 * for the cost of a memory copy, instead of re-instantiating the 18 MB module (~200 ms).
 */
interface WasmExports {
  memory: WebAssembly.Memory;
  stackSave(): number;
  stackRestore(pointer: number): void;
  stackAlloc(size: number): number;
  __emscripten_embedded_file_data: WebAssembly.Global;
}

export interface SpeakOptions {
  /** eSpeak's `-v` voice ("en-us", "de+f3"). */
  voice: string;
  wordsPerMinute: number;
}

const INPUT_PATH = '/storyloom-input.txt';
const OUTPUT_PATH = '/storyloom-output.wav';

export class EspeakEngine {
  private snapshot: Array<{ at: number; bytes: Uint8Array }> = [];
  private stackPointer = 0;

  private constructor(
    private readonly program: EspeakModule,
    private readonly exports: WasmExports,
    /** What the program printed on stderr since the last call: the reason when it fails. */
    private readonly diagnostics: string[],
  ) {}

  /** `voices` are the `-v` arguments that will be used; the others' files are dropped (see pruneVoices). */
  static async load(voices: readonly string[]): Promise<EspeakEngine> {
    // ESM-only package: dynamic import works from this CommonJS module inside a worker thread.
    const { default: createEspeak } = await import('espeak-ng');
    const wasmPath = path.join(path.dirname(require.resolve('espeak-ng')), 'espeak-ng.wasm');
    const compiled = await WebAssembly.compile(readFileSync(wasmPath));
    const started: { exports?: WasmExports } = {};
    const diagnostics: string[] = [];
    const program = await createEspeak({
      noInitialRun: true,
      print: () => undefined,
      printErr: (line) => diagnostics.push(line),
      instantiateWasm: (imports, receive) => {
        void WebAssembly.instantiate(compiled, imports).then((instance) => {
          started.exports = instance.exports as unknown as WasmExports;
          receive(instance, compiled);
        });
        return {};
      },
    });
    if (!started.exports) throw new Error('eSpeak NG did not start');
    pruneVoices(program.FS, voices);
    const engine = new EspeakEngine(program, started.exports, diagnostics);
    engine.takeSnapshot();
    return engine;
  }

  /** Speaks one line of text; returns eSpeak's 22,050 Hz mono samples, silences included. */
  speak(text: string, options: SpeakOptions): PcmAudio {
    this.restoreSnapshot();
    this.diagnostics.length = 0;
    this.program.FS.writeFile(INPUT_PATH, text);
    const status = this.runMain(['-b', '1', '-z', '-v', options.voice, '-s', String(Math.round(options.wordsPerMinute)), '-w', OUTPUT_PATH, '-f', INPUT_PATH]);
    this.closeLeftoverFiles();
    const problems = this.diagnostics.join(' ').replace(/program exited.*$/s, '').trim();
    if (status !== 0 || !this.program.FS.analyzePath(OUTPUT_PATH).exists) {
      throw new Error(`eSpeak NG could not speak with voice "${options.voice}"${problems ? `: ${problems}` : ''}`);
    }
    const audio = decodeWav(this.program.FS.readFile(OUTPUT_PATH));
    this.program.FS.unlink(OUTPUT_PATH);
    return audio;
  }

  private runMain(args: string[]): number {
    const argv = ['espeak-ng', ...args].map((argument) => this.writeOnStack(new TextEncoder().encode(`${argument}\0`)));
    const table = this.exports.stackAlloc((argv.length + 1) * 4);
    new Uint32Array(this.exports.memory.buffer, table, argv.length + 1).set([...argv, 0]);
    try {
      return this.program._main(argv.length, table);
    } catch (error) {
      // exit(n) inside the program surfaces as Emscripten's ExitStatus.
      const status = (error as { status?: unknown })?.status;
      if (typeof status === 'number') return status;
      throw error;
    }
  }

  private writeOnStack(bytes: Uint8Array): number {
    const pointer = this.exports.stackAlloc(bytes.length);
    new Uint8Array(this.exports.memory.buffer, pointer, bytes.length).set(bytes);
    return pointer;
  }

  /**
   * Copies all memory except the embedded voice data (18 of 32 MB), which the program only reads:
   * its files are views into that region, so it never changes. The heap above it is mostly zeros
   * at start-up, so only up to its last non-zero byte is kept and the rest is zero-filled.
   */
  private takeSnapshot(): void {
    const memory = new Uint8Array(this.exports.memory.buffer);
    const { start, end } = this.embeddedFileRegion();
    let lastUsed = memory.length;
    while (lastUsed > end && memory[lastUsed - 1] === 0) lastUsed--;
    this.snapshot = [
      { at: 0, bytes: memory.slice(0, start) },
      { at: end, bytes: memory.slice(end, lastUsed) },
    ];
    this.stackPointer = this.exports.stackSave();
  }

  private restoreSnapshot(): void {
    const memory = new Uint8Array(this.exports.memory.buffer);
    for (const { at, bytes } of this.snapshot) memory.set(bytes, at);
    const last = this.snapshot[this.snapshot.length - 1];
    memory.fill(0, last.at + last.bytes.length);
    this.exports.stackRestore(this.stackPointer);
  }

  /** The span of the embedded espeak-ng-data files, read from Emscripten's table of them. */
  private embeddedFileRegion(): { start: number; end: number } {
    const words = new Uint32Array(this.exports.memory.buffer);
    let entry = this.exports.__emscripten_embedded_file_data.value as number;
    let start = Number.POSITIVE_INFINITY;
    let end = 0;
    // Each entry is { name pointer, length, content pointer }; a zero name pointer ends the table.
    while (words[entry >> 2] !== 0) {
      const length = words[(entry + 4) >> 2];
      const content = words[(entry + 8) >> 2];
      start = Math.min(start, content);
      end = Math.max(end, content + length);
      entry += 12;
    }
    return start < end ? { start, end } : { start: 0, end: 0 };
  }

  /** A failed run can leave files open in the JavaScript file system, which the snapshot does not cover. */
  private closeLeftoverFiles(): void {
    const { FS } = this.program;
    for (const stream of FS.streams) if (stream && stream.fd > 2) FS.close(stream);
  }
}
