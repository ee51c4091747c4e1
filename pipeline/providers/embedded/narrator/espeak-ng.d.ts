// The parts of the `espeak-ng` package (an Emscripten build of the eSpeak NG command line) that the
// engine uses. The package ships no types.
declare module 'espeak-ng' {
  export interface EspeakFileSystemStream {
    fd: number;
  }
  export interface EspeakFileSystem {
    writeFile(path: string, data: string | Uint8Array): void;
    readFile(path: string): Uint8Array;
    readFile(path: string, options: { encoding: 'utf8' }): string;
    readdir(path: string): string[];
    stat(path: string): { mode: number };
    isDir(mode: number): boolean;
    unlink(path: string): void;
    analyzePath(path: string): { exists: boolean };
    close(stream: EspeakFileSystemStream): void;
    streams: Array<EspeakFileSystemStream | null>;
  }
  export interface EspeakModule {
    FS: EspeakFileSystem;
    /** The program's main(argc, argv); argv points into the module's memory. */
    _main(argc: number, argv: number): number;
  }
  export interface EspeakModuleOptions {
    noInitialRun?: boolean;
    print?: (line: string) => void;
    printErr?: (line: string) => void;
    instantiateWasm?: (
      imports: WebAssembly.Imports,
      receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
    ) => object;
  }
  const createEspeak: (options?: EspeakModuleOptions) => Promise<EspeakModule>;
  export default createEspeak;
}
