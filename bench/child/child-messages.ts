/** What a benchmark's child process tells the bench runner over the IPC channel. */
export type ChildMessage =
  | { kind: 'measuring-window'; state: 'open' | 'close' }
  | { kind: 'result'; figures: unknown }
  | { kind: 'failure'; message: string };
