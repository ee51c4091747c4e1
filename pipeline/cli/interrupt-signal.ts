/**
 * An AbortSignal that fires on Ctrl-C (SIGINT) or SIGTERM, so a long make stops cleanly and leaves
 * a consistent book folder. `dispose` removes the handlers again.
 */
export function interruptSignal(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  return {
    signal: controller.signal,
    dispose: () => {
      process.removeListener('SIGINT', abort);
      process.removeListener('SIGTERM', abort);
    },
  };
}
