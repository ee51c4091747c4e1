import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EspeakModule } from 'espeak-ng';
import { decodeWav, type PcmAudio } from '../../../audio/wav';
import { embeddedFileRegion, MemorySnapshot } from './memory-snapshot';
import { pruneVoices } from './prune-voices';

/**
 * eSpeak NG as WebAssembly, loaded once per worker thread. The package is the eSpeak NG command
 * line built with Emscripten: the only entry point is main(argc, argv), and main leaves state
 * behind (getopt's position, allocations). So the engine snapshots the program's memory once,
 * after start-up (see MemorySnapshot), and puts it back before every call: each sentence then runs in a fresh program
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
  private constructor(
    private readonly program: EspeakModule,
    private readonly exports: WasmExports,
    /** What the program printed on stderr since the last call: the reason when it fails. */
    private readonly diagnostics: string[],
    private readonly snapshot: MemorySnapshot,
    private readonly stackPointer: number,
  ) {}

  /** `voices` are the `-v` arguments that will be used; the others' files are dropped (see pruneVoices). */
  static async load(voices: readonly string[]): Promise<EspeakEngine> {
    // ESM-only package: dynamic import works from this CommonJS module inside a worker thread.
    const { default: createEspeak } = await import('espeak-ng');
    const wasmPath = path.join(path.dirname(require.resolve('espeak-ng')), 'espeak-ng.wasm');
    const compiled = await WebAssembly.compile(readFileSync(wasmPath));
    const started: { exports?: WasmExports } = {};
    const diagnostics: string[] = [];
    // Emscripten's start-up promise never settles if instantiation fails, so failure races it.
    let failStart: (error: unknown) => void = () => undefined;
    const startFailed = new Promise<never>((_, reject) => {
      failStart = reject;
    });
    const starting = createEspeak({
      noInitialRun: true,
      print: () => undefined,
      printErr: (line) => diagnostics.push(line),
      instantiateWasm: (imports, receive) => {
        WebAssembly.instantiate(compiled, imports).then((instance) => {
          started.exports = instance.exports as unknown as WasmExports;
          receive(instance, compiled);
        }, failStart);
        return {};
      },
    });
    const program = await Promise.race([starting, startFailed]);
    if (!started.exports) throw new Error('eSpeak NG did not start');
    pruneVoices(program.FS, voices);
    const { memory, __emscripten_embedded_file_data: files } = started.exports;
    const snapshot = MemorySnapshot.take(memory, embeddedFileRegion(memory, files.value as number));
    return new EspeakEngine(program, started.exports, diagnostics, snapshot, started.exports.stackSave());
  }

  private restoreSnapshot(): void {
    this.snapshot.restore(this.exports.memory);
    this.exports.stackRestore(this.stackPointer);
  }

  /** Speaks one line of text; returns eSpeak's 22,050 Hz mono samples, silences included. */
  speak(text: string, options: SpeakOptions): PcmAudio {
    this.restoreSnapshot();
    this.diagnostics.length = 0;
    // A stale file from a failed run must not pass for this run's output.
    if (this.program.FS.analyzePath(OUTPUT_PATH).exists) this.program.FS.unlink(OUTPUT_PATH);
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

  /** A failed run can leave files open in the JavaScript file system, which the snapshot does not cover. */
  private closeLeftoverFiles(): void {
    const { FS } = this.program;
    for (const stream of FS.streams) if (stream && stream.fd > 2) FS.close(stream);
  }
}
