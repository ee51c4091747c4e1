import path from 'node:path';
import { BadInputError } from '../pipeline/errors';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  booksAtOnce: number;
}

/** The server's settings from the environment, defaults filled once; a bad value names its variable. */
export function readServerConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): ServerConfig {
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: path.resolve(cwd, env.DATA_DIR?.trim() || './data'),
    booksAtOnce: integer(env, 'STORYLOOM_BOOKS_AT_ONCE', 2, 1, 16),
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new BadInputError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return value;
}
