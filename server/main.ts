import { describeError, StoryloomError } from '../pipeline/errors';
import type { ProviderSet } from '../pipeline/providers/provider-set';
import type { ProviderChoice } from './options/options-catalog';
import { readServerConfig } from './server-config';
import { startServer } from './start-server';
import { stopOnSignals, type SignalStop } from './stop-on-signals';

export type ProvidersLoader = (env: NodeJS.ProcessEnv) => Promise<{ providers: ProviderSet; choices?: ProviderChoice[] }>;

export interface MainOptions {
  loadProviders: ProvidersLoader;
  /** The built browser app. */
  webRoot: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  /** Signal handling installed before start-up began (start.cjs does); installed here otherwise. */
  signals?: SignalStop;
}

/** `npm start`: settings from the environment, the chosen providers, one port, until a signal. */
export async function main(options: MainOptions): Promise<number> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const signals = options.signals ?? stopOnSignals();
  try {
    const config = readServerConfig(env);
    if (signals.stopping) return stoppedBeforeStarting(log);
    const { providers, choices } = await options.loadProviders(env);
    if (signals.stopping) {
      // Asked to stop while the providers were loading: nothing has started, so nothing to park.
      await providers.close?.();
      return stoppedBeforeStarting(log);
    }
    const server = await startServer({ ...config, providers, providerChoices: choices, webRoot: options.webRoot });
    const local = config.host === '127.0.0.1' || config.host === '0.0.0.0' || config.host === '::';
    log(`Storyloom is ready at ${local ? `http://localhost:${server.port}` : server.url} (books are kept in ${config.dataDir})`);
    for (const choice of choices ?? []) log(`  ${choice.capability.padEnd(12)} ${choice.provider}${choice.model ? ` (${choice.model})` : ''}: ${choice.reason}`);
    signals.serve(server);
    return 0;
  } catch (error) {
    log(`storyloom: could not start: ${startFailure(error, env)}`);
    return 1;
  }
}

function stoppedBeforeStarting(log: (line: string) => void): number {
  log('stopped before the server started');
  return 0;
}

function startFailure(error: unknown, env: NodeJS.ProcessEnv): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EADDRINUSE') return `port ${env.PORT ?? 3000} is already in use; stop the other program or set PORT to another number`;
  if (code === 'EACCES') return `not allowed to listen on port ${env.PORT ?? 3000}; choose a port above 1024 with PORT`;
  if (StoryloomError.isInstance(error)) return describeError(error).message;
  return (error as Error)?.message ?? String(error);
}
