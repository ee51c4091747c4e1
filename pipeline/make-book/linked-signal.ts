import { setMaxListeners } from 'node:events';

/**
 * A signal of makeBook's own that follows the caller's. Every provider call in flight listens to
 * it (scenes × parts × worker tasks), which legitimately passes Node's default of 10 listeners;
 * raising the limit on our own signal keeps the caller's untouched. `dispose` unhooks it.
 */
export function linkedSignal(outer: AbortSignal | undefined): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  if (!outer) return { signal: controller.signal, dispose: () => undefined };
  const abort = () => controller.abort(outer.reason);
  if (outer.aborted) abort();
  else outer.addEventListener('abort', abort, { once: true });
  return { signal: controller.signal, dispose: () => outer.removeEventListener('abort', abort) };
}
