import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CliIo } from './cli-io';
import { UsageError } from './cli-io';

/** Reads a story from a file path, or from standard input when the path is "-". */
export async function readStoryInput(command: string, source: string | undefined, io: CliIo): Promise<string> {
  if (source === undefined) throw new UsageError('give a story file, or - to read standard input', command);
  if (source === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await fs.readFile(path.resolve(io.cwd, source), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`cannot read ${source}: no such file`, command);
    if (code === 'EISDIR') throw new UsageError(`cannot read ${source}: it is a folder`, command);
    throw new UsageError(`cannot read ${source}: ${code ?? (error as Error).message}`, command);
  }
}
