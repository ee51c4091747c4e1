import { CancelledError } from '../../pipeline/errors';
import type { Illustration } from '../../pipeline/providers/illustrator';
import type { Narration } from '../../pipeline/providers/narrator';
import type { ProviderSet } from '../../pipeline/providers/provider-set';

export interface FixedTimes {
  pictureMs: number;
  narrationMs: number;
}

function wait(milliseconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, milliseconds);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new CancelledError());
    }, { once: true });
  });
}

/**
 * Providers whose every call takes a fixed time and nothing else, like a cloud API: the network
 * wait costs the caller no CPU. The synthetic providers draw a PNG and synthesise a tone on the
 * main thread (tens of milliseconds a call); here that media is made once, in a warm-up run, and
 * the timed calls only wait and hand it back, so what is measured is makeBook's schedule.
 */
export function fixedTimeProviders(base: ProviderSet, times: FixedTimes): { warmUp: ProviderSet; timed: ProviderSet; callsInFlight: () => { now: number; highest: number } } {
  const pictures = new Map<string, Illustration>();
  const narrations = new Map<string, Narration>();
  const pictureKey = (scene: { index: number }, size: string) => `${scene.index}:${size}`;
  let now = 0;
  let highest = 0;
  const counted = async <T>(call: () => Promise<T>): Promise<T> => {
    highest = Math.max(highest, ++now);
    try {
      return await call();
    } finally {
      now -= 1;
    }
  };
  const warmUp: ProviderSet = {
    ...base,
    illustrator: { ...base.illustrator, illustrate: async (input) => {
      const picture = await base.illustrator.illustrate(input);
      pictures.set(pictureKey(input.scene, input.size), picture);
      return picture;
    } },
    narrator: { ...base.narrator, narrate: async (input) => {
      const narration = await base.narrator.narrate(input);
      narrations.set(input.text, narration);
      return narration;
    } },
  };
  const timed: ProviderSet = {
    ...base,
    illustrator: { ...base.illustrator, illustrate: (input) => counted(async () => {
      await wait(times.pictureMs, input.signal);
      return pictures.get(pictureKey(input.scene, input.size)) ?? base.illustrator.illustrate(input);
    }) },
    narrator: { ...base.narrator, narrate: (input) => counted(async () => {
      await wait(times.narrationMs, input.signal);
      return narrations.get(input.text) ?? base.narrator.narrate(input);
    }) },
  };
  return { warmUp, timed, callsInFlight: () => ({ now, highest }) };
}
